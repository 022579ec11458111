/**
 * The labelled RU/KK/EN news pages (tests/fixtures/news-pages, schema in its README): every
 * articleText paragraph in order, no labelled ad/gambling text, non-articles refused, the div-only
 * article accepted, language, absolute URLs, code whitespace, tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import type { Article, ExtractResult } from '../../utils/extract/types';
import { articleParagraphs, findInOrder, loadNewsPages, norm, parseHtml, type NewsPage } from './helpers';

const pages = loadNewsPages();
const results = new Map<string, { page: NewsPage; doc: Document; result: ExtractResult }>();

beforeAll(() => {
  for (const page of pages) {
    const doc = parseHtml(page.html, page.labels.url);
    results.set(page.name, { page, doc, result: extractArticle(doc) });
  }
});

function article(name: string): Article {
  const r = results.get(name)!.result;
  if (!r.ok) throw new Error(`${name}: ${r.reason} ${r.message ?? ''}`);
  return r.article;
}

describe('news pages', () => {
  it('has the 13 fixture pages', () => {
    expect(pages.length).toBe(13);
  });

  for (const page of pages.filter((p) => p.labels.isArticle)) {
    describe(page.name, () => {
      it('contains every articleText paragraph, in order', () => {
        const text = norm(article(page.name).textContent);
        expect(findInOrder(text, articleParagraphs(page.labels)).missing).toBeNull();
      });

      it('contains none of the text of the labelled ads present at load', () => {
        const { doc } = results.get(page.name)!;
        const text = norm(article(page.name).textContent);
        // dynamicAds only exist after the page scripts ran: jsdom runs none, so they are not in the DOM.
        for (const selector of page.labels.ads) {
          for (const el of Array.from(doc.querySelectorAll(selector))) {
            const adText = norm(el.textContent ?? '');
            if (adText.length >= 12) expect(text, `${selector}`).not.toContain(adText);
          }
        }
      });

      it('keeps the mustKeepText sentences that belong to the article', () => {
        const body = norm(page.labels.articleText);
        const text = norm(article(page.name).textContent);
        for (const sentence of page.labels.mustKeepText.map(norm).filter((s) => body.includes(s))) expect(text).toContain(sentence);
      });

      it(`detects language ${page.labels.lang}`, () => {
        expect(article(page.name).lang?.split('-')[0]).toBe(page.labels.lang);
      });

      it('has a title matching the headline (loosely) and absolute, safe URLs', () => {
        const a = article(page.name);
        const title = a.title.replace(/\s+[—|–-]\s+[^—|–-]+$/, '');
        expect(page.labels.title.includes(title) || title.includes(page.labels.title)).toBe(true);
        const holder = results.get(page.name)!.doc.createElement('div');
        holder.innerHTML = a.content;
        for (const el of Array.from(holder.querySelectorAll('a[href]'))) expect(el.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:|#)/);
        for (const el of Array.from(holder.querySelectorAll('img'))) expect(el.getAttribute('src') ?? '').toMatch(/^(https?:|data:image\/)/);
        expect(holder.querySelector('script, iframe, form, [style]')).toBeNull();
        for (const el of Array.from(holder.querySelectorAll('*'))) {
          expect(el.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
        }
      });
    });
  }

  it('refuses the home page and the search page as not-an-article, and shows them when forced', () => {
    for (const name of ['ru-homepage-news', 'en-search-nonarticle']) {
      expect(results.get(name)!.result).toEqual({ ok: false, reason: 'not-an-article' });
      expect(extractArticle(results.get(name)!.doc, { force: true }).ok).toBe(true);
    }
  });

  it('accepts the div-only article ru-regional-divs', () => {
    expect(article('ru-regional-divs').wordCount).toBeGreaterThan(100);
  });

  it('removes the in-article Vulkan casino banner of ru-regional-divs and counts it as gambling', () => {
    const a = article('ru-regional-divs');
    expect(a.content).not.toMatch(/vulkan/i);
    expect(a.removed.gambling).toBeGreaterThanOrEqual(1);
  });

  it('keeps code whitespace in ru-tech-code', () => {
    const { doc } = results.get('ru-tech-code')!;
    const pre = doc.querySelector('pre')!;
    const code = pre.textContent!;
    expect(code).toMatch(/\n\s+\S/); // the fixture really has indented lines
    expect(article('ru-tech-code').textContent).toContain(code.trim());
  });

  it('keeps tables (fines, standings, metrics)', () => {
    for (const name of ['ru-zakon-gambling-law', 'ru-nur-football-odds', 'ru-tech-code']) {
      expect(article(name).content, name).toMatch(/<table[\s>]/);
      expect(article(name).content, name).toMatch(/<td[\s>]/);
    }
  });

  it('keeps the story about gambling regulation whole (brands and odds quoted in the text)', () => {
    const text = norm(article('ru-zakon-gambling-law').textContent);
    expect(text).toMatch(/1xBet/);
    expect(text).toMatch(/бонус 100%/);
  });

  it('reads metadata: byline, siteName, published time as ISO', () => {
    const a = article('ru-optimism-opinion');
    expect(a.byline).toBeTruthy();
    expect(a.siteName).toBeTruthy();
    expect(a.publishedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 180)));
  });

  it('does not mutate the input documents', () => {
    const { page, doc } = results.get('ru-optimism-opinion')!;
    const fresh = parseHtml(page.html, page.labels.url);
    expect(doc.documentElement.outerHTML).toBe(fresh.documentElement.outerHTML);
  });
});
