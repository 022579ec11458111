/**
 * Background: context-menu items. Created once per install/update (menus persist in Chrome).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { toggleReader } from './reader';
import { openShieldPopup } from './shield';
import { handleReadingListMenu, MENU_OPEN_LIST, MENU_SAVE_LINK, MENU_SAVE_PAGE } from './reading-list';

export const MENU_TOGGLE_READER = 'taza-toggle-reader';
export const MENU_OPEN_PANEL = 'taza-open-panel';
export const OPEN_PANEL_COMMAND = 'open-panel';

/**
 * The toolbar button's own menu: `action` in MV3; Firefox's MV2 build knows only `browser_action` and rejects the
 * whole create() call otherwise (seen in e2e/firefox.e2e.ts: the items were missing in Firefox).
 */
const ACTION_CONTEXT = (import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action') as 'action';

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
    browser.contextMenus.create({ id: MENU_OPEN_LIST, title: i18n.t('listMenuOpen'), contexts: [ACTION_CONTEXT] });
    // The panel (shield counts, pause, accessibility, save): the toolbar click itself is the reader toggle.
    browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: i18n.t('shieldMenuOpen'), contexts: [ACTION_CONTEXT] });
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === OPEN_PANEL_COMMAND) void openShieldPopup();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE_READER) void toggleReader(tab);
    else if (info.menuItemId === MENU_OPEN_PANEL) void openShieldPopup();
    else handleReadingListMenu(info, tab);
  });
}
