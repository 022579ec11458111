/**
 * Accessibility modes on our own extension pages (reader view; options uses the model directly): read the
 * stored modes for a site, apply them to the page root (utils/a11y/page-theme.ts), follow changes, and show alt
 * text for hidden images. Adapter layer (storage); no Preact.
 */
import { applyToExtensionPage } from '../a11y/page-theme';
import { removeAltText, showAltText } from '../a11y/alt-text';
import { effectiveModes, modesForSite, normalizeA11ySettings, siteKey } from './a11y-settings';
import { a11ySettingsItem, loadA11ySettings } from './a11y-storage';

/**
 * The site of the page a framed extension page (the reader overlay) sits on: `location.ancestorOrigins`
 * (Chromium), else the referrer (Firefox), else null (opened on its own: global modes).
 */
export function embeddingSite(win: Window): string | null {
  const anc = win.location.ancestorOrigins;
  if (anc && anc.length) return siteKey(anc[anc.length - 1]);
  return win.top !== win ? siteKey(win.document.referrer) : null;
}

/** Apply and keep applying the modes for `site` to `doc`. Returns a stop function. */
export function startA11yOnPage(doc: Document, site: string | null): () => void {
  let observer: MutationObserver | null = null;
  const apply = (raw: unknown) => {
    const m = effectiveModes(modesForSite(normalizeA11ySettings(raw), site));
    applyToExtensionPage(doc.documentElement, m);
    if (m.images === 'hide') {
      showAltText(doc);
      observer ??= new MutationObserver(() => showAltText(doc));
      observer.observe(doc.body, { childList: true, subtree: true });
    } else if (observer) {
      observer.disconnect();
      observer = null;
      removeAltText(doc);
    }
  };
  void loadA11ySettings().then(apply);
  const unwatch = a11ySettingsItem.watch(apply);
  return () => {
    unwatch();
    observer?.disconnect();
  };
}
