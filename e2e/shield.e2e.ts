/**
 * Ad and gambling shield, end to end: the built extension in real Chromium on the 13 labelled fixture pages (and the
 * extra pages of tests/fixtures/news-pages-extra*, from 127.0.0.1).
 * Each page is loaded twice: from 127.0.0.1 (generic rules only) and under its production URL (label `url`,
 * answered from the local file with `page.route`, everything else aborted), then: load, scroll to the bottom and
 * back, wait until the dynamic ads exist (≤ 5 s). Asserts, as tests/fixtures/news-pages/README.md defines it:
 * every `ads`/`dynamicAds` element hidden (removed, not rendered per checkVisibility, or zero area), every
 * `mustKeep` visible, every `mustKeepText` in body.innerText, and the toolbar badge equal to the placements hidden.
 * Also: per-site pause and reveal from the popup page, and the popup is not the toolbar button's popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ActionPopup } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const DIR = resolve('tests/fixtures/news-pages');
/** Pages written apart from the detector's development, as a stand-in for unseen pages (tests/fixtures/news-pages-extra). */
const EXTRA_DIRS = readdirSync(resolve('tests/fixtures'))
  .filter((d) => /^news-pages-extra\d*$/.test(d))
  .sort();
interface Labels {
  url: string;
  ads: string[];
  dynamicAds: string[];
  gambling: string[];
  mustKeep: string[];
  mustKeepText: string[];
}
const namesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
const NAMES = namesIn(DIR);
const EXTRA = EXTRA_DIRS.flatMap((dir) => namesIn(resolve('tests/fixtures', dir)).map((name) => ({ dir, name })));
const labels = (name: string, dir = DIR): Labels => JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as Labels;

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Serve the fixture under its production URL; assets from the fixture folder; abort everything else. */
async function routeAsProduction(page: Page, name: string, url: string) {
  await page.route('**/*', async (route) => {
    const u = route.request().url();
    if (u === url) return route.fulfill({ path: join(DIR, `${name}.html`), contentType: 'text/html; charset=utf-8' });
    const m = /\/assets\/(.+)$/.exec(new URL(u).pathname);
    if (m) return route.fulfill({ path: join(DIR, 'assets', m[1]) });
    return route.abort();
  });
}

interface Verdict {
  visibleAds: string[];
  hiddenKeep: string[];
  missingText: string[];
  marked: number;
  missingSelectors: string[];
}

/** The README's evaluation, run inside the page. */
function evaluate(page: Page, l: Labels): Promise<Verdict> {
  return page.evaluate((l) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const hidden = (el: Element) => {
      if (!el.isConnected) return true;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
      const r = el.getBoundingClientRect();
      return r.width * r.height === 0;
    };
    const sels = [...l.ads, ...l.dynamicAds];
    // an ad element the shield took out (an unwrapped in-text ad link) matched while it was there (see watchLabels)
    const seen = (window as unknown as { __tazaSeen?: Set<string> }).__tazaSeen;
    const missingSelectors = sels.filter((s) => !document.querySelector(s) && !seen?.has(s));
    const visibleAds = sels.filter((s) => Array.from(document.querySelectorAll(s)).some((el) => !hidden(el)));
    const hiddenKeep = l.mustKeep.filter((s) => !Array.from(document.querySelectorAll(s)).some((el) => !hidden(el)));
    // compared case-insensitively: innerText follows CSS text-transform (a badge "Эксклюзив" reads "ЭКСКЛЮЗИВ")
    const text = norm(document.body.innerText).toLowerCase();
    const missingText = l.mustKeepText.filter((t) => !text.includes(norm(t).toLowerCase()));
    // placements hidden, and in-text ad links unwrapped (their words left in a marked span)
    const marked = Array.from(document.querySelectorAll('[data-taza-shield],[data-taza-shield-unwrapped]')).filter(
      (e) => !e.parentElement?.closest('[data-taza-shield]'),
    ).length;
    return { visibleAds, hiddenKeep, missingText, marked, missingSelectors };
  }, l);
}

/**
 * Before the page's own scripts (main world, from document start): note every ad selector of the labels that matches
 * at some point, so that an ad element the shield took out of the page (an unwrapped in-text ad link) still shows the
 * label matched its page.
 */
