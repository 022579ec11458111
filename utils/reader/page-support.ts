/**
 * Which tabs the reader can run on. Pure: takes a URL string, no browser APIs.
 * Browsers forbid extensions on their own pages, the extension stores and the built-in PDF viewer; we say so
 * instead of failing silently.
 */

export type PageSupport =
  | { ok: true }
  | { ok: false; reason: 'browser-page' | 'web-store' | 'pdf' | 'no-url' | 'file-access' };

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/** Classify a tab URL before trying to inject scripts into it. */
export function getPageSupport(url: string | undefined | null): PageSupport {
  if (!url) return { ok: false, reason: 'no-url' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'no-url' };
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    return { ok: false, reason: 'browser-page' };
  }
  if (STORE_HOSTS.has(hostname) || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))) {
    return { ok: false, reason: 'web-store' };
  }
  if (/\.pdf$/i.test(pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true };
}

/** Chrome's error text when a page cannot be scripted, mapped to a reason the user can understand. */
export function reasonFromInjectionError(message: string, url?: string | null): PageSupport {
  const support = getPageSupport(url);
  if (!support.ok && support.reason !== 'no-url') return support;
  if (/file:|file access/i.test(message) || url?.startsWith('file:')) return { ok: false, reason: 'file-access' };
  if (/pdf/i.test(message)) return { ok: false, reason: 'pdf' };
  if (/gallery|web ?store/i.test(message)) return { ok: false, reason: 'web-store' };
  return { ok: false, reason: 'browser-page' };
}
