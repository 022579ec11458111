/**
 * Reading list: the IndexedDB schema and its versioned migrations (storage adapter: uses `idb`, no browser APIs,
 * no Preact). Opened only by the background and extension pages, never by content scripts (their IndexedDB
 * belongs to the web page).
 *
 * Versions (each step upgrades from the one before; tests/reading-list/migrations.test.ts opens a database at
 * every earlier version, fills it, and upgrades it to the current one):
 *   1  items (+ indexes normalizedUrl unique, savedAt, siteKey, readingMinutes, readFlag, favouriteFlag,
 *      archivedFlag, tags multiEntry), contents, images (+ index articleId)
 *   2  search: per-article term strings for full-text search, back-filled from items + contents
 *   3  items index updatedAt (export order, "recently changed"); items gain `imagesMissing` (default 0)
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SavedContent, SavedImage, SavedItem, SearchRecord } from './types';
import { documentTerms } from './text';

export const DB_NAME = 'taza-reading-list';
export const DB_VERSION = 3;

export interface ReadingListSchema extends DBSchema {
  items: {
    key: string;
    value: SavedItem;
    indexes: {
      normalizedUrl: string;
      savedAt: number;
      updatedAt: number;
      siteKey: string;
      readingMinutes: number;
      readFlag: number;
      favouriteFlag: number;
      archivedFlag: number;
      tags: string;
    };
  };
  contents: { key: string; value: SavedContent };
  images: { key: string; value: SavedImage; indexes: { articleId: string } };
  search: { key: string; value: SearchRecord };
}

export type ReadingListDb = IDBPDatabase<ReadingListSchema>;
type UpgradeTx = IDBPTransaction<ReadingListSchema, StoreNames<ReadingListSchema>[], 'versionchange'>;

/** The text a search record is built from. */
export function searchTermsFor(item: Pick<SavedItem, 'title' | 'siteName' | 'siteKey' | 'byline' | 'lang'>, text: string): string {
  return documentTerms(`${item.title}\n${item.siteName ?? ''}\n${item.siteKey}\n${item.byline ?? ''}\n${text}`, item.lang).join(' ');
}

/** Schema steps, index = target version - 1. Each runs inside the upgrade transaction. */
export const MIGRATIONS: ((db: IDBPDatabase<ReadingListSchema>, tx: UpgradeTx) => Promise<void> | void)[] = [
  // 1
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('normalizedUrl', 'normalizedUrl', { unique: true });
    items.createIndex('savedAt', 'savedAt');
    items.createIndex('siteKey', 'siteKey');
    items.createIndex('readingMinutes', 'readingMinutes');
    items.createIndex('readFlag', 'readFlag');
    items.createIndex('favouriteFlag', 'favouriteFlag');
    items.createIndex('archivedFlag', 'archivedFlag');
    items.createIndex('tags', 'tags', { multiEntry: true });
    db.createObjectStore('contents', { keyPath: 'id' });
    const images = db.createObjectStore('images', { keyPath: 'key' });
    images.createIndex('articleId', 'articleId');
  },
  // 2
  async (db, tx) => {
    db.createObjectStore('search', { keyPath: 'id' });
    const search = tx.objectStore('search');
    let cursor = await tx.objectStore('items').openCursor();
    while (cursor) {
      const item = cursor.value;
      const content = await tx.objectStore('contents').get(item.id);
      await search.put({ id: item.id, terms: searchTermsFor(item, content?.textContent ?? item.excerpt ?? '') });
      cursor = await cursor.continue();
    }
  },
  // 3
  async (_db, tx) => {
    const items = tx.objectStore('items');
    items.createIndex('updatedAt', 'updatedAt');
    let cursor = await items.openCursor();
    while (cursor) {
      const v = cursor.value as SavedItem & { imagesMissing?: number; updatedAt?: number };
      if (typeof v.imagesMissing !== 'number' || typeof v.updatedAt !== 'number') {
        await cursor.update({ ...v, imagesMissing: v.imagesMissing ?? 0, updatedAt: v.updatedAt ?? v.savedAt });
      }
      cursor = await cursor.continue();
    }
  },
];

export class ReadingListError extends Error {
  constructor(
    readonly reason: 'blocked' | 'quota' | 'version' | 'invalid' | 'not-found' | 'error',
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'ReadingListError';
  }
}

/** Map a DOMException from IndexedDB to our failure reasons. */
export function classifyDbError(error: unknown): ReadingListError {
  if (error instanceof ReadingListError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const message = String((error as Error)?.message ?? error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new ReadingListError('quota', message);
  if (name === 'VersionError') return new ReadingListError('version', message);
  return new ReadingListError('error', `${name}: ${message}`);
}

export interface OpenOptions {
  /** Open at this version (tests of earlier versions); default DB_VERSION. */
  version?: number;
  name?: string;
  /** Called when another page needs a newer version: this connection has been closed. */
  onClosedForUpgrade?(): void;
  /** How long to wait for other pages to close before failing with `blocked` (ms). */
  blockedTimeoutMs?: number;
}

/** Open (and upgrade) the database. Fails with ReadingListError('blocked') if older pages keep it open. */
export function openReadingListDb(options: OpenOptions = {}): Promise<ReadingListDb> {
  const version = options.version ?? DB_VERSION;
  return new Promise<ReadingListDb>((resolve, reject) => {
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    let dbRef: ReadingListDb | undefined;
    openDB<ReadingListSchema>(options.name ?? DB_NAME, version, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db, tx);
      },
      blocked() {
        blockedTimer = setTimeout(() => {
          if (settled) return;
          settled = true;
          reject(new ReadingListError('blocked', 'Another page keeps an older reading list open'));
        }, options.blockedTimeoutMs ?? 3000);
      },
      blocking() {
        // A newer version wants in: step aside instead of blocking it.
        dbRef?.close();
        options.onClosedForUpgrade?.();
      },
    })
      .then((db) => {
        clearTimeout(blockedTimer);
        dbRef = db;
        if (settled) db.close();
        else {
          settled = true;
          resolve(db);
        }
      })
      .catch((error) => {
        clearTimeout(blockedTimer);
        if (!settled) {
          settled = true;
          reject(classifyDbError(error));
        }
      });
  });
}
