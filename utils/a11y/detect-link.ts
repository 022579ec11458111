/**
 * Finds a page's own link to its "version for the visually impaired" (pure, takes the Document), so the popup
 * can offer ours in one click. Russian, Kazakh and English wordings, plus the class names of the common
 * "bvi" (button visually impaired) plugin that many Russian and Kazakh sites use.
 */

export interface AccessibleVersionLink {
  /** Absolute URL, or null for script-driven links (`href="#"`, `javascript:`). */
  href: string | null;
  /** The link's visible text or label. */
  text: string;
  lang: 'ru' | 'kk' | 'en' | 'unknown';
}

const PATTERNS: { lang: AccessibleVersionLink['lang']; re: RegExp }[] = [
  // версия для слабовидящих, версия слабовидящим, для слабовидящих, слабовидящим
  { lang: 'ru', re: /слабовидящ|для\s+слабо\s*видящих|версия\s+для\s+незрячих/i },
  // нашар көретіндерге арналған (нұсқа), көзі нашар көретіндерге, нашар көретін
  { lang: 'kk', re: /нашар\s+көрет[іi]н|көзі\s+нашар/i },
  // accessible version, accessibility version, version for the visually impaired, low vision, high contrast version
  {
    lang: 'en',
    re: /accessib(le|ility)\s+(version|mode|view)|visually\s+impaired|low[\s-]vision|partially\s+sighted|high[\s-]contrast\s+(version|mode)/i,
  },
];

const BVI_CLASSES = /(^|\s)(bvi-open|bvi-link|bvi-panel-open|special-version|version-for-visually-impaired)(\s|$)/i;

function labelOf(el: Element): string {
  const parts = [
    (el as HTMLElement).innerText ?? el.textContent ?? '',
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('title') ?? '',
    ...Array.from(el.querySelectorAll('img[alt]')).map((i) => i.getAttribute('alt') ?? ''),
  ];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first link or button on `doc` that leads to the site's own accessible version, or null. */
export function findAccessibleVersionLink(doc: Document, baseUrl?: string): AccessibleVersionLink | null {
  const candidates = doc.querySelectorAll('a, button, [role="link"], [role="button"]');
  for (const el of Array.from(candidates)) {
    const label = labelOf(el);
    const cls = el.getAttribute('class') ?? '';
    let lang: AccessibleVersionLink['lang'] | null = null;
    for (const p of PATTERNS) {
      if (p.re.test(label)) {
        lang = p.lang;
        break;
      }
    }
    if (!lang && BVI_CLASSES.test(cls)) lang = 'unknown';
    if (!lang) continue;
    const raw = el.getAttribute('href');
    let href: string | null = null;
    if (raw && !/^\s*(#|javascript:)/i.test(raw)) {
      try {
        href = new URL(raw, baseUrl ?? doc.baseURI).href;
      } catch {
        href = null;
      }
    }
    return { href, text: label.slice(0, 120), lang };
  }
  return null;
}