async function watchLabels(page: Page, l: Labels) {
  await page.addInitScript((sels: string[]) => {
    const seen = new Set<string>();
    (window as unknown as { __tazaSeen: Set<string> }).__tazaSeen = seen;
    // from the records themselves: the shield's own observer may already have taken the element out again
    const look = (records: MutationRecord[]) => {
      for (const r of records) {
        const nodes = r.type === 'attributes' ? [r.target] : Array.from(r.addedNodes);
        for (const n of nodes) {
          if (n.nodeType !== 1) continue;
          const el = n as Element;
          for (const s of sels) if (!seen.has(s) && (el.matches(s) || el.querySelector(s))) seen.add(s);
        }
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  }, [...l.ads, ...l.dynamicAds]);
}

async function loadAndSettle(page: Page, url: string, l: Labels) {
  await watchLabels(page, l);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  // dynamic ads (and content a page appends, such as the next story) appear within 3 s of load; poll for them, at
  // most 5 s (present in the DOM, shown or not: whether they are shown is what the test then checks)
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const present = await page.evaluate(
      ({ sels, texts }) => {
        const all = (document.body.textContent ?? '').replace(/\s+/g, ' ');
        const seen = (window as unknown as { __tazaSeen?: Set<string> }).__tazaSeen;
        return sels.every((s) => !!document.querySelector(s) || !!seen?.has(s)) && texts.every((t) => all.includes(t.replace(/\s+/g, ' ').trim()));
      },
      { sels: l.dynamicAds, texts: l.mustKeepText },
    );
    if (present) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(700); // the shield's next pass and its throttled report
}

/** The tab id of `page` (the extension has no "tabs" permission, so tab URLs are not visible: use the active tab). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

async function badgeOf(page: Page): Promise<string> {
  const tabId = await tabIdOf(page);
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function expectBadge(page: Page, marked: number) {
  const want = marked > 0 ? String(marked) : '';
  let got = '';
  for (let i = 0; i < 30; i++) {
    got = await badgeOf(page);
    if (got === want) break;
    await page.waitForTimeout(100);
  }
  expect(got, 'badge = placements hidden').toBe(want);
}

/** Pages left open by the concurrent runs, for the (sequential) badge check. */
const settled: { name: string; page: Page; marked: number }[] = [];

for (const mode of ['127.0.0.1', 'production URL', '127.0.0.1, no canonical link'] as const) {
  describe.concurrent(`shield on the labelled pages (${mode})`, () => {
    for (const name of NAMES) {
      it(name, async () => {
        const l = labels(name);
        const page = await ext.context.newPage();
        try {
          let url = server.url(`${name}.html`);
          if (mode === '127.0.0.1, no canonical link') url += '?nocanon';
          if (mode === 'production URL') {
            await routeAsProduction(page, name, l.url);
            url = l.url;
          }
          await loadAndSettle(page, url, l);
          const v = await evaluate(page, l);
          expect(v.missingSelectors, 'label selectors match').toEqual([]);
          expect(v.visibleAds, 'ads still visible').toEqual([]);
          expect(v.hiddenKeep, 'mustKeep hidden').toEqual([]);
          expect(v.missingText, 'mustKeepText hidden').toEqual([]);
          expect(v.marked).toBeGreaterThan(0);
          settled.push({ name: `${name} (${mode})`, page, marked: v.marked });
        } catch (e) {
          await page.close();
          throw e;
        }
      });
    }
  });
}

// A local copy that does not name its site (no canonical link): the site is the one its links lead to.
describe.concurrent('shield on the extra pages (127.0.0.1, with and without their canonical link)', () => {
  for (const { dir, name } of EXTRA) {
    it.for(['', '?nocanon'])(`${dir}/${name}%s`, async (query) => {
      const l = labels(name, resolve('tests/fixtures', dir));
      const page = await ext.context.newPage();
      try {
        await loadAndSettle(page, server.url(`${dir}/${name}.html${query}`), l);
        const v = await evaluate(page, l);
        expect(v.missingSelectors, 'label selectors match').toEqual([]);
        expect(v.visibleAds, 'ads still visible').toEqual([]);
        expect(v.hiddenKeep, 'mustKeep hidden').toEqual([]);
        expect(v.missingText, 'mustKeepText hidden').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('toolbar badge', () => {
  it('shows how many placements were hidden on each tab', async () => {
    expect(settled.length).toBeGreaterThan(0);
    for (const { page, marked } of settled) {
      await expectBadge(page, marked);
      await page.close();
    }
  });
});

describe('shield controls', () => {
  it('the popup is not the toolbar button\u2019s popup (a click toggles the reader view)', async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect((manifest.action as { default_popup?: string } | undefined)?.default_popup).toBeUndefined();
    const popup = await ext.serviceWorker.evaluate(() => chrome.action.getPopup({}));
    expect(popup).toBe('');
  });

  it('pause on this site shows everything, is remembered, and resumes; reveal outlines what was hidden', async () => {
    const name = 'ru-nur-football-odds';
    const l = labels(name);
    const page = await ext.context.newPage();
    try {
      await loadAndSettle(page, server.url(`${name}.html`), l);
      const tabId = await tabIdOf(page);

      // the popup page, opened as a tab, reads the state of a given tab through the background
      const panel = await ext.context.newPage();
      await panel.goto(ext.extensionUrl('popup.html'));
      const state = await panel.evaluate(
        (id) => chrome.runtime.sendMessage({ id: 1, type: 'shield.getState', data: { tabId: id }, timestamp: Date.now() }),
        tabId,
      );
      expect(state.res.ok).toBe(true);
      expect(state.res.host).toBe('127.0.0.1');
      expect(state.res.counts.gambling).toBeGreaterThan(0);
      expect(state.res.counts.ad).toBeGreaterThan(0);

      // reveal: the tab's frames outline what was hidden
      await panel.evaluate(
        (id) => chrome.tabs.sendMessage(id, { id: 2, type: 'shield.reveal', data: { reveal: true }, timestamp: Date.now() }),
        tabId,
      );
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-taza-shield-reveal'))).toBe(true);
      expect((await evaluate(page, l)).visibleAds.length).toBeGreaterThan(0);
      await panel.evaluate(
        (id) => chrome.tabs.sendMessage(id, { id: 3, type: 'shield.reveal', data: { reveal: false }, timestamp: Date.now() }),
        tabId,
      );
      expect((await evaluate(page, l)).visibleAds).toEqual([]);

      // pause (what the popup's switch writes), remembered across reloads
      await panel.evaluate(() => chrome.storage.local.set({ 'shield.pausedSites': ['127.0.0.1'] }));
      await page.waitForTimeout(300);
      expect((await evaluate(page, l)).visibleAds.length).toBeGreaterThan(0);
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(1500);
      expect((await evaluate(page, l)).visibleAds.length).toBeGreaterThan(0);
      await expectBadge(page, 0);

      await panel.evaluate(() => chrome.storage.local.set({ 'shield.pausedSites': [] }));
      await page.waitForTimeout(800);
      expect((await evaluate(page, l)).visibleAds).toEqual([]);
      await panel.close();
    } finally {
      await page.close();
    }
  });
});

describe('shield popup (the real action popup)', () => {
  it('shows counts by kind, pauses per site with the keyboard, reveals, and has no axe violations', async () => {
    const name = 'ru-nur-football-odds';
    const l = labels(name);
    const page = await ext.context.newPage();
    let popup: ActionPopup | undefined;
    try {
      await loadAndSettle(page, server.url(`${name}.html`), l);
      popup = await ActionPopup.open(ext, page);
      const p = popup;
      await p.eval(`new Promise((r) => { const t = setInterval(() => { if (document.querySelector('[data-testid=count-ad]')) { clearInterval(t); r(true); } }, 50); })`);
      const counts = await p.eval<{ ad: number; gambling: number; host: string }>(
        `({ ad: +document.querySelector('[data-testid=count-ad]').textContent, gambling: +document.querySelector('[data-testid=count-gambling]').textContent, host: document.querySelector('.taza-shield__host').textContent })`,
      );
      const marked = await page.evaluate(() => ({
        ad: document.querySelectorAll('[data-taza-shield="ad"]:not([data-taza-shield] *)').length,
        gambling: document.querySelectorAll('[data-taza-shield="gambling"]:not([data-taza-shield] *)').length,
      }));
      expect(counts).toEqual({ ...marked, host: '127.0.0.1' });
      expect(counts.gambling).toBeGreaterThan(0);

      // accessibility: axe-core on the popup, and labelled, focusable controls
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await p.eval(`${axeSource}; true`);
      const violations = await p.eval<{ id: string }[]>(
        `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length })))`,
      );
      expect(violations).toEqual([]);

      // keyboard: Tab to the switch, Space toggles it; the choice is stored for the site and the page shows its ads
      // (the popup's everyday actions — reader, save, open list — come first in the tab order)
      let focused = '';
      for (let i = 0; i < 6 && focused !== 'switch:taza-shield-pause-label'; i++) {
        await p.key('Tab');
        focused = await p.eval<string>(`document.activeElement.getAttribute('role') + ':' + document.activeElement.getAttribute('aria-labelledby')`);
      }
      expect(focused).toBe('switch:taza-shield-pause-label');
      await p.key(' ', 'Space');
      await page.waitForTimeout(600);
      expect(await p.eval<string>(`document.querySelector('[role=switch]').getAttribute('aria-checked')`)).toBe('true');
      // the switch keeps the keyboard focus while it works (a disabled button would drop it to <body>)
      expect(await p.eval<string>(`document.activeElement.getAttribute('role')`)).toBe('switch');
      const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('shield.pausedSites'));
      expect(stored['shield.pausedSites']).toEqual(['127.0.0.1']);
      expect((await evaluate(page, l)).visibleAds.length).toBeGreaterThan(0);

      await p.key(' ', 'Space');
      await page.waitForTimeout(600);
      expect((await evaluate(page, l)).visibleAds).toEqual([]);

      // "Show what was hidden" outlines the placements; pressing it again hides them
      await p.eval(`document.querySelector('.taza-shield__reveal').click(), true`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-taza-shield-reveal'))).toBe(true);
      await p.eval(`document.querySelector('.taza-shield__reveal').click(), true`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-taza-shield-reveal'))).toBe(false);
      expect(await ext.serviceWorker.evaluate(() => chrome.action.getPopup({}))).toBe('');
    } finally {
      await popup?.close();
      await page.close();
    }
  });
});

describe('shield while a slow page is still streaming in', () => {
  it('hides an ad before the rest of the page arrives, and never hides the half-parsed column around it', async () => {
    const prose = 'Городской совет обсудил ремонт дворов и транспортные маршруты на следующий год. '.repeat(3);
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(
        `<!doctype html><html><head><meta charset="utf-8"><title>stream</title></head><body>` +
          `<div class="side"><div class="box-x"><a href="https://refpa58144.com/L?tag=d_1m_2c_side" target="_blank">` +
          `<img width="300" height="250" alt="1xBet" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='300' height='250'/>"></a></div>` +
          `<div class="promo-y">Промокод <b>KZ2025</b>: <a href="https://melbet.kz/?tag=d_1m_2c_">фрибет 5000 ₸</a>. 21+</div>` +
          ' '.repeat(2048),
      );
      setTimeout(() => {
        res.end(
          `<div class="news-z"><b>Новости</b><p>${prose}</p><ul><li><a href="/a">Заголовок</a></li></ul></div></div>` +
            `<article><h1>Статья</h1><p>${prose}</p><p>${prose}</p></article></body></html>`,
        );
      }, 1200);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const page = await ext.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('.promo-y', { state: 'attached' });
      await page.waitForTimeout(400);
      const early = await page.evaluate(() => ({
        loading: document.readyState,
        ad: !document.querySelector('.box-x')!.checkVisibility(),
        promo: !document.querySelector('.promo-y')!.checkVisibility(),
      }));
      expect(early).toEqual({ loading: 'loading', ad: true, promo: true });
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      const late = await page.evaluate(() => ({
        side: document.querySelector('.side')!.checkVisibility(),
        news: document.querySelector('.news-z')!.checkVisibility(),
        article: document.querySelector('article')!.checkVisibility(),
        ad: document.querySelector('.box-x')!.checkVisibility(),
      }));
      expect(late).toEqual({ side: true, news: true, article: true, ad: false });
    } finally {
      await page.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});
