/**
 * Page scripts against the extension (real Chromium, built extension). e2e/pages/hostile/page-scripts.js breaks DOM
 * prototypes (remove, querySelector, innerHTML, textContent, cloneNode, getComputedStyle, Array.from/map, JSON),
 * replaces MutationObserver, fetch and XHR, throws on property access (window.chrome, document.readyState), floods the
 * DOM with mutations, and attacks the reader (reads frames and the overlay's shadow root, forges postMessages, removes
 * and covers the overlay). Content scripts run in an isolated world, so:
 *   - the shield still hides the ad and the gambling banner, the accessibility modes still apply,
 *   - reader extraction still works, and the page can neither read nor change the reader, the list or settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay } from './support/reader';
import { DEFAULT_A11Y_MODES } from '../utils/settings/a11y-settings';
import { SCHEMES } from '../utils/a11y/schemes';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

type Attack = { log: string[]; frameReads: string[]; shadowRoots: string[]; forged: number; removed: number; covered: number; mutations: number };
const attack = () => page.evaluate(() => (window as unknown as { __attack: Attack }).__attack);
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(server.url('hostile/page-scripts.html'), { waitUntil: 'load' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a page that fights the extension', () => {
  it('the page really did break its own world (the attack is live)', async () => {
    await page.waitForTimeout(300);
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      try {
        document.querySelector('p');
      } catch {
        out.push('querySelector');
      }
      try {
        document.body.remove();
      } catch {
        out.push('remove');
      }
      try {
        void fetch('/');
      } catch {
        /* rejected, not thrown */
      }
      return out;
    });
    expect(broken).toEqual(['querySelector', 'remove']);
    expect((await attack()).mutations).toBeGreaterThan(1000);
  });

  it('the shield still hides the ad and the gambling banner', async () => {
    await page.waitForFunction(() => Document.prototype.querySelectorAll.call(document, '[data-taza-shield]').length >= 2, undefined, { timeout: 10_000 });
    const marked = await page.evaluate(() => {
      const q = (s: string) => Document.prototype.querySelectorAll.call(document, s);
      return {
        gambling: q('.banner-1xbet[data-taza-shield], .banner-1xbet [data-taza-shield]').length + q('[data-taza-shield] .banner-1xbet').length,
        ad: q('ins.adsbygoogle[data-taza-shield], [data-taza-shield] ins.adsbygoogle').length,
        bannerShown: (q('.banner-1xbet')[0] as HTMLElement).getBoundingClientRect().height,
      };
    });
    expect(marked.gambling).toBeGreaterThan(0);
    expect(marked.ad).toBeGreaterThan(0);
    expect(marked.bannerShown).toBe(0);
  });

  it('accessibility modes still apply (high contrast, yellow on black)', async () => {
    const scheme = 'yellow-on-black' as const;
    await ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ 'settings.a11y': s }), {
      global: { ...DEFAULT_A11Y_MODES, contrast: true, scheme },
      sites: {},
    });
    const bg = rgb(SCHEMES[scheme].bg);
    // The page replaced getComputedStyle on its window: read it from a pristine one.
    await page.waitForFunction(
      (want) => {
        const f = document.createElement('iframe');
        Node.prototype.appendChild.call(document.documentElement, f);
        const cs = f.contentWindow!.getComputedStyle(document.body).backgroundColor;
        Node.prototype.removeChild.call(document.documentElement, f);
        return cs === want;
      },
      bg,
      { timeout: 10_000 },
    );
    await ext.serviceWorker.evaluate(async () => chrome.storage.local.remove('settings.a11y'));
  });

  it('reader extraction still works, and the page cannot read the reader, its shadow root or its frame', async () => {
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    await frame.waitForSelector('.taza-article');
    expect(await reader.text()).toContain('Городской совет');
    expect(await reader.text()).not.toContain('1xbet');
    await page.waitForTimeout(800); // the page's attack loop runs every 100 ms
    const a = await attack();
    expect(a.shadowRoots.length).toBeGreaterThan(0);
    expect(new Set(a.shadowRoots)).toEqual(new Set(['closed']));
    // The reader frame lives in a closed shadow root: it is not even listed in the page's window.frames, so the
    // page has nothing to read or to post forged messages to (and any frame it could reach refused the read).
    expect(await page.evaluate(() => window.length)).toBe(0);
    expect(a.frameReads.filter((r) => r !== 'blocked')).toEqual([]);
    // Nothing the page did changed the reader: still open on the article.
    expect(await page.evaluate(() => Document.prototype.querySelectorAll.call(document, 'taza-reader-overlay').length)).toBe(1);
    expect(await frame.textContent('h1')).toContain('Страница против расширения');
    // The reader's own state is out of reach: the page's origin has no reading list, no settings of ours.
    // (Plain loops: the page replaced Array.prototype.map and JSON.)
    const pageSide = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      const names: string[] = [];
      for (const d of dbs) names.push(String(d.name));
      return `dbs=${names.join(',')} local=${localStorage.length} session=${sessionStorage.length} browser=${typeof (globalThis as { browser?: unknown }).browser}`;
    });
    expect(pageSide).toBe('dbs= local=0 session=0 browser=undefined');
  });

  it('a forged save did not reach the reading list', async () => {
    const list = await ext.context.newPage();
    await list.goto(ext.extensionUrl('list.html'));
    await list.waitForSelector('.taza-card, .taza-list-empty');
    expect(await list.locator('.taza-card').count()).toBe(0);
    await list.close();
  });

  it('a page that covers the reader does not get on top of it', async () => {
    await page.evaluate(() => (window as unknown as { __coverOverlay(): void }).__coverOverlay());
    await page.waitForTimeout(200);
    const top = await page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return el ? el.localName + (el.id ? '#' + el.id : '') : null;
    });
    expect(top).toBe('taza-reader-overlay');
    await page.evaluate(() => {
      const c = Document.prototype.getElementById.call(document, 'cover');
      if (c) Node.prototype.removeChild.call(c.parentNode!, c);
    });
  });

  it('a page that removes the overlay gets its page back intact, and the reader opens again', async () => {
    await page.evaluate(() => (window as unknown as { __removeOverlay(): void }).__removeOverlay());
    await page.waitForFunction(() => !Document.prototype.querySelectorAll.call(document, 'taza-reader-overlay').length);
    await page.waitForTimeout(200);
    const restored = await page.evaluate(() => ({ inert: document.body.inert, overflow: document.documentElement.style.overflow }));
    expect(restored).toEqual({ inert: false, overflow: '' });
    const reader = new ReaderOverlay(ext, page);
    await reader.open();
    expect(await reader.text()).toContain('Городской совет');
    await clickToolbarButton(ext, page);
    await page.waitForFunction(() => !Document.prototype.querySelectorAll.call(document, 'taza-reader-overlay').length);
  });
});
