/**
 * E2E support: launch the real Debian Chromium with the built extension (../shared/E2E.md recipe) and drive it
 * the way a user does (toolbar click through CDP `Extensions.triggerAction`, which grants activeTab).
 * Runs in Node (vitest, environment "node").
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.TAZA_EXTENSION_DIR ?? '.output/chrome-mv3');

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Fails loudly, never skips. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH ' +
        'to a Chromium/Chrome binary. End-to-end tests never skip.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Open an extension page such as `reader.html` or `popup.html`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. `--lang=kk`. */
  args?: string[];
  /** Load without the extension (for baselines in benchmarks). */
  withoutExtension?: boolean;
  /** Load this build instead of EXTENSION_DIR (benchmark variants). */
  extensionDir?: string;
  viewport?: { width: number; height: number };
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'taza-e2e-'));
  const extArgs = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--enable-unsafe-extension-debugging'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...extArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (options.withoutExtension) {
    return { context, extensionId: '', serviceWorker: undefined as unknown as Worker, extensionUrl: () => '', close: cleanup };
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: cleanup,
  };
}

/** Click the extension's toolbar button for `page`'s tab, exactly as a user would (grants activeTab). */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('persistent context has no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  try {
    // Extensions.triggerAction wants the *tab* target (listed only when asked for with a filter).
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const url = page.url();
    await page.bringToFront();
    const target = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!target) throw new Error(`no CDP target for ${url}`);
    await cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: target.targetId } as never);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
