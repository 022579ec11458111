/**
 * Ad and gambling removal for extraction: runs the shared detector (`utils/filtering`) on a
 * cloned document or on the extracted article and removes what it reports. Pure DOM code.
 */
import { detectAds } from '../filtering';
import type { Detection } from '../filtering/types';

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
  for (const d of detections) {
    if (!d.element || d.element === rootEl || d.element === (root as Document).body) continue;
    if (isProseContainer(d.element)) continue;
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
  for (const el of flagged.keys()) el.remove();
  return counts;
}
