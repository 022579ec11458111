/**
 * The ad and gambling detector: finds the OUTERMOST ad / gambling placements in a Document or subtree.
 * Pure: takes the Document/Element, reads only the DOM it is given (no `window`, `browser`, `chrome` globals),
 * so it runs in Node (jsdom tests, CLI), in the reader pipeline on a cloned document and in the always-on
 * content script on live pages.
 *
 * Pipeline:
 *   1. seeds   – things that are ads by themselves: ad-network containers, ad-click and gambling-affiliate links,
 *                image banners to other sites, ad tokens in class/id, ad captions ("Реклама", "Sponsored",
 *                "Серіктес материалы", erid marking), full-screen click layers, gambling background banners;
 *   2. expand  – climb from each seed to the wrapper that holds nothing but the ad and its caption/disclaimer;
 *   3. guard   – drop anything that contains the main article text, a heading h1, <main>/<article>;
 *   4. dedupe  – keep outermost elements; a unit is "gambling" when a gambling seed lies inside it.
 */
import type { BlockKind, Detection } from './types';
import {
  AD_CAPTION_RE,
  AD_MARKING_RE,
  GAMBLING_BRAND_TEXT_RE,
  GAMBLING_STRONG_RE,
  GAMBLING_URL_WORD_RE,
  ODDS_HEADER_RE,
  ODDS_ROW_RE,
  gamblingScore,
  hasOddsNotation,
  isAdLabel,
  isGamblingPromoText,
} from './lexicon';
import { AD_CONTAINER_SELECTOR, AD_TOKEN, SEED_CANDIDATES, WEAK_AD_TOKEN, adTokenOf, hostOf, mayBeAdContainer, siteOf } from './networks';
import { classifyUrl, classifyUrlWith, hasAffiliateMarks, isGamblingHost } from './url';

export interface DetectOptions {
  /** The page URL (the content script passes location.href; tests pass the label URL). */
  url?: string;
  /**
   * A live page that may still be parsing (the content script): wrappers are judged only once the parser is past
   * them, and computed styles are not read while parsing. Off for complete/cloned documents.
   */
  live?: boolean;
  /**
   * Scan a detached subtree (an extracted article) as if it were a page of its own: `body` is a detached <body>
   * element holding it, which stands for the document's body; the site is the one of `url`.
   */
  body?: Element;
}

interface Seed {
  element: Element;
  kind: BlockKind;
  reason: string;
}

const MEDIA = 'img,picture,video,iframe,canvas,object,embed,svg';
const IGNORABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR', 'HR', 'WBR']);
const SKIP_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'PRE', 'CODE', 'TEXTAREA', 'KBD', 'SAMP']);
const PROSE_MIN = 100;
const ABSOLUTE_URL_RE = /^(https?:)?\/\//i;

/** Cheap pre-check before the full ad-label test of a text node. */
const LABEL_HINT_RE = /^\s*(ре?клам|жарнам|adv|ad\b|ads|sponsor|promo|промо|paid|partner|на правах|партн|материал|серіктес|спонсор|новости|интерес|anzeige)|erid/i;

function textOf(el: Node): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text with a space between text nodes (table cells and inline boxes do not run together: "П1 3.40 X 3.25"). */
function spacedText(el: Element): string {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && p !== el && SKIP_TEXT_PARENTS.has(p.tagName)) continue;
    out.push(n.nodeValue ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textOf(a).length;
  return n;
}

/** Text that is not inside a link: what a reader reads as prose. */
function proseLength(el: Element): number {
  return textOf(el).length - (el.tagName === 'A' ? textOf(el).length : linkTextLength(el));
}

function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
  return n;
}

function isProseBlock(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'P' || tag === 'BLOCKQUOTE' || tag === 'PRE') return proseLength(el) >= PROSE_MIN;
  if (tag === 'DIV' || tag === 'SECTION' || tag === 'TD' || tag === 'LI') return ownTextLength(el) >= PROSE_MIN;
  return false;
}

const LOCAL_HOST_RE = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;
const isLocalHost = (host: string) => !host || LOCAL_HOST_RE.test(host);

/**
 * Hosts that are not the real site (local fixture servers, saved files): the site is the one the page names — its
 * canonical URL or og:url — and, when it names none, the site most of its links lead to (a news page links mostly to
 * itself: menus, related stories), counted over its first 300 links.
 */
function siteHostOf(doc: Document, url?: string): string {
  const host = url ? hostOf(url) : '';
  if (host && !LOCAL_HOST_RE.test(host)) return host;
  return hostOfCanonical(doc) || siteOfLinks(doc) || host;
}

const hostOfCanonical = (doc: Document) =>
  hostOf(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      '',
  );

function siteOfLinks(doc: Document): string {
  const links = doc.links;
  const counts = new Map<string, number>();
  let total = 0;
  let best = '';
  let bestN = 0;
  for (let i = 0; i < links.length && i < 300; i++) {
    const h = hostOf(links[i].getAttribute('href') ?? '');
    if (!h || LOCAL_HOST_RE.test(h)) continue;
    total++;
    const s = siteOf(h);
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    if (n > bestN) {
      bestN = n;
      best = s;
    }
  }
  return bestN >= 3 && bestN * 10 >= total * 3 ? best : '';
}

/**
 * Estimates the main content element (the one holding most prose), Readability-style but cheap.
 * Returns null on pages without prose (home pages, search results).
 */
export function findMainContent(doc: Document): Element | null {
  return findMainIn(doc.body);
}

