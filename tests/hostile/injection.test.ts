/**
 * Script injection, unit level (jsdom): every hostile vector (tests/hostile/vectors.ts) goes
 *   1. through the extraction pipeline (extractArticle on an article page carrying the vector), and
 *   2. straight into the reader's render-time sanitizer (ArticleView), as a tampered import or a saved copy would,
 *   3. and through both, as the live reader does,
 * and nothing active may come out: no script elements, handlers, script/data URLs, frames, forms, styles, <base>,
 * <meta>, attacker-hosted resources. The same checker runs on the live reader DOM in e2e/hostile.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ArticleView } from '@/components/ArticleView';
import { extractArticle } from '@/utils/extract';
import type { Article } from '@/utils/extract/types';
import { ATTACKER, VECTORS, hostileArticlePage, inertProblems } from './vectors';

const ATTACKER_HOST = new URL(ATTACKER).host;
const PAGE_URL = 'https://news.example.kz/2025/01/transport-plan/';

function parse(html: string): Document {
  return new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() }).window.document;
}

function renderArticle(content: string, over: Partial<Article> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const article: Article = {
    url: PAGE_URL,
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'ru',
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    content,
    textContent: 'x',
    wordCount: 1,
    readingMinutes: 1,
    leadImage: null,
    removed: { ads: 0, gambling: 0, boilerplate: 0 },
    ...over,
  };
  render(h(ArticleView, { article }), root);
  return root;
}

function contentProblems(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html; // jsdom, scripts never run: we only inspect
  return inertProblems(box, ATTACKER_HOST);
}

describe('hostile article vectors', () => {
  it(`has at least 100 distinct vectors (${VECTORS.length})`, () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
  });

  it('the checker does flag the raw vectors (it is not vacuous)', () => {
    const flagged = VECTORS.filter((v) => contentProblems(v.html).length > 0);
    // Plain-text vectors (utf7 bait, double-encoded) and a few that only the parser turns dangerous are not flagged raw.
    expect(flagged.length).toBeGreaterThanOrEqual(VECTORS.length - 20);
  });
});

describe('extraction pipeline: extractArticle sanitizes every vector', () => {
  it.each(VECTORS.map((v) => [v.id, v.html] as const))('%s', (_id, html) => {
    const result = extractArticle(parse(hostileArticlePage([html])), { url: PAGE_URL, force: true });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(contentProblems(result.article.content)).toEqual([]);
    expect(result.article.textContent).toContain('Городской совет');
  });

  it('all vectors on one page: the article survives, nothing active does', () => {
    const result = extractArticle(parse(hostileArticlePage(VECTORS.map((v) => v.html))), { url: PAGE_URL, force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(contentProblems(result.article.content)).toEqual([]);
    expect(result.article.textContent).toContain('Окончательное решение');
  });
});

describe("render-time sanitizer: ArticleView renders raw vectors inertly (a tampered saved copy or import)", () => {
  it.each(VECTORS.map((v) => [v.id, v.html] as const))('%s', (_id, html) => {
    const root = renderArticle(html);
    const content = root.querySelector('.taza-content')!;
    expect(inertProblems(content, ATTACKER_HOST)).toEqual([]);
    // The header is built from article fields, not from the content: still one <h1> and our own link only.
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    root.remove();
  });

  it('hostile metadata fields are shown as text and the site link never becomes a script URL', () => {
    const root = renderArticle('<p>x</p>', {
      title: '<img src=x onerror=alert(1)>',
      byline: '<script>alert(1)</script>',
      siteName: '<b>site</b>',
      url: 'javascript:alert(1)',
      lang: '"><script>',
      publishedTime: '<svg onload=alert(1)>',
    });
    expect(root.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('script, img, svg, b')).toHaveLength(0);
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    root.remove();
  });
});

describe('extraction then rendering, as the live reader does', () => {
  it('every vector, extracted and rendered, is inert', () => {
    const failures: string[] = [];
    for (const v of VECTORS) {
      const result = extractArticle(parse(hostileArticlePage([v.html])), { url: PAGE_URL, force: true });
      if (!result.ok) {
        failures.push(`${v.id}: ${result.reason}`);
        continue;
      }
      const root = renderArticle(result.article.content);
      const problems = inertProblems(root.querySelector('.taza-content')!, ATTACKER_HOST);
      if (problems.length) failures.push(`${v.id}: ${problems.join('; ')}`);
      root.remove();
    }
    expect(failures).toEqual([]);
  });
});
