/**
 * Article metadata read from the page: language, direction, publication time, lead image.
 * Pure DOM code (content script and Node); Readability's own metadata is merged in `index.ts`.
 */

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'pa-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * First non-empty `<meta content>` whose property/name/itemprop is one of `keys` (case-insensitive),
 * in the order of `keys`. One pass over `<meta>` elements: attribute selectors are slow in jsdom.
 */
function meta(doc: Document, ...keys: string[]): string | null {
  const wanted = keys.map((k) => k.toLowerCase());
  const found = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && wanted.includes(key) && !found.has(key)) found.set(key, content);
    }
  }
  for (const key of wanted) {
    const v = found.get(key);
    if (v) return v;
  }
  return null;
}

/** Normalise a language tag: "ru_RU" → "ru-RU", trimmed; null for empty. */
function normaliseLang(tag: string | null | undefined): string | null {
  const t = (tag ?? '').trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t) ? t : null;
}

/**
 * Cheap language guess from letters: Kazakh-specific Cyrillic letters (ә ғ қ ң ө ұ ү һ і) → "kk",
 * other Cyrillic → "ru", otherwise "en". Only a fallback when the page declares no language.
 */
export function guessLangFromText(text: string): 'kk' | 'ru' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cyr = sample.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const lat = sample.match(/[a-z]/gi)?.length ?? 0;
  if (cyr === 0 || cyr < lat) return 'en';
  const kk = sample.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g)?.length ?? 0;
  // Kazakh text has these letters in most sentences; a stray "і" in a Russian quote is not enough.
  return kk / cyr > 0.01 ? 'kk' : 'ru';
}

/** Language the page declares: `<html lang>`, `xml:lang`, `og:locale`, `content-language`; null when none. */
export function getDeclaredLang(doc: Document): string | null {
  return (
    normaliseLang(doc.documentElement?.getAttribute('lang')) ??
    normaliseLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normaliseLang(meta(doc, 'og:locale')) ??
    normaliseLang(
      Array.from(doc.getElementsByTagName('meta'))
        .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
        ?.getAttribute('content'),
    )
  );
}

/** Language of the page: the declared one ({@link getDeclaredLang}), else a guess from `text`. */
export function getLang(doc: Document, text: string): string {
  return getDeclaredLang(doc) ?? guessLangFromText(text);
}

/**
 * Text direction: the declared `dir` (of `<html>`/`<body>`), else the article's own `dir`
 * (Readability reports it), else right-to-left when `lang` is an RTL language.
 */
export function getDir(declaredDir: string | null | undefined, lang: string | null, articleDir?: string | null): 'ltr' | 'rtl' {
  const attr = (declaredDir || articleDir || '').trim().toLowerCase();
  if (attr === 'rtl' || attr === 'ltr') return attr;
  const l = (lang ?? '').toLowerCase();
  return RTL_LANGS.has(l) || RTL_LANGS.has(l.split('-')[0]!) ? 'rtl' : 'ltr';
}

/** ISO 8601 string for a date-ish value, or null when it does not parse. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Publication time as an ISO string: Readability's value, `article:published_time` (and common
 * equivalents), JSON-LD `datePublished`, then the first `<time datetime>`.
 */
export function getPublishedTime(doc: Document, readabilityValue?: string | null): string | null {
  const candidates = [
    readabilityValue,
    meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued'),
    jsonLdDate(doc),
    Array.from(doc.getElementsByTagName('time')).find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

/** Absolute URL of the lead image (`og:image`, `twitter:image`), or null. */
export function getLeadImage(doc: Document, baseUrl: string): string | null {
  const v = meta(doc, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src');
  if (!v) return null;
  try {
    const url = new URL(v, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
