/**
 * URL classification for the detector: ad-network clicks and gambling (brand hosts, bookmaker affiliate
 * redirectors, affiliate parameters on casino/betting links). Pure string functions.
 */
import {
  AFFILIATE_PATH_RE,
  AFFILIATE_QUERY_RE,
  GAMBLING_AFFILIATE_HOST_RE,
  GAMBLING_HOST_BRANDS,
  GAMBLING_URL_WORD_RE,
  isGamblingPromoText,
} from './lexicon';
import { hostOf, isAdClickUrl, memo } from './networks';

export type UrlVerdict = { kind: 'ad' | 'gambling'; reason: string } | null;

/** True for a host that belongs to a bookmaker/casino brand or a bookmaker affiliate redirector. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A brand as a whole host label or a hyphen-separated part of one ("mostbet-kz", "vulkan-club"), or a dotted brand. */
const BRAND_LABEL_RE = new RegExp(
  `(?:^|[.-])(?:${GAMBLING_HOST_BRANDS.filter((b) => !b.includes('.')).map(escapeRe).join('|')})(?=[.-]|$)`,
);
const BRAND_DOMAIN_RE = new RegExp(
  `(?:^|\\.)(?:${GAMBLING_HOST_BRANDS.filter((b) => b.includes('.')).map(escapeRe).join('|')})$`,
);

export function isGamblingHost(host: string): boolean {
  return host ? gamblingHostMemo(host) : false;
}
const gamblingHostMemo = memo(
  (host: string) => GAMBLING_AFFILIATE_HOST_RE.test(host + '.') || BRAND_LABEL_RE.test(host) || BRAND_DOMAIN_RE.test(host),
);

/** True when the URL carries affiliate/partner tracking (`/L?tag=`, `?btag=`, `wpcid=`, `?aff=` …). */
export function hasAffiliateMarks(url: string): boolean {
  return AFFILIATE_QUERY_RE.test(url) || AFFILIATE_PATH_RE.test(url);
}

/**
 * Classifies a link target. `text` is the visible text / image alt of the link (used only together with an
 * affiliate-looking URL, so an article link whose slug says "casino" is never a verdict by itself).
 */
export function classifyUrl(url: string, text = ''): UrlVerdict {
  return classifyUrlWith(url, () => text);
}

/** classifyUrl with the link text computed only when it is needed (rarely: affiliate-looking URLs). */
export function classifyUrlWith(url: string, getText: () => string): UrlVerdict {
  const host = hostOf(url);
  if (!host) return null;
  if (isGamblingHost(host)) return { kind: 'gambling', reason: 'gambling-host' };
  if (/\/L\?tag=[a-z]_\d+m_\d+c_/i.test(url)) return { kind: 'gambling', reason: 'affiliate-tag' };
  if (isAdClickUrl(url, host)) return { kind: 'ad', reason: 'ad-click-url' };
  if (hasAffiliateMarks(url)) {
    const path = url.slice(url.indexOf(host) + host.length);
    if (GAMBLING_URL_WORD_RE.test(host) || GAMBLING_URL_WORD_RE.test(path)) return { kind: 'gambling', reason: 'gambling-affiliate' };
    const text = getText();
    if (text && isGamblingPromoText(text)) {
      return { kind: 'gambling', reason: 'gambling-affiliate' };
    }
  }
  return null;
}
