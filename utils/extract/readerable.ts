/**
 * "Is this page an article?" — Readability's `isProbablyReaderable()` plus a fallback for
 * div-only layouts (no `<p>`: paragraphs are `<div class="par">`), which the bare check refuses
 * (tests/fixtures/news-pages/ru-regional-divs). Pure DOM code (content script and Node).
 */
import { isProbablyReaderable } from '@mozilla/readability';

/** A text block counts when its own (non-link) text is at least this long, like Readability's 140-char minimum for `<p>`. */
const MIN_BLOCK_CHARS = 100;
/** Sibling text blocks needed under one parent, and their total text. */
const MIN_BLOCKS = 3;
const MIN_TOTAL_CHARS = 500;

const UNLIKELY = /(^|[\s_-])(comment|comments|footer|header|menu|nav|sidebar|aside|related|share|social|cookie|banner|ad|ads|promo|sponsor)([\s_-]|$)/i;

/** Text of `el` outside links, whitespace-collapsed; `<p>`/`<pre>`/`article` are left to Readability. */
function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += (c as Text).data;
    else if (c.nodeType === 1) {
      const tag = (c as Element).localName;
      if (tag === 'b' || tag === 'i' || tag === 'em' || tag === 'strong' || tag === 'span' || tag === 'mark' || tag === 'q' || tag === 'abbr' || tag === 'sub' || tag === 'sup') {
        s += c.textContent ?? '';
      }
    }
  }
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Fallback readerable check for div-only articles: at least three sibling leaf-ish blocks
 * (`div`, `span`, `td`, `section`, `li`…) under one parent, each carrying 100+ characters of
 * its own prose (not links), together 500+ characters. A home page (headline links, one-line
 * teasers) and a search page (one snippet per result container) do not pass.
 */
export function isDivArticle(doc: Document): boolean {
  const byParent = new Map<Element, { blocks: number; chars: number }>();
  const blocks = doc.body ? doc.body.querySelectorAll('div, section, td, span, font, li, dd') : [];
  for (const el of Array.from(blocks)) {
    const text = ownText(el);
    if (text.length < MIN_BLOCK_CHARS) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const marker = `${parent.className && typeof parent.className === 'string' ? parent.className : ''} ${parent.id}`;
    if (UNLIKELY.test(marker)) continue;
    const entry = byParent.get(parent) ?? { blocks: 0, chars: 0 };
    entry.blocks++;
    entry.chars += text.length;
    if (entry.blocks >= MIN_BLOCKS && entry.chars >= MIN_TOTAL_CHARS) return true;
    byParent.set(parent, entry);
  }
  return false;
}

/**
 * Whether the document looks like an article: Readability's `isProbablyReaderable()` (visible
 * `<p>`/`<pre>`/`<article>` with enough text), or the div-only fallback {@link isDivArticle}.
 */
export function isArticlePage(doc: Document): boolean {
  return isProbablyReaderable(doc, { visibilityChecker: (node) => isVisible(node) && !isTeaserCard(node) }) || isDivArticle(doc);
}

/** Readability's own visibility test (its default `visibilityChecker`). */
function isVisible(node: Node): boolean {
  const el = node as HTMLElement;
  return (
    (!el.style || el.style.display !== 'none') &&
    !el.hasAttribute('hidden') &&
    (!el.hasAttribute('aria-hidden') || (el.getAttribute('aria-hidden') === 'true' && /fallback-image/.test(el.className ?? '')))
  );
}

/**
 * One teaser of a feed marked up as `<article>` (a section page's grid of cards: a headline link, a one-line lead):
 * Readability counts every `<article>` with 140 characters as article text, so twenty cards make a section page
 * look like a story. A card is short, largely its links' text, and holds no paragraph of prose.
 */
function isTeaserCard(node: Node): boolean {
  const el = node as Element;
  if (el.localName !== 'article') return false;
  const len = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (len >= 600) return false;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (links < len * 0.25) return false;
  return !Array.from(el.querySelectorAll('p')).some((p) => (p.textContent ?? '').trim().length >= 140);
}
