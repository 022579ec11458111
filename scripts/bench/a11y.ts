/**
 * Benchmark: accessibility modes. Run after a build: `npx wxt build && npx tsx scripts/bench/a11y.ts`
 * (TAZA_EXTENSION_DIR picks another build). Prints `bench <name> <value> <unit>` lines:
 *
 * - always-on script size, gzipped: everything the manifest injects on every page (one script, shield + a11y,
 *   and the shield's CSS; goal ≤ 20 KB together); the a11y runtime's share is in the shield bench's figures. The registered mode CSS files are listed separately:
 *   they are injected only while a mode is on.
 * - style swap on a long page: inserting the generated stylesheet and the style recalculation + layout it causes,
 *   measured inside the page (goal: under one 16.7 ms frame). Median of 15.
 * - mode change end to end: storage write in the background → new colours computed in an open long page
 *   (storage event, content script, style swap). Median of 9.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../../e2e/support/browser';
import { startFixtureServer } from '../../e2e/support/fixture-server';
import { buildStylesheet, LIVE_ROOT } from '../../utils/a11y/stylesheet';
import { DEFAULT_A11Y_MODES } from '../../utils/settings/a11y-settings';

const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (name: string, value: number, unit: string) => console.log(`bench ${name} ${Math.round(value * 100) / 100} ${unit}`);

async function main() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const alwaysOn = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const total = alwaysOn.reduce((sum, f) => sum + gz(join(EXTENSION_DIR, f)), 0);
  line('always-on-scripts-gzip', total / 1024, 'KB');
  const cssDir = join(EXTENSION_DIR, 'a11y');
  const cssFiles = existsSync(cssDir) ? readdirSync(cssDir) : [];
  line('a11y-mode-css-files', cssFiles.length, 'files');
  line('a11y-mode-css-largest-gzip', Math.max(0, ...cssFiles.map((f) => gz(join(cssDir, f)))) / 1024, 'KB');

  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    // A long page: the seed-like article's body repeated 40 times (~1.5 MB of DOM text).
    const seed = readFileSync('tests/fixtures/news-pages/ru-optimism-opinion.html', 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(seed)![1]!.replace(/<script[\s\S]*?<\/script>/gi, '');
    const page = await ext.context.newPage();
    for (const [label, repeat] of [['page', 1], ['long-page', 40]] as const) {
      const html = seed.replace(/<body([^>]*)>[\s\S]*<\/body>/i, `<body$1>${body.repeat(repeat)}</body>`);
      const url = server.url(`bench-${label}.html`);
      await page.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url, { waitUntil: 'load' });
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      line(`a11y-${label}-elements`, elements, 'elements');

      // Colours only (the high-contrast toggle), and every mode at once (text size, spacing and font relayout the page).
      const cases = {
        // Floor: any stylesheet change makes the browser recompute the style of every element.
        baseline: [`${LIVE_ROOT} body *{outline-color:red}`, `${LIVE_ROOT} body *{outline-color:blue}`],
        scheme: (['yellow-on-black', 'black-on-white'] as const).map((scheme) =>
          buildStylesheet({ scheme, textScale: 100, spacing: 'normal', font: 'site', images: 'show' }, LIVE_ROOT),
        ),
        all: (['yellow-on-black', 'black-on-white'] as const).map((scheme) =>
          buildStylesheet({ scheme, textScale: 200, spacing: 'wcag', font: 'sans', images: 'show' }, LIVE_ROOT),
        ),
      };
      for (const [name, sheets] of Object.entries(cases)) {
        // A string, not a function: tsx's keepNames helpers do not exist in the page.
        const swaps = (await page.evaluate(`(() => {
          const css = ${JSON.stringify(sheets)};
          const root = document.documentElement;
          root.setAttribute('data-taza-a11y-live', '');
          const style = document.createElement('style');
          root.append(style);
          const times = [];
          for (let i = 0; i < 15; i++) {
            const t0 = performance.now();
            style.textContent = css[i % 2];
            void document.body.offsetHeight; // style recalculation + layout, as before the next frame
            times.push(performance.now() - t0);
          }
          style.remove();
          root.removeAttribute('data-taza-a11y-live');
          void document.body.offsetHeight;
          return times;
        })()`)) as number[];
        line(`a11y-style-swap-${name}-${label}-median`, median(swaps), 'ms');
      }
    }

    // End to end through storage (the popup, options page and shortcuts all write storage).
    const e2e: number[] = [];
    const schemes = ['yellow-on-black', 'white-on-black'] as const;
    for (let i = 0; i < 9; i++) {
      const scheme = schemes[i % 2]!;
      const fg = scheme === 'yellow-on-black' ? 'rgb(255, 255, 0)' : 'rgb(255, 255, 255)';
      const seen = page.evaluate(`new Promise((resolve) => {
        const p = document.querySelector('p');
        const tick = () => (getComputedStyle(p).color === ${JSON.stringify(fg)} ? resolve(Date.now()) : requestAnimationFrame(tick));
        tick();
      })`) as Promise<number>;
      const t0 = await ext.serviceWorker.evaluate(async (s) => {
        const t = Date.now();
        await chrome.storage.local.set({ 'settings.a11y': s });
        return t;
      }, { global: { ...DEFAULT_A11Y_MODES, contrast: true, scheme }, sites: {} });
      e2e.push((await seen) - t0);
    }
    line('a11y-mode-change-end-to-end-median', median(e2e), 'ms');
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
