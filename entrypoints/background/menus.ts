/**
 * Background: context-menu items. Created once per install/update (menus persist in Chrome).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { toggleReader } from './reader';
import { handleReadingListMenu, MENU_OPEN_LIST, MENU_SAVE_LINK, MENU_SAVE_PAGE } from './reading-list';

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
    // Reading list: save this page / this link; open the list from the toolbar button's menu.
    browser.contextMenus.create({
      id: MENU_SAVE_PAGE,
      title: i18n.t('saveMenuPage'),
      contexts: ['page', 'selection', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    });
    browser.contextMenus.create({
      id: MENU_SAVE_LINK,
      title: i18n.t('saveMenuLink'),
      contexts: ['link'],
      targetUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    browser.contextMenus.create({ id: MENU_OPEN_LIST, title: i18n.t('listMenuOpen'), contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE_READER) void toggleReader(tab);
    else handleReadingListMenu(info, tab);
  });
}
