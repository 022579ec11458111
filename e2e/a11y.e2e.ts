/**
 * Accessibility modes, end to end: the built extension in real Chromium on the fixture news pages.
 * Settings are written the way our screens write them (extension storage); the background turns them into
 * registered content-script CSS, and the always-on a11y content script handles live changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import type { Page, Frame } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay } from './support/reader';
import { SCHEMES, SCHEME_IDS, type SchemeId } from '../utils/a11y/schemes';
import { contrastRatio, parseColor } from '../utils/a11y/contrast';
import { DEFAULT_A11Y_MODES, effectiveModes, isNeutral, type A11yModes, type A11ySettings } from '../utils/settings/a11y-settings';
import { cssFilesFor } from '../utils/a11y/stylesheet';

const ARTIFACTS = 'e2e/artifacts';
const SCREENSHOTS = 'docs/screenshots';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const modes = (patch: Partial<A11yModes>): A11yModes => ({ ...DEFAULT_A11Y_MODES, ...patch });

/** Store settings and wait until the background has registered the matching CSS files. */
async function setSettings(settings: A11ySettings): Promise<void> {
  await ext.serviceWorker.evaluate(async (s) => {
    await chrome.storage.local.set({ 'settings.a11y': s });
  }, settings);
  await waitForRegistrations(settings);
}

