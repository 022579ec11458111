/**
 * E2E support for Firefox (Debian firefox-esr driven by puppeteer-core over WebDriver BiDi; ../shared/E2E.md):
 * the Firefox build (.output/firefox-mv2) installed as a temporary add-on under a pinned UUID, and the toolbar button
 * clicked through Firefox's own `browserActionFor(extension).triggerAction(window)` in the browser-chrome context —
 * the same path as a real click or the shortcut, with the activeTab grant. Node only.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.TAZA_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
export const GECKO_ID = 'taza-reader@taza.kz';
/** Pinned so that the extension's origin is known: moz-extension://<uuid>/. */
export const EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Firefox found for the Firefox end-to-end tests. Install it (`sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH. End-to-end tests never skip.');
  }
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  /** Click the Taza Reader toolbar button for `page`'s tab (selects the tab first). */
  clickToolbarButton(page: Page): Promise<void>;
  /** Run JS in the browser-chrome context (privileged; for the harness only). */
  chromeEval<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const conn = (browser as unknown as { connection: BidiConnection }).connection;

  async function chromeEval<T>(expression: string): Promise<T> {
    const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
    const top = tree.contexts.find((c) => c.url.startsWith('chrome://browser/')) ?? tree.contexts[0]!;
    const res = (await conn.send('script.evaluate', { expression, target: { context: top.context }, awaitPromise: true })).result as {
      type: string;
      result?: { value?: T };
      exceptionDetails?: { text?: string };
    };
    if (res.type !== 'success') throw new Error(`chrome eval failed: ${res.exceptionDetails?.text ?? JSON.stringify(res)}`);
    return res.result?.value as T;
  }

  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    chromeEval,
    async clickToolbarButton(page) {
      await page.bringToFront();
      await chromeEval(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
        return true;
      })()`);
    },
    close: () => browser.close(),
  };
}
