/**
 * Reading-list test helpers: a fresh fake IndexedDB per test and a sample Article.
 */
import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import type { Article } from '@/utils/extract/types';

export function freshIndexedDb(): void {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
}

export function sampleArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.kz/economy/tenge-2025?utm_source=tg&fbclid=abc#comments',
    title: 'Курс тенге укрепился',
    byline: 'Айгерім Сәрсенова',
    siteName: 'Example News',
    lang: 'ru',
    dir: 'ltr',
    publishedTime: '2025-03-01T10:00:00.000Z',
    excerpt: 'Национальный банк сообщил об укреплении тенге.',
    content:
      '<p>Национальный банк сообщил об укреплении тенге.</p><figure><img src="https://news.example.kz/img/chart.png" alt="График"></figure>' +
      '<p>Экономисты ожидают стабильности.</p><img src="https://cdn.example.com/a.jpg?w=800&amp;h=600">',
    textContent: 'Национальный банк сообщил об укреплении тенге.\n\nЭкономисты ожидают стабильности.',
    wordCount: 9,
    readingMinutes: 1,
    leadImage: null,
    removed: { ads: 0, gambling: 0, boilerplate: 0 },
    ...over,
  };
}

/** A blob that survives structured cloning in Node (fake-indexeddb uses Node's structuredClone). */
export function pngBlob(bytes = [137, 80, 78, 71, 13, 10, 26, 10]): Blob {
  // jsdom's Blob does not survive Node's structuredClone (fake-indexeddb); Node's own Blob does, like a browser's.
  return new NodeBlob([new Uint8Array(bytes)], { type: 'image/png' }) as unknown as Blob;
}
