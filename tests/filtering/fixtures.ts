/** Loads the labelled news pages (tests/fixtures/news-pages) into jsdom for the shield's tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages');

export interface Labels {
  url: string;
  lang: string;
  isArticle: boolean;
  title: string;
  articleText: string;
  ads: string[];
  dynamicAds: string[];
  gambling: string[];
  mustKeep: string[];
  mustKeepText: string[];
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function loadFixture(name: string): { dom: JSDOM; doc: Document; labels: Labels } {
  const html = readFileSync(join(FIXTURE_DIR, name + '.html'), 'utf8');
  const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.labels.json'), 'utf8')) as Labels;
  const dom = new JSDOM(html, { url: labels.url });
  return { dom, doc: dom.window.document, labels };
}
