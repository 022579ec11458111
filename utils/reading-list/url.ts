/**
 * Reading list: the dedupe key of a saved article. Pure (runs in Node, the background and extension pages).
 *
 * The canonical link wins when the page declares a plausible one; tracking parameters (utm_*, fbclid, yclid, gclid
 * and friends) and the fragment are dropped; the host is lower-cased without "www."; default ports, a trailing
 * slash and the order of the remaining query parameters do not matter.
 */

const TRACKING = /^(utm_.*|fbclid|yclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_openstat|igshid|ysclid)$/i;

function parseHttp(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Is `canonical` a believable canonical for `page`? Sites sometimes point every page at their home page or at
 * another site; those canonicals would merge unrelated articles, so they are ignored.
 */
export function isPlausibleCanonical(page: string, canonical: string | null | undefined): boolean {
  const p = parseHttp(page);
  const c = parseHttp(canonical, page);
  if (!p || !c) return false;
  const site = (h: string) => h.toLowerCase().replace(/^(www|m|amp)\./, '');
  if (site(p.hostname) !== site(c.hostname)) return false;
  if ((c.pathname === '/' || c.pathname === '') && p.pathname !== '/' && p.pathname !== '') return false;
  return true;
}

/** The dedupe key: canonical when plausible, else the URL; without tracking parameters and fragment. */
export function normalizeUrl(url: string, canonical?: string | null): string {
  const chosen = isPlausibleCanonical(url, canonical) ? parseHttp(canonical, url) : parseHttp(url);
  if (!chosen) return url.trim();
  const u = new URL(chosen.href);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  u.pathname = path;
  // http and https are the same article for dedupe.
  return `${u.host}${u.pathname}${u.search}`;
}

/** The URL to open for the reader: tracking parameters removed, fragment kept. */
export function cleanUrl(url: string): string {
  const u = parseHttp(url);
  if (!u) return url;
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  return u.href;
}
