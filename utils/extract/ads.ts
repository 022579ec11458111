/**
 * Ad and gambling removal for extraction: runs the shared detector (`utils/filtering`) on a
 * cloned document or on the extracted article and removes what it reports. Pure DOM code.
 */
import { detectAds } from '../filtering';
import { HIDDEN_ATTR } from '../filtering/css';
import { mayBeAdContainer } from '../filtering/networks';
import type { Detection } from '../filtering/types';

/** Marks placements on the clone before Readability (which keeps data attributes). */
const MARK_ATTR = 'data-taza-ad';

/** Counts of removed placements by kind. */
export interface AdCounts {
  ads: number;
  gambling: number;
}

/**
 * A detection that would take a large block of prose with it (2,000+ characters, few links) is
 * a false positive on the article container: keep it rather than lose the article.
 */
function isProseContainer(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length < 2000) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked / text.length < 0.3 && el.querySelectorAll('p, h1, h2, article').length >= 3;
}

/**
 * Before Readability: mark the ad networks' unfilled containers and the small boxes that hold them with their caption
 * (`<div class="smi24-wrap"><div>Новости партнёров</div><div class="smi24__informer"></div></div>`). Readability
 * drops such a container as empty and keeps the box's heading, and the article-level pass that runs afterwards no
 * longer sees what the heading belonged to. One walk with the detector's string pre-filter: the page-level detector would
 * cost as much as Readability itself. What the always-on shield already hid on the live page (`data-taza-shield`, carried by the
 * clone) counts as marked too.
 */
export function markAdsOnPage(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // a TreeWalker: in jsdom, walking getElementsByTagName('*') costs a hundred times more
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  const found: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    // only an unfilled container (a leaf without text: Readability drops it; a filled one is left to the
    // article-level pass) whose id, class or attributes name an ad network's container (the detector's pre-filter
    // for AD_CONTAINER_SELECTOR, on its own: an empty box named "OUTBRAIN" or "yandex_rtb_…" is that box; jsdom
    // compiles that long selector again for every document, which would cost more than the rest of this pass)
    if (el.firstElementChild || !CONTAINER_TAGS.has(el.localName)) continue;
    const text = el.firstChild;
    if (text && (text !== el.lastChild ? /\S/.test(el.textContent ?? '') : /\S/.test(text.nodeValue ?? ''))) continue;
    if (mayBeAdContainer(el, el.getAttribute('id'), el.getAttribute('class'))) {
      found.push(el);
    }
  }
  for (const el of found) {
    if (el.closest(`[${MARK_ATTR}]`) || el.closest('pre,code,textarea')) continue;
    let box: Element = el;
    // climb while the box is the container plus a caption (a heading, a label): little text of its own
    for (let p = el.parentElement; p && p !== body && p.children.length <= 3; p = p.parentElement) {
      if (textLength(p) - textLength(box) > 60 || /^(MAIN|ARTICLE|BODY|HTML)$/.test(p.tagName)) break;
      box = p;
    }
    box.setAttribute(MARK_ATTR, 'ad');
  }
}

/** Elements an ad network's container is made of (not images: their data: URIs are long strings to test). */
const CONTAINER_TAGS = new Set(['div', 'ins', 'section', 'aside', 'span', 'iframe', 'amp-ad', 'amp-embed', 'amp-sticky-ad']);

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** After Readability: remove the marked placements from the article (outermost once, gambling if any part is). */
export function removeMarkedAds(article: Element): AdCounts {
  const counts: AdCounts = { ads: 0, gambling: 0 };
  const marked = article.querySelectorAll(`[${MARK_ATTR}],[${HIDDEN_ATTR}]`);
  for (const el of Array.from(marked)) {
    if (!el.isConnected && !article.contains(el)) continue;
    if (el.parentElement?.closest(`[${MARK_ATTR}],[${HIDDEN_ATTR}]`)) continue; // inside an outer one
    if (isProseContainer(el)) continue;
    const gambling =
      el.getAttribute(MARK_ATTR) === 'gambling' ||
      el.getAttribute(HIDDEN_ATTR) === 'gambling' ||
      !!el.querySelector(`[${MARK_ATTR}="gambling"],[${HIDDEN_ATTR}="gambling"]`);
    counts[gambling ? 'gambling' : 'ads']++;
    el.remove();
  }
  return counts;
}

/**
 * Run the detector on an extracted article (a detached element) as a page of its own, so that the
 * detector's page-level work (finding the main content, site rules) sees just the article and costs
 * what the article costs, not what the whole page costs. The article is held by a detached <body>
 * that stands for the page's body (no document of its own: adopting a large article into one and
 * back cost more than the detection) and is put back where it was afterwards. Returns the counts.
 */
export function stripAdsFromArticle(article: Element, url?: string): AdCounts {
  const parent = article.parentNode;
  const next = article.nextSibling;
  const body = article.ownerDocument.createElement('body');
  body.append(article);
  try {
    return stripAds(article, url, body);
  } finally {
    if (parent) parent.insertBefore(article, next);
    else article.remove();
  }
}

/**
 * Remove every ad/gambling placement the detector reports inside `root` (in place).
 * Nested detections are removed once and counted once (the outermost wins; its kind is
 * "gambling" when it or anything inside it was flagged as gambling). The root itself is never removed.
 */
export function stripAds(root: Document | Element, url?: string, body?: Element): AdCounts {
  const counts: AdCounts = { ads: 0, gambling: 0 };
  const detections: Detection[] = detectAds(root, url || body ? { url, body } : undefined);
  if (!detections.length) return counts;
  const rootEl = 'documentElement' in root ? root.documentElement : root;
  const flagged = new Map<Element, Detection['kind']>();
  const inline = new Set<Element>();
  for (const d of detections) {
    if (!d.element || d.element === rootEl || d.element === (root as Document).body) continue;
    if (isProseContainer(d.element)) continue;
    if (d.inline) inline.add(d.element);
    if (flagged.get(d.element) !== 'gambling') flagged.set(d.element, d.kind);
  }
  for (const [el, kind] of flagged) {
    if (kind !== 'gambling') continue;
    let outer: Element | null = null;
    for (let p = el.parentElement; p; p = p.parentElement) if (flagged.has(p)) outer = p;
    if (outer) flagged.set(outer, 'gambling');
  }
  for (const [el, kind] of flagged) {
    let nested = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (flagged.has(p)) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    counts[kind === 'gambling' ? 'gambling' : 'ads']++;
  }
  // an ad link made of a few words of a sentence: the words stay, the link goes
  for (const el of flagged.keys()) {
    if (inline.has(el)) el.replaceWith(...Array.from(el.childNodes));
    else el.remove();
  }
  return counts;
}
