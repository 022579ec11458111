/**
 * Reader page, saved mode: the local copy of a reading-list article (extension page: opens the reading list's
 * IndexedDB directly). Images come from their stored Blobs as data: URLs — nothing is fetched from the network —
 * and the HTML is sanitized again by ArticleView like any other article.
 */
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/extract/types';
import { createRepository, type ReadingListRepository } from '@/utils/reading-list/repository';
import { openReadingListDb } from '@/utils/reading-list/schema';
import { imageUrlsOf, useLocalImages } from '@/utils/reading-list/images';
import type { FetchedImage, FullArticle, SavedItem } from '@/utils/reading-list/types';

export type SavedLoad =
  | { kind: 'article'; item: SavedItem; article: Article }
  | { kind: 'pending'; item: SavedItem }
  | { kind: 'missing' };

let repo: Promise<ReadingListRepository> | null = null;
export function openRepository(): Promise<ReadingListRepository> {
  repo ??= openReadingListDb({ onClosedForUpgrade: () => (repo = null) })
    .then(createRepository)
    .catch((error) => {
      repo = null;
      throw error;
    });
  return repo;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

async function toArticle(full: FullArticle): Promise<Article> {
  const { item, content } = full;
  const local = new Map<string, string>();
  for (const img of full.images) local.set(img.url, await dataUrl(img.blob));
  // An inert document: images in it are never loaded.
  const inert = document.implementation.createHTMLDocument('');
  const html = local.size ? useLocalImages(inert, content?.content ?? '', (u) => local.get(u)) : (content?.content ?? '');
  return {
    url: item.url,
    title: item.title,
    byline: item.byline,
    siteName: item.siteName,
    lang: item.lang,
    dir: item.dir,
    publishedTime: item.publishedTime,
    excerpt: item.excerpt,
    content: html,
    textContent: content?.textContent ?? '',
    wordCount: item.wordCount,
    readingMinutes: item.readingMinutes,
    leadImage: null,
    removed: { ads: 0, gambling: 0, boilerplate: 0 },
  };
}

export async function loadSavedArticle(id: string): Promise<SavedLoad> {
  const r = await openRepository();
  const full = await r.getFull(id);
  if (!full) return { kind: 'missing' };
  if (full.item.status === 'pending' || !full.content) return { kind: 'pending', item: full.item };
  return { kind: 'article', item: full.item, article: await toArticle(full) };
}

function decode(buf: ArrayBuffer, contentType: string | null): string {
  const bytes = new Uint8Array(buf);
  let charset = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * A pending link, opened for the first time: fetch the page (with the permission for its site, asked for here,
 * inside the user's click), extract the article with the same pipeline as the reader, keep its images, store it.
 */
export async function downloadPending(item: SavedItem): Promise<SavedLoad> {
  const origin = new URL(item.url).origin;
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
  if (!granted) throw new Error(new URL(item.url).host);
  const res = await fetch(item.url, { credentials: 'omit' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const html = decode(await res.arrayBuffer(), res.headers.get('content-type'));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { extractArticle } = await import('@/utils/extract');
  const result = extractArticle(doc, { url: res.url || item.url, force: true });
  if (!result.ok) throw new Error(result.reason);
  const urls = imageUrlsOf(result.article.content);
  const images: FetchedImage[] = [];
  for (const u of urls) {
    try {
      if (!(await browser.permissions.contains({ origins: [`${new URL(u).origin}/*`] }))) continue;
      const r = await fetch(u, { credentials: 'omit' });
      const blob = await r.blob();
      if (r.ok && /^image\//.test(blob.type)) images.push({ url: u, blob });
    } catch {
      /* kept as a remote image */
    }
  }
  const canonical = (doc.querySelector('link[rel~="canonical"][href]') as HTMLLinkElement | null)?.getAttribute('href') ?? null;
  const r = await openRepository();
  const stored = await r.completePending(item.id, { article: result.article, canonical: canonical ? new URL(canonical, item.url).href : null, images, imageCount: urls.length });
  return loadSavedArticle(stored.id);
}
