/**
 * Firefox: the Firefox build (MV2, `npm run build:firefox`) in Debian's firefox-esr, driven over WebDriver BiDi
 * (e2e/support/firefox.ts). The same end-to-end core as in Chromium: the shield on a fixture news page, the reader
 * on a fixture article (toolbar button), save, and the saved article in the reading list and opened from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { DEFAULT_A11Y_MODES } from '../utils/settings/a11y-settings';
import { SCHEMES } from '../utils/a11y/schemes';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

let ff: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const t0 = Date.now();
  ff = await launchFirefoxWithExtension();
  console.info(`[hostile] firefox launched with the add-on in ${Date.now() - t0} ms`);
}, 90_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function readerFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Puppeteer may keep the frame's first URL (about:blank) for an extension frame: ask the frame itself.
    let f: Frame | undefined;
    for (const fr of page.frames()) {
      if (fr === page.mainFrame()) continue;
      const href = await Promise.race([fr.evaluate(() => location.href).catch(() => ''), new Promise<string>((r) => setTimeout(() => r(''), 1000))]);
      if (href.startsWith(ff.extensionUrl('reader.html'))) f = fr;
    }
    if (f) {
      const ready = await f.waitForSelector('.taza-article, .taza-message', { timeout: 500 }).then(() => true, () => false);
      if (ready) return f;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`reader frame did not appear; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
}

/** moz-extension pages: goto may report a timeout although the page loads (E2E.md); wait for the page instead. */
async function openExtensionPage(path: string, selector: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(ff.extensionUrl(path), { timeout: 1_500 }).catch(() => {});
  await page.waitForSelector(selector, { timeout: 15_000 });
  return page;
}

describe('Firefox (firefox-esr, MV2 build)', () => {
  it('the add-on starts without errors (MV2 names: browser_action, its menu context)', async () => {
    const manifest = await ff.chromeEval<string>(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return JSON.stringify(ExtensionParent.GlobalManager.getExtension('taza-reader@taza.kz').manifest.browser_action);
    })()`);
    expect(JSON.parse(manifest)).toMatchObject({ default_title: expect.stringMatching(/Taza|reader/i) });
    await new Promise((r) => setTimeout(r, 500));
    const errors = await ff.chromeEval<string[]>(`(() => Services.console.getMessageArray().filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && (String(m.sourceName).includes('${'6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b'}') || /createProperties|taza/i.test(m.errorMessage))).map((m) => m.errorMessage + ' @ ' + m.sourceName))()`);
    expect(errors).toEqual([]);
  });

  it('the shield hides the gambling banner and the ads on a fixture news page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('ru-optimism-opinion.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('[data-taza-shield]').length > 0, { timeout: 10_000 });
    const counts = await page.evaluate(() => ({
      ad: document.querySelectorAll('[data-taza-shield="ad"]').length,
      gambling: document.querySelectorAll('[data-taza-shield="gambling"]').length,
      visible: Array.from(document.querySelectorAll('[data-taza-shield]')).filter((e) => (e as HTMLElement).getBoundingClientRect().height > 0).length,
    }));
    console.info(`[hostile] firefox shield: ${JSON.stringify(counts)}`);
    expect(counts.gambling).toBeGreaterThan(0);
    expect(counts.ad).toBeGreaterThan(0);
    expect(counts.visible).toBe(0);
    await page.close();
  });

  it('accessibility modes apply before the page paints (registered content-script CSS) and live', async () => {
    const settingsPage = await openExtensionPage('list.html', '.taza-card, .taza-list-empty');
    const setA11y = (contrast: boolean) =>
      settingsPage.evaluate(
        (s) => (globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }).browser.storage.local.set({ 'settings.a11y': s }),
        { global: { ...DEFAULT_A11Y_MODES, contrast, scheme: 'yellow-on-black' }, sites: {} },
      );
    await setA11y(true);
    const bg = rgb(SCHEMES['yellow-on-black'].bg);
    // Registration is asynchronous in the background: a fresh page load gets the registered CSS once it is in.
    const page = await ff.browser.newPage();
    let got = '';
    for (let i = 0; i < 30 && got !== bg; i++) {
      await page.goto(server.url('kk-culture-abai.html'), { waitUntil: 'load' });
      got = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (got !== bg) await new Promise((r) => setTimeout(r, 200));
    }
    expect(got).toBe(bg);
    await setA11y(false);
    await page.waitForFunction((b) => getComputedStyle(document.body).backgroundColor !== b, { timeout: 10_000 }, bg);
    await Promise.all([page.close(), settingsPage.close()]);
  });

  it('the reader opens on a fixture article from the toolbar button, and closes again', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('ru-optimism-opinion.html'), { waitUntil: 'load' });
    const t0 = Date.now();
    await ff.clickToolbarButton(page);
    const frame = await readerFrame(page);
    await frame.waitForSelector('.taza-article');
    console.info(`[hostile] firefox reader: ${Date.now() - t0} ms`);
    const title = await frame.$eval('h1', (h) => h.textContent ?? '');
    expect(title).toMatch(/Общественный совет/i);
    const text = await frame.$eval('.taza-content', (c) => c.textContent ?? '');
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toMatch(/1xbet/i);
    // The page cannot see into the overlay.
    expect(await page.evaluate(() => document.querySelector('taza-reader-overlay')?.shadowRoot ?? null)).toBeNull();
    await ff.clickToolbarButton(page);
    await page.waitForFunction(() => !document.querySelector('taza-reader-overlay'), { timeout: 10_000 });
    await page.close();
  });

  it('saves from the reader; the list shows it and opens the saved copy', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('reading-list/article.html'), { waitUntil: 'load' });
    await ff.clickToolbarButton(page);
    const frame = await readerFrame(page);
    await frame.waitForSelector('.taza-article .taza-content img');
    const buttons = await frame.$$('button');
    let clicked = false;
    for (const b of buttons) {
      const label = (await b.evaluate((el) => el.textContent ?? '')).trim();
      if (/Save$/.test(label)) {
        // keyboard, not b.click(): a mouse click in a frame needs BiDi `locateNodes` by context, which Firefox ESR
        // 140.12 does not accept; Enter on the focused button is what a keyboard user does anyway
        await b.focus();
        await page.keyboard.press('Enter');
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    await frame.waitForSelector('.taza-save-status[data-ok="true"]', { timeout: 20_000 });
    const status = await frame.$eval('.taza-save-status', (s) => s.textContent ?? '');
    console.info(`[hostile] firefox save: ${status}`);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);

    const list = await openExtensionPage('list.html', '.taza-card');
    const cards = await list.$$eval('.taza-card', (cs) => cs.map((c) => c.textContent ?? ''));
    expect(cards.some((c) => c.includes('Транспортная реформа в Алматы и Астане'))).toBe(true);
    const href = await list.$eval('a[href*="reader.html?id="]', (a) => a.getAttribute('href')!);
    const saved = await openExtensionPage(href, '.taza-article .taza-content');
    expect(await saved.$eval('h1', (h) => h.textContent ?? '')).toContain('Транспортная реформа');
    // Offline copy: images are the stored ones (data: URLs), not the network.
    const srcs = await saved.$$eval('.taza-content img', (imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
    expect(srcs.length).toBeGreaterThan(0);
    expect(srcs.every((s) => s.startsWith('data:image/'))).toBe(true);
    await Promise.all([saved.close(), list.close(), page.close()]);
  });
});
