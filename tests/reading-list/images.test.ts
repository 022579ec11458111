import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, foreignImageOrigins, imageUrlsOf, useLocalImages } from '@/utils/reading-list/images';
import { saveTextKey } from '@/utils/reading-list/save-text';
import { sampleArticle } from './helpers';

describe('article images', () => {
  it('lists the http(s) <img src> of sanitized HTML once each, entities decoded', () => {
    const a = sampleArticle();
    expect(imageUrlsOf(a.content + '<img src="data:image/png;base64,AA"><img src="https://news.example.kz/img/chart.png">')).toEqual([
      'https://news.example.kz/img/chart.png',
      'https://cdn.example.com/a.jpg?w=800&h=600',
    ]);
    expect(foreignImageOrigins(a.url, a.content)).toEqual(['https://cdn.example.com']);
  });

  it('points images at local copies and drops srcset/<source> so nothing is fetched', () => {
    const doc = document.implementation.createHTMLDocument('');
    const html =
      '<picture><source srcset="https://x/a.webp"><img src="https://x/a.jpg" srcset="https://x/a2.jpg 2x" sizes="100vw"></picture><img src="https://x/b.jpg">';
    const out = useLocalImages(doc, html, (u) => (u === 'https://x/a.jpg' ? 'data:image/jpeg;base64,AA' : undefined));
    expect(out).toBe('<picture><img src="data:image/jpeg;base64,AA"></picture><img src="https://x/b.jpg">');
  });

  it('base64 round-trips bytes', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});

describe('save confirmation text', () => {
  it('says saved, updated, without images, or why not', () => {
    const ok = { ok: true as const, id: 'x', updated: false, imageCount: 2, imagesMissing: 0, title: 't' };
    expect(saveTextKey(ok)).toEqual({ key: 'saveDone' });
    expect(saveTextKey({ ...ok, updated: true })).toEqual({ key: 'saveUpdated' });
    expect(saveTextKey({ ...ok, imagesMissing: 2 })).toEqual({ key: 'saveDoneWithoutImages', subs: ['2'] });
    expect(saveTextKey(ok, true)).toEqual({ key: 'saveLinkDone' });
    expect(saveTextKey({ ok: false, reason: 'quota' })).toEqual({ key: 'saveErrorQuota' });
    expect(saveTextKey({ ok: false, reason: 'blocked' })).toEqual({ key: 'saveErrorBlocked' });
    expect(saveTextKey({ ok: false, reason: 'no-content' })).toEqual({ key: 'saveErrorNoContent' });
  });
});
