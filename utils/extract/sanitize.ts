/**
 * DOMPurify pass over the extracted article, the last step before the HTML leaves the pipeline.
 * Pure: the window DOMPurify needs is the document's own `defaultView` (the page in a content
 * script, the jsdom window in Node), never a global.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

/** Tags removed with their content. */
const FORBID_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'option', 'textarea', 'link', 'meta', 'base', 'noscript', 'template', 'dialog', 'portal'];
const FORBID_ATTR = ['style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'ping', 'target', 'autofocus', 'tabindex', 'contenteditable'];
/** Links and media may point to web and mail URLs only (no `javascript:`, no `data:` outside images). */
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^a-z:]*$)/i;
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i;
const URL_ATTRS = new Set(['href', 'src', 'poster', 'xlink:href', 'action', 'cite', 'background']);

const instances = new WeakMap<object, DOMPurify>();

/** One configured DOMPurify per window (hooks registered once). */
function getPurifier(win: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    if (!URL_ATTRS.has(name)) return;
    const value = data.attrValue.trim();
    const isImage = node.nodeName === 'IMG' || node.nodeName === 'SOURCE' || (node.nodeName === 'VIDEO' && name === 'poster');
    if (value.toLowerCase().startsWith('data:')) {
      if (!(isImage && name !== 'href' && DATA_IMAGE.test(value))) data.keepAttr = false;
      else data.forceKeepAttr = true;
    } else if (!SAFE_URL.test(value)) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    // srcset candidates are URLs too: drop the attribute if any candidate is not http(s).
    const srcset = node.getAttribute?.('srcset');
    if (srcset && /(^|,)\s*(javascript|data|vbscript):/i.test(srcset)) node.removeAttribute('srcset');
  });
  instances.set(win, purify);
  return purify;
}

/**
 * Sanitize `root` (Readability's article element) in place and return it: no scripts, event
 * handlers, iframes, forms, `style`/`class` attributes, `javascript:` or non-image `data:` URLs;
 * links get `rel="noopener noreferrer"`. `win` is the window of the page the article came from.
 */
export function sanitizeArticle(root: Element, win: Window & typeof globalThis): Element {
  const purify = getPurifier(win);
  purify.sanitize(root, {
    IN_PLACE: true,
    FORBID_TAGS,
    FORBID_ATTR,
    ADD_FORBID_CONTENTS: ['form', 'button', 'select', 'textarea', 'dialog', 'object', 'embed', 'applet'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: true,
    ADD_ATTR: ['srcset', 'sizes', 'datetime', 'colspan', 'rowspan', 'headers', 'scope', 'start', 'reversed', 'cite'],
  });
  return root;
}
