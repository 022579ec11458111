/**
 * Article DTO: what extraction produces and what the reader view, the reading list and the CLI consume.
 * Plain JSON only (it crosses runtime messaging), never DOM nodes. Pure module: runs in Node and in the browser.
 */

/** Counts of elements stripped from the article by the ad/gambling filter. */
export interface RemovedCounts {
  ads: number;
  gambling: number;
  /** Share bars, related lists, comments, cookie banners, menus removed from inside the article. */
  boilerplate: number;
}

export interface Article {
  /** The page URL the article was extracted from (absolute). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP-47 language of the article (from `<html lang>` or detection), e.g. "ru", "kk", "en". */
  lang: string | null;
  /** Text direction: "ltr" or "rtl". */
  dir: 'ltr' | 'rtl';
  /** ISO 8601 date-time string when the page states one. */
  publishedTime: string | null;
  excerpt: string | null;
  /** Sanitized (DOMPurify) article HTML with absolute link and image URLs. */
  content: string;
  /** Plain text with block boundaries kept (paragraphs separated by blank lines). */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  /** URL of the lead image when the page declares one (og:image), absolute. */
  leadImage: string | null;
  removed: RemovedCounts;
}

export type ExtractFailureReason =
  /** The page does not look like an article (home page, search page, empty page). */
  | 'not-an-article'
  /** Extraction ran but found no readable content. */
  | 'no-content'
  /** The page is not HTML (PDF viewer, image, plain text …). */
  | 'not-html'
  /** Something unexpected threw; `message` says what. */
  | 'error';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailureReason; message?: string };

export interface ExtractOptions {
  /** Absolute URL of the page (used for relative URLs and site-specific rules). Defaults to the document's URL. */
  url?: string;
  /** Skip the "is this an article?" check ("Show anyway"). */
  force?: boolean;
}
