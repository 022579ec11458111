/**
 * Privacy (real Chromium): every HTTP request the browser makes goes through a recording proxy on 127.0.0.1
 * (`--proxy-server`, loopback not bypassed), which forwards only to the fixture server and refuses anything else.
 * The same user session runs twice — without the extension (the pages' own requests) and with it: the extension
 * loads, the shield runs on a news page, the accessibility mode is switched on, the reader opens, saves the article
 * (its images), the list opens, the saved copy opens. Expected:
 *   - while the extension loads and sits idle: no request at all;
 *   - with the extension: no request to any host but the fixture site, and no request that the pages did not make
 *     themselves, except the article's images fetched for the saved copy (and at most once each);
 *   - the manifest asks for exactly the expected permissions and the README explains every one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay } from './support/reader';
import { DEFAULT_A11Y_MODES } from '../utils/settings/a11y-settings';

interface Logged {
  method: string;
  url: string;
  forwarded: boolean;
  body?: string;
}

function hostOf(r: Logged): string {
  if (r.method === 'CONNECT') return r.url.replace(/:\d+$/, '');
  try {
    return new URL(r.url).hostname;
  } catch {
    return r.url;
  }
}

let server: FixtureServer;
let proxy: Server;
let proxyPort = 0;
let log: Logged[] = [];

function startProxy(): Promise<void> {
  proxy = createServer((req, res) => {
    const url = req.url ?? '';
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      /* not a proxy request */
    }
    const allowed = !!target && target.origin === server.origin;
    log.push({ method: req.method ?? 'GET', url, forwarded: allowed });
    if (!allowed) {
      // Kept to check that none of the browser's own calls carries our extension's id.
      const entry = log[log.length - 1]!;
      req.on('data', (c: Buffer) => (entry.body = (entry.body ?? '') + c.toString('latin1')));
    }
    if (!target || !allowed) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('blocked by the privacy test');
      return;
    }
    const fwd = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    fwd.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(fwd);
  });
  // HTTPS (and anything tunnelled) is logged and refused.
  proxy.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '', forwarded: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((ok) =>
    proxy.listen(0, '127.0.0.1', () => {
      proxyPort = (proxy.address() as AddressInfo).port;
      ok();
    }),
  );
}

const proxyArgs = () => [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'];

beforeAll(async () => {
  server = await startFixtureServer();
  await startProxy();
});
afterAll(async () => {
  await new Promise<void>((ok) => proxy?.close(() => ok()));
  await server?.close();
});

const NEWS = 'ru-optimism-opinion.html';
const ARTICLE = 'reading-list/article.html';

/** The user's session. With the extension: shield, accessibility mode, reader, save, list, saved copy. */
async function session(ext: ExtensionBrowser, withExtension: boolean): Promise<void> {
  const news = await ext.context.newPage();
  await news.goto(server.url(NEWS), { waitUntil: 'load' });
  await news.waitForTimeout(800);
  if (withExtension) {
    expect(await news.evaluate(() => document.querySelectorAll('[data-taza-shield]').length)).toBeGreaterThan(0);
    await ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ 'settings.a11y': s }), {
      global: { ...DEFAULT_A11Y_MODES, contrast: true, scheme: 'yellow-on-black' },
      sites: {},
    });
    await news.reload({ waitUntil: 'load' });
    await news.waitForTimeout(300);
    await ext.serviceWorker.evaluate(async () => chrome.storage.local.remove('settings.a11y'));
  } else {
    await news.reload({ waitUntil: 'load' });
  }
  const page = await ext.context.newPage();
  await page.goto(server.url(ARTICLE), { waitUntil: 'load' });
  await page.waitForTimeout(300);
  if (withExtension) {
    const frame = await new ReaderOverlay(ext, page).open();
    await frame.waitForSelector('.taza-article .taza-content img');
    await frame.waitForTimeout(500);
    await frame.getByRole('button', { name: /^[＋✓ ]*Save$/ }).click();
    await frame.waitForSelector('.taza-save-status[data-ok="true"]');
    // The saved article lives in the extension's origin, not the page's.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    const list = await ext.context.newPage();
    await list.goto(ext.extensionUrl('list.html'));
    const link = list.locator('a[href*="reader.html?id="]').first();
    await link.waitFor();
    const saved = await ext.context.newPage();
    await saved.goto(new URL((await link.getAttribute('href'))!, ext.extensionUrl('list.html')).href);
    await saved.waitForSelector('.taza-article .taza-content img');
    await saved.waitForTimeout(500);
  }
  await news.waitForTimeout(500);
}

