/**
 * Article extraction pipeline (pure library). Runs in the on-demand content script on the live
 * page and in Node on a jsdom document (CLI, tests, benchmark) with identical results.
 *
 *   Document ─is-article check─▶ clone ─▶ lazy images ─▶ Readability (+ the lead photo it drops)
 *            ─▶ ads/gambling (utils/filtering) + boilerplate inside the article ─▶ DOMPurify
 *            ─▶ text with block boundaries, word count, reading time, metadata ─▶ Article DTO
 *
 * The input document is never mutated (everything happens on a clone) and nothing throws out of
 * {@link extractArticle}: failures are values (`{ ok: false, reason }`).
 */
import { Readability } from '@mozilla/readability';
import { markAdsOnPage, removeMarkedAds, stripAdsFromArticle } from './ads';
import { removeBoilerplate } from './boilerplate';
import { resolveLazyImages } from './lazy-images';
import { getDeclaredLang, getDir, getLeadImage, getPublishedTime, guessLangFromText, toIsoDate } from './metadata';
import { findLeadFigure, restoreLeadFigure } from './lead-figure';
import { isArticlePage } from './readerable';
import { sanitizeArticle } from './sanitize';
import { countWords, getBlockText, getReadingMinutes } from './text';
import type { Article, ExtractOptions, ExtractResult } from './types';

export type { Article, ExtractOptions, ExtractResult } from './types';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;

/** Whether `doc` is an HTML document (not a PDF viewer, an image or plain text). */
export function isHtmlDocument(doc: Document): boolean {
  return !!doc.documentElement && !!doc.body && HTML_TYPES.test(doc.contentType || 'text/html');
}

/**
 * Clone `doc` for extraction. When `url` differs from the document's own URL (a file parsed
 * without one, a CLI `--url`), a `<base>` makes relative links resolve against `url`.
 */
function cloneForExtraction(doc: Document, url: string): Document {
  const clone = doc.cloneNode(true) as Document;
  if (url && url !== doc.URL && !Array.from(clone.getElementsByTagName('base')).some((b) => b.hasAttribute('href'))) {
    const base = clone.createElement('base');
    base.setAttribute('href', url);
    (clone.head ?? clone.documentElement).prepend(base);
  }
  return clone;
}

function pageUrl(doc: Document, opts: ExtractOptions): string {
  const candidate = opts.url || doc.URL;
  try {
    return new URL(candidate).href;
  } catch {
    return doc.URL;
  }
}

/**
 * Extract the article of `doc` as a sanitized, self-contained DTO.
 *
 * - `opts.url`: absolute page URL (default: `doc.URL`), used for absolute links/images and site rules.
 * - `opts.force`: skip the "is this an article?" check ("Show anyway").
 *
 * Returns `{ ok: false, reason }` with `not-html`, `not-an-article`, `no-content` or `error`; never throws.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    if (!isHtmlDocument(doc)) return { ok: false, reason: 'not-html', message: doc.contentType };
    const win = doc.defaultView;
    if (!win) return { ok: false, reason: 'error', message: 'the document has no window (defaultView) for DOMPurify' };
    // The check only reads the page, so it runs on the original: no clone for pages we refuse,
    // and jsdom does not build style objects for every clone (they piled up in long runs).
    if (!opts.force && !isArticlePage(doc)) return { ok: false, reason: 'not-an-article' };
    const url = pageUrl(doc, opts);
    const clone = cloneForExtraction(doc, url);
    resolveLazyImages(clone);

    // Metadata is read before Readability, which strips the clone while it works.
    const publishedTime = getPublishedTime(clone);
    const leadImage = getLeadImage(clone, url);
    const declaredLang = getDeclaredLang(clone);
    const declaredDir = clone.documentElement.getAttribute('dir') || clone.body.getAttribute('dir');

    // the photo between the headline and the body, which Readability drops (copied before it takes the page apart)
    const leadFigure = findLeadFigure(clone);

    markAdsOnPage(clone);

    const parsed = new Readability<Element>(clone, {
      // Keep classes and ids until our own post-pass has used them; DOMPurify drops them afterwards.
      keepClasses: true,
      // Hand back the element itself: no serialize/re-parse round trip before sanitizing.
      serializer: (node) => node as Element,
    }).parse();
    const content = parsed?.content;
    if (!parsed || !content) return { ok: false, reason: 'no-content' };
    restoreLeadFigure(content, leadFigure);

    // Ad containers were marked on the page before Readability (the marks change nothing it scores); they go now,
    // and the ads are detected on the article Readability kept, not on the whole page: what lies outside the article
    // never reaches the reader, and the detector scans a few KB instead of the whole DOM.
    const marked = removeMarkedAds(content);
    const ads = stripAdsFromArticle(content, url);
    const removed = {
      ads: marked.ads + ads.ads,
      gambling: marked.gambling + ads.gambling,
      boilerplate: removeBoilerplate(content),
    };

    sanitizeArticle(content, win as Window & typeof globalThis);
    const textContent = getBlockText(content).trim();
    if (!textContent) return { ok: false, reason: 'no-content' };

    const wordCount = countWords(textContent);
    const lang = declaredLang ?? guessLangFromText(textContent);
    const dir = getDir(declaredDir, lang, parsed.dir);

    const article: Article = {
      url,
      title: (parsed.title ?? '').trim() || (doc.title ?? '').trim(),
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      lang,
      dir,
      publishedTime: toIsoDate(parsed.publishedTime) ?? publishedTime,
      excerpt: parsed.excerpt?.trim() || null,
      content: content.innerHTML,
      textContent,
      wordCount,
      readingMinutes: getReadingMinutes(wordCount, lang),
      leadImage,
      removed,
    };
    return { ok: true, article };
  } catch (err) {
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}
