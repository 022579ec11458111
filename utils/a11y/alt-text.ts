/**
 * Alt text in place of hidden images (pure DOM helpers, take the Document). CSS cannot show an <img>'s alt
 * text, so while images are hidden the a11y content script (and the reader page) insert a small
 * `<taza-a11y-alt>` element after each image that has a non-empty alt, and remove them all when images return.
 */
import { ALT_TAG } from './stylesheet';

const MARK = 'data-taza-alt';

/** Add the missing alt-text elements under `root`. Returns how many were added. */
export function showAltText(doc: Document, root: ParentNode = doc): number {
  let added = 0;
  for (const img of Array.from(root.querySelectorAll<HTMLImageElement>('img[alt]'))) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (!alt || img.hasAttribute(MARK) || img.closest(ALT_TAG)) continue;
    const el = doc.createElement(ALT_TAG);
    el.textContent = alt;
    img.setAttribute(MARK, '');
    img.after(el);
    added++;
  }
  return added;
}

/** Remove every alt-text element and mark. */
export function removeAltText(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(ALT_TAG))) el.remove();
  for (const img of Array.from(doc.querySelectorAll(`[${MARK}]`))) img.removeAttribute(MARK);
}
