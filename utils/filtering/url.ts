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

/**
 * Brands as sets, not one regex of a hundred alternatives (compiling that costs more, on every page the always-on
 * script runs in, than all the lookups together).
 */
const BRAND_LABELS = new Set(GAMBLING_HOST_BRANDS.filter((b) => !b.includes('.')));
const BRAND_DOMAINS = new Set(GAMBLING_HOST_BRANDS.filter((b) => b.includes('.')));

/**
 * A brand as a whole host label or a run of hyphen-separated parts of one ("mostbet-kz.com", "vulkan-club.net"),
 * or a dotted brand as the host or its suffix ("olimp.bet", "www.stake.com").
 */
function hasBrandPart(host: string): boolean {
  const cuts = [-1];
  for (let i = 0; i < host.length; i++) if (host[i] === '.' || host[i] === '-') cuts.push(i);
  cuts.push(host.length);
  for (let a = 0; a < cuts.length - 1; a++) {
    for (let b = a + 1; b < cuts.length; b++) {
      const part = host.slice(cuts[a]! + 1, cuts[b]);
      if (BRAND_LABELS.has(part)) return true;
      if (host[cuts[a]!] === '.' || a === 0) if (b === cuts.length - 1 && BRAND_DOMAINS.has(part)) return true;
    }
  }
  return false;
}

/** True for a host that belongs to a bookmaker/casino brand or a bookmaker affiliate redirector. */
export function isGamblingHost(host: string): boolean {
  return host ? gamblingHostMemo(host) : false;
}
const gamblingHostMemo = memo((host: string) => hasBrandPart(host) || GAMBLING_AFFILIATE_HOST_RE.test(host + '.'));

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
