/**
 * Ad-network knowledge used by the detector and the always-on content script: container selectors that only ad
 * libraries create, click/redirect hosts of ad networks, and class/id tokens that name an ad slot.
 * Pure data + string matchers. Our own list (written for Taza Reader; the names are the networks' public markup).
 */

/**
 * Containers that only ad and teaser networks create. Safe to hide with CSS before first paint: none of them can
 * hold article text (they are filled by the network's script).
 */
export const AD_CONTAINER_SELECTORS = [
  'ins.adsbygoogle',
  '[id^="yandex_rtb_"]',
  '[id^="adfox_"]',
  '[id^="AdFox_banner_"]',
  '[id^="div-gpt-ad"]',
  '[id^="google_ads_iframe"]',
  '[id^="google_ads_frame"]',
  '[id*="ScriptRootC"]',
  '[id*="PreloadC"]',
  '[data-type="_mgwidget"]',
  '[id^="smi2adblock"]',
  '.smi24__informer',
  '[id^="unit_"] > a[href*="smi2."]',
  '[id^="taboola-"]',
  '.trc_related_container',
  '.OUTBRAIN',
  '[id^="outbrain_widget"]',
  '[id^="adriver_"]',
  '[id^="relap-"]',
  '.relap-default',
  '[id^="lentainform"]',
  '[id^="adsense"]',
  'iframe[src*="doubleclick.net"]',
  'iframe[src*="googlesyndication.com"]',
  'iframe[src*="ads.adfox.ru"]',
  'iframe[id^="google_ads_"]',
  'a[href^="https://relap.io/r?"]',
];

/** One selector string for querySelectorAll / CSS. */
export const AD_CONTAINER_SELECTOR = AD_CONTAINER_SELECTORS.join(',');

/** Hosts whose links are ad clicks (the creative links through them). Matched on the host suffix. */
export const AD_CLICK_HOSTS = [
  'googleadservices.com', 'doubleclick.net', 'googlesyndication.com', 'adfox.ru', 'adfox.yandex.ru', 'an.yandex.ru',
  'mgid.com', 'adskeeper.com', 'adskeeper.co.uk', 'lentainform.com', 'idealmedia.io', 'smi2.ru', '24smi.org',
  '24smi.net', 'relap.io', 'taboola.com', 'outbrain.com', 'adriver.ru', 'criteo.com', 'adnxs.com', 'yandexadexchange.net',
  'adhigh.net', 'admitad.com', 'ad.admitad.com', 'advertur.ru', 'marketgid.com', 'tsyndicate.com', 'propellerads.com',
  'popads.net', 'adsterra.com', 'exoclick.com', 'bidvertiser.com', 'buysellads.com', 'carbonads.net',
];

/** Path-level ad click patterns on hosts that also serve other things (yandex.ru/an/ is the Yandex ad network). */
export const AD_CLICK_URL_RE = /\/\/(www\.)?yandex\.(ru|kz|com)\/an\/|\/pagead\/aclk|\/pcs\/click|[?&]erid=/i;

/** Class/id tokens that name an ad placement (after splitting on -, _, camelCase and trailing digits). */
export const AD_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertising', 'advertisement', 'adsense', 'adslot', 'adbox', 'adunit',
  'adzone', 'adspace', 'adholder', 'adwrap', 'adwrapper', 'adcontainer', 'adlink', 'adfox', 'adriver', 'reklama',
  'zharnama', 'banners', 'bnr', 'dfp', 'gpt', 'rtb', 'teaser', 'teasers', 'sponsored', 'sponsorship', 'promoted',
  'catfish', 'floorad', 'branding', 'brndng', 'interstitial', 'outstream', 'clickunder', 'popunder', 'taboola',
  'outbrain', 'mgid', 'smi2', 'adsbygoogle',
]);

/** Tokens that, next to an ad token, mean the element is about ads rather than an ad ("ad-free", "adblock notice"). */
export const AD_TOKEN_VETO = new Set(['free', 'blocker', 'block-notice', 'notice', 'choices', 'settings', 'policy', 'label', 'disclosure']);

export function splitTokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((t) => t.replace(/\d+$/, ''))
    .filter(Boolean);
}

/** Cheap pre-check: can this class/id value contain an ad token at all? */
const AD_TOKEN_HINT_RE = /ad|reklam|zharnam|bnr|dfp|gpt|rtb|sponsor|promot|catfish|interstitial|outstream|click|popunder|taboola|outbrain|mgid|smi2|banner|brndng/i;

/** True when a class or id value names an ad slot (token match, never a substring: "header", "badge" stay). */
export function hasAdToken(value: string): boolean {
  if (!value || !AD_TOKEN_HINT_RE.test(value)) return false;
  const toks = splitTokens(value);
  let hit = false;
  for (const t of toks) {
    if (AD_TOKEN_VETO.has(t)) return false;
    if (AD_TOKENS.has(t)) hit = true;
  }
  return hit;
}

export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]*@)?([^/?#:]+)/i.exec(url);
  return m ? m[2].toLowerCase() : '';
}

export function hostMatches(host: string, list: readonly string[]): boolean {
  for (const d of list) if (host === d || host.endsWith('.' + d)) return true;
  return false;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex for "host is one of these domains or a subdomain of one" (faster than a loop per link). */
export function hostSuffixRe(list: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\.)(?:${list.map(escapeRe).join('|')})$`);
}

const AD_CLICK_HOST_RE = hostSuffixRe(AD_CLICK_HOSTS);

/** Registrable-ish domain: last two labels (last three for co.uk-like and .kz second levels). */
export function siteOf(host: string): string {
  const parts = host.replace(/^www\./, '').split('.');
  const n = parts.length >= 3 && /^(co|com|org|net|gov|edu|ac)$/.test(parts[parts.length - 2]) ? 3 : 2;
  return parts.slice(-n).join('.');
}

export function isAdClickUrl(url: string, host = hostOf(url)): boolean {
  if (!host) return false;
  return AD_CLICK_HOST_RE.test(host) || AD_CLICK_URL_RE.test(url);
}
