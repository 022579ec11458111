/**
 * Network layer of the shield: our own curated domain lists, turned into a declarativeNetRequest static ruleset
 * (public/rules/shield.json, regenerated and checked by tests/filtering/rules.test.ts). Sub-resources only:
 * a user who clicks a link still gets where they asked to go.
 */

/** Ad servers, ad exchanges and teaser/news-exchange networks seen on RU/KK/EN news sites. */
export const AD_DOMAINS = [
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'googletagservices.com', 'adservice.google.com',
  'pagead2.googlesyndication.com', 'imasdk.googleapis.com', 'amazon-adsystem.com', 'adnxs.com', 'criteo.com',
  'criteo.net', 'pubmatic.com', 'rubiconproject.com', 'openx.net', 'casalemedia.com', 'smartadserver.com',
  'adform.net', 'taboola.com', 'outbrain.com', 'outbrainimg.com', 'mgid.com', 'adskeeper.com', 'lentainform.com',
  'idealmedia.io', 'marketgid.com', 'smi2.ru', 'smi2.net', '24smi.org', '24smi.net', 'relap.io', 'adfox.ru',
  'an.yandex.ru', 'yandexadexchange.net', 'adriver.ru', 'admitad.com', 'advertur.ru', 'buzzoola.com', 'begun.ru',
  'directadvert.ru', 'tsyndicate.com', 'propellerads.com', 'popads.net', 'popcash.net', 'adsterra.com',
  'exoclick.com', 'bidvertiser.com', 'buysellads.com', 'carbonads.net', 'media.net', 'sharethrough.com',
  'teads.tv', 'yieldmo.com', 'zedo.com', 'revcontent.com', 'sovrn.com', 'lijit.com', 'moatads.com',
  'adhigh.net', 'hybrid.ai', 'otm-r.com', 'digitaltarget.ru', 'betweendigital.com', 'sape.ru', 'adlabs.ru',
];

/** Trackers that only measure the reader (no page feature depends on them). */
export const TRACKER_DOMAINS = [
  'scorecardresearch.com', 'quantserve.com', 'hotjar.com', 'top-fwz1.mail.ru', 'counter.yadro.ru',
  'tns-counter.ru', 'mediametrics.ru', 'liveinternet.ru', 'adsrvr.org', 'bluekai.com', 'krxd.net', 'demdex.net',
  'everesttech.net', 'mathtag.com', 'tapad.com', 'bidswitch.net', 'onaudience.com', 'exelator.com',
];

/** Bookmaker affiliate redirectors and banner hosts (the gambling layer's network part; brands are in lexicon.ts). */
export const GAMBLING_DOMAINS = [
  'reffpa.com', 'refpa.top', 'refpakrtsb.top', 'refpa58144.com', 'refpa7921.top', 'refpa3665.com', 'refpa4293.com',
  'olimpbanners.info', 'club-vulkano.com', 'melbet-partners.com', '1xbet-partners.com', 'partners1xbet.com',
  'mostbet-partners.com', 'pin-up.partners', 'pinup.partners', 'parimatch.partners', 'fonbet-partners.com',
  'betboom-partners.com', 'winline-partners.ru', 'betmaster.partners', 'affiliates.draftkings.com',
  'banners.melbet.com', 'b.1xbet.com',
];

/** Regex for the numbered 1xBet/Melbet affiliate hosts (refpa1234.com, refpa123.top …). RE2 syntax. */
export const GAMBLING_HOST_REGEX = '^https?://([a-z0-9-]+\\.)*reff?pa[a-z0-9]*\\.(com|top|net|xyz|site|online|pro)/';

const SUBRESOURCES = [
  'sub_frame', 'script', 'image', 'stylesheet', 'object', 'xmlhttprequest', 'ping', 'media', 'font', 'websocket', 'other',
];

export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: { requestDomains?: string[]; regexFilter?: string; resourceTypes: string[] };
}

/** The static ruleset shipped in public/rules/shield.json. */
export function buildRuleset(): DnrRule[] {
  const rule = (id: number, condition: Omit<DnrRule['condition'], 'resourceTypes'>): DnrRule => ({
    id,
    priority: 1,
    action: { type: 'block' },
    condition: { ...condition, resourceTypes: SUBRESOURCES },
  });
  return [
    rule(1, { requestDomains: [...AD_DOMAINS].sort() }),
    rule(2, { requestDomains: [...TRACKER_DOMAINS].sort() }),
    rule(3, { requestDomains: [...GAMBLING_DOMAINS].sort() }),
    rule(4, { regexFilter: GAMBLING_HOST_REGEX }),
  ];
}
