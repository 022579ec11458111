/**
 * Loads the labelled news pages (tests/fixtures/news-pages) into jsdom for the shield's tests.
 * `dir` defaults to that set; pass EXTRA_FIXTURE_DIR for the proxy held-out pages (tests/fixtures/news-pages-extra).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages');
export const EXTRA_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages-extra');
/** The second set, written later by another hand, also apart from the detector's development. */
export const EXTRA2_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages-extra2');
export const EXTRA3_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages-extra3');
export const EXTRA4_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages-extra4');
export const EXTRA5_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'news-pages-extra5');
/** Every held-out set: tests/fixtures/news-pages-extra, -extra2 … (each written apart from the detector). */
export const EXTRA_FIXTURE_DIRS = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures'))
  .filter((d) => /^news-pages-extra\d*$/.test(d))
  .sort()
  .map((d) => join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', d));

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

export function fixtureNames(dir: string = FIXTURE_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function loadFixture(name: string, dir: string = FIXTURE_DIR): { dom: JSDOM; doc: Document; labels: Labels } {
  const html = readFileSync(join(dir, name + '.html'), 'utf8');
  const labels = JSON.parse(readFileSync(join(dir, name + '.labels.json'), 'utf8')) as Labels;
  const dom = new JSDOM(html, { url: labels.url });
  return { dom, doc: dom.window.document, labels };
}
