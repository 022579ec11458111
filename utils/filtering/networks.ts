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
  '.relap-default-wrapper',
  '[data-relap-id]',
  '[id^="lentainform"]',
  '[id^="adsense"]',
  'iframe[src*="doubleclick.net"]',
  'iframe[src*="googlesyndication.com"]',
  'iframe[src*="ads.adfox.ru"]',
  'iframe[id^="google_ads_"]',
  'a[href^="https://relap.io/r?"]',
  // slot attributes of AdSense / Google Publisher Tag set on the publisher's own placeholder
  '[data-ad-slot]',
  '[data-google-query-id]',
  // AMP pages: the ad and embed elements (amp-embed is amp-ad's alias for teaser widgets: MGID, Taboola, SMI2 …)
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  // Zergnet and Colombia (Times Internet) teaser widgets
  '[id^="zergnet-widget"]',
  '[id^="div-clmb-ctn-"]',
  // Revcontent and Adnow teaser widgets
  '[id^="rcjsload_"]',
  '[data-rc-widget]',
  '[id^="SC_TBlock_"]',
  // EthicalAds (developer sites) and Carbon
  '[data-ea-publisher]',
  '#carbonads',
];

/** One selector string for querySelectorAll / CSS. */
export const AD_CONTAINER_SELECTOR = AD_CONTAINER_SELECTORS.join(',');

/**
 * Cheap pre-filter for AD_CONTAINER_SELECTOR: every selector names a literal (a class or a quoted attribute value)
 * that the matching element's id, class or attribute must contain, so an element whose attributes hold none of
 * them (compared case-insensitively: a superset) cannot match and the selector engine is not asked.
 */
const CONTAINER_ATTRS = ['href', 'src', 'data-type'];
/** Selectors above that name only an attribute (no literal for the hint): checked by presence. */
const PRESENCE_ATTRS = AD_CONTAINER_SELECTORS.flatMap((s) => /^\[([\w-]+)\]$/.exec(s)?.[1] ?? []);
const CONTAINER_HINT_RE = new RegExp(
  AD_CONTAINER_SELECTORS.flatMap((s) => Array.from(s.matchAll(/"([^"]+)"|\.([\w-]+)/g), (m) => m[1] ?? m[2]))
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'i',
);

/**
 * `fn` remembered per string argument: a page repeats the same class names and link hosts hundreds of times, and the
 * always-on content script runs these tests on every element. Bounded (cleared when full).
 */
export function memo<T>(fn: (s: string) => T, max = 4000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

const hasContainerHint = memo((s: string) => CONTAINER_HINT_RE.test(s));

/** `more`: the element has attributes besides id and class (when it has not, only id and class are looked at). */
export function mayBeAdContainer(el: Element, id: string | null, cls: string | null, more = true): boolean {
  if ((id && hasContainerHint(id)) || (cls && hasContainerHint(cls))) return true;
  if (el.localName.startsWith('amp-')) return true;
  if (!more) return false;
  for (const name of PRESENCE_ATTRS) if (el.hasAttribute(name)) return true;
  for (const name of CONTAINER_ATTRS) {
    const v = el.getAttribute(name);
    if (v && CONTAINER_HINT_RE.test(v)) return true;
  }
  return false;
}

/** Hosts whose links are ad clicks (the creative links through them). Matched on the host suffix. */
export const AD_CLICK_HOSTS = [
  'googleadservices.com', 'doubleclick.net', 'googlesyndication.com', 'adfox.ru', 'adfox.yandex.ru', 'an.yandex.ru',
  'mgid.com', 'adskeeper.com', 'adskeeper.co.uk', 'lentainform.com', 'idealmedia.io', 'smi2.ru', '24smi.org',
  '24smi.net', 'relap.io', 'taboola.com', 'outbrain.com', 'adriver.ru', 'criteo.com', 'adnxs.com', 'yandexadexchange.net',
  'adhigh.net', 'admitad.com', 'ad.admitad.com', 'advertur.ru', 'marketgid.com', 'tsyndicate.com', 'propellerads.com',
  'popads.net', 'adsterra.com', 'exoclick.com', 'bidvertiser.com', 'buysellads.com', 'carbonads.net', 'zergnet.com',
  'clmbtech.com',
];

/** Path-level ad click patterns on hosts that also serve other things (yandex.ru/an/ is the Yandex ad network). */
export const AD_CLICK_URL_RE =
  /\/\/(www\.)?yandex\.(ru|kz|com)\/an\/|\/pagead\/aclk|\/pcs\/click|[?&]erid=|\/bitrix\/rk\.php\?|\/delivery\/ck\.php\?/i;

/** Class/id tokens that name an ad placement (after splitting on -, _, camelCase and trailing digits). */
export const AD_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertising', 'advertisement', 'adsense', 'adslot', 'adbox', 'adunit',
  'adzone', 'adspace', 'adholder', 'adwrap', 'adwrapper', 'adcontainer', 'adlink', 'adfox', 'adriver', 'reklama',
  'zharnama', 'banners', 'bnr', 'dfp', 'gpt', 'rtb', 'teaser', 'teasers', 'sponsored', 'sponsorship', 'promoted',
  'catfish', 'floorad', 'branding', 'brndng', 'outstream', 'clickunder', 'popunder', 'taboola',
  'outbrain', 'mgid', 'smi2', 'adsbygoogle',
]);

