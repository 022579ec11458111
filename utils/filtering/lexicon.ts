/**
 * Our own gambling and ad-marking data (ru / kk / en): brands, affiliate URL patterns, promo lexicon, ad labels.
 * Pure data + tiny matchers; no DOM, no browser APIs. Used by the detector (utils/filtering/detect.ts), the
 * always-on content script and the reader pipeline. Documented in utils/filtering/README.md.
 */

/** Bookmaker / casino brands as they appear in host names (lower case, matched on host labels). */
export const GAMBLING_HOST_BRANDS = [
  '1xbet', '1xbit', '1xslots', '1xlite', 'melbet', 'mostbet', 'pin-up', 'pinup', 'parimatch', 'pari-match', 'fonbet', 'olimpbet',
  'olimp-bet', 'olimp.casino', 'olimp.bet', 'vulkan', 'vulcan', 'joycasino', 'betboom', 'winline', 'leonbets', 'ggbet',
  'betcity', 'marathonbet', 'ligastavok', 'tennisi', 'betmgm', 'draftkings', 'fanduel', 'bet365', 'jackpotcity',
  'spinpalace', 'pokerstars', 'williamhill', 'betway', 'caesars-sportsbook', 'bovada', '888casino', 'betfair',
  'unibet', 'stake.com', 'sportingbet', '22bet', 'betwinner', 'linebet', 'megapari', 'stake.us', 'dafabet',
  // skin gambling (CS2 / Dota case opening and roulettes)
  'csgoempire', 'csgoroll', 'gamdom', 'rollbit', 'hellcase', 'csgofast', 'skinclub', 'keydrop', 'key-drop', 'ggdrop', 'mostbet-kz', '1win', 'azino',
  'playfortuna', 'casino-x', 'ggpoker', 'kingbilly', 'bwin', 'betano', 'pointsbet', 'barstoolsportsbook',
  'paddypower', 'skybet', 'betfred', 'ladbrokes', 'betvictor', 'boylesports', 'betsson', 'leovegas', 'betrivers',
  'vavada', 'pokerdom', 'riobet', 'zenitbet', 'baltbet', 'bingoboom', 'betandyou', 'mrbit', 'starda', 'sportbet',
  'galabingo', 'galacasino', 'grosvenorcasinos', 'meccabingo', 'coral.co.uk', 'betuk',
  // PARI: Parimatch's Russian business since its 2022 rebrand (the bare word is too common for a host label)
  'pari.ru',
];

/** Affiliate-network hosts of bookmakers (1xBet/Melbet partner redirectors etc.). */
export const GAMBLING_AFFILIATE_HOST_RE = /(^|\.)(reff?pa[a-z0-9]*|refpakrtsb|refbet[a-z0-9]*|1xbet-partners|melbet-partners|partners1xbet|mostbet-partners|olimpbanners|club-vulkan[a-z]*|vulkan[a-z0-9-]*|casino[a-z0-9-]*|[a-z0-9-]*casino)\./;

/** Affiliate query parameters and paths: `/L?tag=`, `?btag=`, `wpcid`, promo codes, partner ids. */
export const AFFILIATE_QUERY_RE = /[?&](tag|btag|aff|affid|aff_id|affiliate|partner|partnerid|pid|ref|refid|promo|promocode|wm|wpcid|wpsrc|wpcrid|subid|sub\d?|sub_id\d?|clickid|s2|ad)=/i;
export const AFFILIATE_PATH_RE = /\/L\?tag=|\/l\?tag=|\/redirect\/|\/click\?|\/go\/|\/promo\//;

/** Words that, in a URL, say "gambling" (path or query). */
export const GAMBLING_URL_WORD_RE = /casino|sportsbook|slots?[-_/.]|poker|betting|bukmeker|bookmaker|freebet|freespin|jackpot|roulette/i;

/**
 * Gambling promo lexicon. Each entry is one "concept"; a block is promotional when it hits several concepts.
 * Russian, Kazakh and English wording, lower case, matched on normalised text (ё → е).
 */
export const GAMBLING_TERMS: RegExp[] = [
  /ставк[аиуеок]|ставкалар|бәс тіг|\bbet(s|ting)?\b|wager|sportsbook|\bodds\b/, // betting
  /букмекер|bookmaker|bookie/, // bookmaker
  /казино|casino|слот|\bslots?\b|рулетк|roulette|poker|покер|jackpot|джекпот/, // casino
  /фрибет|free ?bet|bonus bets?|фриспин|free ?spins?|тегін айналым|бесплатных вращений|\bfs\b|gold coins|sweeps ?coins|free coins/, // free play (incl. social / sweepstakes casinos)
  /промокод|промо-код|promo ?code|bonus code|бонус-код/, // promo code
  /бонус|bonus|депозит|deposit/, // bonus
  /лотере|лото(?![а-яё])|лотто|lotter|lotto/, // lottery (a draw for money is gambling too)
  /(18|21)\s?\+|gambling problem|1-800-gambler|begambleaware|игра может вызывать зависимость|ойын тәуелділік/, // age / RG disclaimer
  /коэффициент|коэффициенттер|кэф|экспресс|odds boost|parlay|сделать ставку|make a bet|place a bet|bet now|spin now|крутить барабан|выиграй(?![а-яё])/, // odds / casino / draw CTA
];

/** Strong single signals: promo-code lines, RG disclaimers that only ads carry, "N фриспинов". */
export const GAMBLING_STRONG_RE = /промокод[:\s]*[«"]?[A-Z0-9]{4,}|promo ?code[:\s]*[«"]?[A-Z0-9]{4,}|bonus code\s*[A-Z0-9]{4,}|gambling problem\?\s*call|1-800-gambler|begambleaware|\d+\s*(фриспин|free ?spins|тегін айналым|fs\b)|фрибет\s*\d|\bfreebet\b/i;

