import { describe, expect, it } from 'vitest';
import { cleanUrl, isPlausibleCanonical, normalizeUrl } from '@/utils/reading-list/url';

describe('normalizeUrl (dedupe key)', () => {
  it('drops utm_*, fbclid, yclid, gclid and the fragment', () => {
    const a = normalizeUrl('https://www.Tengrinews.kz/news/abc-123/?utm_source=fb&utm_medium=social&fbclid=X#top');
    const b = normalizeUrl('http://tengrinews.kz/news/abc-123?yclid=1&gclid=2');
    expect(a).toBe('tengrinews.kz/news/abc-123');
    expect(b).toBe(a);
  });
  it('keeps meaningful parameters, in a stable order', () => {
    expect(normalizeUrl('https://x.kz/a?id=2&page=1&utm_campaign=z')).toBe(normalizeUrl('https://x.kz/a?page=1&id=2'));
    expect(normalizeUrl('https://x.kz/a?id=2')).not.toBe(normalizeUrl('https://x.kz/a?id=3'));
  });
  it('prefers a plausible canonical link', () => {
    expect(normalizeUrl('https://m.x.kz/a/1?ref=tg', 'https://x.kz/a/1')).toBe('x.kz/a/1');
    expect(normalizeUrl('https://x.kz/amp/a/1', '/a/1')).toBe('x.kz/a/1');
  });
  it('ignores canonicals to another site or to the home page', () => {
    expect(isPlausibleCanonical('https://x.kz/a/1', 'https://other.com/a/1')).toBe(false);
    expect(isPlausibleCanonical('https://x.kz/a/1', 'https://x.kz/')).toBe(false);
    expect(normalizeUrl('https://x.kz/a/1', 'https://x.kz/')).toBe('x.kz/a/1');
    expect(normalizeUrl('https://x.kz/a/1', 'javascript:alert(1)')).toBe('x.kz/a/1');
  });
  it('cleanUrl removes trackers but keeps the fragment', () => {
    expect(cleanUrl('https://x.kz/a?utm_source=1&q=2#p3')).toBe('https://x.kz/a?q=2#p3');
  });
});
