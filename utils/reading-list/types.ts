/**
 * Reading list: the stored records and the values the repository returns. Pure types, no runtime code.
 *
 * One saved article is split over four object stores so that the list (10,000 cards) never loads article bodies:
 *   items     SavedItem      card data + state, small (~1 KB); indexes for the list's sorts and filters
 *   contents  SavedContent   sanitized HTML + plain text, loaded only when the article is opened or exported
 *   images    SavedImage     one Blob per image of the article (offline reading)
 *   search    SearchRecord   the article's unique normalised search terms (built at save time)
 */

export type ItemStatus =
  /** Content and every image that could be fetched are stored. */
  | 'complete'
  /** Only the link is known (saved from a link, imported from bookmarks/Pocket/Instapaper): fetched when opened. */
  | 'pending';

export interface SavedItem {
  /** Stable id (random, URL-safe). */
  id: string;
  url: string;
  /** Dedupe key: see url.ts `normalizeUrl`. Unique index. */
  normalizedUrl: string;
  status: ItemStatus;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  publishedTime: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  leadImage: string | null;
  /** ms since epoch. */
  savedAt: number;
  updatedAt: number;
  read: boolean;
  /** ms since epoch when marked read, else null. */
  readAt: number | null;
  favourite: boolean;
  archived: boolean;
  tags: string[];
  /** 0…1, share of the article scrolled. */
  progress: number;
  /** Images referenced by the content / stored locally / that could not be fetched. */
  imageCount: number;
  imagesMissing: number;
  /** Lower-cased site for sorting (siteName or host). Index "site". */
  siteKey: string;
  /** 1 / 0 mirrors of the booleans (IndexedDB cannot index booleans). */
  readFlag: 0 | 1;
  favouriteFlag: 0 | 1;
  archivedFlag: 0 | 1;
}

export interface SavedContent {
  id: string;
  /** Sanitized article HTML (image URLs as on the page; the reader swaps in the local copies). */
  content: string;
  textContent: string;
}

export interface SavedImage {
  /** `${articleId}#${n}` */
  key: string;
  articleId: string;
  /** The absolute URL as it appears in the content's <img src>. */
  url: string;
  blob: Blob;
}

export interface SearchRecord {
  id: string;
  /** Unique normalised stems of title, site and body, space-separated. */
  terms: string;
}

/** Image bytes fetched for an article at save time. */
export interface FetchedImage {
  url: string;
  blob: Blob;
}

/** What the user can change on an item. */
export interface ItemPatch {
  read?: boolean;
  favourite?: boolean;
  archived?: boolean;
  tags?: string[];
  progress?: number;
}

export type SaveFailure = 'quota' | 'blocked' | 'invalid' | 'not-an-article' | 'no-content' | 'not-html' | 'no-access' | 'error';

export type SaveResult =
  | { ok: true; id: string; updated: boolean; imageCount: number; imagesMissing: number; title: string }
  | { ok: false; reason: SaveFailure; message?: string };

/** A whole article as the repository hands it to the reader or the exporter. */
export interface FullArticle {
  item: SavedItem;
  content: SavedContent | null;
  images: SavedImage[];
}
