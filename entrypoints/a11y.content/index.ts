/**
 * Always-on accessibility content script: every http(s) page and frame, from document_start. Tiny: no Preact.
 *
 *   before paint   the background's registered CSS files (entrypoints/background/a11y.ts) style the page
 *   after load     this script checks the document got the files for the stored modes (the files' custom
 *                  properties); if not (settings changed meanwhile, extension just installed), or when the
 *                  settings change later, it goes "live": sets `data-taza-a11y-live` on <html>, which switches the
 *                  registered files off, and inserts the same generated CSS as one <style> element
 *   images hidden  inserts each image's alt text after it (CSS cannot show alt text)
 *   popup asks     answers `a11y.pageInfo` (top frame): site key and the page's own accessible-version link
 *   first run      nothing stored yet → tells the background the system's contrast preferences
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import {
  buildStylesheet,
  LIVE_ATTRIBUTE,
  LIVE_ROOT,
  SIGNATURE_PROPERTIES,
  signatureOf,
} from '../../utils/a11y/stylesheet';
import { effectiveModes, modesForSite, normalizeA11ySettings, siteKey, type EffectiveModes } from '../../utils/settings/a11y-settings';
import { findAccessibleVersionLink } from '../../utils/a11y/detect-link';
import { removeAltText, showAltText } from '../../utils/a11y/alt-text';
import { onMessage, sendMessage } from '../../utils/messaging';

const STORAGE_KEY = 'settings.a11y'; // = A11Y_STORAGE_KEY (utils/settings/a11y-storage.ts, not imported: size)
const STYLE_ID = 'taza-a11y-live';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const top = window === window.top;
    const site = siteKey(location.href);
    const root = document.documentElement;
    let current: EffectiveModes | null = null;
    let observer: MutationObserver | null = null;
    let altQueued = false;

    /** The signature of the registered files this document got (empty parts for areas without a file). */
    const registeredSignature = () => {
      const cs = getComputedStyle(root);
      return SIGNATURE_PROPERTIES.map((p) => cs.getPropertyValue(p).trim()).join('|');
    };

    const goLive = (m: EffectiveModes) => {
      root.setAttribute(LIVE_ATTRIBUTE, '');
      let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
      if (!style) {
        style = document.createElement('style');
        style.id = STYLE_ID;
      }
      style.textContent = buildStylesheet(m, LIVE_ROOT);
      // Last in the document: wins ties with the page's own rules.
      if (style.parentNode !== root || style !== root.lastElementChild) root.append(style);
    };

    const queueAltText = () => {
      if (altQueued) return;
      altQueued = true;
      requestAnimationFrame(() => {
        altQueued = false;
        if (current?.images === 'hide') {
          observer?.disconnect();
          showAltText(document);
          observer?.observe(root, { childList: true, subtree: true });
        }
      });
    };

    const syncAltText = (m: EffectiveModes) => {
      if (m.images === 'hide') {
        observer ??= new MutationObserver(queueAltText);
        observer.observe(root, { childList: true, subtree: true });
        queueAltText();
      } else if (observer) {
        observer.disconnect();
        observer = null;
        removeAltText(document);
      }
    };

    const apply = (raw: unknown, initial: boolean) => {
      const m = effectiveModes(modesForSite(normalizeA11ySettings(raw), site));
      const live = root.hasAttribute(LIVE_ATTRIBUTE);
      if (initial ? registeredSignature() !== signatureOf(m) : live || signatureOf(m) !== signatureOf(current ?? m)) goLive(m);
      current = m;
      syncAltText(m);
    };

    void browser.storage.local.get(STORAGE_KEY).then((got) => {
      const raw = got[STORAGE_KEY];
      if (raw === undefined && top) {
        const q = (s: string) => matchMedia(s).matches;
        sendMessage('a11y.firstRun', {
          prefersContrastMore: q('(prefers-contrast: more)'),
          forcedColors: q('(forced-colors: active)'),
          prefersDark: q('(prefers-color-scheme: dark)'),
        }).catch(() => {});
      }
      apply(raw, true);
    });

    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STORAGE_KEY in changes) apply(changes[STORAGE_KEY]!.newValue, false);
    };
    browser.storage.onChanged.addListener(onChanged);

    const unlisten = top
      ? onMessage('a11y.pageInfo', ({ sender }) =>
          sender.id === browser.runtime.id ? { site, link: findAccessibleVersionLink(document, location.href) } : { site, link: null },
        )
      : () => {};

    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChanged);
      unlisten();
      observer?.disconnect();
    });
  },
});
