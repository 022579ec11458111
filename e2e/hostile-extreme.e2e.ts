/**
 * Broken and extreme pages in real Chromium (the built extension): a frameset, 10 MB of text, 50,000 nodes, 5,000
 * levels of nesting, a page that never finishes loading, windows-1251 and KOI8-R (declared by the HTTP header, or only
 * by <meta>), and a chrome:// page. Each gives the article or a clear message within BOUND_MS, the tab never crashes.
 * (PDFs and the empty page: e2e/reader-edge.e2e.ts.) Times are printed as `[hostile] <page>: <ms>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickToolbarButton, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ReaderOverlay } from './support/reader';
import { cyrillicArticle, encodeCyrillic, extremePages } from '../tests/hostile/pages';
import { startRecordingServer, type RecordingServer } from '../tests/hostile/servers';

/** Generous on purpose (2 shared cores); the actual times are far lower and printed. */
const BOUND_MS = 20_000;
const PANGRAM = 'Съешь же ещё этих мягких французских булок, да выпей чаю.';

let ext: ExtensionBrowser;
let site: RecordingServer;

beforeAll(async () => {
  const pages = extremePages();
  site = await startRecordingServer({
    '/frameset.html': { body: pages.frameset },
    '/empty.html': { body: pages.empty },
    '/ten-mb.html': { body: pages.tenMegabytes },
    '/fifty-k.html': { body: pages.fiftyThousandNodes },
    '/deep.html': { body: pages.deep },
    '/cp1251-header.html': { body: encodeCyrillic(cyrillicArticle(null), 'windows-1251'), type: 'text/html; charset=windows-1251' },
    '/cp1251-meta.html': { body: encodeCyrillic(cyrillicArticle('windows-1251'), 'windows-1251'), type: 'text/html' },
    '/koi8-header.html': { body: encodeCyrillic(cyrillicArticle(null), 'koi8-r'), type: 'text/html; charset=KOI8-R' },
    '/koi8-meta.html': { body: encodeCyrillic(cyrillicArticle('koi8-r'), 'koi8-r'), type: 'text/html' },
    // Sends the article, then keeps the connection open forever (a stuck ad script, a slow CDN): never "load".
    '/never-ends.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const html = cyrillicArticle('utf-8');
      res.write(html.replace('</body></html>', ''));
      res.write('<script src="/hang.js"></script>');
      const timer = setInterval(() => res.write('<!-- still loading -->'), 500);
      res.on('close', () => clearInterval(timer));
    },
    '/hang.js': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.write('// never ends\n');
    },
  });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

async function openTimed(label: string, page: Page): Promise<{ frame: Frame; ms: number }> {
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const t0 = Date.now();
  const frame = await new ReaderOverlay(ext, page).open();
  const ms = Date.now() - t0;
  console.info(`[hostile] ${label}: reader in ${ms} ms`);
  expect(crashed, `${label}: tab crashed`).toBe(false);
  expect(ms, label).toBeLessThan(BOUND_MS);
  return { frame, ms };
}

async function visit(path: string, waitUntil: 'load' | 'commit' = 'load'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(site.url(path), { waitUntil, timeout: 60_000 });
  return page;
}

describe('extreme pages', () => {
  it('frameset: a clear message', async () => {
    const page = await visit('frameset.html');
    const { frame } = await openTimed('frameset', page);
    expect(await frame.getAttribute('.taza-message', 'data-reason')).toMatch(/not-an-article|no-content|not-html/);
    await page.close();
  });

  it('10 MB of text: the whole article', async () => {
    const page = await visit('ten-mb.html');
    const { frame } = await openTimed('10 MB', page);
    await frame.waitForSelector('.taza-article');
    expect(await frame.evaluate(() => document.querySelector('.taza-content')!.textContent!.includes('КОНЕЦ СТАТЬИ'))).toBe(true);
    expect(await frame.textContent('.taza-reading-time')).toMatch(/\d{3,}/);
    await page.close();
  });

  it('50,000 nodes: the article', async () => {
    const page = await visit('fifty-k.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    const { frame } = await openTimed('50k nodes', page);
    expect(await frame.textContent('.taza-article')).toContain('КОНЕЦ СТАТЬИ');
    await page.close();
  });

  it('5,000 levels of nesting: the article or a clear message', async () => {
    const page = await visit('deep.html');
    const { frame } = await openTimed('5000 deep', page);
    const text = await frame.textContent('.taza-article, .taza-message');
    if (await frame.$('.taza-article')) expect(text).toContain('Глубоко вложенный текст');
    else expect(await frame.getAttribute('.taza-message', 'data-reason')).toBeTruthy();
    await page.close();
  });

  it('a page that never finishes loading: the article that is there', async () => {
    const page = await visit('never-ends.html', 'commit');
    await page.waitForFunction(() => document.querySelectorAll('article p').length >= 6, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const { frame } = await openTimed('never loads', page);
    expect(await frame.textContent('.taza-article')).toContain(PANGRAM);
    // Saving works too (it runs code in the tab, which must not wait for the load that never comes).
    const t0 = Date.now();
    await frame.getByRole('button', { name: /^[＋✓ ]*Save$/ }).click();
    await frame.waitForSelector('.taza-save-status[data-ok="true"]', { timeout: BOUND_MS });
    console.info(`[hostile] never loads: saved in ${Date.now() - t0} ms`);
    await page.close();
  });
});

describe('non-UTF-8 pages', () => {
  for (const path of ['cp1251-header.html', 'cp1251-meta.html', 'koi8-header.html', 'koi8-meta.html']) {
    it(`${path}: Cyrillic comes out right`, async () => {
      const page = await visit(path);
      const { frame } = await openTimed(path, page);
      expect(await frame.textContent('h1')).toBe('Новости Алматы: ёлка и щедрость');
      expect(await frame.textContent('.taza-content')).toContain(PANGRAM);
      if (path === 'koi8-meta.html') {
        // Saved and listed with the right title too.
        await frame.getByRole('button', { name: /^[＋✓ ]*Save$/ }).click();
        await frame.waitForSelector('.taza-save-status[data-ok="true"]');
        const list = await ext.context.newPage();
        await list.goto(ext.extensionUrl('list.html'));
        await list.locator('.taza-card', { hasText: 'Новости Алматы: ёлка и щедрость' }).first().waitFor();
        await list.close();
      }
      await page.close();
    });
  }
});

describe('browser pages', () => {
  it('chrome://version gets a notice saying why, at once', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const t0 = Date.now();
    await clickToolbarButton(ext, page);
    const cdp = await ext.context.browser()!.newBrowserCDPSession();
    let url: string | undefined;
    try {
      for (let i = 0; i < 100 && !url; i++) {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
        url = targetInfos.map((t) => t.url).find((u) => u.includes('/notice.html'));
        if (!url) await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await cdp.detach();
    }
    console.info(`[hostile] chrome:// notice: ${Date.now() - t0} ms`);
    expect(url).toContain('reason=browser-page');
    await page.close();
  });
});
