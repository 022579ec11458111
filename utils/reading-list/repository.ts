/**
 * Reading list repository: every read and write of the saved articles (storage adapter over `idb`; no browser
 * APIs, no Preact). Used by the background (saving from tabs) and by the extension pages (list, saved reader).
 *
 * Writes that belong together run in one transaction, so an article is stored with its content, images and
 * search terms, or not at all; IndexedDB failures come back as ReadingListError with a reason
 * ('quota', 'blocked', …) the pages turn into messages.
 */
import type { Article } from '@/utils/extract/types';
import type { IDBPTransaction } from 'idb';
import { classifyDbError, ReadingListError, searchTermsFor, type ReadingListDb, type ReadingListSchema } from './schema';
import type { FetchedImage, FullArticle, ItemPatch, SavedContent, SavedImage, SavedItem, SearchRecord } from './types';
import { normalizeUrl } from './url';

export interface SaveInput {
  article: Article;
  /** The page's <link rel=canonical> (used for dedupe when plausible). */
  canonical?: string | null;
  /** Image bytes fetched for the content's <img src>. */
  images: FetchedImage[];
  /** How many images the content references (missing = imageCount - images.length). */
  imageCount: number;
  now?: number;
}

/** A link to fetch later (context menu on a link, imports) or, with `full`, a whole article (our JSON import). */
export interface ImportRecord {
  url: string;
  title?: string;
  savedAt?: number;
  tags?: string[];
  read?: boolean;
  favourite?: boolean;
  archived?: boolean;
  progress?: number;
  full?: {
    item: Omit<SavedItem, 'id' | 'normalizedUrl' | 'siteKey' | 'readFlag' | 'favouriteFlag' | 'archivedFlag'> & { id?: string; normalizedUrl?: string };
    content: { content: string; textContent: string } | null;
    images: { url: string; blob: Blob }[];
  };
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** Everything about some articles, read before deleting them: enough to undo the delete exactly. */
export interface DeletedSnapshot {
  item: SavedItem;
  content: SavedContent | undefined;
  images: SavedImage[];
  search: SearchRecord | undefined;
}

export type SortKey = 'newest' | 'oldest' | 'site' | 'time';

const STORES: ('items' | 'contents' | 'images' | 'search')[] = ['items', 'contents', 'images', 'search'];

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);

/** Fill the derived fields (flags, site key) of an item. */
export function withDerived<T extends Omit<SavedItem, 'siteKey' | 'readFlag' | 'favouriteFlag' | 'archivedFlag'>>(item: T): SavedItem {
  return {
    ...item,
    siteKey: (item.siteName || hostOf(item.url)).toLowerCase(),
    readFlag: flag(item.read),
    favouriteFlag: flag(item.favourite),
    archivedFlag: flag(item.archived),
  };
}

function cleanTags(tags: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const t of tags ?? []) {
    const v = String(t).trim().replace(/\s+/g, ' ').slice(0, 64);
    if (v) out.add(v);
  }
  return [...out].sort();
}

function validArticle(a: Article | undefined): a is Article {
  return (
    !!a &&
    typeof a.url === 'string' &&
    /^https?:|^file:/i.test(a.url) &&
    typeof a.title === 'string' &&
    typeof a.content === 'string' &&
    typeof a.textContent === 'string'
  );
}

function clamp01(x: unknown): number {
  const n = typeof x === 'number' && Number.isFinite(x) ? x : 0;
  return Math.min(1, Math.max(0, n));
}

export interface ReadingListRepository {
  readonly db: ReadingListDb;
  saveArticle(input: SaveInput): Promise<{ id: string; updated: boolean; item: SavedItem }>;
  /** Save links to fetch later (no content). Existing articles are left as they are. */
  saveLink(url: string, title?: string, now?: number): Promise<{ id: string; updated: boolean; item: SavedItem }>;
  get(id: string): Promise<SavedItem | undefined>;
  getByUrl(url: string, canonical?: string | null): Promise<SavedItem | undefined>;
  getFull(id: string): Promise<FullArticle | undefined>;
  /** All items (cards only, no content). */
  all(): Promise<SavedItem[]>;
  /** The first `limit` items in `sort` order (for the first paint of the list). */
  first(limit: number, sort: SortKey, keep?: (item: SavedItem) => boolean): Promise<SavedItem[]>;
  count(): Promise<number>;
  update(ids: string[], patch: ItemPatch): Promise<SavedItem[]>;
  setProgress(id: string, progress: number, markReadAt?: number): Promise<SavedItem | undefined>;
  remove(ids: string[]): Promise<DeletedSnapshot[]>;
  restore(snapshots: DeletedSnapshot[]): Promise<void>;
  /** Search records in chunks (building the list's index). */
  eachSearchRecord(chunk: number, onChunk: (records: SearchRecord[]) => void | Promise<void>): Promise<void>;
  /** Whole articles in savedAt order, `batch` at a time (export without loading everything). */
  eachFull(batch: number, onArticle: (a: FullArticle) => void | Promise<void>): Promise<void>;
  /** Apply an import in one transaction: all or nothing. */
  importRecords(records: ImportRecord[], now?: number): Promise<ImportSummary>;
  /** Store fetched content for a pending item (opened for the first time). */
  completePending(id: string, input: SaveInput): Promise<SavedItem>;
}