async function waitForRegistrations(settings: A11ySettings): Promise<void> {
  const expected = [settings.global, ...Object.keys(settings.sites).sort().map((k) => settings.sites[k]!)]
    .filter((m) => !isNeutral(m))
    .map((m) => cssFilesFor(effectiveModes(m)));
  let got: string[][] = [];
  for (let i = 0; i < 100; i++) {
    got = await ext.serviceWorker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('taza-a11y-')).map((s) => s.css ?? []),
    );
    if (JSON.stringify(got) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`registrations never matched: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
}

async function openPage(name: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(server.url(`${name}.html`), { waitUntil: 'load' });
  return page;
}

const rgb = (hex: string) => {
  const c = parseColor(hex)!;
  return `rgb(${c.r}, ${c.g}, ${c.b})`;
};

/** Computed colours of body text, a paragraph, an unvisited link, and the page's own background. */
async function colours(page: Page) {
  return page.evaluate(() => {
    const p = document.querySelector('article p, .entry-content p, main p, p') as HTMLElement;
    const a = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')).find(
      (x) => x.offsetParent && !x.href.startsWith(location.href.split('#')[0]!) && x.innerText.trim(),
    )!;
    const cs = (el: Element) => getComputedStyle(el);
    return {
      htmlBg: cs(document.documentElement).backgroundColor,
      bodyBg: cs(document.body).backgroundColor,
      bodyFg: cs(document.body).color,
      pFg: cs(p).color,
      pBg: cs(p).backgroundColor,
      linkFg: cs(a).color,
      linkDecoration: cs(a).textDecorationLine,
    };
  });
}

describe('keyboard shortcuts', () => {
  it('assigns both accessibility toggles (and keeps the reader toggle)', async () => {
    const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName['toggle-contrast']).toBeTruthy();
    expect(byName['toggle-large-text']).toBeTruthy();
    expect(byName['toggle-reader']).toBeTruthy();
  });
});

describe('high-contrast schemes on a news page', () => {
  it.each(SCHEME_IDS)('%s: body text and links get the scheme colours (≥ 7:1)', async (scheme: SchemeId) => {
    await setSettings({ global: modes({ contrast: true, scheme }), sites: {} });
    const page = await openPage('ru-optimism-opinion');
    const c = await colours(page);
    const p = SCHEMES[scheme];
    expect(c.bodyBg).toBe(rgb(p.bg));
    expect(c.pFg).toBe(rgb(p.fg));
    expect(c.pBg).toBe(rgb(p.bg));
    expect(c.linkFg).toBe(rgb(p.link));
    expect(c.linkDecoration).toContain('underline');
    expect(contrastRatio(c.pFg, c.bodyBg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.linkFg, c.bodyBg)).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});

/** Measures taken on a page: horizontal overflow of the document and of text containers. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (!el.offsetParent || el.closest('svg')) continue;
      const text = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!text) continue;
      const cs = getComputedStyle(el);
      const clips = (v: string) => v === 'hidden' || v === 'clip';
      // Text cut off by its own box: content larger than a box that hides overflow.
      if ((clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        clipped.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.slice(0, 40)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, clipped };
  });
}

const FIXTURES = ['ru-optimism-opinion', 'ru-zakon-gambling-law', 'kk-culture-abai', 'en-us-sports-betting-bill', 'ru-tech-code'];

describe('large text reflows (WCAG 1.4.4 / 1.4.10)', () => {
  it.each(FIXTURES)('%s at 200 percent on a 1280 px window: no horizontal scrolling, no clipped text', async (name) => {
    await setSettings({ global: modes({ largeText: true, textScale: 200 }), sites: {} });
    const page = await openPage(name);
    const size = await page.evaluate(() => getComputedStyle(document.querySelector('article p, main p, p, div')!).fontSize);
    expect(size).toBe('32px');
    const o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    expect(o.clipped).toEqual([]);
    // Icon fonts and SVG icons keep their own size.
    await page.close();
  });
});

describe('text spacing (WCAG 1.4.12)', () => {
  it.each(FIXTURES)('%s: line 1.5, paragraphs 2em, letters 0.12em, words 0.16em, nothing clipped', async (name) => {
    await setSettings({ global: modes({ spacing: 'wcag' }), sites: {} });
    const page = await openPage(name);
    const s = await page.evaluate(() => {
      const p = document.querySelector('article p, main p, p') as HTMLElement;
      const cs = getComputedStyle(p);
      const fs = parseFloat(cs.fontSize);
      return {
        line: parseFloat(cs.lineHeight) / fs,
        letter: parseFloat(cs.letterSpacing) / fs,
        word: parseFloat(cs.wordSpacing) / fs,
        after: parseFloat(cs.marginBottom) / fs,
      };
    });
    expect(s.line).toBeCloseTo(1.5, 2);
    expect(s.letter).toBeCloseTo(0.12, 2);
    expect(s.word).toBeCloseTo(0.16, 2);
    expect(s.after).toBeCloseTo(2, 2);
    const o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    expect(o.clipped).toEqual([]);
    await page.close();
  });
});

describe('applied before the first paint, persisted, live', () => {
  const PROBE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title><script>
    // Runs while the head is parsed (nothing painted yet); the rAF callback runs just before the first frame is painted.
    window.__probe = { paintsBefore: performance.getEntriesByType('paint').length };
    requestAnimationFrame(() => { window.__probe.firstFrame = getComputedStyle(document.body).backgroundColor; window.__probe.firstFrameText = getComputedStyle(document.querySelector('p')).color; });
  </script><style>html,body{background:#fff;color:#333}</style></head><body><p>Бірінші кадр. First frame.</p>
  <figure><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'/%3E" alt="Абай ескерткіші"></figure></body></html>`;

  async function probePage(path = 'a11y-probe.html', host = server.origin): Promise<Page> {
    const page = await ext.context.newPage();
    await page.route(`${host}/${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PROBE }));
    await page.goto(`${host}/${path}`, { waitUntil: 'load' });
    return page;
  }

  it('the first frame already has the scheme (no white flash)', async () => {
    await setSettings({ global: modes({ contrast: true, scheme: 'white-on-black' }), sites: {} });
    const page = await probePage();
    await page.waitForFunction(() => (window as unknown as { __probe: { firstFrame?: string } }).__probe.firstFrame);
    const probe = await page.evaluate(() => (window as unknown as { __probe: Record<string, unknown> }).__probe);
    expect(probe.paintsBefore).toBe(0);
    expect(probe.firstFrame).toBe('rgb(0, 0, 0)');
    expect(probe.firstFrameText).toBe('rgb(255, 255, 255)');
    // the paint entry is reported a little after the frame (Chromium 150 queues it): wait for it, then check
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, { timeout: 5000 }).catch(() => {});
    const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
    expect(paints).toContain('first-paint');
    await page.close();
  });

  it('survives a reload and switches an open page at once when settings change', async () => {
    await setSettings({ global: modes({ contrast: true, scheme: 'brown-on-beige' }), sites: {} });
    const page = await openPage('kk-culture-abai');
    await page.reload({ waitUntil: 'load' });
    expect((await colours(page)).bodyBg).toBe(rgb(SCHEMES['brown-on-beige'].bg));
    // Live: no reload; the content script takes over from the registered files.
    await ext.serviceWorker.evaluate(async () => {
      const { ['settings.a11y']: s } = await chrome.storage.local.get('settings.a11y');
      (s as { global: { scheme: string } }).global.scheme = 'green-on-brown';
      await chrome.storage.local.set({ 'settings.a11y': s });
    });
    await page.waitForFunction((bg) => getComputedStyle(document.body).backgroundColor === bg, rgb(SCHEMES['green-on-brown'].bg));
    expect((await colours(page)).pFg).toBe(rgb(SCHEMES['green-on-brown'].fg));
    // Off again: the page gets its own colours back.
    await ext.serviceWorker.evaluate(async () => {
      const { ['settings.a11y']: s } = await chrome.storage.local.get('settings.a11y');
      (s as { global: { contrast: boolean } }).global.contrast = false;
      await chrome.storage.local.set({ 'settings.a11y': s });
    });
    await page.waitForFunction((bg) => getComputedStyle(document.body).backgroundColor !== bg, rgb(SCHEMES['green-on-brown'].bg));
    await page.close();
  });

  it('per site: a site with its own modes gets them, other sites the global ones', async () => {
    await setSettings({
      global: modes({ contrast: true, scheme: 'yellow-on-black' }),
      sites: { '127.0.0.1': modes({ contrast: true, scheme: 'blue-on-lightblue' }) },
    });
    const own = await probePage();
    expect(await own.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(SCHEMES['blue-on-lightblue'].bg));
    const other = await probePage('a11y-probe.html', server.origin.replace('127.0.0.1', 'localhost'));
    expect(await other.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(SCHEMES['yellow-on-black'].bg));
    await own.close();
    await other.close();
  });

  it('images: grayscale, or hidden with the alt text shown', async () => {
    await setSettings({ global: modes({ images: 'grayscale' }), sites: {} });
    let page = await probePage();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('img')!).filter)).toBe('grayscale(1)');
    await page.close();
    await setSettings({ global: modes({ images: 'hide' }), sites: {} });
    page = await probePage();
    await page.waitForSelector('taza-a11y-alt');
    const r = await page.evaluate(() => ({
      img: getComputedStyle(document.querySelector('img')!).display,
      alt: document.querySelector('taza-a11y-alt')!.textContent,
    }));
    expect(r).toEqual({ img: 'none', alt: 'Абай ескерткіші' });
    await page.close();
  });
});

/** Inject axe-core (evaluate is not subject to the page's CSP) and return its violations. */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const result = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return result;
}

const THEMES: (SchemeId | null)[] = [null, ...SCHEME_IDS];

describe('our screens pass axe-core in every theme', () => {
  it.each(THEMES)('options page, scheme %s: zero violations, keyboard operable', async (scheme) => {
    await setSettings({ global: modes(scheme ? { contrast: true, scheme } : {}), sites: {} });
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('options.html'));
    await page.waitForSelector('.taza-a11y-controls');
    expect(await axeViolations(page)).toEqual([]);
    if (scheme) expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(SCHEMES[scheme].bg));
    if (!scheme) {
      // Dark system theme too.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      // Keyboard: Tab reaches the contrast switch, Space turns it on, and the focus is visible.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      let tries = 0;
      while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement)?.getAttribute('role') === 'switch')) && tries++ < 10) {
        await page.keyboard.press('Tab');
      }
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.documentElement.dataset.a11yScheme === 'black-on-white');
      const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings.a11y'));
      expect((stored['settings.a11y'] as A11ySettings).global.contrast).toBe(true);
      // Arrow keys move within the scheme radio group.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.documentElement.dataset.a11yScheme === 'white-on-black');
      await page.screenshot({ path: `${ARTIFACTS}/a11y-options.png`, fullPage: true });
    }
    await page.close();
  });

  it.each(THEMES)('reader view, scheme %s: theme variables overridden, zero violations', async (scheme) => {
    await setSettings({ global: modes(scheme ? { contrast: true, scheme, largeText: true, textScale: 150 } : {}), sites: {} });
    const page = await openPage('ru-optimism-opinion');
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    await frame.waitForSelector('.taza-article');
    if (scheme) {
      await frame.waitForFunction((s) => document.documentElement.dataset.a11yScheme === s, scheme);
      const c = await frame.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.querySelector('.taza-content p')!).color,
      }));
      expect(c).toEqual({ bg: rgb(SCHEMES[scheme].bg), fg: rgb(SCHEMES[scheme].fg) });
    }
    expect(await axeViolations(frame)).toEqual([]);
    if (scheme === 'yellow-on-black') await page.screenshot({ path: `${ARTIFACTS}/a11y-reader-yellow-on-black.png` });
    await page.close();
  });

  it('popup with the accessibility panel: zero violations, the switches work from the keyboard', async () => {
    await setSettings({ global: modes({}), sites: {} });
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(ext.extensionUrl('popup.html'));
    await page.waitForSelector('.taza-a11y-panel');
    expect(await axeViolations(page)).toEqual([]);
    const largeText = page.getByRole('switch', { name: 'Large text' });
    await largeText.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.taza-a11y-stepper output')?.textContent === '200%');
    const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings.a11y'));
    expect((stored['settings.a11y'] as A11ySettings).global.largeText).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/a11y-popup.png`, fullPage: true });
    await page.close();
  });
});

