/**
 * Background: the reading list's saving side. Every "save" (reader overlay button, context menu on a page or a
 * link, keyboard shortcut, popup) ends here, because only the background can reach the tab:
 *
 *   article ── from the reader (already extracted) or `extract.run {forSave}` in the tab (reader closed)
 *   images  ── fetched *in the tab* (scripting.executeScript: page origin, so same-origin and CORS-enabled images
 *              need no extra permission), else here when the user granted that image host (optional permission,
 *              asked for by the reader's Save click); anything else is saved without that image, and said so
 *   store   ── utils/reading-list repository: article + content + images + search terms in one transaction
 *
 * The list page and the saved reader open the same IndexedDB directly (extension pages, same origin): Blobs do not
 * cross runtime messaging, and the list must not pay a message round trip per keystroke.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { Article } from '@/utils/extract/types';
import { createRepository, type ReadingListRepository } from '@/utils/reading-list/repository';
import { openReadingListDb, ReadingListError } from '@/utils/reading-list/schema';
import { base64ToBytes, imageUrlsOf } from '@/utils/reading-list/images';
import type { FetchedImage, SaveResult } from '@/utils/reading-list/types';
import { saveTextKey } from '@/utils/reading-list/save-text';
import { getPageSupport } from '@/utils/reader/page-support';
import { injectExtractScript } from './inject';

export const SAVE_COMMAND = 'save-to-reading-list';
export const OPEN_LIST_COMMAND = 'open-reading-list';
export const MENU_SAVE_PAGE = 'taza-save-page';
export const MENU_SAVE_LINK = 'taza-save-link';
export const MENU_OPEN_LIST = 'taza-open-list';

/** Per image and in total: what one save may bring back from the tab (runtime messages are limited to 64 MB). */
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;
const MAX_IMAGES = 60;

let repoPromise: Promise<ReadingListRepository> | null = null;
function repository(): Promise<ReadingListRepository> {
  repoPromise ??= openReadingListDb({ onClosedForUpgrade: () => (repoPromise = null) })
    .then(createRepository)
    .catch((error) => {
      repoPromise = null;
      throw error;
    });
  return repoPromise;
}

interface TabImage {
  url: string;
  ok: boolean;
  type?: string;
  data?: string;
  error?: string;
}

/**
 * Runs in the tab's isolated world (scripting.executeScript `func`: must be self-contained). Reads the canonical
 * link and fetches the images with the page's origin: same-origin with its cookies as the page did, cross-origin
 * only when the image host allows it (CORS, no credentials).
 */
async function collectInTab(urls: string[], maxBytes: number, maxTotal: number): Promise<{ canonical: string | null; images: TabImage[] }> {
  const canonical = (document.querySelector('link[rel~="canonical"][href]') as HTMLLinkElement | null)?.href ?? null;
  let total = 0;
  const toBase64 = (blob: Blob) =>
    new Promise<string>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
      r.onerror = () => reject(r.error);
      r.readAsDataURL(blob);
    });
  const one = async (url: string): Promise<TabImage> => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), 15000);
    try {
      const same = new URL(url).origin === location.origin;
      const res = await fetch(url, same ? { signal: ctrl.signal, cache: 'force-cache' } : { signal: ctrl.signal, mode: 'cors', credentials: 'omit', cache: 'force-cache' });
      if (!res.ok) return { url, ok: false, error: `HTTP ${res.status}` };
      const blob = await res.blob();
      if (!/^image\//.test(blob.type)) return { url, ok: false, error: `not an image (${blob.type})` };
      if (blob.size > maxBytes || total + blob.size > maxTotal) return { url, ok: false, error: 'too large' };
      total += blob.size;
      return { url, ok: true, type: blob.type, data: await toBase64(blob) };
    } catch (error) {
      return { url, ok: false, error: String((error as Error)?.message ?? error) };
    } finally {
      clearTimeout(timer);
    }
  };
  const images: TabImage[] = [];
  for (let i = 0; i < urls.length; i += 6) images.push(...(await Promise.all(urls.slice(i, i + 6).map(one))));
  return { canonical, images };
}

