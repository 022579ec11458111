/**
 * Reader mode, end to end: the built extension in real Chromium on fixture news pages served from 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { clickToolbarButton, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay, normalize } from './support/reader';

interface Labels {
  articleText: string;
  title: string;
  ads: string[];
  gambling: string[];
}
const labels = (name: string): Labels =>
  JSON.parse(readFileSync(`tests/fixtures/news-pages/${name}.labels.json`, 'utf8')) as Labels;

const ARTIFACTS = 'e2e/artifacts';
let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(name: string) {
  const page = await ext.context.newPage();
  await page.goto(server.url(`${name}.html`), { waitUntil: 'load' });
  return page;
}

describe('reader view on a Russian news article with ads and a gambling banner', () => {
  it('shows the article text without ads or gambling, isolated from the page, and goes back exactly', async () => {
    const name = 'ru-optimism-opinion';
    const label = labels(name);
    const page = await openPage(name);
    // The ad texts, read from the page itself before the reader opens.
    const adTexts: string[] = await page.evaluate(
      (sels) =>
        sels
          .flatMap((s) => Array.from(document.querySelectorAll<HTMLElement>(s)))
          .map((el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim())
          .filter((t) => t.length >= 12),
      label.ads,
    );
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await page.evaluate(() => ({
      y: window.scrollY,
      htmlStyle: document.documentElement.getAttribute('style'),
      bodyText: document.body.innerText.length,
    }));

    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    await frame.waitForSelector('.taza-article .taza-content p');
    const text = normalize(await reader.text());
    await page.screenshot({ path: `${ARTIFACTS}/reader-${name}.png` });

    // Every article paragraph, in order.
    let from = 0;
    for (const para of label.articleText.split(/\n\s*\n/).map(normalize).filter(Boolean)) {
      const at = text.indexOf(para, from);
      expect(at, `missing or out of order: ${para.slice(0, 80)}`).toBeGreaterThanOrEqual(0);
      from = at + para.length;
    }
    expect(text).not.toContain('1xbet');
    expect(text).not.toContain('Freedom Broker');
    for (const ad of adTexts) expect(text, `ad text leaked: ${ad.slice(0, 60)}`).not.toContain(ad);
    expect(await frame.evaluate(() => document.querySelector('h1.taza-title')?.textContent)).toBeTruthy();

    // Isolation: the page's own scripts cannot reach into the reader.
    const pageView = await page.evaluate(() => {
      const host = document.querySelector('taza-reader-overlay');
      let frameReadable = true;
      try {
        void (window.frames[window.frames.length - 1] as Window).document.body.innerHTML;
      } catch {
        frameReadable = false;
      }
      return { hasHost: !!host, shadowRoot: host?.shadowRoot ?? null, frameReadable };
    });
    expect(pageView).toEqual({ hasHost: true, shadowRoot: null, frameReadable: false });

    // Back: the same button restores the original page at the same scroll position.
    await reader.close();
    const after = await page.evaluate(() => ({
      y: window.scrollY,
      htmlStyle: document.documentElement.getAttribute('style'),
      bodyText: document.body.innerText.length,
      inert: document.body.inert,
    }));
    expect(after.y).toBe(before.y);
    expect(after.htmlStyle).toBe(before.htmlStyle);
    expect(after.inert).toBe(false);
    expect(after.bodyText).toBeGreaterThan(0);
    await page.close();
  });

  it('closes with Escape and reopens on the next click', async () => {
    const page = await openPage('kk-culture-abai');
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    expect(await frame.evaluate(() => document.querySelector('.taza-article')?.getAttribute('lang'))).toMatch(/^kk/);
    await frame.locator('body').press('Escape');
    await page.waitForFunction(() => !document.querySelector('taza-reader-overlay'));
    await reader.open();
    expect(await reader.isOpen()).toBe(true);
    await page.close();
  });
});

describe('pages that are not articles', () => {
  it('says so, and "Show anyway" extracts without the check', async () => {
    const page = await openPage('ru-homepage-news');
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    await frame.waitForSelector('.taza-message[data-reason="not-an-article"]');
    await page.screenshot({ path: `${ARTIFACTS}/reader-not-an-article.png` });
    await frame.getByRole('button', { name: /Show anyway/ }).click();
    await frame.waitForSelector('.taza-article .taza-content');
    expect((await reader.text()).length).toBeGreaterThan(100);
    await page.close();
  });
});

describe('reader settings', () => {
  it('apply at once, are keyboard operable, and persist', async () => {
    const page = await openPage('en-us-sports-betting-bill');
    const reader = new ReaderOverlay(ext, page);
    let frame = await reader.open();
    const toggle = frame.getByRole('button', { name: /Display/ });
    await toggle.focus();
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await frame.getByRole('radio', { name: 'Dark' }).check();
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const size0 = await frame.evaluate(() => getComputedStyle(document.querySelector('.taza-article')!).fontSize);
    await frame.getByRole('button', { name: 'Larger text' }).click();
    const size1 = await frame.evaluate(() => getComputedStyle(document.querySelector('.taza-article')!).fontSize);
    expect(parseFloat(size1)).toBeGreaterThan(parseFloat(size0));
    await frame.getByRole('radio', { name: 'Sans' }).check();
    // Keyboard: the focused theme radio group moves with arrow keys.
    await frame.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const focusVisible = await frame.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
    expect(focusVisible).not.toBe('none');
    await page.screenshot({ path: `${ARTIFACTS}/reader-settings.png` });
    await reader.close();

    // Reopen (and reload the page): the choices are still there.
    await page.reload({ waitUntil: 'load' });
    frame = await reader.open();
    const applied = await frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      font: document.documentElement.dataset.font,
      size: getComputedStyle(document.querySelector('.taza-article')!).fontSize,
    }));
    expect(applied).toEqual({ theme: 'sepia', font: 'sans', size: size1 });
    const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings.reader'));
    expect(stored['settings.reader']).toMatchObject({ theme: 'sepia', font: 'sans' });
    await page.close();
  });
});

describe('keyboard shortcut and browser pages', () => {
  it('registers a toggle shortcut', async () => {
    const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    expect(toggle?.shortcut).toBeTruthy();
  });

  it('explains instead of failing silently on a browser page', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    await clickToolbarButton(ext, page);
    // The notice opens as the toolbar popup (a CDP target of its own in headless Chromium).
    const cdp = await ext.context.browser()!.newBrowserCDPSession();
    let notice: string | undefined;
    for (let i = 0; i < 50 && !notice; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      notice = targetInfos.map((t) => t.url).find((u) => u.includes('/notice.html'));
      if (!notice) await page.waitForTimeout(100);
    }
    await cdp.detach();
    expect(notice).toContain('reason=browser-page');
    // What that popup says, read from the same page.
    const view = await ext.context.newPage();
    await view.goto(notice!);
    expect(await view.textContent('#taza-notice')).toMatch(/can't run on browser pages/);
    // The next click on an article tab toggles the reader again (the popup was one-off).
    const popup = await ext.serviceWorker.evaluate(() => chrome.action.getPopup({}));
    expect(popup).toBe('');
    await view.close();
    await page.close();
  });
});
