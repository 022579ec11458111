/**
 * Reading list: our lossless JSON format (documented in ../FORMAT.md). Pure.
 *
 *   { "format": "taza-reading-list", "version": 1, "exportedAt": ISO, "count": n, "articles": [ … ] }
 *
 * Export is produced as a sequence of string parts (header, one part per article, footer) so that the caller can
 * stream them into a Blob without ever holding the whole library as one string.
 */
import type { FullArticle, SavedItem } from '../types';
import type { ImportRecord } from '../repository';
import { base64ToBytes, bytesToBase64 } from '../images';
import { ImportError, type ImportBatch } from './types';

export const JSON_FORMAT = 'taza-reading-list';
export const JSON_VERSION = 1;

export interface JsonImage {
  url: string;
  type: string;
  /** base64 of the bytes */
  data: string;
}

export interface JsonArticle {
  id: string;
  url: string;
  normalizedUrl: string;
  status: SavedItem['status'];
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
  savedAt: string;
  updatedAt: string;
  state: { read: boolean; readAt: string | null; favourite: boolean; archived: boolean; tags: string[]; progress: number };
  imageCount: number;
  imagesMissing: number;
  content: string | null;
  textContent: string | null;
  images: JsonImage[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function jsonHeader(count: number, now = Date.now()): string {
  return `{"format":"${JSON_FORMAT}","version":${JSON_VERSION},"exportedAt":"${new Date(now).toISOString()}","count":${count},"articles":[\n`;
}
export const JSON_FOOTER = '\n]}\n';

export async function articleToJson(a: FullArticle): Promise<string> {
  const it = a.item;
  const images: JsonImage[] = [];
  for (const img of a.images) {
    images.push({ url: img.url, type: img.blob.type, data: bytesToBase64(new Uint8Array(await img.blob.arrayBuffer())) });
  }
  const out: JsonArticle = {
    id: it.id,
    url: it.url,
    normalizedUrl: it.normalizedUrl,
    status: it.status,
    title: it.title,
    byline: it.byline,
    siteName: it.siteName,
    lang: it.lang,
    dir: it.dir,
    publishedTime: it.publishedTime,
    excerpt: it.excerpt,
    wordCount: it.wordCount,
    readingMinutes: it.readingMinutes,
    leadImage: it.leadImage,
    savedAt: iso(it.savedAt)!,
    updatedAt: iso(it.updatedAt)!,
    state: { read: it.read, readAt: iso(it.readAt), favourite: it.favourite, archived: it.archived, tags: it.tags, progress: it.progress },
    imageCount: it.imageCount,
    imagesMissing: it.imagesMissing,
    content: a.content?.content ?? null,
    textContent: a.content?.textContent ?? null,
    images,
  };
  return JSON.stringify(out);
}

export function looksLikeTazaJson(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 300).includes(`"${JSON_FORMAT}"`);
}

function fail(i: number, what: string): never {
  throw new ImportError('corrupt', `article ${i + 1}: ${what}`);
}

function time(v: unknown, i: number, what: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) fail(i, `bad ${what}`);
  return t;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Parse and fully validate our JSON. Nothing is returned unless every article is valid. */
export function parseTazaJson(text: string): ImportBatch {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError('corrupt', String((error as Error).message));
  }
  const d = data as { format?: unknown; version?: unknown; articles?: unknown };
  if (!d || typeof d !== 'object' || d.format !== JSON_FORMAT) throw new ImportError('foreign', 'not a Taza Reader export');
  if (typeof d.version !== 'number' || d.version < 1) throw new ImportError('corrupt', 'missing version');
  if (d.version > JSON_VERSION) throw new ImportError('newer-version', `version ${d.version}`);
  if (!Array.isArray(d.articles)) throw new ImportError('corrupt', 'no "articles" list');
  const records: ImportRecord[] = d.articles.map((raw: unknown, i: number): ImportRecord => {
    const a = raw as Partial<JsonArticle>;
    if (!a || typeof a !== 'object') fail(i, 'not an object');
    if (typeof a.url !== 'string' || !/^(https?|file):/i.test(a.url)) fail(i, 'bad url');
    if (typeof a.title !== 'string') fail(i, 'bad title');
    if (a.status !== 'complete' && a.status !== 'pending') fail(i, 'bad status');
    const s = a.state;
    if (!s || typeof s !== 'object' || !Array.isArray(s.tags)) fail(i, 'bad state');
    if (a.status === 'complete' && (typeof a.content !== 'string' || typeof a.textContent !== 'string')) fail(i, 'missing content');
    const images = (Array.isArray(a.images) ? a.images : []).map((img, k) => {
      if (!img || typeof img.url !== 'string' || typeof img.data !== 'string') fail(i, `bad image ${k + 1}`);
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = base64ToBytes(img.data);
      } catch {
        fail(i, `bad image data ${k + 1}`);
      }
      return { url: img.url, blob: new Blob([bytes], { type: typeof img.type === 'string' ? img.type : '' }) };
    });
    const savedAt = time(a.savedAt, i, 'savedAt');
    return {
      url: a.url,
      full: {
        item: {
          id: typeof a.id === 'string' && a.id ? a.id : undefined,
          normalizedUrl: typeof a.normalizedUrl === 'string' ? a.normalizedUrl : undefined,
          url: a.url,
          status: a.status,
          title: a.title,
          byline: str(a.byline),
          siteName: str(a.siteName),
          lang: str(a.lang),
          dir: a.dir === 'rtl' ? 'rtl' : 'ltr',
          publishedTime: str(a.publishedTime),
          excerpt: str(a.excerpt),
          wordCount: Number(a.wordCount) || 0,
          readingMinutes: Number(a.readingMinutes) || 0,
          leadImage: str(a.leadImage),
          savedAt,
          updatedAt: a.updatedAt ? time(a.updatedAt, i, 'updatedAt') : savedAt,
          read: !!s.read,
          readAt: s.readAt ? time(s.readAt, i, 'readAt') : null,
          favourite: !!s.favourite,
          archived: !!s.archived,
          tags: s.tags.map(String),
          progress: Number(s.progress) || 0,
          imageCount: Number(a.imageCount) || images.length,
          imagesMissing: Number(a.imagesMissing) || 0,
        },
        content: typeof a.content === 'string' ? { content: a.content, textContent: a.textContent ?? '' } : null,
        images,
      },
    };
  });
  return { format: 'taza-json', records };
}
