import { beforeEach, describe, expect, it } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { createRepository } from '@/utils/reading-list/repository';
import { openReadingListDb } from '@/utils/reading-list/schema';
import { ImportError, parseImportFile } from '@/utils/reading-list/formats';
import { articleToJson, JSON_FOOTER, jsonHeader } from '@/utils/reading-list/formats/json';
import { exportCsv, exportNetscape } from '@/utils/reading-list/formats/links';
import { parseCsv, toCsvRow } from '@/utils/reading-list/formats/csv';
import type { FullArticle } from '@/utils/reading-list/types';
import { freshIndexedDb, pngBlob, sampleArticle } from './helpers';

// The importer makes Blobs; jsdom's do not survive Node's structuredClone (fake-indexeddb), Node's do (as in browsers).
(globalThis as { Blob: unknown }).Blob = NodeBlob;

const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');
const parse = (text: string, name: string) => parseImportFile(text, name, html);

beforeEach(freshIndexedDb);

async function exportJson(r: Awaited<ReturnType<typeof repoWithTwo>>): Promise<string> {
  const parts: string[] = [jsonHeader(await r.count(), 0)];
  let n = 0;
  await r.eachFull(1, async (a: FullArticle) => void parts.push((n++ ? ',\n' : '') + (await articleToJson(a))));
  return parts.join('') + JSON_FOOTER;
}

async function repoWithTwo() {
  const r = createRepository(await openReadingListDb());
  const a = await r.saveArticle({ article: sampleArticle(), images: [{ url: 'https://news.example.kz/img/chart.png', blob: pngBlob([1, 2, 3, 250]) }], imageCount: 2, now: 1000 });
  await r.update([a.id], { favourite: true, tags: ['экономика', 'kz'], progress: 0.3 });
  await r.saveLink('https://example.com/later', 'Read later', 2000);
  return r;
}

describe('our JSON', () => {
  it('round-trips losslessly (content, images, tags, state, progress) into an empty library', async () => {
    const r1 = await repoWithTwo();
    const text = await exportJson(r1);
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'taza-reading-list', version: 1, count: 2 });
    const before = await r1.all();
    const beforeFull = await r1.getFull(before.find((i) => i.status === 'complete')!.id);
    r1.db.close();

    freshIndexedDb();
    const r2 = createRepository(await openReadingListDb());
    const batch = parse(text, 'export.json');
    expect(batch.format).toBe('taza-json');
    expect(await r2.importRecords(batch.records)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const after = await r2.all();
    expect(after.sort((a, b) => a.savedAt - b.savedAt)).toEqual(before.sort((a, b) => a.savedAt - b.savedAt));
    const afterFull = (await r2.getFull(beforeFull!.item.id))!;
    expect(afterFull.content).toEqual(beforeFull!.content);
    expect(afterFull.images.map((i) => i.url)).toEqual(['https://news.example.kz/img/chart.png']);
    expect([...new Uint8Array(await afterFull.images[0]!.blob.arrayBuffer())]).toEqual([1, 2, 3, 250]);
    expect(afterFull.images[0]!.blob.type).toBe('image/png');
  });

  it('is idempotent: importing the same file twice changes nothing', async () => {
    const r = await repoWithTwo();
    const text = await exportJson(r);
    const snapshot = JSON.stringify(await r.all());
    expect(await r.importRecords(parse(text, 'x.json').records)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await r.importRecords(parse(text, 'x.json').records)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(JSON.stringify(await r.all())).toBe(snapshot);
    expect(await r.db.count('images')).toBe(1);
  });

  it('rejects corrupt, foreign and newer files, and a bad record aborts the whole import', async () => {
    const r = await repoWithTwo();
    const text = await exportJson(r);
    expect(() => parse(text.slice(0, text.length / 2), 'x.json')).toThrow(ImportError);
    expect(() => parse('{"hello":1}', 'x.json')).toThrowError(/foreign/);
    expect(() => parse(text.replace('"version":1', '"version":9'), 'x.json')).toThrowError(/newer-version/);
    expect(() => parse('\u0000\u0001PK', 'x.zip')).toThrowError(/foreign/);
    const broken = JSON.parse(text);
    broken.articles.push({ ...broken.articles[0], id: 'z', url: 'ftp://nope' });
    expect(() => parse(JSON.stringify(broken), 'x.json')).toThrowError(/article 3: bad url/);
    expect(await r.count()).toBe(2);
  });
});

