/**
 * Background: the toolbar button API — `action` (MV3) or `browserAction` (Firefox MV2).
 */
import { browser } from 'wxt/browser';

export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