export function createRepository(db: ReadingListDb): ReadingListRepository {
  async function run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw classifyDbError(error);
    }
  }

  function buildItem(input: SaveInput, base: SavedItem | undefined, now: number): SavedItem {
    const a = input.article;
    const missing = Math.max(0, input.imageCount - input.images.length);
    return withDerived({
      id: base?.id ?? newId(),
      url: a.url,
      normalizedUrl: normalizeUrl(a.url, input.canonical),
      status: 'complete',
      title: a.title || a.url,
      byline: a.byline ?? null,
      siteName: a.siteName ?? null,
      lang: a.lang ?? null,
      dir: a.dir === 'rtl' ? 'rtl' : 'ltr',
      publishedTime: a.publishedTime ?? null,
      excerpt: a.excerpt ?? null,
      wordCount: Math.max(0, a.wordCount | 0),
      readingMinutes: Math.max(1, a.readingMinutes | 0),
      leadImage: a.leadImage ?? null,
      savedAt: base?.savedAt ?? now,
      updatedAt: now,
      read: base?.read ?? false,
      readAt: base?.readAt ?? null,
      favourite: base?.favourite ?? false,
      archived: base?.archived ?? false,
      tags: base?.tags ?? [],
      progress: base?.status === 'complete' ? base.progress : 0,
      imageCount: input.imageCount,
      imagesMissing: missing,
    });
  }

  async function writeArticle(input: SaveInput, forceId?: string): Promise<{ id: string; updated: boolean; item: SavedItem }> {
    if (!validArticle(input.article)) throw new ReadingListError('invalid', 'not an article');
    const now = input.now ?? Date.now();
    const normalizedUrl = normalizeUrl(input.article.url, input.canonical);
    return run(async () => {
      const tx = db.transaction(STORES, 'readwrite');
      try {
        return await writeIn(tx, input, now, normalizedUrl, forceId);
      } catch (error) {
        // A put that throws (quota, an uncloneable value) does not abort the transaction by itself: the deletes
        // already queued would commit and leave a half-replaced article. Abort: all or nothing.
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        tx.done.catch(() => {});
        throw error;
      }
    });
  }

  async function writeIn(tx: Tx, input: SaveInput, now: number, normalizedUrl: string, forceId?: string): Promise<{ id: string; updated: boolean; item: SavedItem }> {
    {
      const items = tx.objectStore('items');
      let base = forceId ? await items.get(forceId) : await items.index('normalizedUrl').get(normalizedUrl);
      if (forceId && !base) throw new ReadingListError('not-found', forceId);
      if (forceId && base && base.normalizedUrl !== normalizedUrl) {
        // The link redirected to another URL that we already have: keep one record, the one being opened.
        const other = await items.index('normalizedUrl').getKey(normalizedUrl);
        if (other && other !== forceId) await deleteIn(tx, other);
      }
      const item = buildItem(input, base, now);
      item.normalizedUrl = normalizedUrl;
      const imageStore = tx.objectStore('images');
      for (const key of await imageStore.index('articleId').getAllKeys(item.id)) await imageStore.delete(key);
      let n = 0;
      for (const img of input.images) await imageStore.put({ key: `${item.id}#${n++}`, articleId: item.id, url: img.url, blob: img.blob });
      await tx.objectStore('contents').put({ id: item.id, content: input.article.content, textContent: input.article.textContent });
      await tx.objectStore('search').put({ id: item.id, terms: searchTermsFor(item, input.article.textContent) });
      await items.put(item);
      await tx.done;
      return { id: item.id, updated: !!base, item };
    }
  }

  type Tx = IDBPTransaction<ReadingListSchema, ('items' | 'contents' | 'images' | 'search')[], 'readwrite'>;
  async function deleteIn(tx: Tx, id: string): Promise<void> {
    const imageStore = tx.objectStore('images');
    for (const key of await imageStore.index('articleId').getAllKeys(id)) await imageStore.delete(key);
    await tx.objectStore('contents').delete(id);
    await tx.objectStore('search').delete(id);
    await tx.objectStore('items').delete(id);
  }

  const sortIndex = (sort: SortKey) =>
    sort === 'site' ? ('siteKey' as const) : sort === 'time' ? ('readingMinutes' as const) : ('savedAt' as const);

  return {
    db,
    saveArticle: (input) => writeArticle(input),
    completePending: async (id, input) => (await writeArticle(input, id)).item,

    async saveLink(url, title, now = Date.now()) {
      const normalizedUrl = normalizeUrl(url);
      return run(async () => {
        const tx = db.transaction(['items', 'search'], 'readwrite');
        const existing = await tx.objectStore('items').index('normalizedUrl').get(normalizedUrl);
        if (existing) {
          await tx.done;
          return { id: existing.id, updated: true, item: existing };
        }
        const item = pendingItem(url, normalizedUrl, { url, title }, now);
        await tx.objectStore('items').put(item);
        await tx.objectStore('search').put({ id: item.id, terms: searchTermsFor(item, '') });
        await tx.done;
        return { id: item.id, updated: false, item };
      });
    },

    get: (id) => run(() => db.get('items', id)),
    getByUrl: (url, canonical) => run(() => db.getFromIndex('items', 'normalizedUrl', normalizeUrl(url, canonical))),

    getFull: (id) =>
      run(async () => {
        const tx = db.transaction(['items', 'contents', 'images'], 'readonly');
        const item = await tx.objectStore('items').get(id);
        if (!item) return undefined;
        const content = (await tx.objectStore('contents').get(id)) ?? null;
        const images = await tx.objectStore('images').index('articleId').getAll(id);
        return { item, content, images };
      }),

    all: () => run(() => db.getAll('items')),
    count: () => run(() => db.count('items')),

    first: (limit, sort, keep = () => true) =>
      run(async () => {
        const out: SavedItem[] = [];
        const dir = sort === 'newest' ? 'prev' : 'next';
        let cursor = await db.transaction('items').store.index(sortIndex(sort)).openCursor(null, dir);
        while (cursor && out.length < limit) {
          if (keep(cursor.value)) out.push(cursor.value);
          cursor = await cursor.continue();
        }
        return out;
      }),

    update: (ids, patch) =>
      run(async () => {
        const tx = db.transaction('items', 'readwrite');
        const out: SavedItem[] = [];
        const now = Date.now();
        for (const id of ids) {
          const item = await tx.store.get(id);
          if (!item) continue;
          const next: SavedItem = withDerived({
            ...item,
            read: patch.read ?? item.read,
            readAt: patch.read === undefined ? item.readAt : patch.read ? (item.readAt ?? now) : null,
            favourite: patch.favourite ?? item.favourite,
            archived: patch.archived ?? item.archived,
            tags: patch.tags ? cleanTags(patch.tags) : item.tags,
            progress: patch.progress === undefined ? item.progress : clamp01(patch.progress),
            updatedAt: now,
          });
          await tx.store.put(next);
          out.push(next);
        }
        await tx.done;
        return out;
      }),

    setProgress: (id, progress, markReadAt) =>
      run(async () => {
        const tx = db.transaction('items', 'readwrite');
        const item = await tx.store.get(id);
        if (!item) return undefined;
        const read = item.read || markReadAt !== undefined;
        const next = withDerived({ ...item, progress: clamp01(progress), read, readAt: item.readAt ?? (read ? (markReadAt ?? null) : null) });
        await tx.store.put(next);
        await tx.done;
        return next;
      }),

    remove: (ids) =>
      run(async () => {
        const tx = db.transaction(STORES, 'readwrite');
        const snapshots: DeletedSnapshot[] = [];
        for (const id of ids) {
          const item = await tx.objectStore('items').get(id);
          if (!item) continue;
          snapshots.push({
            item,
            content: await tx.objectStore('contents').get(id),
            images: await tx.objectStore('images').index('articleId').getAll(id),
            search: await tx.objectStore('search').get(id),
          });
          await deleteIn(tx, id);
        }
        await tx.done;
        return snapshots;
      }),

    restore: (snapshots) =>
      run(async () => {
        const tx = db.transaction(STORES, 'readwrite');
        for (const s of snapshots) {
          // Saved again meanwhile? Then the newer copy stays.
          const clash = await tx.objectStore('items').index('normalizedUrl').getKey(s.item.normalizedUrl);
          if (clash && clash !== s.item.id) continue;
          await tx.objectStore('items').put(s.item);
          if (s.content) await tx.objectStore('contents').put(s.content);
          for (const img of s.images) await tx.objectStore('images').put(img);
          if (s.search) await tx.objectStore('search').put(s.search);
        }
        await tx.done;
      }),

    eachSearchRecord: (chunk, onChunk) =>
      run(async () => {
        let after: string | undefined;
        for (;;) {
          const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
          const records = await db.getAll('search', range, chunk);
          if (!records.length) return;
          await onChunk(records);
          if (records.length < chunk) return;
          after = records[records.length - 1]!.id;
        }
      }),

    eachFull: (batch, onArticle) =>
      run(async () => {
        const keys = await db.getAllKeysFromIndex('items', 'savedAt');
        for (let i = 0; i < keys.length; i += batch) {
          const slice = keys.slice(i, i + batch);
          const tx = db.transaction(['items', 'contents', 'images'], 'readonly');
          const got = await Promise.all(
            slice.map(async (id) => {
              const item = await tx.objectStore('items').get(id);
              if (!item) return undefined;
              return {
                item,
                content: (await tx.objectStore('contents').get(id)) ?? null,
                images: await tx.objectStore('images').index('articleId').getAll(id),
              } satisfies FullArticle;
            }),
          );
          await tx.done;
          for (const a of got) if (a) await onArticle(a);
        }
      }),

    importRecords: (records, now = Date.now()) =>
      run(async () => {
        const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
        const tx = db.transaction(STORES, 'readwrite');
        const items = tx.objectStore('items');
        try {
          for (const r of records) {
            const normalizedUrl = r.full?.item.normalizedUrl || normalizeUrl(r.url);
            let existing = r.full?.item.id ? await items.get(r.full.item.id) : undefined;
            if (existing && existing.normalizedUrl !== normalizedUrl) existing = undefined;
            existing ??= await items.index('normalizedUrl').get(normalizedUrl);
            if (r.full) {
              const f = r.full;
              const id = existing?.id ?? f.item.id ?? newId();
              const item = withDerived({ ...f.item, id, normalizedUrl, tags: cleanTags(f.item.tags), progress: clamp01(f.item.progress) });
              if (existing && sameItem(existing, item)) {
                summary.unchanged++;
                continue;
              }
              if (existing) await deleteIn(tx, existing.id);
              await items.put(item);
              if (f.content) await tx.objectStore('contents').put({ id, ...f.content });
              let n = 0;
              for (const img of f.images) await tx.objectStore('images').put({ key: `${id}#${n++}`, articleId: id, url: img.url, blob: img.blob });
              await tx.objectStore('search').put({ id, terms: searchTermsFor(item, f.content?.textContent ?? item.excerpt ?? '') });
              summary[existing ? 'updated' : 'added']++;
              continue;
            }
            if (existing) {
              const merged = withDerived({
                ...existing,
                tags: cleanTags([...existing.tags, ...(r.tags ?? [])]),
                read: existing.read || !!r.read,
                readAt: existing.readAt ?? (r.read ? (r.savedAt ?? now) : null),
                favourite: existing.favourite || !!r.favourite,
                archived: existing.archived || !!r.archived,
              });
              if (sameItem(existing, merged)) summary.unchanged++;
              else {
                await items.put(merged);
                summary.updated++;
              }
              continue;
            }
            const item = pendingItem(r.url, normalizedUrl, r, now);
            await items.put(item);
            await tx.objectStore('search').put({ id: item.id, terms: searchTermsFor(item, '') });
            summary.added++;
          }
          await tx.done;
        } catch (error) {
          try {
            tx.abort();
          } catch {
            /* already finished */
          }
          throw error;
        }
        return summary;
      }),
  };
}

function sameItem(a: SavedItem, b: SavedItem): boolean {
  const keys = Object.keys(b) as (keyof SavedItem)[];
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k])) && Object.keys(a).length === keys.length;
}

function pendingItem(url: string, normalizedUrl: string, r: Omit<ImportRecord, 'full'>, now: number): SavedItem {
  const savedAt = r.savedAt && Number.isFinite(r.savedAt) ? r.savedAt : now;
  return withDerived({
    id: newId(),
    url,
    normalizedUrl,
    status: 'pending',
    title: (r.title ?? '').trim() || url,
    byline: null,
    siteName: null,
    lang: null,
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    leadImage: null,
    savedAt,
    updatedAt: savedAt,
    read: !!r.read,
    readAt: r.read ? savedAt : null,
    favourite: !!r.favourite,
    archived: !!r.archived,
    tags: cleanTags(r.tags),
    progress: clamp01(r.progress),
    imageCount: 0,
    imagesMissing: 0,
  });
}
