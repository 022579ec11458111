/**
 * Lazy-image resolution, run on the cloned document before Readability so that the real image
 * (not a 1×1 placeholder) reaches the reader view. Pure DOM code (content script and Node).
 *
 * Handles `data-src`, `data-lazy-src`, `data-original` (and similar), `data-srcset`/`data-lazy-srcset`,
 * `<picture><source data-srcset>`, and `<noscript>` fallbacks that hold the real `<img>`.
 */
import { toArray } from './dom';

/** Attributes lazy-loading libraries use for the real `src`, most specific first. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-src'];
/** Attributes used for the real `srcset`. */
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

const LAZY_ATTRS = [...SRC_ATTRS, ...SRCSET_ATTRS];

const IMAGE_URL = /\.(jpe?g|png|webp|gif|avif|svg)(\?|#|$)|^https?:\/\//i;
const PLACEHOLDER_NAME = /(^|[/_.-])(blank|spacer|pixel|placeholder|transparent|lazy|loading|grey|gray|empty|1x1)([/_.-]|$)/i;

/**
 * Whether an `src` value is a placeholder a lazy loader would replace: empty, a tiny `data:` URI
 * (1×1 GIF/PNG), or a file named like blank/spacer/placeholder/lazy.
 */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (s.startsWith('data:')) {
    // Real inline images are long; lazy-load placeholders are a few hundred bytes at most.
    // An inline SVG with text/shapes is content; an empty one is a placeholder.
    if (s.startsWith('data:image/svg')) return s.length < 200 && !/<(rect|path|text|circle|g|image)\b|%3C(rect|path|text|circle|g|image)/i.test(s);
    return s.length < 300;
  }
  if (s === 'about:blank' || s === '#') return true;
  const path = s.split(/[?#]/)[0]!;
  const file = path.slice(path.lastIndexOf('/') + 1);
  return PLACEHOLDER_NAME.test(file);
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const v = el.getAttribute(name);
    if (v && v.trim() && v.trim() !== 'null') return v.trim();
  }
  return null;
}

/** Copy lazy attributes of one `<img>`/`<source>` to `src`/`srcset`. Returns true when something changed. */
function resolveElement(el: Element): boolean {
  let changed = false;
  const srcset = firstAttr(el, SRCSET_ATTRS);
  if (srcset && el.getAttribute('srcset') !== srcset) {
    el.setAttribute('srcset', srcset);
    changed = true;
  }
  if (el.localName === 'img') {
    const current = el.getAttribute('src');
    if (isPlaceholderSrc(current)) {
      const real = firstAttr(el, SRC_ATTRS);
      if (real && IMAGE_URL.test(real)) {
        el.setAttribute('src', real);
        changed = true;
      } else if (el.getAttribute('srcset') && current !== null && current.trim() !== '' ) {
        // Keep srcset as the source of truth: drop the placeholder so the browser uses srcset.
        el.removeAttribute('src');
        changed = true;
      }
    }
    if (el.getAttribute('loading') === 'lazy') el.removeAttribute('loading');
  }
  return changed;
}

/** The `<img>` elements a `<noscript>` holds (parsed from its text when scripting is on). */
function noscriptImages(noscript: Element): Element[] {
  const doc = noscript.ownerDocument;
  let root: ParentNode = noscript;
  if (!noscript.querySelector('img')) {
    // With scripting enabled (a live page) <noscript> content is raw text: parse it inertly.
    const text = noscript.textContent ?? '';
    if (!/<img\b/i.test(text)) return [];
    const template = doc.createElement('template');
    template.innerHTML = text;
    root = template.content;
  }
  return Array.from(root.querySelectorAll('img'));
}

/** Whether an element holds nothing but (placeholder) images, so a noscript image can replace it. */
function isImageOnly(el: Element | null): el is Element {
  if (!el) return false;
  if (el.localName === 'img') return true;
  if ((el.textContent ?? '').trim()) return false;
  const imgs = el.querySelectorAll('img');
  return imgs.length === 1 && el.children.length <= 2;
}

/**
 * Resolve lazy images inside `root` (a cloned document or element) in place.
 * Returns the number of images changed.
 */
export function resolveLazyImages(root: Document | Element): number {
  let changed = 0;

  for (const noscript of toArray(root.getElementsByTagName('noscript'))) {
    const imgs = noscriptImages(noscript);
    if (imgs.length !== 1) continue;
    const real = imgs[0]!;
    if (isPlaceholderSrc(real.getAttribute('src')) && !real.getAttribute('srcset')) continue;
    const doc = noscript.ownerDocument;
    const prev = noscript.previousElementSibling;
    const adopted = doc.importNode(real, true) as Element;
    if (isImageOnly(prev)) {
      const placeholder = prev.localName === 'img' ? prev : prev.querySelector('img');
      if (placeholder && isPlaceholderSrc(placeholder.getAttribute('src')) || placeholder && firstAttr(placeholder, SRC_ATTRS)) {
        // Keep the placeholder's useful attributes (alt, width) when the real image lacks them.
        for (const attr of Array.from(placeholder.attributes)) {
          if (!adopted.hasAttribute(attr.name) && !attr.name.startsWith('data-') && attr.name !== 'class') adopted.setAttribute(attr.name, attr.value);
        }
        placeholder.replaceWith(adopted);
        noscript.remove();
        changed++;
        continue;
      }
    }
    // No placeholder next to it: the noscript image is the only copy, unwrap it.
    if (!prev || prev.localName !== 'img') {
      noscript.replaceWith(adopted);
      changed++;
    }
  }

  // getElementsByTagName + attribute checks: much cheaper than an attribute-selector query in jsdom.
  for (const tag of ['img', 'source']) {
    for (const el of toArray(root.getElementsByTagName(tag))) {
      if (!LAZY_ATTRS.some((a) => el.hasAttribute(a))) continue;
      if (resolveElement(el)) changed++;
    }
  }
  for (const el of toArray(root.getElementsByTagName('video'))) {
    const poster = el.getAttribute('data-poster');
    if (poster) {
      el.setAttribute('poster', poster);
      changed++;
    }
  }
  return changed;
}
