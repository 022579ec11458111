/**
 * Background: the shield's per-tab state. Frames of a tab report how many placements they hide
 * (`shield.report`); the sum is shown on the toolbar badge and given to the popup (`shield.getState`).
 * Counts live in memory and in session storage (the MV3 worker may be stopped between reports).
 */
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { onMessage } from '../../utils/messaging';
import { isPausedHost, pausedSites, siteKey } from '../../utils/settings/shield-storage';
import type { ShieldCounts, ShieldTabState } from '../../utils/filtering/types';
import { toolbarAction } from './action';

interface TabShield {
  host: string;
  frames: Record<string, ShieldCounts>;
}

const tabItem = (tabId: number) => storage.defineItem<TabShield | null>(`session:shield.tab.${tabId}`, { fallback: null });

function total(t: TabShield | null): ShieldCounts {
  const c = { ad: 0, gambling: 0 };
  for (const f of Object.values(t?.frames ?? {})) {
    c.ad += f.ad;
    c.gambling += f.gambling;
  }
  return c;
}

async function setBadge(tabId: number, c: ShieldCounts): Promise<void> {
  const n = c.ad + c.gambling;
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: n > 0 ? (n > 999 ? '999+' : String(n)) : '' }).catch(() => {});
  await action.setBadgeBackgroundColor({ tabId, color: '#2e7d32' }).catch(() => {});
}

/** Extension pages only (the popup, or popup.html opened in a tab): this extension's own origin. */
function fromExtensionPage(sender: { url?: string; id?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** Per-tab updates are serialised so that reports from several frames do not overwrite each other. */
const chains = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const next = (chains.get(tabId) ?? Promise.resolve()).then(fn, fn);
  chains.set(tabId, next.catch(() => {}));
  return next;
}

export function registerShield(): void {
  onMessage('shield.report', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null || tabId < 0) return;
    const frameId = String(sender.frameId ?? 0);
    return serial(tabId, async () => {
      const item = tabItem(tabId);
      let t = await item.getValue();
      // a new document in the top frame starts the tab's count afresh
      if (!t || (data.start && frameId === '0')) t = { host: data.host, frames: {} };
      t.frames[frameId] = { ad: data.ad, gambling: data.gambling };
      await item.setValue(t);
      await setBadge(tabId, total(t));
    });
  });

  onMessage('shield.getState', async ({ data, sender }): Promise<ShieldTabState> => {
    if (!fromExtensionPage(sender)) return { ok: false, reason: 'no-tab' };
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    if (!tab) return { ok: false, reason: 'no-tab' };
    const t = await tabItem(data.tabId).getValue();
    let host = t?.host ?? '';
    if (!host && tab.url) {
      try {
        const u = new URL(tab.url);
        if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
      } catch {
        /* not a web page */
      }
    }
    if (!host) return { ok: false, reason: 'not-a-web-page' };
    const paused = isPausedHost(await pausedSites.getValue(), host);
    return { ok: true, host: siteKey(host), paused, counts: paused ? { ad: 0, gambling: 0 } : total(t) };
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabItem(tabId).removeValue();
    chains.delete(tabId);
  });
}

/**
 * Opens the shield popup (entrypoints/popup) from a context-menu item or a shortcut. The popup is not the action's
 * default popup (a toolbar click toggles the reader view), so it is set for this one opening and cleared again.
 * `action.openPopup()` needs Chrome 127+ / Firefox 109+ and a user gesture in Firefox.
 */
export async function openShieldPopup(): Promise<boolean> {
  const action = toolbarAction() as typeof browser.action & { openPopup?: () => Promise<void> };
  if (!action.openPopup) return false;
  await action.setPopup({ popup: 'popup.html' });
  try {
    await action.openPopup();
    return true;
  } catch {
    return false;
  } finally {
    await action.setPopup({ popup: '' });
  }
}