/** An image the tab could not fetch: try here, but only for hosts the user granted (optional host permission). */
async function fetchGranted(url: string): Promise<FetchedImage | null> {
  try {
    const origin = new URL(url).origin;
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return null;
    const res = await fetch(url, { credentials: 'omit', cache: 'force-cache' });
    if (!res.ok) return null;
    const blob = await res.blob();
    return /^image\//.test(blob.type) && blob.size <= MAX_IMAGE_BYTES ? { url, blob } : null;
  } catch {
    return null;
  }
}

async function collectImages(tabId: number | undefined, article: Article): Promise<{ canonical: string | null; images: FetchedImage[]; count: number }> {
  const urls = imageUrlsOf(article.content, MAX_IMAGES);
  let canonical: string | null = null;
  const got = new Map<string, FetchedImage>();
  if (tabId !== undefined) {
    try {
      const [res] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        injectImmediately: true, // a page still loading (stuck script) must not hold the save (inject.ts)
        func: collectInTab,
        args: [urls, MAX_IMAGE_BYTES, MAX_TOTAL_BYTES],
      });
      const out = res?.result as Awaited<ReturnType<typeof collectInTab>> | undefined;
      canonical = out?.canonical ?? null;
      for (const img of out?.images ?? []) {
        if (img.ok && img.data) got.set(img.url, { url: img.url, blob: new Blob([base64ToBytes(img.data)], { type: img.type }) });
        else console.info('[taza] image not fetched in the tab', img.url, img.error);
      }
    } catch (error) {
      console.info('[taza] cannot run in the tab to fetch images', error);
    }
  }
  for (const url of urls) {
    if (got.has(url)) continue;
    const img = await fetchGranted(url);
    if (img) got.set(url, img);
  }
  return { canonical, images: urls.flatMap((u) => (got.has(u) ? [got.get(u)!] : [])), count: urls.length };
}

function failure(error: unknown): SaveResult {
  if (error instanceof ReadingListError) {
    const reason = error.reason === 'quota' || error.reason === 'blocked' || error.reason === 'invalid' ? error.reason : 'error';
    return { ok: false, reason, message: error.message };
  }
  return { ok: false, reason: 'error', message: String((error as Error)?.message ?? error) };
}

/** Save `article` (extracted in `tabId`): images, canonical link, one transaction. */
export async function saveArticle(tabId: number | undefined, article: Article): Promise<SaveResult> {
  try {
    const { canonical, images, count } = await collectImages(tabId, article);
    const repo = await repository();
    const res = await repo.saveArticle({ article, canonical, images, imageCount: count });
    return { ok: true, id: res.id, updated: res.updated, imageCount: count, imagesMissing: count - images.length, title: res.item.title };
  } catch (error) {
    console.warn('[taza] save failed', error);
    return failure(error);
  }
}

/** Save the page in `tab` with the reader closed: extract in the tab first. */
export async function saveTab(tab: Browser.tabs.Tab | undefined): Promise<SaveResult> {
  const tabId = tab?.id;
  if (tabId === undefined) return { ok: false, reason: 'no-access' };
  const support = getPageSupport(tab?.url ?? tab?.pendingUrl);
  if (!support.ok && support.reason !== 'no-url') return { ok: false, reason: 'no-access', message: support.reason };
  let result;
  try {
    result = await sendMessage('extract.run', { forSave: true }, { tabId, frameId: 0 });
  } catch {
    try {
      await injectExtractScript(tabId);
      result = await sendMessage('extract.run', { forSave: true }, { tabId, frameId: 0 });
    } catch (error) {
      return { ok: false, reason: 'no-access', message: String((error as Error)?.message ?? error) };
    }
  }
  // Saving is an explicit wish: a page that does not pass the "is it an article?" check is saved anyway.
  if (!result.ok && result.reason === 'not-an-article') {
    result = await sendMessage('extract.run', { forSave: true, force: true }, { tabId, frameId: 0 }).catch(() => result!);
  }
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  return saveArticle(tabId, result.article);
}

