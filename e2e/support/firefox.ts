/**
 * E2E support for Firefox (Debian firefox-esr driven by puppeteer-core over WebDriver BiDi, plus Marionette for the
 * browser-chrome context; ../shared/E2E.md):
 * the Firefox build (.output/firefox-mv2) installed as a temporary add-on under a pinned UUID, and the toolbar button
 * clicked through Firefox's own `browserActionFor(extension).triggerAction(window)` in the browser-chrome context —
 * the same path as a real click or the shortcut, with the activeTab grant. Node only.
 */
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { Browser, createProfile } from '@puppeteer/browsers';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

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
  browser: PuppeteerBrowser;
  extensionUrl(path: string): string;
  /** Click the Taza Reader toolbar button for `page`'s tab (selects the tab first). */
  clickToolbarButton(page: Page): Promise<void>;
  /** Run JS in the browser-chrome context (privileged; for the harness only). */
  chromeEval<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * A minimal Marionette client (length-prefixed JSON over TCP): used only for the browser-chrome context, which
 * Firefox ESR 140.x no longer exposes over WebDriver BiDi (`browsingContext.getTree` with `moz:scope: chrome` returns
 * content tabs only). Firefox allows one WebDriver session, so the session is created here, with `webSocketUrl`,
 * and puppeteer attaches to that same session over WebDriver BiDi (see SessionTransport).
 */
class Marionette {
  private buf = Buffer.alloc(0);
  private waiters: ((msg: unknown) => void)[] = [];
  private id = 0;
  private constructor(private sock: Socket) {
    sock.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const colon = this.buf.indexOf(0x3a);
        if (colon < 0) return;
        const len = Number(this.buf.subarray(0, colon).toString('ascii'));
        if (this.buf.length < colon + 1 + len) return;
        const msg = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + len).toString('utf8'));
        this.buf = this.buf.subarray(colon + 1 + len);
        this.waiters.shift()?.(msg);
      }
    });
  }

  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sock = await new Promise<Socket | null>((ok) => {
        const s = createConnection(port, '127.0.0.1');
        s.once('connect', () => ok(s));
        s.once('error', () => ok(null));
      });
      if (sock) {
        const m = new Marionette(sock);
        await m.next(); // the server's hello
        return m;
      }
      if (Date.now() > deadline) throw new Error(`Marionette did not listen on port ${port}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private next(): Promise<unknown> {
    return new Promise((ok) => this.waiters.push(ok));
  }

  async send<T>(command: string, params: object): Promise<T> {
    const reply = this.next();
    const body = Buffer.from(JSON.stringify([0, ++this.id, command, params]), 'utf8');
    this.sock.write(Buffer.concat([Buffer.from(body.length + ':', 'ascii'), body]));
    const [, , error, result] = (await reply) as [number, number, { error: string; message: string } | null, T];
    if (error) throw new Error(`${command}: ${error.error}: ${error.message}`);
    return result;
  }

  close() {
    this.sock.destroy();
  }
}

/**
 * puppeteer's WebDriver BiDi transport onto an existing session's WebSocket: `session.new` (which puppeteer always
 * sends first) is answered here with the Marionette session, everything else goes to Firefox as is.
 */
class SessionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  constructor(
    private ws: WebSocket,
    private session: { sessionId: string; capabilities: Record<string, unknown> },
  ) {
    ws.on('message', (d) => this.onmessage?.(d.toString()));
    ws.on('close', () => this.onclose?.());
  }
  send(message: string) {
    const m = JSON.parse(message) as { id: number; method: string };
    if (m.method === 'session.new') {
      setTimeout(() => this.onmessage?.(JSON.stringify({ type: 'success', id: m.id, result: this.session })), 0);
      return;
    }
    this.ws.send(message);
  }
  close() {
    this.ws.close();
  }
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((ok) => srv.close(ok));
  return port;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'taza-ff-'));
  const [marionettePort, bidiPort] = [await freePort(), await freePort()];
  // puppeteer's own Firefox profile defaults (no first-run pages, updates or telemetry), plus ours
  await createProfile(Browser.FIREFOX, {
    path: profile,
    preferences: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'marionette.port': marionettePort,
    },
  });
  const proc = spawn(
    firefoxPath(),
    ['--headless', '--no-remote', '--marionette', '--remote-allow-system-access', `--remote-debugging-port=${bidiPort}`, '--profile', profile],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const kill = () => {
    proc.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  let marionette: Marionette;
  let browser: PuppeteerBrowser;
  try {
    marionette = await Marionette.connect(marionettePort);
    type Created = { sessionId: string; capabilities: Record<string, unknown> };
    const created = await marionette.send<Created | { value: Created }>('WebDriver:NewSession', { webSocketUrl: true });
    const { sessionId, capabilities } = 'value' in created ? created.value : created;
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const ws = new WebSocket(String(capabilities.webSocketUrl));
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    browser = await puppeteer.connect({
      protocol: 'webDriverBiDi',
      transport: new SessionTransport(ws, { sessionId, capabilities }),
      defaultViewport: null,
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (e) {
    kill();
    throw new Error(`Firefox did not start for the end-to-end tests: ${(e as Error).message}\n${stderr}`);
  }

  /** Runs in the browser-chrome window (privileged), through Marionette's chrome context; promises are awaited. */
  async function chromeEval<T>(expression: string): Promise<T> {
    const res = await marionette.send<{ value: T }>('WebDriver:ExecuteScript', { script: `return (${expression});`, args: [] });
    return res.value;
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
    async close() {
      await browser.close().catch(() => {});
      marionette.close();
      kill();
    },
  };
}