/** Tokens that, next to an ad token, mean the element is about ads rather than an ad ("ad-free", "adblock notice"). */
export const AD_TOKEN_VETO = new Set(['free', 'blocker', 'block-notice', 'notice', 'choices', 'settings', 'policy', 'label', 'disclosure']);

/**
 * A generated class name (styled-components `hLqAdv`, `bAdvXq`, `jyAdTe`: five to seven letters, lower case then
 * capitals within the first three, two capitals or more): random letters, never words — split on its capitals it
 * would spell "adv" or "ad" by chance.
 */
const HASH_CLASS_RE = /(?<![A-Za-z0-9])(?=[a-zA-Z]{5,7}(?![A-Za-z0-9]))[a-z]{1,2}[A-Z][a-zA-Z]*/g;
const isHashLike = (seg: string) => (seg.match(/[A-Z]/g)?.length ?? 0) >= 2;

export function splitTokens(s: string): string[] {
  return s
    .replace(HASH_CLASS_RE, (seg) => (isHashLike(seg) ? ' ' : seg))
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((t) => t.replace(/\d+$/, ''))
    .filter(Boolean);
}

/** Cheap pre-check: can this class/id value contain an ad token at all? */
const AD_TOKEN_HINTS = ['ad', 'reklam', 'zharnam', 'bnr', 'dfp', 'gpt', 'rtb', 'sponsor', 'promot', 'catfish', 'interstitial', 'outstream', 'click', 'popunder', 'taboola', 'outbrain', 'mgid', 'smi2', 'banner', 'brndng'];
const AD_TOKEN_HINT_RE = new RegExp(AD_TOKEN_HINTS.join('|'), 'i');

/**
 * Every element a seed rule of the detector can fire on, as one selector (the live page lets the browser's own
 * selector engine find them instead of visiting every element in script): network containers, class/id values
 * holding an ad-token hint, links, images, inline styles with url(), iframes.
 */
export const SEED_CANDIDATES = [
  AD_CONTAINER_SELECTOR,
  ...AD_TOKEN_HINTS.flatMap((h) => [`[class*="${h}" i]`, `[id*="${h}" i]`]),
  '[data-erid]',
  'a[href]',
  'a[aria-label]:not([href])',
  'img',
  '[style*="url(" i]',
  'iframe',
].join(',');

/**
 * Tokens that name an ad slot only with a second signal: "interstitial" is also an editorial word (the Washington
 * Post's in-text `p.interstitial-link` "[Read: …]" links), so alone it counts only on a floating layer or an empty
 * (or script-only) slot (see the detector).
 */
export const WEAK_AD_TOKENS = new Set(['interstitial']);

export const AD_TOKEN = 2;
export const WEAK_AD_TOKEN = 1;

/** AD_TOKEN when a class or id value names an ad slot, WEAK_AD_TOKEN when only a weak token does, else 0. */
export function adTokenOf(value: string): number {
  return value ? adTokenMemo(value) : 0;
}
const adTokenMemo = memo(adTokenOfUncached);

function adTokenOfUncached(value: string): number {
  if (!AD_TOKEN_HINT_RE.test(value)) return 0;
  let hit = 0;
  for (const t of splitTokens(value)) {
    if (AD_TOKEN_VETO.has(t)) return 0;
    if (AD_TOKENS.has(t)) hit = AD_TOKEN;
    else if (!hit && WEAK_AD_TOKENS.has(t)) hit = WEAK_AD_TOKEN;
  }
  return hit;
}

/** True when a class or id value names an ad slot (token match, never a substring: "header", "badge" stay). */
export function hasAdToken(value: string): boolean {
  return adTokenOf(value) === AD_TOKEN;
}

export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]*@)?([^/?#:]+)/i.exec(url);
  return m ? m[2].toLowerCase() : '';
}

export function hostMatches(host: string, list: readonly string[]): boolean {
  for (const d of list) if (host === d || host.endsWith('.' + d)) return true;
  return false;
}


/** One regex for "host is one of these domains or a subdomain of one" (faster than a loop per link). */


/** Registrable-ish domain: last two labels (last three for co.uk-like and .kz second levels). */
export function siteOf(host: string): string {
  const parts = host.replace(/^www\./, '').split('.');
  const n = parts.length >= 3 && /^(co|com|org|net|gov|edu|ac)$/.test(parts[parts.length - 2]) ? 3 : 2;
  return parts.slice(-n).join('.');
}

const AD_CLICK_HOST_SET = new Set(AD_CLICK_HOSTS);
/** The host or one of its parent domains is in the set (a Set walk: cheaper than compiling a long regex per page). */
export function hostInSet(host: string, set: ReadonlySet<string>): boolean {
  for (let h = host; ; ) {
    if (set.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}
const isAdClickHost = memo((host: string) => hostInSet(host, AD_CLICK_HOST_SET));

export function isAdClickUrl(url: string, host = hostOf(url)): boolean {
  if (!host) return false;
  return isAdClickHost(host) || AD_CLICK_URL_RE.test(url);
}
