/**
 * Background service worker (MV3) / event page (Firefox MV2): wiring only.
 * Each concern lives in its own file and registers its listeners here, synchronously at start-up so that
 * events that woke the worker are not missed.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerReader } from './reader';
import { registerMenus } from './menus';

export default defineBackground(() => {
  registerReader();
  registerMenus();
});