describe('privacy: what goes over the network', () => {
  let baseline: Logged[] = [];

  it('without the extension (the pages’ own requests)', async () => {
    log = [];
    const plain = await launchWithExtension({ withoutExtension: true, args: proxyArgs() });
    try {
      await session(plain, false);
    } finally {
      await plain.close();
    }
    baseline = log;
    expect(baseline.length).toBeGreaterThan(0); // the proxy really sees the traffic
  });

  it('with the extension: nothing while idle, nothing to third parties, nothing beyond the pages’ own requests but the saved images', async () => {
    log = [];
    const ext = await launchWithExtension({ args: proxyArgs() });
    let idle: Logged[] = [];
    let extensionId = '';
    try {
      await new Promise((r) => setTimeout(r, 2000));
      idle = log.slice();
      extensionId = ext.extensionId;
      await session(ext, true);
    } finally {
      await ext.close();
    }
    const all = log;
    // Chromium itself calls home when it starts (its component updater, accounts): the same hosts without our
    // extension. Those are the browser's, not ours; any other outside host would be the extension's.
    // Google's service hosts are counted as the browser's even when only one of the two runs happened to call them.
    const browserOwnHosts = new Set([...baseline, ...all].filter((r) => !r.forwarded).map(hostOf).filter((h) => baseline.some((b) => hostOf(b) === h) || /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/.test(h)));
    const browserOwn = all.filter((r) => !r.forwarded && browserOwnHosts.has(hostOf(r)));
    const thirdParty = all.filter((r) => !r.forwarded && !browserOwnHosts.has(hostOf(r)));
    expect(thirdParty.map((r) => `${r.method} ${r.url}`), 'requests to outside hosts the browser alone does not make').toEqual([]);
    expect(idle.filter((r) => r.forwarded || !browserOwnHosts.has(hostOf(r))), 'requests while the extension loads and sits idle').toEqual([]);
    for (const r of browserOwn) expect(`${r.url} ${r.body ?? ''}`, 'a browser call naming our extension').not.toContain(extensionId);
    console.info(`[hostile] privacy: the browser's own calls, with or without the extension: ${[...browserOwnHosts].join(', ') || 'none'}`);
    const pageOwn = new Set(baseline.map((r) => `${r.method} ${r.url}`));
    const extra = all.filter((r) => r.forwarded && !pageOwn.has(`${r.method} ${r.url}`));
    // Images of the saved article may be fetched again for the offline copy (when not served from the cache).
    const savedImages = new Set([server.url('reading-list/img/photo-1.svg'), server.url('reading-list/img/photo-2.svg')]);
    const unexplained = extra.filter((r) => !(r.method === 'GET' && savedImages.has(r.url)));
    expect(unexplained, 'requests the extension made on its own').toEqual([]);
    const imageFetches = extra.length;
    console.info(`[hostile] privacy: ${baseline.length} requests without the extension, ${all.length} with it; ${imageFetches} extra (saved images); ${thirdParty.length} to third parties`);
    expect(imageFetches).toBeLessThanOrEqual(savedImages.size);
  });
});

describe('permissions', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Record<string, unknown>;
  const expected = ['activeTab', 'contextMenus', 'declarativeNetRequest', 'scripting', 'storage', 'unlimitedStorage'];

  it('the manifest asks for exactly the minimal set', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(expected);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.externally_connectable).toBeUndefined();
    // Only reader.html is exposed to web pages (it is the overlay frame).
    expect((manifest.web_accessible_resources as { resources: string[] }[]).flatMap((w) => w.resources)).toEqual(['reader.html']);
    // The always-on content scripts are the shield and the accessibility modes, on web pages only.
    const cs = manifest.content_scripts as { matches: string[]; js?: string[] }[];
    for (const c of cs) expect(c.matches.every((m) => /^https?:\/\/\*\/\*$/.test(m))).toBe(true);
  });

  it('the README explains every permission', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5));
    for (const p of [...expected, 'optional host permissions']) expect(section, p).toContain(p === 'optional host permissions' ? 'optional' : `\`${p}\``);
  });
});