function findMainIn(body: Element | null): Element | null {
  if (!body) return null;
  const scores = new Map<Element, number>();
  const blocks = body.querySelectorAll('p,blockquote,pre,div,section,td,li');
  for (const b of Array.from(blocks)) {
    if (!isProseBlock(b)) continue;
    const len = b.tagName === 'DIV' || b.tagName === 'SECTION' ? ownTextLength(b) : proseLength(b);
    const p1 = b.parentElement;
    if (!p1) continue;
    scores.set(p1, (scores.get(p1) ?? 0) + len);
    const p2 = p1.parentElement;
    if (p2) scores.set(p2, (scores.get(p2) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return bestScore >= 400 ? best : null;
}

/**
 * CSS position of an element: its inline style, else (only for body-level elements, and not while the page is
 * still being parsed, to avoid forcing style recalculation on every pass) its computed style.
 */
function positionOf(el: Element, live = false): string {
  const inline = (el as HTMLElement).style?.position;
  if (inline) return inline;
  const doc = el.ownerDocument;
  const parent = el.parentElement;
  if ((live && doc.readyState === 'loading') || !parent || (parent !== doc.body && parent !== doc.documentElement)) return '';
  const view = doc.defaultView;
  try {
    return view?.getComputedStyle ? view.getComputedStyle(el).position : '';
  } catch {
    return '';
  }
}

function isFloating(el: Element, live = false): boolean {
  const pos = positionOf(el, live);
  return pos === 'fixed' || pos === 'sticky';
}

/**
 * While the page is still being parsed, an element is complete only once the parser has moved past its end tag,
 * i.e. something follows it (or one of its ancestors). Never judge a half-parsed wrapper by what it holds so far.
 */
function isParsed(el: Element, live = false): boolean {
  const doc = el.ownerDocument;
  if (!live || doc.readyState !== 'loading') return true;
  for (let n: Node | null = el; n && n !== doc.documentElement; n = n.parentNode) {
    if (n.nextSibling) return true;
  }
  return false;
}

/** A fixed layer that covers the viewport and shows nothing: it exists to catch clicks (clickunder/popunder). */
function isClickLayer(el: Element, live = false): boolean {
  // cheap structural checks first: a click layer is a tiny, empty element around a link
  if (el.childElementCount > 3 || el.getElementsByTagName('*').length > 8 || el.querySelector(MEDIA)) return false;
  if (!el.querySelector('a[href]') && el.tagName !== 'A') return false;
  if ((el.textContent ?? '').trim().length > 3) return false;
  if (positionOf(el, live) !== 'fixed') return false;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '');
  const covers =
    /inset:0/.test(style) ||
    (/width:100(vw|%)/.test(style) && /height:100(vh|%)/.test(style)) ||
    (/top:0/.test(style) && /bottom:0/.test(style) && /left:0/.test(style) && /right:0/.test(style));
  if (covers) return true;
  // Geometry forces a layout: on a live page not before its load event (a click layer is invisible, so finding
  // it in the scan after load costs the reader nothing; forcing layout during the load costs every page).
  if (live && el.ownerDocument.readyState !== 'complete') return false;
  const view = el.ownerDocument.defaultView;
  const r = el.getBoundingClientRect?.();
  return !!(view && r && r.width * r.height > 0.6 * view.innerWidth * view.innerHeight);
}

/** Does `el` show any text (scripts and styles aside)? An empty or script-only element is a slot, not text. */
function hasReadableText(el: Element): boolean {
  for (let n: Node | null = el.firstChild; n; ) {
    let next: Node | null = null;
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return true;
    } else if (n.nodeType === 1 && !IGNORABLE.has((n as Element).tagName)) next = n.firstChild;
    for (let up: Node | null = n; !next && up && up !== el; up = up.parentNode) next = up.nextSibling;
    n = next;
  }
  return false;
}

/** Declared or natural size of an image (never forces layout). */
function imageSize(img: Element): [number, number] {
  const i = img as HTMLImageElement;
  const w = Number(img.getAttribute('width')) || parseFloat(i.style?.width) || i.naturalWidth || 0;
  const h = Number(img.getAttribute('height')) || parseFloat(i.style?.height) || i.naturalHeight || 0;
  return [w, h];
}

/**
 * Builds a detector bound to one document: caches the site host and the main-content estimate, so the
 * content script can scan added subtrees cheaply. `scan(root)` returns outermost detections under root;
 * with `climb: true` a detection may be a wrapper above root (used for script-inserted ads).
 */
export function createDetector(doc: Document, opts: DetectOptions = {}) {
  const detachedBody = opts.body ?? null;
  let siteHost = detachedBody ? (opts.url ? hostOf(opts.url) : '') : siteHostOf(doc, opts.url ?? doc.URL);
  const live = !!opts.live;
  const bodyOf = () => detachedBody ?? doc.body;
  const isGone = (el: Element) => (detachedBody ? !detachedBody.contains(el) : !el.isConnected && doc.contains(doc.documentElement));
  let site = siteHost ? siteOf(siteHost) : '';
  let main: Element | null | undefined;
  let mainBlocks: Element[] = [];

  function mainContent(): Element | null {
    if (main === undefined || (main && isGone(main))) {
      main = findMainIn(bodyOf());
      // the story's prose blocks, which nothing may hide — but a short block that is itself a gambling promotion
      // ("Use promo code CPX150 at Parimatch for a 150% welcome bonus … Claim now") is a placement, not prose
      const lengths = new Map<Element, number>();
      mainBlocks = main
        ? Array.from(main.querySelectorAll('p,blockquote,pre,div,td,li')).filter((b) => {
            if (!isProseBlock(b)) return false;
            const t = textOf(b);
            // (a paragraph up to 250 characters; an offer card's text block up to 500: offer and terms)
            const max = b.tagName === 'P' ? 250 : b.tagName === 'BLOCKQUOTE' ? 0 : 500;
            if (t.length < max && isGamblingPromoText(t) && (b.querySelector('a[href]') || inLinkedBox(b, main!)))
              return false;
            // nor is a block of a box that carries its own ad caption ("<div><span>Реклама</span><div>Подписывайся на
            // наш канал…</div>…</div>"): the caption marks the box, its text is the advertiser's
            return !inCaptionedBox(b, main!, lengths) && !hasMarkingLine(b);
          })
        : [];
    }
    return main;
  }

  // A local copy (127.0.0.1, a saved file) names its real site in <link rel=canonical>, which may not have been parsed
  // when the detector was made (document_start): look again until it is found — once <head> is complete, only when
  // the page has new links (a copy without a canonical link: the site is the one its links lead to). Never on a real
  // site (its own host is final from the start).
  let siteProvisional = !detachedBody && isLocalHost(siteHost);
  let linksSeen = -1;
  function isExternal(url: string): boolean {
    if (siteProvisional && doc.head && (!doc.body || doc.links.length !== linksSeen)) {
      linksSeen = doc.body ? doc.links.length : -1;
      siteHost = siteHostOf(doc, opts.url ?? doc.URL);
      site = siteHost ? siteOf(siteHost) : '';
      siteProvisional = !(doc.body && hostOfCanonical(doc));
    }
    const h = hostOf(url);
    return !!h && !!site && siteOf(h) !== site;
  }

  /** Elements that may never be hidden: they hold (or are) the page's main text or structure. */
  function isProtected(el: Element): boolean {
    const tag = el.tagName;
    if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN' || tag === 'H1') return true;
    // an <article> is a story, unless it is one small card of a feed (`article.post-card` with a link and a badge)
    if (tag === 'ARTICLE' && !isCard(el)) return true;
    if (el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody') return true;
    if (el.querySelector('h1,main,article,[role="main"],[itemprop="articleBody"]')) return true;
    const m = mainContent();
    if (m && (el === m || el.contains(m))) return true;
    if (m && m.contains(el)) {
      for (const b of mainBlocks) if (el === b || el.contains(b)) return true;
    }
    let prose = 0;
    for (const b of Array.from(el.querySelectorAll('p,blockquote,pre'))) {
      if (isProseBlock(b) && ++prose >= 2) return true;
    }
    return false;
  }

  /**
   * The site's own "Реклама" / "Жарнама" / "Advertise with us" menu item (`<a id="nav-reklama">`): its class names
   * advertising, but it leads to the rate card — navigation, not a placement.
   */
  function isAdvertiseLink(el: Element): boolean {
    const a = el.tagName === 'A' ? el : el.querySelector('a[href]');
    if (!a || el.querySelector(MEDIA) || el.querySelectorAll('a').length > 1) return false;
    if (!ADVERTISE_NAV_RE.test(textOf(el))) return false;
    const href = a.getAttribute('href') ?? '';
    if (!ABSOLUTE_URL_RE.test(href)) return true;
    const url = href.startsWith('//') ? 'https:' + href : href;
    // a local copy that does not name its site: any link that is not an ad click or a bookmaker's
    if (isExternal(url) && isLocalHost(siteHost)) return !classifyUrl(url);
    return !isExternal(url);
  }

  /**
   * A list of the site's own headlines (three links or more, each a headline, none to another site, none tracked):
   * its class may name advertising (`div.adv-news`: the rubric about the ad market), its links are the site's stories.
   * Evidence from a class name alone does not outweigh that; a caption or a tracked link still does.
   */
  function isOwnHeadlineList(el: Element): boolean {
    const links = el.getElementsByTagName('a');
    if (links.length < 3 || el.querySelector('iframe,ins,[data-erid]')) return false;
    let headlines = 0;
    for (const a of Array.from(links)) {
      const href = a.getAttribute('href') ?? '';
      if (!href || /[?&](utm_|erid=)/i.test(href) || hasAffiliateMarks(href)) return false;
      if (ABSOLUTE_URL_RE.test(href) && isExternal(href.startsWith('//') ? 'https:' + href : href)) return false;
      if (textOf(a).length >= 20) headlines++;
    }
    return headlines >= 3;
  }

  /** A link whose text sits inside a paragraph of prose: an article link, not a placement. */
  function isInlineInProse(a: Element): boolean {
    const block = a.parentElement?.closest('p,li,td,dd,blockquote,div,section');
    if (!block) return false;
    if (/^(P|LI|TD|DD|BLOCKQUOTE)$/.test(block.tagName)) {
      const len = proseLength(block);
      // a short paragraph that is itself a promotion ("Промокод … фрибет") is a placement, not prose
      return len >= 80 && !(len < 250 && isGamblingPromoText(textOf(block)));
    }
    const own = ownTextLength(block);
    return own >= 80 && !(own < 250 && isGamblingPromoText(textOf(block)));
  }

  /** A few words of a sentence of the story made into an ad link (no picture): unwrapped, not hidden. */
  function isInlineAdLink(el: Element): boolean {
    if (el.tagName !== 'A' || el.querySelector(MEDIA)) return false;
    const n = textOf(el).trim().length;
    return n > 0 && n <= 60 && isInlineInProse(el);
  }

  /**
   * The text around a link: its nearest ancestor with more than a few words (the brand often sits in a sibling:
   * "<span>1WIN</span> +500% … <a>Получить бонус</a>"), or '' when that ancestor is long (an article, a list).
   */
  function contextText(a: Element): string {
    let el = a.parentElement;
    while (el && el.parentElement && textOf(el).length < 40 && el.tagName !== 'BODY') el = el.parentElement;
    const t = el ? textOf(el) : '';
    return t.length <= 400 ? t : '';
  }

  /**
   * Seeds under `root` (root included), in the order of the eight kinds below, each kind in document order.
   * One walk over the subtree does all per-element checks (no selector list is run over the whole tree: in jsdom
   * a long selector list costs more than the rest of the detector together); elements without attributes are
   * skipped at once, and the container selector only runs on elements whose attributes hold one of its literals.
   */
  function collectSeeds(root: Element | Document, selfOnly = false): Seed[] {
    const rootEl = root.nodeType === 1 ? (root as Element) : null;
    const containers: Seed[] = [];
    const tokens: Seed[] = [];
    const links: Seed[] = [];
    const images: Seed[] = [];
    const backgrounds: Seed[] = [];
    const labels: Seed[] = [];
    const frames: Seed[] = [];

    const visit = (el: Element) => {
      if (!el.hasAttributes()) return;
      const tag = el.localName;
      const id = el.getAttribute('id');
      const cls = el.getAttribute('class');
      // Most elements carry only a class (or an id): every check below that reads another attribute is skipped for
      // them (each DOM call from the content script's world costs; this runs on every element of every page).
      const more = el.attributes.length > (id === null ? 0 : 1) + (cls === null ? 0 : 1);

      // 1. containers only ad networks create
      if (mayBeAdContainer(el, id, cls, more) && el.matches(AD_CONTAINER_SELECTOR) && !el.closest('pre,code,textarea')) {
        containers.push({ element: el, kind: 'ad', reason: 'selector' });
      }

      // 1b. Russian ad-law marking on the element itself (erid: the token every registered ad carries)
      if (more && el.hasAttribute('data-erid')) containers.push({ element: el, kind: 'ad', reason: 'erid' });

      // 2. ad tokens in class / id (token match: "header", "badge", "download", "address", "adaptive" never match)
      if ((cls !== null || id !== null) && !NEVER_TOKEN_TAGS.has(tag) && (tag !== 'article' || isCard(el)) && !isEditorialStructure(el, tag)) {
        // an id made from the element's own words is an anchor ("Ad markup in the wild" → #ad-markup-in-the-wild)
        const hit = adTokenOf(cls ?? '') || (id !== null && adTokenOf(id) && !isTextSlug(el, id) ? adTokenOf(id) : 0);
        if (hit === AD_TOKEN || (hit === WEAK_AD_TOKEN && (isFloating(el, live) || !hasReadableText(el)))) {
          if (!isAdvertiseLink(el) && !isOwnHeadlineList(el)) tokens.push({ element: el, kind: 'ad', reason: 'ad-token' });
        }
      }

      if (!more) return; // steps 3-8 read attributes other than id and class

      // 3. links: ad clicks, gambling hosts and affiliates, image banners to other sites
      if (tag === 'a') {
        const href = el.getAttribute('href');
        // a link through a redirect (`/away?to=https%3A%2F%2F1xbet.kz…`, `go.php?url=…`) is judged by where it leads
        const target = href === null ? null : redirectTarget(href);
        const seed = target ? linkSeed(el as HTMLAnchorElement, target) : null;
        if (seed) links.push(seed);
        else if (href !== null && ABSOLUTE_URL_RE.test(href)) {
          const seed = linkSeed(el as HTMLAnchorElement, href);
          if (seed) links.push(seed);
        } else if (href === null && isAdLabel((el.getAttribute('aria-label') ?? '').trim())) {
          // a link with no target yet, named "Реклама" / "Advertisement": a field the ad script fills (branding
          // side fields, a click layer); a menu link to the rate card always has its href
          links.push({ element: el, kind: 'ad', reason: 'ad-aria-label' });
        }
      }

      // 4. gambling images (alt/title/src naming a bookmaker), outside prose
      if (tag === 'img') {
        const alt = el.getAttribute('alt');
        const title = el.getAttribute('title');
        const src = el.getAttribute('src');
        if (alt !== null || title !== null || src !== null) {
          const s = (alt ?? '') + ' ' + (title ?? '') + ' ' + (src === null || src.startsWith('data:') ? pictureText(el) : src) + lazySources(el);
          const named = GAMBLING_BRAND_TEXT_RE.test(s.replace(/[_/.-]/g, ' ')) || (s.includes('<') && isGamblingPromoText(s));
          if (named && el.closest('a[href]') && !el.closest('figure')) {
            images.push({ element: el.closest('a[href]')!, kind: 'gambling', reason: 'gambling-image' });
          }
        }
      }

      // 5. backgrounds: gambling branding painted with CSS (inline style url(...) naming a brand or /branding/)
      const rawStyle = el.getAttribute('style');
      if (rawStyle !== null && rawStyle.includes('url(')) {
        const style = decodeURIComponentSafe(rawStyle);
        const urls = style.match(/url\(([^)]*)\)/gi)?.join(' ') ?? '';
        if (urls && (isGamblingPromoText(urls) || GAMBLING_BRAND_TEXT_RE.test(urls) || /\/branding\//i.test(urls))) {
          const gamb = GAMBLING_BRAND_TEXT_RE.test(urls) || isGamblingPromoText(urls);
          backgrounds.push({ element: el, kind: gamb ? 'gambling' : 'ad', reason: 'background-banner' });
        }
      }

      // 8. iframes: served by a bookmaker or an ad network, a creative that links to one or promotes gambling,
      //    or a frame titled "Advertisement" / "Реклама"
      if (tag === 'iframe') {
        const frame = frameSeed(el);
        if (frame) frames.push(frame);
      }
    };

    // 6. ad captions: "Реклама", "Sponsored", "Партнерский материал", "Серіктес материалы", erid marking
    const walkerRoot = rootEl ?? (root as Document).body ?? (root as Document).documentElement;
    const visitText = (n: Node) => {
      const v = n.nodeValue ?? '';
      if (v.length > 400 || !LABEL_HINT_RE.test(v)) return;
      if (!rootEl && walkerRoot && !walkerRoot.contains(n)) return; // a document's captions are looked for in <body>
      const t = v.replace(/\s+/g, ' ').trim();
      // a caption, or a Russian-law marking line ("Реклама. АО «…». Лицензия … erid: 2Vtz…"), longer, in a card with a link
      const marking = t.length > 80 && t.length <= 300 && AD_MARKING_RE.test(t);
      if (t.length < 2 || !(marking || isAdLabel(t))) return;
      const host = n.parentElement;
      if (!host || SKIP_TEXT_PARENTS.has(host.tagName) || host.closest('pre,code,textarea,button,select,option,nav')) return;
      const link = host.closest('a');
      if (link && textOf(link) === t) return; // a menu link "Реклама" / "Advertise" is navigation
      if (inDataTable(host)) return; // a cell of a table that reads "Реклама" (a story about ad marking)
      const card = cardOfLabel(n, t);
      if (card && marking && !card.querySelector('a[href]')) return;
      // the site's own advertising section (a footer column "Advertising" over "Advertise with us", "Реклама на
      // сайте"): about selling ads, not an ad
      if (card && !card.querySelector(MEDIA) && Array.from(card.querySelectorAll('a[href]')).some((a) => ADVERTISE_NAV_RE.test(textOf(a).trim())))
        return;
      // the card's kind by all it shows: its text, its pictures' words, its links and frames
      if (card) labels.push({ element: card, kind: isGamblingUnit(card) ? 'gambling' : 'ad', reason: 'ad-label' });
    };

    if (selfOnly) {
      if (rootEl) {
        visit(rootEl);
        for (let c = rootEl.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) visitText(c);
      }
    } else if (live) {
      // a live page in a browser: the engine's own selector and tree walker are faster than a walk in script
      if (rootEl) visit(rootEl);
      const list = (root as ParentNode).querySelectorAll(SEED_CANDIDATES);
      for (let i = 0; i < list.length; i++) visit(list[i]);
      if (walkerRoot) {
        const walker = doc.createTreeWalker(walkerRoot, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) visitText(n);
      }
    } else {
      // document order over elements and texts: firstChild / nextSibling, back up through parentNode
      const start: Node | null = rootEl ?? (root as Document).documentElement;
      let n: Node | null = start;
      while (n) {
        const type: number = n.nodeType;
        if (type === 1) visit(n as Element);
        else if (type === 3) visitText(n);
        let next: Node | null = type === 1 ? n.firstChild : null;
        if (!next) {
          for (let up: Node | null = n; up && up !== start; up = up.parentNode) {
            if ((next = up.nextSibling)) break;
          }
        }
        n = next;
      }
    }

    // 7. full-screen click layers (body-level, script-inserted)
    const clickLayers: Seed[] = [];
    const body = bodyOf();
    const html = detachedBody ? null : doc.documentElement;
    const bodyLevel = (e: Element | null) => !!e && !!e.parentElement && (e.parentElement === body || e.parentElement === html);
    const floating: Element[] = [];
    if (rootEl && bodyLevel(rootEl)) floating.push(rootEl);
    if (!selfOnly && (!rootEl || rootEl === body || rootEl === html)) floating.push(...Array.from(body?.children ?? []));
    for (const el of floating) {
      if (isClickLayer(el, live)) clickLayers.push({ element: el, kind: 'ad', reason: 'click-layer' });
      // a bar or box a script put at the end of the page, promoting a bookmaker with a call to action but no link
      // of its own ("Bet $5, Get $200 in Bonus Bets · <a role=button>Claim now</a> · 21+"): it opens by script
      else if (isGamblingBar(el)) clickLayers.push({ element: el, kind: 'gambling', reason: 'gambling-bar' });
    }

    return containers.concat(tokens, links, images, backgrounds, labels, clickLayers, frames);
  }

  function isGamblingBar(el: Element): boolean {
    if (IGNORABLE.has(el.tagName) || /^(HEADER|FOOTER|NAV|MAIN|ARTICLE|ASIDE)$/.test(el.tagName)) return false;
    // links are judged by their targets; this is for a bar whose button has none
    if (el.querySelector('a[href],nav,form') || !el.querySelector('button,[role="button"],a')) return false;
    const t = textOf(el);
    return t.length >= 20 && t.length <= 300 && isGamblingPromoText(t) && !el.querySelector('h1,article,main,nav,p+p');
  }

  /** Step 8 of collectSeeds for one iframe. */
  function frameSeed(el: Element): Seed | null {
    const src = el.getAttribute('src');
    if (src !== null && ABSOLUTE_URL_RE.test(src)) {
      const v = classifyUrl(src.startsWith('//') ? 'https:' + src : src);
      if (v) return { element: el, kind: v.kind, reason: 'iframe-' + v.reason };
    }
    const sd = el.getAttribute('srcdoc');
    if (sd !== null) {
      for (const h of sd.match(/href=["']?([^"' >]+)/gi) ?? []) {
        const v = classifyUrl(h.replace(/^href=["']?/i, ''));
        if (v) return { element: el, kind: v.kind, reason: 'iframe-' + v.reason };
      }
      const text = sd.slice(0, 4000).replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ');
      if (isGamblingPromoText(text)) return { element: el, kind: 'gambling', reason: 'iframe-gambling-text' };
    }
    const title = (el.getAttribute('title') ?? '') || (el.getAttribute('aria-label') ?? '');
    if (title && isAdLabel(title)) return { element: el, kind: 'ad', reason: 'iframe-ad-title' };
    // a frame the page's script wrote a creative into (no src or about:blank, `document.write`): its own document
    if (sd === null && (src === null || src === '' || src === 'about:blank')) {
      let body: HTMLElement | null | undefined;
      try {
        body = (el as HTMLIFrameElement).contentDocument?.body;
      } catch {
        body = null;
      }
      if (body) {
        if (isGamblingFrameDocument(el as HTMLIFrameElement)) return { element: el, kind: 'gambling', reason: 'iframe-written-gambling' };
        const links = body.getElementsByTagName('a');
        for (let i = 0; i < links.length && i < 20; i++) {
          const h = links[i].getAttribute('href') ?? '';
          const v = ABSOLUTE_URL_RE.test(h) ? classifyUrl(h.startsWith('//') ? 'https:' + h : h) : null;
          if (v) return { element: el, kind: v.kind, reason: 'iframe-written-' + v.reason };
        }
      }
    }
    return null;
  }

  /** Step 3 of collectSeeds for one absolute link. */
  function linkSeed(a: HTMLAnchorElement, href: string): Seed | null {
    const url = href.startsWith('//') ? 'https:' + href : href;
    // an inline <svg> drawn as the banner counts as its picture
    const img = a.getElementsByTagName('img')[0] ?? a.getElementsByTagName('svg')[0] ?? null;
    let text: string | undefined;
    const linkText = () => (text ??= textOf(a));
    const label = () =>
      linkText() + ' ' + (img?.getAttribute('alt') ?? '') + ' ' + (a.getAttribute('aria-label') ?? '') + ' ' + pictureText(img);
    const verdict = classifyUrlWith(url, label);
    if (verdict) {
      if (isInlineInProse(a)) return null;
      return { element: a, kind: verdict.kind, reason: verdict.reason };
    }
    if (/\badvertisement\b|\bреклам/i.test(a.getAttribute('aria-label') ?? '')) {
      return { element: a, kind: 'ad', reason: 'ad-aria-label' };
    }
    // a paid link (rel="sponsored", the marking search engines require) outside the story, or an affiliate-tagged
    // link to another site whose surroundings promote gambling ("1WIN +500% к первому депозиту … Получить бонус").
    // Inside the story a sponsored link is the journalist's (a product list with affiliate links) unless it sells
    // gambling.
    const main = mainContent();
    const sponsored = /\bsponsored\b/i.test(a.getAttribute('rel') ?? '') && !(main && main.contains(a));
    // a short call to action to a betting/casino URL inside an unmistakable promotion ("Bet Packers-Bears" in a bar
    // that says "Gambling Problem? Call 1-800-GAMBLER"); a headline to such a URL is a news link
    const cta = () => linkText().length <= 40 && GAMBLING_URL_WORD_RE.test(url) && GAMBLING_STRONG_RE.test(contextText(a));
    if ((sponsored || hasAffiliateMarks(url) || cta()) && isExternal(url)) {
      const ctx = contextText(a);
      const own = label();
      const gamb =
        (!!ctx && isGamblingPromoText(ctx)) ||
        isGamblingPromoText(own) ||
        GAMBLING_BRAND_TEXT_RE.test(own) ||
        /casino|казино|букмекер|bookmaker|sportsbook|бәс тіг/i.test(own);
      if ((sponsored || gamb) && !isInlineInProse(a)) {
        return { element: a, kind: gamb ? 'gambling' : 'ad', reason: sponsored ? 'sponsored-link' : 'gambling-affiliate-context' };
      }
    }
    // a banner drawn by CSS: a tracked link to another site that shows no text and no picture of its own, only boxes
    // (`<a href="…?utm_source=site&utm_campaign=oct"><div class="h2j_w8"></div></a>`, the picture a background)
    if (!img && a.firstElementChild && !linkText().trim() && isExternal(url) && !a.closest('figure,nav,header,footer')) {
      const rel = (a.getAttribute('rel') ?? '').toLowerCase();
      const tracked = /sponsored/.test(rel) || /[?&]utm_campaign=/i.test(url) || hasAffiliateMarks(url);
      if (tracked && !a.querySelector('i,svg,use,[class*="icon" i]')) {
        const v = classifyUrl(url);
        return { element: a, kind: v?.kind === 'gambling' ? 'gambling' : 'ad', reason: 'css-banner' };
      }
    }
    // image banner: an external link whose whole content is a banner-sized image
    if (img && linkText().length <= 2 && isExternal(url) && !a.closest('figure')) {
      const rel = (a.getAttribute('rel') ?? '').toLowerCase();
      const tracked = /sponsored/.test(rel) || /[?&]utm_(source|medium|campaign)=/i.test(url) || hasAffiliateMarks(url);
      const [w, h] = imageSize(img);
      if (tracked && w >= 120 && h >= 50 && !isInlineInProse(a)) {
        const l = label();
        const gamb = GAMBLING_BRAND_TEXT_RE.test(l) || isGamblingPromoText(l);
        return { element: a, kind: gamb ? 'gambling' : 'ad', reason: 'image-banner' };
      }
    }
    return null;
  }

  /**
   * The card an ad caption belongs to: the nearest ancestor that holds more than the caption — text, media, or an
   * empty slot next to it (`<aside><span>Advertisement</span><div id="div-gpt-ad-…"></div></aside>`: the aside is
   * the card; climbing on past an unfilled slot would take the whole column with it).
   */
  function cardOfLabel(n: Node, label: string): Element | null {
    let el = n.parentElement;
    // the outermost box that holds the caption and nothing else (`<div class="slot"><span>Advertisement</span></div>`,
    // a slot the ad script fills later): the placement when no card around it qualifies
    let box: Element | null = null;
    while (el && (textOf(el).length <= label.length + 2 || isCaptionBar(el)) && !el.querySelector(MEDIA) && !hasEmptySlot(el, n)) {
      if (el !== n.parentElement && BOX_TAGS.has(el.tagName)) box = el;
      el = el.parentElement;
    }
    const card = el && cardAround(el, n);
    return card ? withThumbnail(card) : box && !isProtected(box) ? box : null;
  }

  /** A card next to nothing but its own unlinked picture (`<div><img><div>…Реклама…</div></div>`): the picture's box. */
  function withThumbnail(card: Element): Element {
    const p = card.parentElement;
    if (!p || p === bodyOf() || textOf(p).length !== textOf(card).length || isProtected(p)) return card;
    for (let c = p.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== card && !IGNORABLE.has(c.tagName) && !((c.tagName === 'IMG' || c.tagName === 'PICTURE' || isBarePicture(c)) && !c.closest('a'))) return card;
    }
    return p;
  }

  function cardAround(el: Element, n: Node): Element | null {
    if (isProtected(el)) return null;
    // a caption sits at the top or bottom of its card
    const kids = Array.from(el.childNodes).filter(
      (c) => (c.nodeType === 3 && (c.nodeValue ?? '').trim()) || (c.nodeType === 1 && !IGNORABLE.has((c as Element).tagName)),
    );
    const first = kids[0];
    const last = kids[kids.length - 1];
    const holds = (c: Node | undefined) => !!c && (c === n || c.contains(n));
    if (!holds(first) && !holds(last)) return null;
    if (proseLength(el) > 400) return null;
    return el;
  }

  /** Is what `parent` holds besides the ad(s) only a caption, a heading, a close button or a disclaimer? */
  function residualOk(parent: Element, ads: Set<Element>, kind: BlockKind): boolean {
    const parts: string[] = [];
    const others: Element[] = [];
    let pictures = 0;
    for (const c of Array.from(parent.childNodes)) {
      if (c.nodeType === 3) {
        const t = (c.nodeValue ?? '').trim();
        if (t) parts.push(t);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (ads.has(el) || IGNORABLE.has(el.tagName)) continue;
      // content next to the ad (a list of links, a table, a form, prose) keeps the wrapper
      if (el.matches('a[href],p,ul,ol,table,form,input,blockquote,pre,nav')) {
        // a card's thumbnail link to the same place as the ad's own link is part of the card
        if (el.tagName === 'A' && sameTargetAsAd(el, parent, ads)) continue;
        if (el.matches(MEDIA) || el.querySelector(MEDIA)) return false;
        const t = spacedText(el);
        if (!t) continue;
        // next to a gambling ad, a short odds table / disclaimer paragraph naming bookmakers is part of the promotion
        if (kind === 'gambling' && el.matches('p,ul,ol,table') && t.length <= 400 && isGamblingText(t)) {
          others.push(el);
          parts.push(t);
          continue;
        }
        return false;
      }
      // the picture of a native ad card (`<div><img><div>Жарнама · <a>…</a></div></div>`): an unlinked image is
      // part of the card when nothing else is (checked below); any other media keeps the wrapper
      if ((el.tagName === 'IMG' || el.tagName === 'PICTURE' || isBarePicture(el)) && !el.closest('a,figure')) {
        pictures++;
        continue;
      }
      // media inside this part count only when they are not themselves the ad (a bookmaker's logo link in the head
      // of its odds block is the ad, not content next to it)
      if (el.matches(MEDIA) || hasMediaOutside(el, ads)) return false;
      if (el.querySelector('p,ul,ol,table,form,input,blockquote,pre,nav')) return false;
      for (const a of Array.from(el.querySelectorAll('a[href]'))) if (!ads.has(a) && !hasAdAncestorIn(a, el, ads)) return false;
      if ((el.textContent ?? '').length > 1500) return false;
      const t = spacedText(el);
      if (!t) continue;
      if (el.tagName === 'BUTTON' && t.length <= 24) continue;
      others.push(el);
      parts.push(t);
    }
    const r = parts.join(' ').trim();
    // a bookmaker's offer card: its picture, its offer and its terms ("18+ BeGambleAware", "Промокод: …") next to its
    // link are all the promotion (the parts are blocks without paragraphs or links of their own: checked above)
    const promo = kind === 'gambling' && r.length <= 700 && isGamblingPromoText(r);
    if (pictures) return (!r && !others.length && (parent.textContent ?? '').length <= 300) || promo;
    if (!r || promo) return true;
    if (r.length > 300) return false;
    if (AD_CAPTION_RE.test(r) || isAdLabel(parts[0] ?? '')) return true;
    if (kind === 'gambling' && (isGamblingText(r) || gamblingScore(r) >= 2 || ODDS_HEADER_RE.test(r))) return true;
    // a short lead-in before a row of ad links ("Полезное: <a>…</a> · <a>…</a>", "Ставкалар: …")
    if (!others.length) {
      const bare = r.replace(/[·•|,;:\-–—/\s]+/g, ' ').trim();
      if (bare.length <= 24 && bare.split(' ').length <= 3) return true;
    }
    // one short heading ("Новости СМИ2", "Курсы валют", "Спецпроекты") above the ad
    if (r.length <= 40 && others.length === 1 && parts.length === 1) {
      if (/^(H[2-6]|B|STRONG|DIV|SPAN|HEADER|LABEL|SMALL|TIME)$/.test(others[0].tagName)) return true;
    }
    return false;
  }

  /** Placements whose wrapper was still being parsed: the content script scans them again later. */
  const pending = new Set<Element>();

  function scan(root: Element | Document, climb = false, selfOnly = false): Detection[] {
    const rootEl = root.nodeType === 1 ? (root as Element) : null;
    const seeds = collectSeeds(root, selfOnly).filter((s) => {
      if (!isParsed(s.element, live)) {
        pending.add(s.element);
        return false;
      }
      return !isProtected(s.element);
    });
    if (!seeds.length) return [];
    const ads = new Set<Element>(seeds.map((s) => s.element));
    const kindOf = new Map<Element, BlockKind>();
    for (const s of seeds) if (kindOf.get(s.element) !== 'gambling') kindOf.set(s.element, s.kind);

    // climb to the wrapper; repeat so that sibling ads let their common wrapper go too
    let units = new Map<Element, Seed>();
    for (const s of seeds) units.set(s.element, s);
    for (let pass = 0; pass < 3; pass++) {
      let changed = false;
      const next = new Map<Element, Seed>();
      for (const [el, s] of units) {
        let cur = el;
        for (;;) {
          const p = cur.parentElement;
          if (!p || p.tagName === 'BODY' || p.tagName === 'HTML') break;
          if (!climb && rootEl && !rootEl.contains(p)) break;
          if (!isParsed(p, live)) {
            pending.add(cur);
            break;
          }
          const kind = kindOf.get(cur) === 'gambling' || s.kind === 'gambling' ? 'gambling' : 'ad';
          const ok = residualOk(p, ads, kind) || ((p.textContent ?? '').length <= 600 && textOf(p).length <= 400 && isFloating(p, live));
          if (ok && !isProtected(p)) {
            ads.add(p);
            if (kind === 'gambling') kindOf.set(p, 'gambling');
            cur = p;
            changed = true;
            continue;
          }
          break;
        }
        const prev = next.get(cur);
        next.set(cur, prev && prev.kind === 'gambling' ? prev : { ...s, element: cur });
      }
      units = next;
      if (!changed) break;
    }

    // outermost only; gambling wins when a gambling seed lies inside
    const list = Array.from(units.values());
    const out: Detection[] = [];
    for (const u of list) {
      if (list.some((o) => o.element !== u.element && o.element.contains(u.element))) continue;
      if (isProtected(u.element)) continue;
      let kind: BlockKind = u.kind;
      if (kind !== 'gambling') {
        for (const s of seeds) {
          if (s.kind === 'gambling' && u.element.contains(s.element)) {
            kind = 'gambling';
            break;
          }
        }
      }
      if (kind !== 'gambling' && isGamblingUnit(u.element)) kind = 'gambling';
      if (isInlineAdLink(u.element)) out.push({ element: u.element, kind, reason: u.reason, inline: true });
      else out.push({ element: u.element, kind, reason: u.reason });
    }
    return out;
  }

  /**
   * A shadow host (a web component, or an empty slot an ad script drew into with attachShadow): selectors and the
   * document's observer do not reach inside, so the host is judged by its shadow tree as one unit — its links
   * (ad-network clicks, bookmakers, paid or affiliate links next to a gambling promotion), its frames, and its text
   * (a caption first: "Реклама", "Sponsored"). Hidden as a whole; never a protected element, never a component that
   * carries text of its own or a lot of it (a comments widget, a player).
   */
  function judgeShadowHost(host: Element, root: ShadowRoot | DocumentFragment): Detection | null {
    if (textOf(host).trim().length > 200 || isProtected(host)) return null;
    const parts: string[] = [];
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n && parts.length < 200; n = walker.nextNode()) {
      const p = n.parentElement;
      if (p && SKIP_TEXT_PARENTS.has(p.tagName)) continue;
      const v = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (v) parts.push(v);
    }
    const text = parts.join(' ');
    if (text.length > 1500 || root.querySelector('p ~ p ~ p, h1, article')) return null;
    // its words and its pictures' words (a banner's alt: "1xBet — бонус 100%")
    const alts = Array.from(root.querySelectorAll('img[alt]'), (i) => i.getAttribute('alt')).join(' ');
    const gamb = isGamblingPromoText(text + ' ' + alts) || GAMBLING_BRAND_TEXT_RE.test(text + ' ' + alts);
    let kind: BlockKind | null = null;
    const links = root.querySelectorAll('a[href]');
    for (let i = 0; i < links.length && i < 30 && kind !== 'gambling'; i++) {
      const a = links[i];
      const href = a.getAttribute('href') ?? '';
      if (!ABSOLUTE_URL_RE.test(href)) continue;
      const url = href.startsWith('//') ? 'https:' + href : href;
      const v = classifyUrlWith(url, () => textOf(a));
      const paid = /\bsponsored\b/i.test(a.getAttribute('rel') ?? '') || hasAffiliateMarks(url);
      if (v) kind = v.kind === 'gambling' || gamb ? 'gambling' : 'ad';
      else if (paid && isExternal(url)) kind = gamb ? 'gambling' : (kind ?? 'ad');
    }
    for (const f of Array.from(root.querySelectorAll('iframe'))) {
      const seed = frameSeed(f);
      if (seed) kind = seed.kind === 'gambling' || gamb ? 'gambling' : (kind ?? 'ad');
    }
    if (!kind && parts.length && parts[0].length <= 80 && isAdLabel(parts[0])) kind = gamb ? 'gambling' : 'ad';
    return kind ? { element: host, kind, reason: 'shadow-root' } : null;
  }

  return {
    get siteHost() {
      return siteHost;
    },
    scan,
    judgeShadowHost,
    /** Takes the placements to scan again once their wrappers are complete (see isParsed). */
    takePending(): Element[] {
      const out = Array.from(pending);
      pending.clear();
      return out;
    },
    /**
     * Forget the main-content estimate (call after the page changed a lot, e.g. at DOMContentLoaded); a local copy's
     * site (its canonical URL, not yet parsed at document_start) is looked up again.
     */
    invalidate() {
      main = undefined;
      if (!detachedBody) {
        siteHost = siteHostOf(doc, opts.url ?? doc.URL);
        site = siteHost ? siteOf(siteHost) : '';
        siteProvisional = false;
      }
    },
    mainContent,
    isProtected,
  };
}

/**
 * A card's caption bar: an ad caption with only captions, age marks or separators beside it ("Sponsored · Partner
 * offer", "Реклама | 18+"), no link, no picture, short — the card is the box around it, not the bar.
 */
function isCaptionBar(el: Element): boolean {
  if (textOf(el).length > 60 || el.querySelector('a[href]') || el.querySelector(MEDIA)) return false;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let label = false;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = (t.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!v || AGE_MARK_RE.test(v)) continue;
    if (isAdLabel(v)) label = true;
    else if (!AD_CAPTION_RE.test(v)) return false;
  }
  return label;
}

/** An age mark or separator next to an ad caption ("18+", "21+", "·", "|"). */
const AGE_MARK_RE = /^[\s·•|/\-–—]*(\d{1,2}\s*\+)?[\s·•|/\-–—]*$/;

/** The text of a site's menu item about advertising on the site. */
const ADVERTISE_NAV_RE =
  /^(реклама( на сайте)?|размещение рекламы|рекламодателям|жарнама( беру| орналастыру)?|жарнама берушілерге|advertis(e|ing)( with us| on [\w. ]+)?|advertisers)$/i;

/** A small teaser card: little text, no heading of a story, no paragraph of prose. */
/** Never a placement by its class or id alone: the page's frame and its headings. */
const NEVER_TOKEN_TAGS = new Set(['html', 'body', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A data table (header cells) or a captioned figure is the story's own structure, whatever its class says
 * (`table.ad-networks` comparing ad networks, `figure.ad-diagram` in a post about ad markup) — unless the figure's
 * caption is itself an ad caption (`<figure class="ad"><figcaption>Реклама</figcaption>`).
 */
function isEditorialStructure(el: Element, tag: string): boolean {
  if (tag === 'table') return !!el.querySelector('th,caption');
  if (tag !== 'figure') return false;
  const cap = el.querySelector('figcaption');
  if (!cap) return false;
  const t = textOf(cap).replace(/\s+/g, ' ').trim();
  return t.length > 0 && !isAdLabel(t);
}

/** Is `id` the slug of the element's own text (a heading anchor, a table-of-contents entry)? */
function isTextSlug(el: Element, id: string): boolean {
  const t = textOf(el).trim().toLowerCase();
  if (t.length < 8 || t.length > 200) return false;
  const slug = t.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug.length >= 8 && id.toLowerCase().includes(slug);
}

/**
 * Is `b` one of the blocks of a short box (below `main`, 700 characters at most) that also holds a link — a
 * sportsbook offer's disclaimer ("21+ … Gambling Problem? Call 1-800-GAMBLER") next to its "Bet now" link?
 */
function inLinkedBox(b: Element, main: Element): boolean {
  const box = b.parentElement;
  return !!box && box !== main && textOf(box).length <= 700 && !!box.querySelector('a[href]');
}

/**
 * Is `b` (a prose block of the main content) inside a short box, below `main`, one of whose own children is an ad
 * caption and nothing else? (`lengths`: text lengths already measured, shared by the blocks of one estimate)
 */
function inCaptionedBox(b: Element, main: Element, lengths: Map<Element, number>): boolean {
  for (let c = b.parentElement; c && c !== main; c = c.parentElement) {
    let len = lengths.get(c);
    if (len === undefined) lengths.set(c, (len = textOf(c).length)); // blocks share their ancestors
    if (len > 700) return false;
    for (let ch = c.firstElementChild; ch; ch = ch.nextElementSibling) {
      if (ch === b || ch.contains(b)) continue;
      if (ch.firstElementChild) {
        if (isCaptionBar(ch)) return true;
        continue;
      }
      const t = textOf(ch).replace(/\s+/g, ' ').trim();
      if (t.length >= 2 && t.length <= 40 && isAdLabel(t)) return true;
    }
  }
  return false;
}

/**
 * One small card of a feed (`article.post-card`): no headline of a page, no nested story, at most one paragraph (a
 * teaser's lead), and little text besides its links (a headline link and a lead; a teaser block's row of links).
 */
/**
 * Does the block carry its own Russian-law ad marking in a line of its own, next to a link (`<div><a>Акции США от 1
 * доллара</a> … <span>Реклама. АО «…». erid: 2Vtz…</span></div>`)? Then its text is the advertiser's, not prose.
 */
function hasMarkingLine(b: Element): boolean {
  if (b.tagName === 'BLOCKQUOTE' || !b.querySelector('a[href]')) return false;
  for (let c = b.firstElementChild; c; c = c.nextElementSibling) {
    if (c.firstElementChild || c.tagName === 'A') continue;
    const t = textOf(c);
    if (t.length <= 300 && AD_MARKING_RE.test(t)) return true;
  }
  return false;
}

function isCard(el: Element): boolean {
  if (el.querySelector('h1,article') || el.querySelectorAll('p').length > 1) return false;
  const len = spacedText(el).length;
  return len < 300 || (len < 600 && proseLength(el) < 200);
}

/** Boxes a caption-only slot is made of. */
const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'INS']);

/** Where a redirect link leads: an absolute http(s) URL in its `to` / `url` / `u` / `goto` / … parameter. */
const REDIRECT_PARAM_RE = /[?&](?:to|url|u|goto|go|link|target|redirect|redir|dest|destination|out|away|adurl)=([^&#]+)/i;
function redirectTarget(href: string): string | null {
  if (!href.includes('http')) return null;
  const m = REDIRECT_PARAM_RE.exec(href);
  if (!m) return null;
  const t = decodeURIComponentSafe(m[1]);
  return /^https?:\/\//i.test(t) ? t : null;
}

/** Elements an ad network fills later: block or custom elements, scripts, ins. */
const SLOT_TAGS = new Set(['DIV', 'INS', 'IFRAME', 'SCRIPT', 'SECTION', 'ASIDE']);

/** Does `el` hold, beside the branch with `n`, an empty element an ad network fills later? */
function hasEmptySlot(el: Element, n: Node): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.contains(n)) continue;
    if ((SLOT_TAGS.has(c.tagName) || c.tagName.includes('-')) && !textOf(c)) return true;
  }
  return false;
}

/** Text that is about betting by itself: a promotion, a row of odds or a bookmaker's name. */
/** A thumbnail box of a card: one picture, no text, no link (`<div class="thumb"><img></div>`). */
function isBarePicture(el: Element): boolean {
  if (el.children.length !== 1 || (el.textContent ?? '').trim()) return false;
  const c = el.firstElementChild!;
  return (c.tagName === 'IMG' || c.tagName === 'PICTURE' || isBarePicture(c)) && !el.querySelector('a');
}

/** Inside a cell of a data table (three rows or more of two cells or more), not a layout table's slot. */
function inDataTable(el: Element): boolean {
  const cell = el.closest('td,th,caption');
  const table = cell?.closest('table');
  if (!table) return false;
  let rows = 0;
  for (const tr of Array.from(table.rows)) if (tr.cells.length >= 2 && ++rows >= 3) return true;
  return false;
}

function isGamblingText(t: string): boolean {
  return isGamblingPromoText(t) || ODDS_ROW_RE.test(t) || GAMBLING_BRAND_TEXT_RE.test(t) || hasOddsNotation(t);
}

/** Is `a` a link to where a link inside one of `parent`'s ad children leads (a card's picture link)? */
function sameTargetAsAd(a: Element, parent: Element, ads: Set<Element>): boolean {
  const href = a.getAttribute('href');
  if (!href || href === '#' || (a.textContent ?? '').trim().length > 0) return false;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === a || !ads.has(c)) continue;
    const links = c.tagName === 'A' ? [c] : Array.from(c.querySelectorAll('a[href]'));
    if (links.some((l) => l.getAttribute('href') === href)) return true;
  }
  return false;
}

/** Does `el` hold a picture, video or frame that is not inside one of the `ads`? */
function hasMediaOutside(el: Element, ads: Set<Element>): boolean {
  const media = el.querySelectorAll(MEDIA);
  for (let i = 0; i < media.length; i++) if (!ads.has(media[i]) && !hasAdAncestorIn(media[i], el, ads)) return true;
  return false;
}

function hasAdAncestorIn(node: Element, stop: Element, ads: Set<Element>): boolean {
  for (let e = node.parentElement; e && e !== stop; e = e.parentElement) if (ads.has(e)) return true;
  return false;
}

/** A unit whose own text or images promote gambling. */
function isGamblingUnit(el: Element): boolean {
  const alts = Array.from(el.querySelectorAll('img[alt]'))
    .map((i) => i.getAttribute('alt'))
    .join(' ');
  const t = textOf(el) + ' ' + alts;
  if (isGamblingPromoText(t)) return true;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (isGamblingHost(hostOf(href))) return true;
    // a click through an ad server or a redirect (`…/pcs/click?…&adurl=https://casino…`): where it lands
    const target = redirectTarget(href);
    if (target && isGamblingHost(hostOf(target))) return true;
  }
  // a frame's creative (`srcdoc`) is not part of the card's text
  for (const f of Array.from(el.getElementsByTagName('iframe'))) {
    if (isGamblingHost(hostOf(f.getAttribute('src') ?? ''))) return true;
    const sd = f.getAttribute('srcdoc');
    if (sd && isGamblingPromoText(sd.slice(0, 4000).replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' '))) return true;
    // a creative the ad script wrote into a frame of this page (`document.write` into an about:blank frame)
    if (!sd && !/^(https?:)?\/\//i.test(f.getAttribute('src') ?? '') && isGamblingFrameDocument(f)) return true;
  }
  return false;
}

/** A same-origin frame's own document (script-written creative): links to bookmakers, or promotion in its text. */
function isGamblingFrameDocument(f: HTMLIFrameElement): boolean {
  let body: HTMLElement | null | undefined;
  try {
    body = f.contentDocument?.body;
  } catch {
    return false;
  }
  if (!body) return false;
  const links = body.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 20; i++) if (isGamblingHost(hostOf(links[i].getAttribute('href') ?? ''))) return true;
  const pics = Array.from(body.getElementsByTagName('img')).slice(0, 10);
  const t = textOf(body).slice(0, 4000) + ' ' + pics.map((i) => (i.getAttribute('alt') ?? '') + ' ' + pictureText(i)).join(' ');
  return isGamblingPromoText(t) || GAMBLING_BRAND_TEXT_RE.test(t);
}

