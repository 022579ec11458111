/**
 * Background: reader mode. Toggles the reader overlay in a tab (toolbar button, shortcut, context menu) and
 * relays the reader page's requests to the tab's extract content script. Holds no article state itself:
 * the tab's content script owns its overlay and its extraction result.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { getPageSupport, reasonFromInjectionError } from '@/utils/reader/page-support';
import type { ExtractResult } from '@/utils/extract/types';
import { injectExtractScript } from './inject';
import { showNotice } from './notice';
import { toolbarAction } from './action';

export const TOGGLE_READER_COMMAND = 'toggle-reader';

/** Open the reader on `tab`, or close it when it is open. Never throws: failures become a notice. */
export async function toggleReader(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const support = getPageSupport(tab?.url ?? tab?.pendingUrl);
  // Without the "tabs" permission tab.url may be missing on pages we have no access to: try, then explain.
  if (!support.ok && support.reason !== 'no-url') return showNotice(tabId, support.reason);
  // The extract script stays in the tab once injected: talk to it first, inject only when nobody answers.
  try {
    await sendMessage('overlay.toggle', undefined, { tabId, frameId: 0 });
    return;
  } catch {
    /* not injected yet (or the page was reloaded): inject below */
  }
  try {
    await injectExtractScript(tabId);
  } catch (error) {
    const failure = reasonFromInjectionError(String((error as Error)?.message ?? error), tab?.url);
    return showNotice(tabId, failure.ok ? 'error' : failure.reason);
  }
  try {
    await sendMessage('overlay.toggle', undefined, { tabId, frameId: 0 });
  } catch (error) {
    console.warn('[taza] overlay.toggle failed', error);
    await showNotice(tabId, 'error');
  }
}

/** Only our own reader page, framed inside a tab, may ask for that tab's article. */
function readerTabId(sender: Browser.runtime.MessageSender): number | undefined {
  const readerUrl = browser.runtime.getURL('/reader.html');
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(readerUrl)) return undefined;
  return sender.tab?.id;
}

export function registerReader(): void {
  toolbarAction().onClicked.addListener((tab) => void toggleReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_READER_COMMAND) void toggleReader(tab);
  });

  onMessage('reader.getArticle', async ({ data, sender }): Promise<ExtractResult> => {
    const tabId = readerTabId(sender);
    if (tabId === undefined) return { ok: false, reason: 'error', message: 'not a reader frame' };
    try {
      return await sendMessage('extract.run', { force: !!data?.force }, { tabId, frameId: 0 });
    } catch (error) {
      return { ok: false, reason: 'error', message: String((error as Error)?.message ?? error) };
    }
  });

  onMessage('reader.toggleTab', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/popup.html'))) return;
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    await toggleReader(tab);
  });

  onMessage('reader.close', async ({ sender }) => {
    const tabId = readerTabId(sender);
    if (tabId === undefined) return;
    await sendMessage('overlay.close', undefined, { tabId, frameId: 0 }).catch(() => {});
  });
}
