/**
 * The accessibility half of the always-on content script (wired in ./index.ts, which owns the extension APIs).
 *
 *   before paint   the background's registered CSS files (entrypoints/background/a11y.ts) style the page; this
 *                  runtime does nothing for that
 *   verify()       checks the document got the files for the stored modes (the files' custom properties):
 *                  as soon as the settings are read when a mode is on, otherwise after load;
 *                  if not (files registered while this renderer was running, settings changed while the page was
 *                  loading), it goes "live": sets `data-taza-a11y-live` on <html>, which switches the registered
 *                  files off, and inserts the same generated CSS as one <style> element. With every mode off the
 *                  check waits for the load event: reading computed style while the page parses would force a style
 *                  recalculation in the middle of the page's own load.
 *   change()       settings changed later: go live with the new modes
 *   images hidden  inserts each image's alt text after it (CSS cannot show alt text)
 *
 * DOM and timers only (no extension APIs): testable in jsdom.
 */
import { buildStylesheet, LIVE_ATTRIBUTE, LIVE_ROOT, SIGNATURE_PROPERTIES, signatureOf } from '../../utils/a11y/stylesheet';
import { effectiveModes, modesForSite, normalizeA11ySettings, type EffectiveModes } from '../../utils/settings/a11y-settings';
import { removeAltText, showAltText } from '../../utils/a11y/alt-text';

export const A11Y_STYLE_ID = 'taza-a11y-live';
/** signatureOf() with every mode off. */
const NEUTRAL_SIGNATURE = '||||';

export interface A11yRuntime {
  /** The stored settings as first read (`undefined`: nothing stored yet). Cheap: no style is read. */
  init(raw: unknown): void;
  /** After load: does the document carry the registered files for the stored modes? If not, go live. */
  verify(): void;
  /** The stored settings changed. */
  change(raw: unknown): void;
  stop(): void;
}

export function startA11y(doc: Document, site: string | null): A11yRuntime {
  const root = doc.documentElement;
  const view = doc.defaultView;
  let current: EffectiveModes | null = null;
  let verified = false;
  let verifyWhenRead = false;
  let observer: MutationObserver | null = null;
  let altQueued = false;

  const modesOf = (raw: unknown) => effectiveModes(modesForSite(normalizeA11ySettings(raw), site));

  /** The signature of the registered files this document got (empty parts for areas without a file). */
  const registeredSignature = () => {
    const cs = view!.getComputedStyle(root);
    return SIGNATURE_PROPERTIES.map((p) => cs.getPropertyValue(p).trim()).join('|');
  };

  const goLive = (m: EffectiveModes) => {
    root.setAttribute(LIVE_ATTRIBUTE, '');
    let style = doc.getElementById(A11Y_STYLE_ID) as HTMLStyleElement | null;
    if (!style) {
      style = doc.createElement('style');
      style.id = A11Y_STYLE_ID;
    }
    style.textContent = buildStylesheet(m, LIVE_ROOT);
    // Last in the document: wins ties with the page's own rules.
    if (style.parentNode !== root || style !== root.lastElementChild) root.append(style);
  };

  const queueAltText = () => {
    if (altQueued) return;
    altQueued = true;
    view?.requestAnimationFrame(() => {
      altQueued = false;
      if (current?.images === 'hide') {
        observer?.disconnect();
        showAltText(doc);
        observer?.observe(root, { childList: true, subtree: true });
      }
    });
  };

  const syncAltText = (m: EffectiveModes) => {
    if (m.images === 'hide') {
      observer ??= new (view?.MutationObserver ?? MutationObserver)(queueAltText);
      observer.observe(root, { childList: true, subtree: true });
      queueAltText();
    } else if (observer) {
      observer.disconnect();
      observer = null;
      removeAltText(doc);
    }
  };

  const set = (m: EffectiveModes) => {
    current = m;
    syncAltText(m);
  };

  function verify() {
    if (verified) return;
    if (!current) {
      verifyWhenRead = true; // the settings are not read yet: verify when they are
      return;
    }
    verified = true;
    if (!root.hasAttribute(LIVE_ATTRIBUTE) && registeredSignature() !== signatureOf(current)) goLive(current);
  }

  return {
    init(raw) {
      if (current) return; // a change arrived first: it is newer
      const m = modesOf(raw);
      set(m);
      // A mode is on: check at once, before the first frame, that the registered files reached this document (a
      // renderer that was already running when the files were registered may not have them yet: without this
      // check its first frame would flash unstyled). The storage answer comes while the document is still tiny,
      // so the style read is cheap; with every mode off (most pages) nothing is read before load.
      if (verifyWhenRead || signatureOf(m) !== NEUTRAL_SIGNATURE) verify();
    },
    verify,
    change(raw) {
      const m = modesOf(raw);
      // before the first read there is nothing to compare with: verify() compares with the registered files
      if (root.hasAttribute(LIVE_ATTRIBUTE) || (current && signatureOf(m) !== signatureOf(current))) goLive(m);
      set(m);
    },
    stop() {
      observer?.disconnect();
    },
  };
}