/**
 * What a lazy-loaded picture will show: its `data-src` / `srcset` / `data-srcset` URLs and those of its <picture>'s
 * <source> elements (an SVG data: source as its words, marked with a "<"), after the placeholder in `src`.
 */
function lazySources(img: Element): string {
  let out = '';
  const add = (v: string | null) => {
    if (!v) return;
    if (/^\s*data:image\/svg\+xml/i.test(v)) {
      const t = pictureText({ localName: 'img', getAttribute: () => v.trim().replace(/\s+\d+(\.\d+)?[wx]\s*$/, '') } as unknown as Element);
      if (t) out += ' < ' + t;
    } else if (!/^\s*data:/i.test(v)) out += ' ' + v;
  };
  for (const a of ['data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset']) add(img.getAttribute(a));
  const pic = img.parentElement;
  if (pic && pic.tagName === 'PICTURE') {
    for (let c = pic.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'SOURCE') for (const a of ['srcset', 'data-srcset']) add(c.getAttribute(a));
    }
  }
  return out;
}

/**
 * The words a picture shows when it is SVG (an inline <svg>, or an <img> whose src is an SVG data: URI): a banner's
 * text, which its alt often leaves empty.
 */
function pictureText(img: Element | null): string {
  if (!img) return '';
  if (img.localName === 'svg') return (img.textContent ?? '').slice(0, 2000);
  const src = img.getAttribute('src');
  if (src === null || !/^data:image\/svg\+xml/i.test(src)) return '';
  const comma = src.indexOf(',');
  let body = src.slice(comma + 1, comma + 1 + 20000);
  if (/;base64$/i.test(src.slice(0, comma))) {
    try {
      body = atob(body);
    } catch {
      return '';
    }
  } else body = decodeURIComponentSafe(body);
  return body.includes('<text') ? body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ') : '';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Finds the outermost ad and gambling elements under `root`. Never returns an element that contains the main
 * article text, a story paragraph about gambling, or ids/classes that merely contain "ad".
 */
export function detectAds(root: Document | Element, opts: DetectOptions & { shadowRootOf?: ShadowRootOf } = {}): Detection[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const detector = createDetector(doc, opts);
  const out = detector.scan(root);
  // shadow hosts (only when asked: a walk of every element) — see judgeShadowHost
  if (opts.shadowRootOf) {
    for (const [host, sr] of shadowHostsIn(root.nodeType === 9 ? (root as Document).body : (root as Element), opts.shadowRootOf)) {
      const cover = out.find((d) => d.element === host || d.element.contains(host));
      if (cover) {
        // hidden already (an ad slot by its name): what it draws in its shadow tree may say gambling
        if (cover.kind !== 'gambling' && detector.judgeShadowHost(host, sr)?.kind === 'gambling') cover.kind = 'gambling';
        continue;
      }
      const d = detector.judgeShadowHost(host, sr);
      if (d) out.push(d);
    }
  }
  return out;
}

/** An element's shadow root, open or closed, when the environment can tell (see the content script). */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** Tags that can host a shadow root (besides custom elements, whose names hold a hyphen). */
const HOST_TAGS = new Set(['DIV', 'SPAN', 'SECTION', 'ASIDE', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'P', 'BLOCKQUOTE', 'MAIN']);

/**
 * The shadow hosts under `start` (itself included) with their roots. An ad's host has an empty light DOM (the ad
 * is all in its shadow tree), so only custom elements and empty elements of the tags above are asked.
 */
export function* shadowHostsIn(start: Element | null, shadowRootOf: ShadowRootOf): Generator<[Element, ShadowRoot]> {
  if (!start) return;
  const walker = start.ownerDocument.createTreeWalker(start, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n: Node | null = start; n; n = walker.nextNode()) {
    const el = n as Element;
    const tag = el.tagName;
    if (!tag.includes('-') && !(HOST_TAGS.has(tag) && el.firstElementChild === null)) continue;
    const sr = shadowRootOf(el);
    if (sr) yield [el, sr];
  }
}
