import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { createRepository } from '@/utils/reading-list/repository';
import { DB_NAME, DB_VERSION, MIGRATIONS, openReadingListDb, ReadingListError, searchTermsFor } from '@/utils/reading-list/schema';
import { createSearchIndex } from '@/utils/reading-list/search';
import { freshIndexedDb, pngBlob, sampleArticle } from './helpers';

beforeEach(freshIndexedDb);

async function repo() {
  return createRepository(await openReadingListDb());
}

describe('saving', () => {
  it('stores the article, its content, images and search terms together', async () => {
    const r = await repo();
    const res = await r.saveArticle({ article: sampleArticle(), images: [{ url: 'https://news.example.kz/img/chart.png', blob: pngBlob() }], imageCount: 2, now: 1000 });
    expect(res.updated).toBe(false);
    const full = (await r.getFull(res.id))!;
    expect(full.item).toMatchObject({
      status: 'complete',
      normalizedUrl: 'news.example.kz/economy/tenge-2025',
      title: 'Курс тенге укрепился',
      savedAt: 1000,
      read: false,
      imageCount: 2,
      imagesMissing: 1,
      siteKey: 'example news',
    });
    expect(full.content!.textContent).toContain('Экономисты');
    expect(full.images).toHaveLength(1);
    expect(full.images[0]!.url).toBe('https://news.example.kz/img/chart.png');
    expect(new Uint8Array(await full.images[0]!.blob.arrayBuffer())[1]).toBe(80);
    const idx = createSearchIndex();
    await r.eachSearchRecord(10, (recs) => recs.forEach((s) => idx.add(s.id, s.terms)));
    expect([...idx.search('экономистов')!]).toEqual([res.id]);
    expect([...idx.search('сәрсенова')!]).toEqual([res.id]);
  });

  it('saving the same article again (other trackers, canonical) updates it instead of duplicating', async () => {
    const r = await repo();
    const first = await r.saveArticle({ article: sampleArticle(), images: [], imageCount: 0, now: 1000 });
    await r.update([first.id], { favourite: true, tags: ['экономика'] });
    const again = await r.saveArticle({
      article: sampleArticle({ url: 'https://m.news.example.kz/economy/tenge-2025?yclid=9', title: 'Курс тенге укрепился (обновлено)' }),
      canonical: 'https://news.example.kz/economy/tenge-2025',
      images: [{ url: 'https://news.example.kz/img/chart.png', blob: pngBlob() }],
      imageCount: 1,
      now: 2000,
    });
    expect(again).toMatchObject({ id: first.id, updated: true });
    expect(await r.count()).toBe(1);
    const item = (await r.get(first.id))!;
    expect(item).toMatchObject({ title: 'Курс тенге укрепился (обновлено)', savedAt: 1000, updatedAt: 2000, favourite: true, tags: ['экономика'] });
  });

  it('rejects something that is not an article and stores nothing', async () => {
    const r = await repo();
    await expect(r.saveArticle({ article: { url: 'javascript:1' } as never, images: [], imageCount: 0 })).rejects.toBeInstanceOf(ReadingListError);
    expect(await r.count()).toBe(0);
  });

  it('a failing write stores no partial article (all four stores roll back)', async () => {
    const r = await repo();
    // A Blob-like value that cannot be cloned makes the image put throw mid-transaction.
    await expect(
      r.saveArticle({ article: sampleArticle(), images: [{ url: 'https://x/y.png', blob: (() => 1) as unknown as Blob }], imageCount: 1 }),
    ).rejects.toBeInstanceOf(ReadingListError);
    expect(await r.count()).toBe(0);
    expect(await r.db.count('contents')).toBe(0);
    expect(await r.db.count('search')).toBe(0);
    expect(await r.db.count('images')).toBe(0);
  });

  it('saves links as pending items, once', async () => {
    const r = await repo();
    const a = await r.saveLink('https://x.kz/a?utm_source=1', 'A link', 5);
    const b = await r.saveLink('https://x.kz/a', 'again', 6);
    expect(b).toMatchObject({ id: a.id, updated: true });
    expect((await r.get(a.id))!).toMatchObject({ status: 'pending', title: 'A link', readingMinutes: 0 });
    // Opening it later stores the fetched content in the same record.
    const done = await r.completePending(a.id, { article: sampleArticle({ url: 'https://x.kz/a' }), images: [], imageCount: 0 });
    expect(done).toMatchObject({ id: a.id, status: 'complete', title: 'Курс тенге укрепился' });
  });
});

