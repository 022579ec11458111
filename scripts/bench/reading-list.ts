/**
 * Benchmark: the reading list with 10,000 saved articles of realistic size, in headless Chromium with the built
 * extension. Run after a build: `npx tsx scripts/bench/reading-list.ts` (or `npm run bench reading-list`).
 * Prints `bench <name> <value> <unit>` lines:
 *
 *   reading_list.import_10k            time to import the generated library (our JSON, through the list's Import)
 *   reading_list.open_to_first_cards   list.html navigation start → `taza:list-first-cards` (median of 5 loads)
 *   reading_list.search_keystroke      input event → results rendered and a frame produced (median, p95)
 *   reading_list.save_one              reader Save click → confirmation shown (fixture article, median of 5)
 *   reading_list.export_10k            Export JSON → download complete; peak JS heap of the list page during it
 *
 * Articles: ~600 words of Russian/Kazakh/English-like text (~10 KB of HTML + text each), 1 in 10 with an image.
 * BENCH_ARTICLES overrides the count.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../e2e/support/browser';
import { ReaderOverlay } from '../../e2e/support/reader';
import { startFixtureServer } from '../../e2e/support/fixture-server';
import type { Page } from 'playwright-core';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Deterministic pseudo-random numbers. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function vocabulary(rand: () => number): string[] {
  const ru = ['ка', 'за', 'хс', 'та', 'но', 'ве', 'ре', 'ми', 'ло', 'ст', 'пра', 'во', 'эко', 'но', 'ми', 'ка', 'гос', 'ду', 'ма', 'тен', 'ге', 'бан', 'ков', 'ры', 'нок', 'под', 'ход', 'раз', 'ви', 'тие'];
  const kk = ['қа', 'зақ', 'стан', 'ұлт', 'тық', 'кі', 'тап', 'ә', 'діл', 'ет', 'ғы', 'лым', 'өнер', 'құ', 'қық', 'ү', 'кі', 'мет'];
  const en = ['gov', 'ern', 'ment', 'mar', 'ket', 'bank', 'pol', 'icy', 're', 'port', 'sen', 'ate', 'bill', 'sport'];
  const ends = ['', 'а', 'ы', 'ов', 'ами', 'ой', 'ие', 'ого', 'лар', 'тың', 'ға', 'да', 's', 'ing', 'ed'];
  const out: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    const src = i % 10 < 6 ? ru : i % 10 < 8 ? kk : en;
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) w += src[Math.floor(rand() * src.length)];
    out.push(w + ends[Math.floor(rand() * ends.length)]);
  }
  return out;
}

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#2a6f97"/></svg>').toString('base64');

function generateExport(path: string): number {
  const rand = rng(42);
  const vocab = vocabulary(rand);
  const word = () => vocab[Math.floor(rand() ** 2.2 * vocab.length)]!; // Zipf-like
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    const s = ws.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const sites = Array.from({ length: 60 }, (_, i) => `site${i}.kz`);
  const parts: string[] = [`{"format":"taza-reading-list","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","count":${N},"articles":[\n`];
  const t0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < N; i++) {
    const paras: string[] = [];
    let words = 0;
    const target = 400 + Math.floor(rand() * 400);
    while (words < target) {
      const p = [sentence(), sentence(), sentence(), sentence()].join(' ');
      words += p.split(' ').length;
      paras.push(p);
    }
    const site = sites[i % sites.length]!;
    const url = `https://${site}/news/${i}-${word()}`;
    const hasImage = i % 10 === 0;
    const img = `https://${site}/img/${i}.svg`;
    const content = (hasImage ? `<figure><img src="${img}" alt=""></figure>` : '') + paras.map((p) => `<p>${p}</p>`).join('');
    const savedAt = new Date(t0 + i * 3_600_000).toISOString();
    const a = {
      id: `bench-${i}`,
      url,
      normalizedUrl: url.replace(/^https:\/\//, ''),
      status: 'complete',
      title: `${sentence().slice(0, 70)}`,
      byline: null,
      siteName: site,
      lang: i % 10 < 6 ? 'ru' : i % 10 < 8 ? 'kk' : 'en',
      dir: 'ltr',
      publishedTime: savedAt,
      excerpt: paras[0]!.slice(0, 200),
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 200)),
      leadImage: null,
      savedAt,
      updatedAt: savedAt,
      state: { read: i % 3 === 0, readAt: i % 3 === 0 ? savedAt : null, favourite: i % 17 === 0, archived: i % 11 === 0, tags: i % 7 === 0 ? ['bench'] : [], progress: (i % 5) / 5 },
      imageCount: hasImage ? 1 : 0,
      imagesMissing: 0,
      content,
      textContent: paras.join('\n\n'),
      images: hasImage ? [{ url: img, type: 'image/svg+xml', data: SVG }] : [],
    };
    parts.push((i ? ',\n' : '') + JSON.stringify(a));
  }
  parts.push('\n]}\n');
  writeFileSync(path, parts.join(''));
  return statSync(path).size;
}

async function listPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('list.html'));
  await page.waitForSelector('.taza-card, .taza-list-empty');
  return page;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'taza-bench-'));
  const file = join(dir, 'library.json');
  const bytes = generateExport(file);
  console.log(`# generated ${N} articles, ${(bytes / 1e6).toFixed(1)} MB of JSON`);
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    // ── import ──
    let list = await listPage(ext);
    let t = Date.now();
    await list.setInputFiles('#taza-import', file);
    await list.waitForSelector('.taza-notice', { timeout: 15 * 60_000 });
    const notice = await list.textContent('.taza-notice');
    if (!/Imported/.test(notice ?? '')) throw new Error(`import failed: ${notice}`);
    console.log(`bench reading_list.import_10k ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await list.close();

    // ── open to first cards ──
    const opens: number[] = [];
    for (let run = 0; run < 6; run++) {
      list = await ext.context.newPage();
      await list.goto(ext.extensionUrl('list.html'));
      const ms = await list.waitForFunction(() => {
        const m = performance.getEntriesByName('taza:list-first-cards')[0];
        return m ? m.startTime : undefined;
      });
      if (run > 0) opens.push((await ms.jsonValue()) as number);
      if (run === 5) {
        const marks = await list.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const at: number[] = [];
          for (const n of ['taza:list-db-open', 'taza:list-first-query', 'taza:list-first-cards']) at.push(performance.getEntriesByName(n)[0]?.startTime ?? -1);
          return { dcl: nav.domContentLoadedEventEnd, dbOpen: at[0]!, first: at[1]!, painted: at[2]! };
        });
        console.log(`# list load: DOMContentLoaded ${marks.dcl.toFixed(0)} ms, db open ${marks.dbOpen.toFixed(0)} ms, first cards read ${marks.first.toFixed(0)} ms, painted ${marks.painted.toFixed(0)} ms`);
      }
      if (run < 5) await list.close();
    }
    console.log(`bench reading_list.open_to_first_cards ${median(opens).toFixed(1)} ms`);

    // ── search keystrokes (after the full-text index is built) ──
    const indexT0 = Date.now();
    await list.fill('#taza-search', 'а');
    await list.waitForFunction(() => !document.querySelector('.taza-list-hint[role="status"]'), undefined, { timeout: 120_000 });
    console.log(`bench reading_list.index_build_after_open ${((Date.now() - indexT0) / 1000).toFixed(2)} s`);
    await list.fill('#taza-search', '');
    const queries = ['экономика', 'қазақстан', 'government', 'банков тенге', 'кітаптар'];
    // (No named inner functions: tsx would wrap them in a helper the page does not have.)
    const keys: number[] = await list.evaluate(async (qs) => {
      const input = document.getElementById('taza-search') as HTMLInputElement;
      const out: number[] = [];
      for (const q of qs) {
        for (let i = 1; i <= q.length + 1; i++) {
          const t0 = performance.now();
          input.value = i <= q.length ? q.slice(0, i) : '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          if (i <= q.length) out.push(performance.now() - t0);
        }
      }
      return out;
    }, queries);
    console.log(`bench reading_list.search_keystroke.median ${median(keys).toFixed(1)} ms`);
    console.log(`bench reading_list.search_keystroke.p95 ${p95(keys).toFixed(1)} ms`);

    // ── save one article (reader over a fixture page, 10,000 already saved) ──
    const saves: number[] = [];
    for (let run = 0; run < 6; run++) {
      const page = await ext.context.newPage();
      await page.goto(server.url(`reading-list/article.html?bench=${run}`), { waitUntil: 'load' });
      const frame = await new ReaderOverlay(ext, page).open();
      await frame.waitForSelector('.taza-save-button');
      const ms = await frame.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const status = document.querySelector('.taza-save-status')!;
            const t0 = performance.now();
            new MutationObserver(() => {
              if (status.getAttribute('data-ok')) requestAnimationFrame(() => resolve(performance.now() - t0));
            }).observe(status, { attributes: true, childList: true, subtree: true });
            (document.querySelector('.taza-save-button') as HTMLButtonElement).click();
          }),
      );
      if (run > 0) saves.push(ms);
      await page.close();
    }
    console.log(`bench reading_list.save_one ${median(saves).toFixed(1)} ms`);

    // ── export everything as JSON ──
    const cdp = await list.context().newCDPSession(list);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        peak = Math.max(peak, usedSize);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const base = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    t = Date.now();
    const downloadP = list.waitForEvent('download', { timeout: 15 * 60_000 });
    await list.selectOption('#taza-export', 'json');
    const download = await downloadP;
    const out = join(dir, 'export.json');
    await download.saveAs(out);
    const exportMs = Date.now() - t;
    sampling = false;
    await sampler;
    console.log(`bench reading_list.export_10k ${(exportMs / 1000).toFixed(1)} s`);
    console.log(`bench reading_list.export_10k.size ${(statSync(out).size / 1e6).toFixed(1)} MB`);
    console.log(`bench reading_list.export_10k.peak_js_heap ${(peak / 1e6).toFixed(1)} MB`);
    console.log(`bench reading_list.export_10k.js_heap_before ${(base / 1e6).toFixed(1)} MB`);
  } finally {
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