/** A link from the context menu: stored as a pending item, fetched when it is first opened. */
export async function saveLink(url: string): Promise<SaveResult> {
  try {
    const repo = await repository();
    const res = await repo.saveLink(url);
    return { ok: true, id: res.id, updated: res.updated, imageCount: 0, imagesMissing: 0, title: res.item.title };
  } catch (error) {
    return failure(error);
  }
}

export function saveMessage(result: SaveResult, link = false): string {
  const { key, subs } = saveTextKey(result, link);
  return subs ? i18n.t(key as 'saveDoneWithoutImages', subs as [string]) : i18n.t(key as 'saveDone');
}

/** Runs in the tab: a short, polite confirmation in a closed shadow root (the page cannot restyle or read it). */
function toastInTab(text: string, ok: boolean): void {
  const TAG = 'taza-reader-toast';
  document.querySelector(TAG)?.remove();
  const host = document.createElement(TAG);
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', ok ? 'status' : 'alert');
  box.textContent = text;
  box.style.cssText =
    'font:15px/1.4 system-ui,sans-serif;color:#fff;background:' + (ok ? '#1b5e20' : '#8a1c1c') +
    ';padding:12px 16px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);max-width:360px;';
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 4000);
}

async function confirmInTab(tabId: number | undefined, result: SaveResult, link = false): Promise<void> {
  const text = saveMessage(result, link);
  if (tabId === undefined) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, injectImmediately: true, func: toastInTab, args: [text, result.ok] });
  } catch {
    // No access to the page (browser page, store): the badge and the button's tooltip say it instead.
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ tabId, text: result.ok ? '✓' : '!' }).catch(() => {});
    await action.setTitle({ tabId, title: text }).catch(() => {});
    setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => {}), 4000);
  }
}

export async function openReadingList(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/list.html') });
}

/** Save the tab's page and confirm in the page (context menu, shortcut, popup). */
export async function saveTabAndConfirm(tab: Browser.tabs.Tab | undefined): Promise<SaveResult> {
  const result = await saveTab(tab);
  await confirmInTab(tab?.id, result);
  return result;
}

/** Context-menu clicks for the reading list's items (menus.ts routes them here). Returns false if not ours. */
export function handleReadingListMenu(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): boolean {
  if (info.menuItemId === MENU_SAVE_PAGE) void saveTabAndConfirm(tab);
  else if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) void saveLink(info.linkUrl).then((r) => confirmInTab(tab?.id, r, true));
  else if (info.menuItemId === MENU_OPEN_LIST) void openReadingList();
  else return false;
  return true;
}

/** Only our reader page, framed in a tab, may save through the background (with that tab's images). */
function readerTabId(sender: Browser.runtime.MessageSender): number | undefined {
  const readerUrl = browser.runtime.getURL('/reader.html');
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(readerUrl)) return undefined;
  return sender.tab?.id;
}

export function registerReadingList(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void saveTabAndConfirm(tab);
    else if (command === OPEN_LIST_COMMAND) void openReadingList();
  });

  onMessage('readingList.save', async ({ data, sender }): Promise<SaveResult> => {
    const tabId = readerTabId(sender);
    if (tabId === undefined) return { ok: false, reason: 'no-access', message: 'not a reader frame' };
    return saveArticle(tabId, data.article);
  });

  // The popup (an extension page; opening it granted activeTab) saves the current tab.
  onMessage('readingList.saveTab', async ({ data, sender }): Promise<SaveResult> => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/popup.html'))) {
      return { ok: false, reason: 'no-access', message: 'not the popup' };
    }
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    return saveTabAndConfirm(tab);
  });
}
