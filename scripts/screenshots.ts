/**
 * Take the README screenshots from the real build: the seed-like page as it is (no extension), the same page
 * with Taza Reader (shield on) and its reader view. Run after a build: `npx tsx scripts/screenshots.ts`.
 * Writes docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { launchWithExtension, clickToolbarButton } from '../e2e/support/browser';
import { startFixtureServer } from '../e2e/support/fixture-server';

const OUT = 'docs/screenshots';
const PAGE = 'ru-optimism-opinion';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const plain = await launchWithExtension({ withoutExtension: true });
  const p0 = await plain.context.newPage();
  await p0.goto(server.url(`${PAGE}.html`), { waitUntil: 'load' });
  await p0.waitForTimeout(2500); // the page's own late ads
  await p0.screenshot({ path: `${OUT}/original-page.png` });
  await plain.close();

  const ext = await launchWithExtension();
  const page = await ext.context.newPage();
  await page.goto(server.url(`${PAGE}.html`), { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${OUT}/page-with-shield.png` });
  await clickToolbarButton(ext, page);
  const frame = await (async () => {
    for (let i = 0; i < 200; i++) {
      const f = page.frames().find((x) => x.url().startsWith(ext.extensionUrl('reader.html')));
      if (f && (await f.$('.taza-article'))) return f;
      await page.waitForTimeout(25);
    }
    throw new Error('reader did not open');
  })();
  await page.screenshot({ path: `${OUT}/reader-view.png` });
  await frame.getByRole('button', { name: /Display/ }).click();
  await frame.getByRole('radio', { name: 'Sepia' }).check();
  await page.screenshot({ path: `${OUT}/reader-settings-sepia.png` });
  await frame.getByRole('radio', { name: 'Light' }).check();
  await ext.close();
  await server.close();
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
