/**
 * The popup's accessibility section, as a small controller (adapter layer: storage, tabs, messaging; no Preact):
 * which site the active tab shows, whether the page links its own accessible version, and the actions.
 * components/A11yPanel.tsx renders it; the popup creates one with createA11yPanelController().
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { AccessibleVersionLink } from '../a11y/detect-link';
import { modesForSite, normalizeA11ySettings, setSiteOverride, siteKey, updateModes, type A11yModes, type A11ySettings } from './a11y-settings';
import { a11ySettingsItem, loadA11ySettings, readMediaPreferences, saveA11ySettings } from './a11y-storage';

export interface A11yPanelState {
  settings: A11ySettings;
  /** The active tab's site key, or null (browser page, no access). */
  site: string | null;
  /** The page's own "version for the visually impaired" link, when it has one. */
  link: AccessibleVersionLink | null;
}

export interface A11yPanelController {
  load(): Promise<A11yPanelState>;
  /** Called with fresh settings whenever they change (any screen, shortcut). Returns unsubscribe. */
  watch(cb: (settings: A11ySettings) => void): () => void;
  update(state: A11yPanelState, patch: Partial<A11yModes>): Promise<A11ySettings>;
  setSiteOwn(state: A11yPanelState, own: boolean): Promise<A11ySettings>;
  openOptions(): void;
}

export function modesOf(state: A11yPanelState): A11yModes {
  return modesForSite(state.settings, state.site);
}

export function createA11yPanelController(): A11yPanelController {
  return {
    async load() {
      void sendMessage('a11y.firstRun', readMediaPreferences(window)).catch(() => {});
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      let site = siteKey(tab?.url);
      let link: AccessibleVersionLink | null = null;
      if (tab?.id !== undefined) {
        try {
          const info = await sendMessage('a11y.pageInfo', undefined, { tabId: tab.id, frameId: 0 });
          site = info.site ?? site;
          link = info.link;
        } catch {
          /* no content script there (browser page, or the page was open before install) */
        }
      }
      return { settings: await loadA11ySettings(), site, link };
    },
    watch(cb) {
      return a11ySettingsItem.watch((next) => cb(normalizeA11ySettings(next)));
    },
    async update(state, patch) {
      const next = updateModes(state.settings, state.site, patch);
      await saveA11ySettings(next);
      return next;
    },
    async setSiteOwn(state, own) {
      if (!state.site) return state.settings;
      const next = setSiteOverride(state.settings, state.site, own);
      await saveA11ySettings(next);
      return next;
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
