/**
 * Broken and extreme pages, unit level (jsdom): the extraction pipeline gives a correct article or a clear failure
 * value within a bounded time, never throws and never hangs; and the page-support classifier refuses the pages the
 * browser forbids (chrome://, the stores, PDFs) with a reason the notice can explain. The same pages run in real
 * Chromium in e2e/hostile-extreme.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '@/utils/extract';
import { getPageSupport } from '@/utils/reader/page-support';
import { noticeText } from '@/utils/reader/notice-text';
import { extremePages } from './pages';

const URL_ = 'https://news.example.kz/extreme/';
/** Generous: a slow CI core, jsdom being far slower than a browser. Actual times are printed. */
const BOUND_MS = 20_000;

function timed<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  console.info(`[hostile] ${label}: ${ms.toFixed(0)} ms`);
  expect(ms, label).toBeLessThan(BOUND_MS);
  return out;
}

const parse = (html: string) => new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole() }).window.document;

describe('extreme pages through extractArticle', () => {
  const pages = extremePages();

  it('empty body: "not an article", and with "Show anyway" a clear no-content', () => {
    const doc = parse(pages.empty);
    expect(timed('empty', () => extractArticle(doc, { url: URL_ }))).toEqual({ ok: false, reason: 'not-an-article' });
    expect(extractArticle(doc, { url: URL_, force: true })).toMatchObject({ ok: false, reason: 'no-content' });
  });

  it('frameset: a clear failure, no throw', () => {
    const r = timed('frameset', () => extractArticle(parse(pages.frameset), { url: URL_, force: true }));
    expect(r.ok).toBe(false);
  });

  it('10 MB of text: the article, whole', () => {
    const html = pages.tenMegabytes;
    expect(Buffer.byteLength(html)).toBeGreaterThan(10_000_000);
    const doc = timed('10 MB parse', () => parse(html));
    const r = timed('10 MB extract', () => extractArticle(doc, { url: URL_ }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.wordCount).toBeGreaterThan(800_000);
      expect(r.article.textContent).toContain('КОНЕЦ СТАТЬИ');
    }
  });

  it('50,000 nodes: the article', () => {
    const doc = parse(pages.fiftyThousandNodes);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const r = timed('50k nodes', () => extractArticle(doc, { url: URL_ }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.textContent).toContain('КОНЕЦ СТАТЬИ');
  });

  it('5,000 levels of nesting: an article or a clear failure, never a throw', () => {
    const doc = parse(pages.deep);
    const r = timed('5000 deep', () => extractArticle(doc, { url: URL_, force: true }));
    if (r.ok) expect(r.article.textContent).toContain('Глубоко вложенный текст');
    else expect(['no-content', 'error', 'not-an-article']).toContain(r.reason);
  });
});

describe('pages the browser forbids: the classifier and the notice text', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://extensions/?id=abc', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['moz-extension://0a1b/list.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/taza/abcdef', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/kk/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['https://example.kz/docs/report.pdf?download=1', 'pdf'],
  ] as const)('%s → %s, with a message', (url, reason) => {
    expect(getPageSupport(url)).toEqual({ ok: false, reason });
    expect(noticeText(reason).length).toBeGreaterThan(20);
  });

  it('lookalike hosts are not mistaken for the stores', () => {
    expect(getPageSupport('https://chromewebstore.google.com.evil.kz/detail/x').ok).toBe(true);
    expect(getPageSupport('https://example.kz/webstore/').ok).toBe(true);
  });
});