/** Brand names as words in text / alt / title (for images and short promo blocks). */
export const GAMBLING_BRAND_TEXT_RE = /\b(1x ?bet|melbet|mostbet|pin-?up|parimatch|fonbet|olimp ?bet|olimp casino|вулкан|vulkan|joycasino|betboom|winline|draftkings|fanduel|betmgm|bet365|jackpot city|spinpalace|1win|ggbet|22bet|betwinner|paddy ?power|sky ?bet|betfred|william ?hill|ladbrokes|betvictor|betway|vavada|pokerdom|pokerstars|leon ?bets?|betcity|marathonbet|tennisi|olimp\.bet|dafabet|gala bingo|gala casino|grosvenor casinos?|mecca bingo|caesars sportsbook|betrivers|csgoempire|csgoroll|gamdom|rollbit|hellcase|leo ?vegas|unibet|betano|bwin|betsson|888 ?casino|ggpoker)\b/i;

/** "бонус 100%", "100% bonus", "125% на первый депозит": the offer line of a bookmaker/casino ad. */
export const BONUS_PERCENT_RE = /\d{2,3}\s?%\s*(бонус|bonus|на (первый )?депозит|on (your )?(first )?deposit)|(бонус|bonus)\s*(до\s*|up to\s*)?\d{2,3}\s?%/i;

/** The header row of an odds widget: outcome names only ("П1 Ничья П2", "1 X 2", "Home Draw Away"). */
export const ODDS_HEADER_RE = /^(?:\s*(?:п1|п2|х|x|ничья|тең|1|2|w1|w2|1x|x2|draw|home|away)\s*[·|/]?)+$/i;

/** American ("-110", "+154") and fractional ("8/11", "11/4") odds, as in US and UK odds modules. */
const AMERICAN_ODDS_RE = /(?:^|[\s(])[+-]\d{3,4}(?=[)\s,]|$)/g;
const FRACTIONAL_ODDS_RE = /(?:^|[\s(])\d{1,2}\/\d{1,2}(?=[)\s,]|$)/g;

/** US betting lines: totals ("O/U 231.5") and point spreads after a team code ("IND -4.5", "OSU -7"). */
const TOTAL_RE = /\bO\/U\s?\d{1,3}(?:\.5)?(?!\d)/g;
const SPREAD_RE = /(?:^|\s)[A-Z]{2,4}\s[+-]\d{1,2}(?:\.5)?(?=[\s,)]|$)/g;

/**
 * A run of odds in US or UK notation: two American prices, three fractional ones, or three US lines (prices,
 * spreads, totals together).
 */
export function hasOddsNotation(text: string): boolean {
  const american = text.match(AMERICAN_ODDS_RE)?.length ?? 0;
  if (american >= 2 || (text.match(FRACTIONAL_ODDS_RE)?.length ?? 0) >= 3) return true;
  return american + (text.match(TOTAL_RE)?.length ?? 0) + (text.match(SPREAD_RE)?.length ?? 0) >= 3;
}

/** Odds widget: three or more decimal odds in a row ("3.60 3.25 2.15"). */
export const ODDS_ROW_RE = /(\d{1,2}[.,]\d{2}(?:\D|(?<=[A-Za-zА-Яа-яЁё])\d){0,12}){3,}/;

/**
 * Ad labels: the whole (short) text of a caption that marks an ad placement. Never applied to link text
 * ("Реклама" in a site menu links to the advertising rate card and must stay).
 */
export const AD_LABEL_RE =
  /^(реклама google|ads by google|sponsored content|sponsored links?|sponsored results?|sponsored video|sponsored|advertisement|advertising|ads|ad|promoted|paid content|paid post|partner content|sponsored post|promoted post|paid partnership|промо|на правах рекламы|партн[её]рский материал|партн[её]рский пост|партн[её]рская (?:статья|публикация)|материал партн[её]ра|серіктес материалы|спонсорский материал|новости партн[её]ров|серіктестер жаңалықтары|интересное в сети|реклама|жарнама|anzeige)\s*($|[·•.:|,\-–—(]|\d)/iu;

/** Russian-law ad marking ("Реклама. ТОО …, erid: …") – identifies an ad wherever it appears. */
export const AD_MARKING_RE = /(^|\s|·)erid[:\s]|^реклама\.\s|^жарнама\.\s/i;

/** Residual text that is allowed next to an ad inside its wrapper (captions, partner headings, disclaimers). */
export const AD_CAPTION_RE = /реклам|жарнам|advertis|sponsor|\bpromo|промо|партн[её]р|серіктес|partner|\bad\b|\bads\b|смі2|сми2|интересное|вам может|you may like|\berid\b|\b(relap|smi2|24smi|mgid|lentainform|adriver|taboola|outbrain|directadvert|яндекс\.?директ|яндекс директ)\b/i;

export function normaliseText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** How many gambling concepts the text hits (0..GAMBLING_TERMS.length). */
export function gamblingScore(text: string): number {
  const t = normaliseText(text);
  let n = 0;
  for (const re of GAMBLING_TERMS) if (re.test(t)) n++;
  return n;
}

/** True when the text itself is a gambling promotion (not an article sentence that mentions gambling). */
export function isGamblingPromoText(text: string): boolean {
  if (GAMBLING_STRONG_RE.test(text)) return true;
  const score = gamblingScore(text);
  return score >= 3 || (score >= 2 && (GAMBLING_BRAND_TEXT_RE.test(text) || BONUS_PERCENT_RE.test(text)));
}

export function isAdLabel(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 80) return false;
  return AD_LABEL_RE.test(t) || AD_MARKING_RE.test(t);
}
