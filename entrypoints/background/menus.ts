/**
 * Background: context-menu items. Created once per install/update (menus persist in Chrome).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { toggleReader } from './reader';

export const MENU_TOGGLE_READER = 'taza-toggle-reader';

export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_TOGGLE_READER,
      title: i18n.t('menuToggleReader'),
      contexts: ['page', 'selection', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE_READER) void toggleReader(tab);
  });
}
