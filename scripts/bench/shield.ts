/**
 * Benchmark: what the always-on shield costs. Run after a build: `npx tsx scripts/bench/shield.ts`
 * (or `npm run bench`). Prints `bench <name> <value> <unit>` lines:
 *
 * - shield.load_without / shield.load_with: page-load time (navigation start → loadEventEnd, Navigation Timing)
 *   of the 13 fixture pages served from 127.0.0.1, median of BENCH_RUNS runs per page, summed over the pages;
 *   two Chromiums in the same run (one without, one with the built extension), runs interleaved;
 * - shield.load_ratio: with / without (goal ≤ 1.05); shield.load_ratio_best: the same with the best run per page;
 * - shield.content_script_gz: the shield's always-on content script (JS + CSS) gzipped (goal ≤ 20 KB);
 * - shield.always_on_total_gz: everything injected into every page (WXT merges same-options content scripts);
 * - shield.detect_ms: detectAds on each fixture page in jsdom (the pure detector), median per page, summed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { launchWithExtension, EXTENSION_DIR, type ExtensionBrowser } from '../../e2e/support/browser';
import { startFixtureServer } from '../../e2e/support/fixture-server';
import { detectAds } from '../../utils/filtering';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIR = resolve('tests/fixtures/news-pages');
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const out = (name: string, value: number, unit: string, digits = 1) =>
  console.log(`bench ${name} ${value.toFixed(digits)} ${unit}`);

async function loadTime(b: ExtensionBrowser, url: string): Promise<number> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.loadEventEnd - nav.startTime;
    });
  } finally {
    await page.close();
  }
}

async function main() {
  // size of what every page pays for
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[]; run_at?: string }[];
  };
  // WXT merges content scripts with the same matches/run_at into one manifest entry: count the shield's own files,
  // and separately everything injected into every page.
  const always = (manifest.content_scripts ?? []).filter((c) => (c.js ?? []).some((f) => f.includes('shield')));
  const files = always.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const gz = (list: string[]) => list.reduce((n, f) => n + gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length, 0);
  out('shield.content_script_gz', gz(files.filter((f) => f.includes('shield'))) / 1024, 'KB');
  out('shield.always_on_total_gz', gz(files) / 1024, 'KB');

  // pure detector cost
  let detect = 0;
  for (const name of PAGES) {
    const labels = JSON.parse(readFileSync(join(DIR, `${name}.labels.json`), 'utf8')) as { url: string };
    const doc = new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url: labels.url }).window.document;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      detectAds(doc, { url: labels.url });
      times.push(performance.now() - t);
    }
    detect += median(times);
  }
  out('shield.detect_ms', detect, 'ms');

  // page-load time with vs without the extension, same run, interleaved
  const server = await startFixtureServer();
  const without = await launchWithExtension({ withoutExtension: true });
  const withExt = await launchWithExtension();
  try {
    let sumWith = 0;
    let sumWithout = 0;
    let minWith = 0;
    let minWithout = 0;
    for (const name of PAGES) {
      const url = server.url(`${name}.html`);
      await loadTime(without, url); // warm caches in both
      await loadTime(withExt, url);
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (i % 2) {
          a.push(await loadTime(without, url));
          b.push(await loadTime(withExt, url));
        } else {
          b.push(await loadTime(withExt, url));
          a.push(await loadTime(without, url));
        }
      }
      sumWithout += median(a);
      sumWith += median(b);
      minWithout += Math.min(...a);
      minWith += Math.min(...b);
    }
    out('shield.load_without', sumWithout, 'ms');
    out('shield.load_with', sumWith, 'ms');
    out('shield.load_ratio', sumWith / sumWithout, 'ratio', 3);
    // best-of-N: less sensitive to other processes on a busy 2-core machine
    out('shield.load_ratio_best', minWith / minWithout, 'ratio', 3);
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
