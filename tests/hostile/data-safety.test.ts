// @vitest-environment node
/**
 * Data safety of the reading list, at the storage layer (fake-indexeddb; Node's own Blob, as a browser's, survives
 * structured cloning). The real-browser side (service worker killed mid-save, five tabs at once) is in
 * e2e/data-safety.e2e.ts.
 *
 * - schema upgrade from every earlier version with 1,000 articles: nothing lost (items, contents, images, search)
 * - quota exhausted mid-save (a failing put): a clear 'quota' failure and message, the list exactly as before
 * - a save interrupted mid-transaction: all or nothing
 * - five savers on five connections at once: no duplicates, nothing lost
 * - export → wipe → import: every field of every article, and every image byte, comes back
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { createRepository, type ReadingListRepository } from '@/utils/reading-list/repository';
import { DB_NAME, DB_VERSION, MIGRATIONS, openReadingListDb, ReadingListError, searchTermsFor } from '@/utils/reading-list/schema';
import { createSearchIndex } from '@/utils/reading-list/search';
import { articleToJson, JSON_FOOTER, jsonHeader } from '@/utils/reading-list/formats/json';
import { parseImportFile } from '@/utils/reading-list/formats';
import { saveTextKey } from '@/utils/reading-list/save-text';
import type { Article } from '@/utils/extract/types';

beforeEach(() => {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
});

const repo = async () => createRepository(await openReadingListDb());
const png = (seed: number) => new Blob([new Uint8Array(Array.from({ length: 256 }, (_, i) => (i + seed) & 255))], { type: 'image/png' });

function article(n: number, over: Partial<Article> = {}): Article {
  return {
    url: `https://news.example.kz/2025/${n}/article-${n}?utm_source=x`,
    title: `Статья №${n}: «кавычки» & <теги> 🚀`,
    byline: n % 3 ? `Автор ${n}` : null,
    siteName: n % 2 ? 'Тестовые новости' : null,
    lang: n % 5 === 0 ? 'kk' : 'ru',
    dir: n % 7 === 0 ? 'rtl' : 'ltr',
    publishedTime: n % 4 ? new Date(Date.UTC(2024, 0, 1 + (n % 28))).toISOString() : null,
    excerpt: `Кратко ${n}`,
    content: `<p>Абзац ${n} с уникальным словом слово${n}x.</p><img src="https://news.example.kz/img/${n}.png"><p>\u0000-free, tab\t, emoji 😀, RTL שלום</p>`,
    textContent: `Абзац ${n} с уникальным словом слово${n}x.\n\ntab\t, emoji 😀, RTL שלום`,
    wordCount: 10 + n,
    readingMinutes: 1 + (n % 9),
    leadImage: n % 2 ? `https://news.example.kz/img/lead-${n}.jpg` : null,
    removed: { ads: 0, gambling: 0, boilerplate: 0 },
    ...over,
  };
}

async function snapshot(r: ReadingListRepository) {
  const items = (await r.all()).sort((a, b) => a.id.localeCompare(b.id));
  const contents = await r.db.getAll('contents');
  const images = await Promise.all(
    (await r.db.getAll('images')).map(async (i) => ({ key: i.key, url: i.url, type: i.blob.type, bytes: Buffer.from(await i.blob.arrayBuffer()).toString('base64') })),
  );
  const search = await r.db.getAll('search');
  return { items, contents, images, search };
}

describe('schema upgrade from every earlier version with 1,000 articles', () => {
  for (let from = 1; from < DB_VERSION; from++) {
    it(`v${from} → v${DB_VERSION}: every article, content, image and search term kept`, async () => {
      const N = 1000;
      const old = await openDB(DB_NAME, from, {
        async upgrade(db, oldV, _newV, tx) {
          for (let v = oldV; v < from; v++) await MIGRATIONS[v]!(db as never, tx as never);
        },
      });
      const tx = old.transaction([...old.objectStoreNames], 'readwrite');
      const stores = tx as unknown as { objectStore(n: string): { put(v: unknown): Promise<unknown> } };
      for (let n = 0; n < N; n++) {
        const a = article(n);
        // The record as the repository of version `from` wrote it (v1/v2 had no updatedAt / imagesMissing).
        const item: Record<string, unknown> = {
          id: `old-${n}`, url: a.url, normalizedUrl: `news.example.kz/2025/${n}/article-${n}`, status: 'complete', title: a.title,
          byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir, publishedTime: a.publishedTime, excerpt: a.excerpt,
          wordCount: a.wordCount, readingMinutes: a.readingMinutes, leadImage: a.leadImage, savedAt: 1_700_000_000_000 + n,
          read: n % 2 === 0, readAt: n % 2 === 0 ? 1_700_000_000_000 + n : null, favourite: n % 3 === 0, archived: n % 10 === 0,
          tags: n % 4 === 0 ? ['economy', `t${n % 7}`] : [], progress: (n % 100) / 100, imageCount: 1,
          siteKey: (a.siteName ?? 'news.example.kz').toLowerCase(), readFlag: n % 2 === 0 ? 1 : 0, favouriteFlag: n % 3 === 0 ? 1 : 0,
          archivedFlag: n % 10 === 0 ? 1 : 0,
        };
        void stores.objectStore('items').put(item);
        void stores.objectStore('contents').put({ id: item.id, content: a.content, textContent: a.textContent });
        if (n % 10 === 0) void stores.objectStore('images').put({ key: `${item.id}#0`, articleId: item.id, url: `https://news.example.kz/img/${n}.png`, blob: png(n) });
        if (from >= 2) void stores.objectStore('search').put({ id: item.id, terms: searchTermsFor(item as never, a.textContent) });
      }
      await tx.done;
      old.close();

      const t0 = performance.now();
      const r = await repo();
      const upgradeMs = performance.now() - t0;
      expect(r.db.version).toBe(DB_VERSION);
      expect(await r.count()).toBe(N);
      expect(await r.db.count('contents')).toBe(N);
      expect(await r.db.count('images')).toBe(N / 10);
      expect(await r.db.count('search')).toBe(N);
      expect((await r.db.getAllKeysFromIndex('items', 'updatedAt')).length).toBe(N);
      const item777 = (await r.get('old-777'))!;
      expect(item777).toMatchObject({ title: article(777).title, read: false, favourite: true, progress: 0.77, updatedAt: 1_700_000_000_777, imagesMissing: 0 });
      expect((await r.getFull('old-770'))!.images[0]!.blob.size).toBe(256);
      const idx = createSearchIndex();
      await r.eachSearchRecord(200, (recs) => recs.forEach((s) => idx.add(s.id, s.terms)));
      expect([...idx.search('слово777x')!]).toEqual(['old-777']);
      console.info(`[hostile] upgrade v${from}→v${DB_VERSION} of ${N} articles: ${upgradeMs.toFixed(0)} ms (fake-indexeddb)`);
      r.db.close();
    });
  }
});

describe('quota exhausted', () => {
  it('a save that runs out of space fails as "quota" with a clear message, and the list stays exactly as it was', async () => {
    const r = await repo();
    for (let n = 0; n < 5; n++) await r.saveArticle({ article: article(n), images: [{ url: `https://news.example.kz/img/${n}.png`, blob: png(n) }], imageCount: 1, now: 1000 + n });
    const before = await snapshot(r);

    // The browser refuses the write the moment the image is stored (as Chromium does when the origin's quota is gone).
    const proto = Object.getPrototypeOf(r.db.transaction('images', 'readonly').objectStore('images')) as { put: (...a: unknown[]) => unknown };
    const realPut = proto.put;
    proto.put = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'images') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    try {
      const err = await r.saveArticle({ article: article(99), images: [{ url: 'https://news.example.kz/img/99.png', blob: png(99) }], imageCount: 1 }).catch((e) => e);
      expect(err).toBeInstanceOf(ReadingListError);
      expect((err as ReadingListError).reason).toBe('quota');
      // Re-saving an existing article under quota pressure must not lose the stored copy either.
      const err2 = await r.saveArticle({ article: article(2, { title: 'changed' }), images: [{ url: 'https://news.example.kz/img/2.png', blob: png(7) }], imageCount: 1 }).catch((e) => e);
      expect((err2 as ReadingListError).reason).toBe('quota');
    } finally {
      proto.put = realPut;
    }
    expect(await snapshot(r)).toEqual(before);
    // What the reader's Save button and the page toast show for it (locales/en.yml saveErrorQuota).
    expect(saveTextKey({ ok: false, reason: 'quota' }).key).toBe('saveErrorQuota');
  });
});

describe('an interrupted save is all or nothing', () => {
  it('a transaction aborted after some images were written leaves no trace', async () => {
    const r = await repo();
    await r.saveArticle({ article: article(1), images: [], imageCount: 0, now: 1 });
    const before = await snapshot(r);
    const images = Array.from({ length: 8 }, (_, i) => ({ url: `https://news.example.kz/img/x${i}.png`, blob: png(i) }));
    const proto = Object.getPrototypeOf(r.db.transaction('images', 'readonly').objectStore('images')) as { put: (...a: unknown[]) => unknown; transaction: IDBTransaction };
    const realPut = proto.put;
    let puts = 0;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      const req = realPut.apply(this, args);
      // The worker dies after the fourth image: the transaction never commits.
      if (this.name === 'images' && ++puts === 4) this.transaction.abort();
      return req;
    };
    try {
      await expect(r.saveArticle({ article: article(2), images, imageCount: images.length })).rejects.toBeInstanceOf(ReadingListError);
    } finally {
      proto.put = realPut;
    }
    expect(puts).toBe(4);
    expect(await snapshot(r)).toEqual(before);
  });
});

describe('five savers at once', () => {
  it('five connections saving the same article (other tracking links) and five others at once: no duplicates, nothing lost', async () => {
    const repos = await Promise.all(Array.from({ length: 5 }, () => repo()));
    const same = repos.map((r, i) => r.saveArticle({ article: article(1, { url: `https://www.news.example.kz/2025/1/article-1?utm_campaign=${i}&fbclid=${i}` }), images: [{ url: 'https://news.example.kz/img/1.png', blob: png(i) }], imageCount: 1 }));
    const others = repos.map((r, i) => r.saveArticle({ article: article(100 + i), images: [], imageCount: 0 }));
    const results = await Promise.all([...same, ...others]);
    expect(new Set(results.slice(0, 5).map((x) => x.id)).size).toBe(1);
    expect(results.slice(0, 5).filter((x) => !x.updated)).toHaveLength(1);
    const all = await repos[0]!.all();
    expect(all).toHaveLength(6);
    expect(new Set(all.map((i) => i.normalizedUrl)).size).toBe(6);
    // One image set for the one article: the last writer's, never a mix of five.
    expect(await repos[0]!.db.count('images')).toBe(1);
  });
});

describe('export → wipe → import', () => {
  it('gives back every field of every article and every image byte', async () => {
    let r = await repo();
    const N = 40;
    for (let n = 0; n < N; n++) {
      const images = n % 3 === 0 ? [] : [{ url: `https://news.example.kz/img/${n}.png`, blob: png(n) }, { url: `https://cdn.example.com/${n}.webp`, blob: new Blob([new Uint8Array([0, 255, 1, 254, n])], { type: 'image/webp' }) }];
      await r.saveArticle({ article: article(n), images, imageCount: images.length + (n % 2), now: 1_700_000_000_000 + n * 1000 });
    }
    await r.saveLink('https://pending.example.com/later?id=1', undefined, 1_700_000_999_000);
    const ids = (await r.all()).map((i) => i.id);
    await r.update(ids.slice(0, 10), { read: true, favourite: true, tags: ['экономика', 'b', 'a'] });
    await r.update(ids.slice(10, 15), { archived: true, progress: 0.333 });
    await r.setProgress(ids[20]!, 0.42);
    const before = await snapshot(r);

    const parts = [jsonHeader(await r.count())];
    let k = 0;
    await r.eachFull(7, async (a) => {
      parts.push((k++ ? ',\n' : '') + (await articleToJson(a)));
    });
    parts.push(JSON_FOOTER);
    const file = new TextDecoder().decode(await new Blob(parts).arrayBuffer());

    r.db.close();
    await new Promise<void>((ok, fail) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = () => ok();
      req.onerror = () => fail(req.error);
    });
    r = await repo();
    expect(await r.count()).toBe(0);

    const batch = parseImportFile(file, 'taza-reading-list.json', () => {
      throw new Error('no HTML here');
    });
    const summary = await r.importRecords(batch.records);
    expect(summary).toEqual({ added: N + 1, updated: 0, unchanged: 0 });
    const after = await snapshot(r);
    expect(after.items).toEqual(before.items);
    expect(after.contents.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.contents.sort((a, b) => a.id.localeCompare(b.id)));
    expect(after.images.sort((a, b) => a.key.localeCompare(b.key))).toEqual(before.images.sort((a, b) => a.key.localeCompare(b.key)));
    expect(after.search.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.search.sort((a, b) => a.id.localeCompare(b.id)));
    // Importing the same file again changes nothing.
    expect(await r.importRecords(batch.records)).toEqual({ added: 0, updated: 0, unchanged: N + 1 });
  });
});