describe('browser restart', () => {
  it('modes survive closing and reopening the browser (same profile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taza-a11y-restart-'));
    const launch = () =>
      chromium.launchPersistentContext(dir, {
        executablePath: chromiumPath(),
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
    try {
      let context = await launch();
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await sw.evaluate(async (s) => chrome.storage.local.set({ 'settings.a11y': s }), { global: modes({ contrast: true, scheme: 'green-on-brown' }), sites: {} });
      await expect.poll(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length), { timeout: 5000 }).toBeGreaterThan(0);
      await context.close();
      context = await launch();
      const page = await context.newPage();
      await page.goto(server.url('kk-law-gambling-ads.html'), { waitUntil: 'load' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(SCHEMES['green-on-brown'].bg));
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the page\'s own accessible version', () => {
  it('the content script reports the seed-like page\'s "Версия слабовидящим" link to the popup', async () => {
    const page = await openPage('ru-optimism-opinion');
    await page.bringToFront();
    const info = await ext.serviceWorker.evaluate(async () => {
      // Without the "tabs" permission tab.url is hidden: take the active tab, as the popup does.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      // The same message the popup sends (@webext-core/messaging wire format).
      return chrome.tabs.sendMessage(tab!.id!, { id: 1, type: 'a11y.pageInfo', timestamp: Date.now() }, { frameId: 0 });
    });
    expect(info.res).toMatchObject({ site: '127.0.0.1', link: { lang: 'ru', href: null } });
    expect(info.res.link.text).toContain('Версия слабовидящим');
    await page.close();
  });
});

describe('screenshots for the README', () => {
  it.each(['yellow-on-black', 'blue-on-lightblue'] as SchemeId[])('ru-optimism-opinion, %s, 200 percent', async (scheme) => {
    await setSettings({ global: modes({ contrast: true, scheme, largeText: true, textScale: 200 }), sites: {} });
    const page = await openPage('ru-optimism-opinion');
    await page.evaluate(() => document.querySelector('h1')?.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOTS}/a11y-ru-optimism-opinion-${scheme}-200.png` });
    const o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    await page.close();
  });
});