describe('state, progress, delete and undo', () => {
  it('updates state in bulk and tracks progress; finishing marks read', async () => {
    const r = await repo();
    const a = await r.saveArticle({ article: sampleArticle(), images: [], imageCount: 0 });
    const b = await r.saveArticle({ article: sampleArticle({ url: 'https://x.kz/b' }), images: [], imageCount: 0 });
    const updated = await r.update([a.id, b.id], { archived: true, tags: [' a ', 'b', 'a'] });
    expect(updated.map((i) => [i.archived, i.archivedFlag, i.tags])).toEqual([
      [true, 1, ['a', 'b']],
      [true, 1, ['a', 'b']],
    ]);
    expect((await r.setProgress(a.id, 0.4))!).toMatchObject({ progress: 0.4, read: false });
    expect((await r.setProgress(a.id, 1, 777))!).toMatchObject({ progress: 1, read: true, readAt: 777, readFlag: 1 });
    expect((await r.setProgress(a.id, 7))!.progress).toBe(1);
  });

  it('delete returns a snapshot that restores everything exactly', async () => {
    const r = await repo();
    const a = await r.saveArticle({ article: sampleArticle(), images: [{ url: 'https://news.example.kz/img/chart.png', blob: pngBlob() }], imageCount: 1 });
    const before = await r.getFull(a.id);
    const snap = await r.remove([a.id]);
    expect(await r.count()).toBe(0);
    expect(await r.db.count('images')).toBe(0);
    await r.restore(snap);
    const after = await r.getFull(a.id);
    expect(after!.item).toEqual(before!.item);
    expect(after!.content).toEqual(before!.content);
    expect(after!.images.map((i) => i.key)).toEqual(before!.images.map((i) => i.key));
    expect(await r.db.count('search')).toBe(1);
  });

  it('lists the first cards in each sort order', async () => {
    const r = await repo();
    for (const [i, site, minutes] of [[1, 'b.kz', 5], [2, 'a.kz', 9], [3, 'c.kz', 1]] as const) {
      await r.saveArticle({ article: sampleArticle({ url: `https://${site}/${i}`, siteName: null, readingMinutes: minutes }), images: [], imageCount: 0, now: i * 1000 });
    }
    const urls = async (s: 'newest' | 'oldest' | 'site' | 'time') => (await r.first(2, s)).map((i) => i.url);
    expect(await urls('newest')).toEqual(['https://c.kz/3', 'https://a.kz/2']);
    expect(await urls('oldest')).toEqual(['https://b.kz/1', 'https://a.kz/2']);
    expect(await urls('site')).toEqual(['https://a.kz/2', 'https://b.kz/1']);
    expect(await urls('time')).toEqual(['https://c.kz/3', 'https://b.kz/1']);
  });
});

describe('schema', () => {
  it('upgrades from every earlier version, keeping the data and filling what is new', async () => {
    for (let from = 1; from < DB_VERSION; from++) {
      freshIndexedDb();
      // Create the database as version `from` left it, with one article.
      const old = await openDB(DB_NAME, from, {
        async upgrade(db, oldV, _newV, tx) {
          for (let v = oldV; v < from; v++) await MIGRATIONS[v]!(db as never, tx as never);
        },
      });
      const legacy: Record<string, unknown> = {
        id: 'old-1', url: 'https://x.kz/old', normalizedUrl: 'x.kz/old', status: 'complete', title: 'Старая статья про экономику',
        byline: null, siteName: 'X', lang: 'ru', dir: 'ltr', publishedTime: null, excerpt: null, wordCount: 3, readingMinutes: 1,
        leadImage: null, savedAt: 42, read: false, readAt: null, favourite: true, archived: false, tags: ['t'], progress: 0.5,
        imageCount: 0, siteKey: 'x', readFlag: 0, favouriteFlag: 1, archivedFlag: 0,
      };
      if (from >= 3) Object.assign(legacy, { updatedAt: 42, imagesMissing: 0 });
      await old.put('items' as never, legacy as never);
      await old.put('contents' as never, { id: 'old-1', content: '<p>Текст о бюджете</p>', textContent: 'Текст о бюджете' } as never);
      // From version 2 on, the repository of that version wrote the search record with the article.
      if (from >= 2) await old.put('search' as never, { id: 'old-1', terms: searchTermsFor(legacy as never, 'Текст о бюджете') } as never);
      old.close();

      const r = createRepository(await openReadingListDb());
      expect(r.db.version).toBe(DB_VERSION);
      const item = (await r.get('old-1'))!;
      expect(item).toMatchObject({ title: 'Старая статья про экономику', favourite: true, progress: 0.5, updatedAt: 42, imagesMissing: 0 });
      const idx = createSearchIndex();
      await r.eachSearchRecord(5, (recs) => recs.forEach((s) => idx.add(s.id, s.terms)));
      expect([...idx.search('бюджета')!], `search back-filled from v${from}`).toEqual(['old-1']);
      expect(await r.db.getAllKeysFromIndex('items', 'updatedAt')).toEqual(['old-1']);
      r.db.close();
    }
  });

  it('fails with "blocked" when an older page keeps the database open', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db, o, n, tx) => void MIGRATIONS[0]!(db as never, tx as never) });
    // `old` has no versionchange handler, like a page of an older extension version that does not step aside.
    await expect(openReadingListDb({ blockedTimeoutMs: 50 })).rejects.toMatchObject({ reason: 'blocked' });
    old.close();
  });

  it('steps aside when a newer version needs the database', async () => {
    let closed = false;
    await openReadingListDb({ onClosedForUpgrade: () => (closed = true) });
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(closed).toBe(true);
    newer.close();
  });
});
