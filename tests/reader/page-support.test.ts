import { describe, expect, it } from 'vitest';
import { getPageSupport, reasonFromInjectionError } from '@/utils/reader/page-support';

describe('getPageSupport', () => {
  it.each([
    ['https://optimism.kz/2024/04/18/article/', true],
    ['http://127.0.0.1:8787/ru-optimism-opinion.html', true],
    ['file:///home/me/page.html', true],
  ])('accepts web pages: %s', (url, ok) => {
    expect(getPageSupport(url).ok).toBe(ok);
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['', 'no-url'],
    ['not a url', 'no-url'],
  ])('refuses %s as %s', (url, reason) => {
    expect(getPageSupport(url)).toEqual({ ok: false, reason });
  });
});

describe('reasonFromInjectionError', () => {
  it('explains a chrome:// page whose URL the extension could not see', () => {
    expect(reasonFromInjectionError('Cannot access a chrome:// URL', undefined)).toEqual({ ok: false, reason: 'browser-page' });
  });
  it('explains file pages without file access', () => {
    expect(reasonFromInjectionError('Cannot access contents of url "file:///x.html"', 'file:///x.html')).toEqual({
      ok: false,
      reason: 'file-access',
    });
  });
  it('keeps the URL-based reason when there is one', () => {
    expect(reasonFromInjectionError('whatever', 'https://example.com/a.pdf')).toEqual({ ok: false, reason: 'pdf' });
  });
  it('recognises the extension gallery message', () => {
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.', undefined)).toEqual({
      ok: false,
      reason: 'web-store',
    });
  });
});
