/**
 * The popup's everyday actions on the current tab: reader view, save to the reading list, open the list.
 * (Shield counts, pause and reveal in the same popup are covered in e2e/shield.e2e.ts; accessibility in a11y.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ActionPopup } from './support/popup';
import { ReaderOverlay } from './support/reader';

let ext: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('popup actions', () => {
  it('opens the reader, saves the page and opens the list', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('ru-zakon-gambling-law.html'));
    // A toolbar click gives the extension this tab (activeTab), as the panel's menu item or shortcut would.
    const reader = new ReaderOverlay(ext, page);
    await reader.open();
    await reader.close();

    let popup = await ActionPopup.open(ext, page);
    const labels = await popup.eval<string[]>(`Array.from(document.querySelectorAll('.taza-popup-actions button')).map((b) => b.textContent)`);
    expect(labels).toEqual(['Reader view', 'Save to reading list', 'Open reading list']);
    await popup.eval(`document.querySelectorAll('.taza-popup-actions button')[0].click(), true`).catch(() => {});
    await page.waitForFunction(() => !!document.querySelector('taza-reader-overlay'), undefined, { timeout: 10_000 });
    await reader.close();

    popup = await ActionPopup.open(ext, page);
    await popup.eval(`document.querySelectorAll('.taza-popup-actions button')[1].click(), true`);
    const status = await popup.eval<string>(
      `new Promise((r) => { const t = setInterval(() => { const s = document.querySelector('.taza-popup-status').textContent; if (s && !/Saving/.test(s)) { clearInterval(t); r(s); } }, 50); })`,
    );
    expect(status).toMatch(/Saved to reading list|updated/);

    const listPage = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/list.html'), timeout: 10_000 });
    await popup.eval(`document.querySelectorAll('.taza-popup-actions button')[2].click(), true`).catch(() => {});
    const list = await listPage;
    await list.waitForLoadState('load');
    await list.getByText(/Минфин|запрет|реклам/i).first().waitFor({ timeout: 10_000 });
    await list.close();
    await page.close();
  });

  it('offers the panel from the toolbar button\u2019s menu and a bindable command', async () => {
    const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name)).toContain('open-panel');
  });
});
