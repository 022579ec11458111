/**
 * Popup: model for the everyday actions (reader view, save, open the list) on the active tab.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { sendMessage } from '@/utils/messaging';
import { saveTextKey } from '@/utils/reading-list/save-text';

export function createActionsModel() {
  const status = signal<string | null>(null);
  const busy = signal(false);

  const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  return {
    status,
    busy,
    async reader() {
      const tabId = await activeTabId();
      if (tabId === undefined) return;
      await sendMessage('reader.toggleTab', { tabId }).catch(() => undefined);
      window.close();
    },
    async save() {
      const tabId = await activeTabId();
      if (tabId === undefined || busy.value) return;
      busy.value = true;
      status.value = i18n.t('saveSaving');
      try {
        const result = await sendMessage('readingList.saveTab', { tabId });
        const { key, subs } = saveTextKey(result);
        status.value = (i18n.t as (k: string, s?: string[]) => string)(key, subs);
      } catch {
        status.value = i18n.t('saveErrorGeneric');
      } finally {
        busy.value = false;
      }
    },
    async openList() {
      await browser.tabs.create({ url: browser.runtime.getURL('/list.html') });
      window.close();
    },
  };
}
