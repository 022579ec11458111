/**
 * Block-aware plain text, word counts and reading time for extracted articles.
 * Pure DOM code: runs in a content script, an extension page and in Node (jsdom) alike.
 */

/** Elements that end a paragraph: their boundaries become a blank line ("\n\n"). */
const PARAGRAPH_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'ul',
]);
/** Elements whose boundaries are a line break. */
const LINE_BLOCKS = new Set(['li', 'tr', 'br']);
/** Elements whose boundaries are a space (table cells: "cells separated by a space"). */
const SPACE_BLOCKS = new Set(['td', 'th', 'img']);
/** Elements whose text is never shown. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg']);

const NONE = 0;
const SPACE = 1;
const LINE = 2;
const PARAGRAPH = 3;
const SEPARATORS = ['', ' ', '\n', '\n\n'];

/**
 * Text of `root` with block boundaries kept, the way `innerText` renders it but without layout:
 * paragraphs/headings/blocks are separated by "\n\n", list items and table rows by "\n", table cells by " ".
 * Whitespace is collapsed except inside `<pre>` (code keeps its indentation and line breaks), so
 * `interview</p><p>Mr` gives "interview\n\nMr", never "interviewMr".
 */
export function getBlockText(root: Node): string {
  const out: string[] = [];
  let pending = NONE;
  let started = false;

  const brk = (strength: number) => {
    if (strength > pending) pending = strength;
  };
  const emit = (s: string) => {
    if (!s) return;
    if (started && pending) out.push(SEPARATORS[pending]!);
    pending = NONE;
    started = true;
    out.push(s);
  };

  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        const data = (child as Text).data;
        if (pre) {
          emit(data);
          continue;
        }
        const collapsed = data.replace(/[\s\u200b]+/g, ' ');
        if (collapsed === ' ' || collapsed === '') {
          if (collapsed) brk(SPACE);
          continue;
        }
        if (collapsed.startsWith(' ')) brk(SPACE);
        emit(collapsed.trim());
        if (collapsed.endsWith(' ')) brk(SPACE);
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const tag = (child as Element).localName;
        if (SKIP.has(tag)) continue;
        const strength = PARAGRAPH_BLOCKS.has(tag) ? PARAGRAPH : LINE_BLOCKS.has(tag) ? LINE : SPACE_BLOCKS.has(tag) ? SPACE : NONE;
        if (tag === 'br') {
          if (pre) emit('\n');
          else brk(LINE);
          continue;
        }
        brk(strength);
        walk(child, pre || tag === 'pre');
        brk(strength);
      } else if (child.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) {
        walk(child, pre);
      }
    }
  };

  walk(root, root.nodeType === 1 && (root as Element).localName === 'pre');
  return out.join('');
}

/** Unicode word pattern: letters/digits, with inner apostrophes and hyphens ("don't", "Нур-Султан"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Number of words in `text` (Unicode-aware: Cyrillic, Kazakh and Latin letters, digits). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Reading speed in words per minute: ≈180 for Russian and Kazakh (longer words), 230 otherwise. */
export function getWordsPerMinute(lang: string | null): number {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'kk' ? 180 : 230;
}

/** Estimated reading time in whole minutes, at least 1. */
export function getReadingMinutes(wordCount: number, lang: string | null): number {
  return Math.max(1, Math.round(wordCount / getWordsPerMinute(lang)));
}
