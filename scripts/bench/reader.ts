/**
 * Benchmark: time from the toolbar action to the reader view painted, in headless Chromium with the built
 * extension, on the seed-like page (ru-optimism-opinion) and the other fixture articles.
 * Run after a build: `npx tsx scripts/bench/reader.ts` (or `npm run bench`). Prints `bench <name> <value> <unit>`.
 *
 * t0 = just before CDP `Extensions.triggerAction` (the same path as a real click);
 * t1 = the reader frame's `taza:article-painted` User Timing mark (a task queued from the animation frame after
 *      the article render, i.e. just after that frame was painted),
 * both on the machine's wall clock (performance.timeOrigin + mark.startTime).
 */
import { launchWithExtension, clickToolbarButton } from '../../e2e/support/browser';
import { startFixtureServer } from '../../e2e/support/fixture-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = ['ru-optimism-opinion', 'ru-zakon-gambling-law', 'kk-law-gambling-ads', 'en-us-sports-betting-bill'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    for (const name of PAGES) {
      const times: number[] = [];
      const firstTimes: number[] = [];
      for (let run = 0; run < RUNS + 1; run++) {
        const page = await ext.context.newPage();
        await page.goto(server.url(`${name}.html`), { waitUntil: 'load' });
        await page.waitForTimeout(200);
        // First click of a page load injects the extract script; later clicks reuse it. Measure both.
        for (const phase of ['first', 'again'] as const) {
          const t0 = Date.now();
          await clickToolbarButton(ext, page);
          let painted: number | undefined;
          for (let i = 0; i < 400 && painted === undefined; i++) {
            const frame = page.frames().find((f) => f.url().startsWith(ext.extensionUrl('reader.html')));
            painted = await frame
              ?.evaluate(() => {
                const m = performance.getEntriesByName('taza:article-painted')[0];
                return m ? performance.timeOrigin + m.startTime : undefined;
              })
              .catch(() => undefined);
            if (painted === undefined) await page.waitForTimeout(10);
          }
          if (painted === undefined) throw new Error(`reader never painted on ${name}`);
          if (run > 0) (phase === 'first' ? firstTimes : times).push(painted - t0); // run 0 warms up
          await clickToolbarButton(ext, page); // back to the page
          await page.waitForFunction(() => !document.querySelector('taza-reader-overlay'));
        }
        await page.close();
      }
      console.log(`bench reader.action_to_paint.${name}.first_click ${median(firstTimes).toFixed(1)} ms`);
      console.log(`bench reader.action_to_paint.${name}.later_click ${median(times).toFixed(1)} ms`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