describe('link formats', () => {
  it('Pocket HTML export: unread and archive, tags, time added', () => {
    const b = parse(
      `<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
<h1>Unread</h1><ul>
<li><a href="https://tengrinews.kz/a?utm_source=pocket" time_added="1700000000" tags="kz,news">Статья А</a></li>
</ul>
<h1>Read Archive</h1><ul>
<li><a href="https://example.com/b" time_added="1600000000" tags="_favorite">B</a></li>
</ul></body></html>`,
      'ril_export.html',
    );
    expect(b.format).toBe('pocket-html');
    expect(b.records).toEqual([
      { url: 'https://tengrinews.kz/a?utm_source=pocket', title: 'Статья А', savedAt: 1700000000000, tags: ['kz', 'news'], archived: false, read: false, favourite: false },
      { url: 'https://example.com/b', title: 'B', savedAt: 1600000000000, tags: [], archived: true, read: true, favourite: true },
    ]);
  });

  it('Pocket CSV export', () => {
    const b = parse('title,url,time_added,cursor,tags,status\r\n"Hello, world",https://x.kz/1,1700000000,abc,a|b,unread\r\nDone,https://x.kz/2,1600000000,,,archive\r\n', 'part_000000.csv');
    expect(b.format).toBe('pocket-csv');
    expect(b.records.map((r) => [r.title, r.tags, r.archived])).toEqual([
      ['Hello, world', ['a', 'b'], false],
      ['Done', [], true],
    ]);
  });

  it('Instapaper CSV: old columns and new columns (Timestamp, Tags)', () => {
    const old = parse('URL,Title,Selection,Folder\nhttps://x.kz/1,One,,Unread\nhttps://x.kz/2,Two,"quote, with comma",Starred\nhttps://x.kz/3,Three,,Kazakh news\n', 'instapaper-export.csv');
    expect(old.format).toBe('instapaper-csv');
    expect(old.records.map((r) => [r.title, r.favourite, r.archived, r.tags, r.savedAt])).toEqual([
      ['One', false, false, [], undefined],
      ['Two', true, false, [], undefined],
      ['Three', false, false, ['Kazakh news'], undefined],
    ]);
    const neu = parse('URL,Title,Selection,Folder,Timestamp,Tags\nhttps://x.kz/4,Four,,Archive,1700000000,"[""a"",""b""]"\n', 'instapaper-export.csv');
    expect(neu.records[0]).toMatchObject({ title: 'Four', archived: true, read: true, savedAt: 1700000000000, tags: ['a', 'b'] });
  });

  it('Netscape bookmarks: links become unread pending items, folders become tags', async () => {
    const b = parse(
      `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
  <DT><H3 PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>
  <DL><p>
    <DT><H3>Новости</H3>
    <DL><p>
      <DT><A HREF="https://kz.kursiv.media/a" ADD_DATE="1700000000" TAGS="эко">Курсив</A>
    </DL><p>
    <DT><A HREF="javascript:void(0)">bookmarklet</A>
    <DT><A HREF="https://example.com/" ADD_DATE="1600000000">Example</A>
  </DL><p>
</DL><p>`,
      'bookmarks.html',
    );
    expect(b.format).toBe('netscape');
    expect(b.records).toEqual([
      { url: 'https://kz.kursiv.media/a', title: 'Курсив', savedAt: 1700000000000, tags: ['эко', 'Новости'] },
      { url: 'https://example.com/', title: 'Example', savedAt: 1600000000000, tags: [] },
    ]);
    const r = createRepository(await openReadingListDb());
    expect(await r.importRecords(b.records)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await r.importRecords(b.records)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await r.all()).every((i) => i.status === 'pending' && !i.read)).toBe(true);
  });

  it('our bookmarks and CSV exports import back', async () => {
    const r = await repoWithTwo();
    const items = await r.all();
    const bm = parse(exportNetscape(items), 'taza.html');
    expect(bm.records.map((x) => x.url).sort()).toEqual(items.map((i) => i.url).sort());
    const csv = parse(exportCsv(items), 'taza.csv');
    expect(csv.format).toBe('csv');
    const fav = csv.records.find((x) => x.url === sampleArticle().url)!;
    expect(fav).toMatchObject({ favourite: true, tags: ['kz', 'экономика'], progress: 0.3 });
    // Re-importing our own exports into the same library changes nothing.
    expect(await r.importRecords(csv.records)).toMatchObject({ added: 0, updated: 0 });
  });

  it('foreign or corrupt link files give a clear reason and nothing is written', async () => {
    expect(() => parse('name,age\nBob,3\n', 'people.csv')).toThrowError(/foreign/);
    expect(() => parse('url,title\n"https://x.kz/a,broken\n', 'x.csv')).toThrowError(/corrupt/);
    expect(() => parse('url,title\nnot a url,x\n', 'x.csv')).toThrowError(/corrupt: row 2/);
    expect(() => parse('<html><body><p>hi</p></body></html>', 'page.html')).toThrowError(/foreign/);
    expect(() => parse('<!DOCTYPE NETSCAPE-Bookmark-file-1><DL></DL>', 'b.html')).toThrowError(/empty/);
    expect(() => parse('just some text', 'notes.txt')).toThrowError(/foreign/);
  });

  it('CSV writer escapes quotes, commas, newlines and spreadsheet formulas', () => {
    const row = toCsvRow(['a"b', 'c,d', 'e\nf', '=SUM(A1)', 1, true]);
    expect(parseCsv(row)).toEqual([['a"b', 'c,d', 'e\nf', "'=SUM(A1)", '1', 'true']]);
  });
});
