/**
 * Reading list: search text normalisation. Pure.
 *
 * - case- and diacritic-insensitive: lower case, NFD without combining marks (ё→е, й→и, é→e), and the Kazakh
 *   letters folded onto their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и) so that a query typed
 *   on a Russian keyboard finds Kazakh text;
 * - word forms: a light suffix stripper for Russian and Kazakh (agglutinative: up to three suffixes) and English
 *   plurals/-ing/-ed. Queries match stems by prefix, so an over-short stem only costs precision, never recall.
 */

const KK_FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const KK_LETTERS = /[әғқңөұүһі]/;

/** Lower case, no diacritics, Kazakh letters folded. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[әғқңөұүһі]/g, (c) => KK_FOLD[c]!);
}

const fold = (list: string[]) => [...new Set(list.map(foldText))].sort((a, b) => b.length - a.length);

const RU_ENDINGS = fold([
  'ившись', 'ывшись', 'ующими', 'ающими', 'ениями', 'ениях', 'иться', 'ешься', 'ются', 'ется', 'ится', 'атся', 'ятся',
  'ться', 'тся', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'иях', 'ией', 'ием', 'иям', 'ешь', 'ишь',
  'ает', 'яет', 'ует', 'ают', 'яют', 'уют', 'ала', 'ила', 'ыла', 'ело', 'али', 'или', 'ыли', 'ать', 'ять', 'ить',
  'еть', 'ость', 'ости', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ов', 'ев', 'ам',
  'ям', 'ах', 'ях', 'ом', 'ем', 'ью', 'ия', 'ье', 'ья', 'ию', 'ии', 'ет', 'ит', 'ут', 'ют', 'ат', 'ят', 'ал', 'ил',
  'ел', 'ыл', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
]);

const KK_SUFFIXES = fold([
  'лардың', 'лердің', 'дардың', 'дердің', 'тардың', 'тердің', 'лардан', 'лерден', 'ларға', 'лерге', 'лары', 'лері',
  'дары', 'дері', 'тары', 'тері', 'ларда', 'лерде', 'ларды', 'лерді', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'нда', 'нде', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'мен', 'бен',
  'пен', 'ымыз', 'іміз', 'ыңыз', 'іңіз', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те', 'сы', 'сі', 'ын', 'ін', 'ым', 'ім', 'ың', 'ің', 'ы', 'і', 'а', 'е', 'н', 'м',
]);

const EN_ENDINGS = ['ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'es', 'ed', 'ly', 's'];

function stripOnce(word: string, endings: string[], minStem: number): string {
  for (const e of endings) {
    if (word.length - e.length >= minStem && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}

export type StemLang = 'ru' | 'kk' | 'en' | 'other';

/** Guess the stemmer for one (unfolded, lower-case) word; `docLang` wins for Kazakh documents. */
export function stemLangOf(word: string, docLang?: string | null): StemLang {
  if (/[a-z]/.test(word)) return 'en';
  if (!/[\u0400-\u04ff]/.test(word)) return 'other';
  if (KK_LETTERS.test(word) || (docLang ?? '').toLowerCase().startsWith('kk')) return 'kk';
  return 'ru';
}

/** Stem one folded word. */
export function stemFolded(folded: string, lang: StemLang): string {
  if (folded.length < 4) return folded;
  switch (lang) {
    case 'ru':
      return stripOnce(folded, RU_ENDINGS, 3);
    case 'kk': {
      let w = folded;
      for (let i = 0; i < 3; i++) {
        const next = stripOnce(w, KK_SUFFIXES, 3);
        if (next === w) break;
        w = next;
      }
      return w;
    }
    case 'en':
      return stripOnce(folded, EN_ENDINGS, 3);
    default:
      return folded;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of `text`, lower-case but not yet folded (the Kazakh letters pick the stemmer). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Unique stems of a document's text (title, site, body). */
export function documentTerms(text: string, docLang?: string | null): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length > 40) continue;
    out.add(stemFolded(foldText(w), stemLangOf(w, docLang)));
  }
  return [...out];
}

/**
 * Query terms: for each word, the stems to look up by prefix (Russian and Kazakh readings of a Cyrillic word,
 * since a query has no language). A document matches when every word matches one of its alternatives.
 */
export function queryTerms(query: string): string[][] {
  const out: string[][] = [];
  for (const w of words(query)) {
    const f = foldText(w);
    const lang = stemLangOf(w);
    const alts = new Set([stemFolded(f, lang)]);
    if (lang === 'ru') alts.add(stemFolded(f, 'kk'));
    // Keep only the shortest alternatives that are not prefixes of each other (a prefix already covers them).
    const sorted = [...alts].sort((a, b) => a.length - b.length);
    const kept: string[] = [];
    for (const a of sorted) if (!kept.some((k) => a.startsWith(k))) kept.push(a);
    out.push(kept);
  }
  return out;
}
