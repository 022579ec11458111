/**
 * Shared helpers for the extraction tests and the benchmark: fixture loading (each page parsed
 * once with jsdom, no scripts), bare Readability for comparison, text normalisation.
 * Node only (jsdom, fs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { getBlockText } from '../../utils/extract/text';
import { extractArticle } from '../../utils/extract';
import { scoreTokens, type TokenScore } from '../../utils/extract/score';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../fixtures');
export const READABILITY_DIR = path.join(FIXTURES, 'readability-pages');
export const NEWS_DIR = path.join(FIXTURES, 'news-pages');
/** The URL Readability's own test suite uses for its pages. */
export const READABILITY_URL = 'http://fakehost/test/page.html';

/** Parse HTML (string or Buffer, so jsdom sniffs `<meta charset>`) into a document; scripts never run. */
export function parseHtml(html: string | Buffer, url: string): Document {
  // A silent virtual console: jsdom's "Could not parse CSS stylesheet" noise is not test output.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export interface ReadabilityPage {
  slug: string;
  source: string;
  expectedHtml: string;
  metadata: { title?: string; byline?: string | null; lang?: string; readerable?: boolean };
}

/** Slugs of the Mozilla Readability test pages, sorted. */
export function readabilitySlugs(): string[] {
  return fs
    .readdirSync(READABILITY_DIR)
    .filter((d) => fs.existsSync(path.join(READABILITY_DIR, d, 'source.html')))
    .sort();
}

export function loadReadabilityPage(slug: string): ReadabilityPage {
  const dir = path.join(READABILITY_DIR, slug);
  return {
    slug,
    source: fs.readFileSync(path.join(dir, 'source.html'), 'utf8'),
    expectedHtml: fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'),
    metadata: JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')),
  };
}

/** Ground truth text of a Readability test page: block-aware text of `expected.html`. */
export function expectedText(expectedHtml: string): string {
  // One shared, script-less document; a <template> parses inertly (no image loads) and cheaply.
  scratch ??= parseHtml('<!DOCTYPE html><html><body></body></html>', READABILITY_URL);
  const template = scratch.createElement('template');
  template.innerHTML = expectedHtml;
  return getBlockText(template.content);
}
let scratch: Document | undefined;

export interface NewsLabels {
  url: string;
  lang: 'ru' | 'kk' | 'en';
  isArticle: boolean;
  title: string;
  articleText: string;
  ads: string[];
  dynamicAds: string[];
  gambling: string[];
  mustKeep: string[];
  mustKeepText: string[];
}

export interface NewsPage {
  name: string;
  file: string;
  html: Buffer;
  labels: NewsLabels;
}

/** The labelled news pages (tests/fixtures/news-pages/*.html with their *.labels.json). */
export function loadNewsPages(): NewsPage[] {
  return fs
    .readdirSync(NEWS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      return {
        name,
        file: path.join(NEWS_DIR, f),
        html: fs.readFileSync(path.join(NEWS_DIR, f)),
        labels: JSON.parse(fs.readFileSync(path.join(NEWS_DIR, `${name}.labels.json`), 'utf8')) as NewsLabels,
      };
    });
}

/** Bare Readability 0.6.0 on a clone of `doc` (default options): block-aware text of its content. */
export function bareReadability(doc: Document): { title: string; text: string } | null {
  const parsed = new Readability(doc.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse();
  if (!parsed?.content) return null;
  return { title: parsed.title ?? '', text: getBlockText(parsed.content) };
}

/** Collapse whitespace (`/\s+/g → " "`) and trim, as the news-pages README evaluates. */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a label's `articleText` (split on blank lines), normalised. */
export function articleParagraphs(labels: NewsLabels): string[] {
  return labels.articleText.split(/\n\s*\n/).map(norm).filter(Boolean);
}

/** Index after the last paragraph found in order, or the first paragraph missing. */
export function findInOrder(haystack: string, paragraphs: string[]): { missing: string | null } {
  let from = 0;
  for (const p of paragraphs) {
    const at = haystack.indexOf(p, from);
    if (at < 0) return { missing: p };
    from = at + p.length;
  }
  return { missing: null };
}

export interface GoldenRow {
  slug: string;
  ok: boolean;
  reason?: string;
  ours: TokenScore;
  bare: TokenScore;
  title: string;
  bareTitle: string | null;
  expectedTitle: string | undefined;
}

/**
 * Run the pipeline (force) and bare Readability on shard `shard` of `of` of the Readability pages
 * (each source parsed once) and score both against `expected.html`. Sharding lets vitest spread the
 * 130 pages over both cores.
 */
export function runGoldenShard(shard: number, of: number): GoldenRow[] {
  const rows: GoldenRow[] = [];
  readabilitySlugs().forEach((slug, i) => {
    if (i % of !== shard) return;
    const page = loadReadabilityPage(slug);
    const doc = parseHtml(page.source, READABILITY_URL);
    const truth = expectedText(page.expectedHtml);
    const result = extractArticle(doc, { force: true });
    const bare = bareReadability(doc);
    rows.push({
      slug,
      ok: result.ok,
      reason: result.ok ? undefined : `${result.reason} ${result.message ?? ''}`,
      ours: scoreTokens(result.ok ? result.article.textContent : '', truth),
      bare: scoreTokens(bare?.text ?? '', truth),
      title: result.ok ? result.article.title : '',
      bareTitle: bare?.title ?? null,
      expectedTitle: page.metadata.title,
    });
    doc.defaultView?.close();
  });
  return rows;
}
