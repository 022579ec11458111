/**
 * Background service worker (MV3) / event page (Firefox MV2): wiring only.
 * Each concern lives in its own file and registers its listeners here, synchronously at start-up so that
 * events that woke the worker are not missed.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerReader } from './reader';
import { registerMenus } from './menus';
import { registerReadingList } from './reading-list';
import { registerShield } from './shield';
import { registerA11y } from './a11y';

export default defineBackground(() => {
  registerReader();
  registerMenus();
  registerReadingList();
  registerShield();
  registerA11y();
});
