/**
 * Reading list, end to end: the built extension in real Chromium, a fixture article served from 127.0.0.1.
 * Save from the reader → the list shows it → the fixture server stops → the saved copy opens offline with its
 * images → progress is restored → finishing marks it read → delete → undo. Plus shortcuts and a corrupt import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { ReaderOverlay } from './support/reader';

const ARTIFACTS = 'e2e/artifacts';
const TITLE = 'Транспортная реформа в Алматы и Астане';
let ext: ExtensionBrowser;
let server: FixtureServer | null;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openList(): Promise<Page> {
  const list = await ext.context.newPage();
  await list.goto(ext.extensionUrl('list.html'));
  await list.waitForSelector('.taza-card, .taza-list-empty');
  return list;
}

describe('reading list', () => {
  it('registers the save shortcut (Ctrl+Shift+Y) and the open-list command', async () => {
    const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'save-to-reading-list')?.shortcut).toBeTruthy();
    expect(commands.find((c) => c.name === 'open-reading-list')).toBeTruthy();
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBeTruthy();
  });

  it('shows how to save when empty', async () => {
    const list = await openList();
    expect(await list.textContent('.taza-list-empty')).toContain('Your reading list is empty');
    await list.close();
  });

  it('saves from the reader, lists it, opens it offline with images, keeps progress, deletes and undoes', async () => {
    const page = await ext.context.newPage();
    await page.goto(server!.url('reading-list/article.html?utm_source=tg&fbclid=x'), { waitUntil: 'load' });
    const reader = new ReaderOverlay(ext, page);
    const frame = await reader.open();
    await frame.waitForSelector('.taza-article .taza-content img');
    const save = frame.getByRole('button', { name: /^[＋✓ ]*Save$/ });
    await save.click();
    await frame.waitForSelector('.taza-save-status[data-ok="true"]');
    expect(await frame.textContent('.taza-save-status')).toContain('Saved to reading list');
    await page.screenshot({ path: `${ARTIFACTS}/reading-list-saved.png` });
    // Saving again updates the same entry.
    await save.click();
    await frame.waitForFunction(() => document.querySelector('.taza-save-status')?.textContent?.includes('updated'));

    const list = await openList();
    const card = list.locator('.taza-card', { hasText: TITLE });
    await card.waitFor();
    expect(await list.locator('.taza-card').count()).toBe(1);
    expect(await card.textContent()).toContain('Тестовые новости');
    // The database lives in the extension's origin, not the page's.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('taza-reading-list');

    // Search: Russian word forms, case-insensitive.
    await list.fill('#taza-search', 'АВТОБУСОВ алматы');
    await list.waitForFunction(() => document.querySelectorAll('.taza-card').length === 1);
    await list.fill('#taza-search', 'велосипед');
    await list.waitForFunction(() => document.querySelectorAll('.taza-card').length === 0);
    await list.fill('#taza-search', '');
    await card.waitFor();

    // Offline: the fixture server is gone.
    await page.close();
    await server!.close();
    server = null;

    await card.getByRole('link', { name: TITLE }).click();
    await list.waitForURL(/reader\.html\?id=/);
    await list.waitForSelector('.taza-article .taza-content img');
    // The reader lazy-loads images: load them all now (the server is down, so only local copies can load).
    const images = await list.evaluate(() =>
      Promise.all(
        Array.from(document.querySelectorAll<HTMLImageElement>('.taza-content img')).map(async (img) => {
          img.loading = 'eager';
          await img.decode().catch(() => {});
          return { data: img.src.startsWith('data:image/svg+xml'), loaded: img.complete && img.naturalWidth > 0 };
        }),
      ),
    );
    expect(images).toEqual([
      { data: true, loaded: true },
      { data: true, loaded: true },
    ]);
    expect(await list.getByRole('button', { name: /Reading list/ }).count()).toBe(1);
    await list.screenshot({ path: `${ARTIFACTS}/reading-list-offline-article.png` });

    // Read half-way, leave, come back: the position is restored.
    const half = await list.evaluate(() => {
      const max = document.documentElement.scrollHeight - innerHeight;
      window.scrollTo(0, Math.round(max / 2));
      return window.scrollY;
    });
    expect(half).toBeGreaterThan(300);
    await list.waitForTimeout(900);
    await list.getByRole('button', { name: /Reading list/ }).click();
    await list.waitForURL(/list\.html/);
    await card.waitFor();
    expect(await card.textContent()).toMatch(/(49|50|51)% read/);
    await card.getByRole('link', { name: TITLE }).click();
    await list.waitForSelector('.taza-article');
    await list.waitForFunction((y) => Math.abs(window.scrollY - y) < 60, half, { timeout: 5000 });

    // Finishing marks it read.
    await list.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await list.waitForTimeout(900);
    await list.keyboard.press('Escape');
    await list.waitForURL(/list\.html/);
    await card.waitFor();
    expect(await card.getAttribute('data-read')).toBe('true');
    expect(await list.locator('.taza-card').count()).toBe(1);
    await list.screenshot({ path: `${ARTIFACTS}/reading-list.png` });

    // Delete, then undo.
    await card.getByRole('button', { name: 'Delete' }).click();
    await list.waitForSelector('.taza-list-empty');
    await list.getByRole('button', { name: 'Undo' }).click();
    await card.waitFor();
    expect(await card.getAttribute('data-read')).toBe('true');
    await list.close();
  });

  it('keyboard: the list is operable without a mouse, focus is visible, dark theme applies', async () => {
    const list = await openList();
    await list.focus('#taza-search');
    await list.keyboard.press('Tab');
    const outline = await list.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const target = el.matches('input[type=radio]') ? (el.nextElementSibling as HTMLElement) : el;
      return getComputedStyle(target).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ 'settings.reader': { theme: 'dark', fontSize: 20, width: 'medium', lineHeight: 1.7, font: 'serif' } }));
    await list.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await list.screenshot({ path: `${ARTIFACTS}/reading-list-dark.png` });
    await list.close();
  });

  it('refuses a corrupt import with a clear message and changes nothing', async () => {
    const list = await openList();
    const before = await list.locator('.taza-card').count();
    const bad = `${ARTIFACTS}/corrupt-export.json`;
    writeFileSync(bad, '{"format":"taza-reading-list","version":1,"articles":[{"url":"https://x.kz/a","title":');
    await list.setInputFiles('#taza-import', bad);
    await list.waitForSelector('.taza-notice-error');
    expect(await list.textContent('.taza-notice-error')).toContain('Nothing was changed');
    expect(await list.locator('.taza-card').count()).toBe(before);
    await list.close();
  });
});
