/**
 * Reader mode at the edges: interface language, PDFs, empty pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay } from './support/reader';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function noticeUrl(ext: ExtensionBrowser): Promise<string | undefined> {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  try {
    for (let i = 0; i < 50; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      const url = targetInfos.map((t) => t.url).find((u) => u.includes('/notice.html'));
      if (url) return url;
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  } finally {
    await cdp.detach();
  }
}

describe('interface language follows the browser', () => {
  for (const [lang, back, minutes] of [
    ['kk', 'Бетке оралу', /Оқуға \d+ мин/],
    ['ru', 'Вернуться на страницу', /\d+ мин чтения/],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const ext = await launchWithExtension({ args: [`--lang=${lang}`] });
      try {
        const page = await ext.context.newPage();
        await page.goto(server.url('kk-culture-abai.html'));
        const frame = await new ReaderOverlay(ext, page).open();
        expect(await frame.textContent('.taza-back')).toContain(back);
        expect(await frame.textContent('.taza-reading-time')).toMatch(minutes);
        expect(await frame.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      } finally {
        await ext.close();
      }
    });
  }
});

describe('pages that are not web articles', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a PDF gets a notice, not a silent failure', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('sample.pdf')).catch(() => {}); // the PDF viewer may not report a load
    await page.waitForTimeout(500);
    await clickToolbarButton(ext, page);
    const url = await noticeUrl(ext);
    expect(url).toContain('reason=pdf');
    await page.close();
  });

  it('an empty page says there is nothing to read, and Show anyway keeps saying it', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('empty.html'));
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    const reason = await frame.getAttribute('.taza-message', 'data-reason');
    expect(['not-an-article', 'no-content']).toContain(reason);
    if (reason === 'not-an-article') {
      await frame.getByRole('button', { name: /Show anyway/ }).click();
      await frame.waitForSelector('.taza-message[data-reason="no-content"]');
    }
    expect(await frame.textContent('.taza-message h1')).toBeTruthy();
    await page.close();
  });
});
