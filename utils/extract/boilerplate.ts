/**
 * Boilerplate that Readability keeps when it sits inside the article container: share bars,
 * "Читайте также" / "Оқи отырыңыз" / "Related" lists, tag rows, comments, cookie banners,
 * newsletter boxes, menus, forms. Runs on Readability's output (classes kept) before sanitizing.
 * Pure DOM code (content script and Node).
 *
 * Conservative by design: a block is removed only when it is short or mostly links, so a
 * paragraph of the article (even one about gambling, or one starting "Read more about…") stays.
 */
import { toArray } from './dom';

/** class/id tokens (split on space, "-" and "_") that name boilerplate. */
const BOILERPLATE_TOKEN =
  /^(share|shares|sharing|sharebar|social|socials|likes|related|relatedposts|recommend|recommended|recommendations|readalso|read-also|readmore|tags|taglist|tagcloud|comments|commentlist|disqus|cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|breadcrumb|breadcrumbs|menu|navbar|nav|navigation|pagination|pager|reactions)$/i;

/** Heading/label text that introduces a list of other articles (RU, KK, EN). */
const RELATED_LABEL =
  /^(читайте|читать|смотрите|рекомендуем|похожие|по теме|ещё по теме|еще по теме|другие (новости|материалы|статьи)|новости по теме|популярное|самое (читаемое|популярное)|выбор редакции|оқи отырыңыз|оқыңыз|сондай-ақ оқыңыз|ұқсас|тақырып(қа|тас)|тағы оқыңыз|көп оқылған|related|read (more|also|next)|more (stories|from|on|news|in)|you (may|might) (also )?like|recommended|popular|most read|trending|further reading|also read|don[’']t miss|latest (news|stories))/i;

/** Tag rows: "Теги:", "Тегтер:", "Tags:", "Метки:", "Topics:". */
const TAGS_LABEL = /^(теги|тэги|метки|тегтер|тег|tags|topics|filed under)\s*:?/i;

/** Share bars: short blocks made only of these words … */
const SHARE_WORDS =
  /^(?:(?:share|sharing|tweet|send|e-?mail|print|copy link|поделиться|отправить|бөлісу|facebook|twitter|x|telegram|whatsapp|vk|вконтакте|одноклассники|ok|linkedin|reddit|pinterest|threads|instagram|viber|flipboard|messenger)(?:[\s·|•,:/]+|$))+$/i;
/** … that contain a share verb, or name three networks. */
const SHARE_VERB = /(share|sharing|tweet|поделиться|бөлісу|отправить)/i;
const NETWORK = /(facebook|twitter|telegram|whatsapp|vk\b|вконтакте|одноклассники|linkedin|reddit|pinterest|viber|flipboard|messenger)/gi;

function isShareBar(text: string): boolean {
  if (text.length > 100 || !SHARE_WORDS.test(text)) return false;
  return SHARE_VERB.test(text) || (text.match(NETWORK)?.length ?? 0) >= 3;
}

/** A caption left behind by an ad slot whose creative is gone ("Реклама", "Advertisement", "Жарнама"). */
const AD_CAPTION = /^(реклама|advertisement|advertising|ad|ads|sponsored|жарнама|скрыть рекламу|continue reading( the main story)?|advertisement continue reading( the main story)?)$/i;

const BYLINE_ROW = /^(by|автор|авторы|текст|мәтін|авторы:)[\s:]/i;
const BYLINE_META = /[·|•]|\b(published|updated|опубликовано|обновлено|жарияланды)\b/i;

const COOKIE_TEXT = /(cookie|куки|файлы cookie|cookie файлдар)/i;
const COOKIE_ACTION = /(accept|agree|consent|принять|согласен|понятно|ok\b|келісемін|қабылдау)/i;
const NEWSLETTER_TEXT = /^(подпишитесь|подписывайтесь|подписаться|жазылыңыз|subscribe|sign up for|get our newsletter|join our newsletter)/i;

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * textOf(el) when it is at most `max` characters long, else null, without reading all of a large subtree: the
 * walk stops once more than `max` non-space characters were seen (the collapsed text is at least that long).
 */
function shortTextOf(el: Element, max: number): string | null {
  const parts: string[] = [];
  let raw = 0;
  let counted = 0;
  let seen = 0;
  for (let n: Node | null = el.firstChild; n; ) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const v = n.nodeValue ?? '';
      parts.push(v);
      raw += v.length;
      if (raw > max) {
        for (; counted < parts.length; counted++) seen += parts[counted]!.replace(/\s+/g, '').length;
        if (seen > max) return null;
      }
    }
    let next: Node | null = n.nodeType === 1 ? n.firstChild : null;
    for (let up: Node | null = n; !next && up && up !== el; up = up.parentNode) next = up.nextSibling;
    n = next;
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > max ? null : text;
}

/** Share of the text of `el` that sits inside links (0 when empty). */
function linkDensity(el: Element, textLength: number): number {
  if (!textLength) return 0;
  let linked = 0;
  for (const a of toArray(el.getElementsByTagName('a'))) linked += textOf(a).length;
  return Math.min(1, linked / textLength);
}

function markerTokens(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  const id = el.id ?? '';
  const raw = `${cls} ${id}`.toLowerCase();
  if (!raw.trim()) return [];
  return raw.split(/[\s_-]+/).filter(Boolean).concat(raw.split(/\s+/).filter(Boolean));
}

/** Elements that may be a "Related" / tags / share label (rule 3). */
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'header']);

/** Whether `el` looks like prose we must keep: long text mostly outside links. */
function isProse(el: Element, text: string): boolean {
  return text.length >= 160 && linkDensity(el, text.length) < 0.35;
}

/**
 * Remove boilerplate from an extracted article in place. Returns how many blocks were removed.
 * `root` is Readability's article element (classes kept); the root itself is never removed.
 */
export function removeBoilerplate(root: Element, onRemove?: (el: Element, rule: string) => void): number {
  const total = textOf(root).length || 1;
  const doomed = new Map<Element, string>();
  let rule = '';
  const mark = (el: Element | null | undefined) => {
    if (!el || el === root || !root.contains(el) || doomed.has(el)) return;
    // Never remove a large part of the article in one go.
    if (textOf(el).length > total * 0.4 && total > 500) return;
    doomed.set(el, rule);
  };

  // The candidates of every rule, in document order, from one walk (selector queries are slow in jsdom).
  const named: Element[] = [];
  const navForms: Element[] = [];
  const labels: Element[] = [];
  const blocks: Element[] = [];
  const boxes: Element[] = [];
  for (let n: Node | null = root.firstChild; n; ) {
    let next: Node | null = null;
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.localName;
      if (el.hasAttribute('class') || el.hasAttribute('id')) named.push(el);
      const role = el.getAttribute('role');
      if (tag === 'nav' || tag === 'form' || tag === 'menu' || role === 'navigation' || role === 'dialog' || el.getAttribute('aria-modal') === 'true') navForms.push(el);
      if (LABEL_TAGS.has(tag)) labels.push(el);
      if (tag === 'p' || tag === 'div') blocks.push(el);
      if (tag === 'div' || tag === 'section' || tag === 'aside') boxes.push(el);
      next = el.firstChild;
    }
    for (let up: Node | null = n; !next && up && up !== root; up = up.parentNode) next = up.nextSibling;
    n = next;
  }

  // 1. Blocks named like boilerplate (class/id), unless they hold prose.
  rule = 'class';
  for (const el of named) {
    const tokens = markerTokens(el);
    if (!tokens.some((t) => BOILERPLATE_TOKEN.test(t))) continue;
    if (el.localName === 'p' || el.localName === 'figure' || el.localName === 'table' || el.localName === 'pre' || el.localName === 'blockquote') continue;
    const text = textOf(el);
    if (isProse(el, text)) continue;
    mark(el);
  }

  // 2. Menus and forms inside the article.
  rule = 'nav-form';
  for (const el of navForms) {
    const text = textOf(el);
    if (!isProse(el, text)) mark(el);
  }

  // 3. "Читайте также" / "Related" labels: remove the label and the list it introduces,
  //    or the whole box when the label heads a small link-dense container.
  for (const label of labels) {
    if (label.childElementCount > 2) continue;
    const text = shortTextOf(label, 60);
    if (!text) continue;
    if (label.closest('pre, code, figcaption, table, blockquote')) continue;

    if (RELATED_LABEL.test(text)) {
      rule = 'related-label';
      const linkText = linkDensity(label, text.length);
      // Inline form: "Читайте также: <a>Headline</a>" in its own paragraph.
      if (linkText > 0.4 && label.localName !== 'header') {
        mark(label);
        continue;
      }
      const box = label.parentElement;
      if (box && box !== root) {
        const boxText = textOf(box);
        if (boxText.length < 1200 && linkDensity(box, boxText.length) > 0.5) {
          mark(box);
          continue;
        }
      }
      const next = label.nextElementSibling;
      if (next) {
        const nextText = textOf(next);
        if ((next.localName === 'ul' || next.localName === 'ol' || next.localName === 'div') && linkDensity(next, nextText.length) > 0.5) {
          mark(label);
          mark(next);
        }
      }
      continue;
    }

    if (AD_CAPTION.test(text) && label.localName !== 'p' || AD_CAPTION.test(text) && !label.querySelector('a, img')) {
      rule = 'ad-caption';
      if (!label.querySelector('img, picture, video')) mark(label);
      continue;
    }

    if (TAGS_LABEL.test(text) || isShareBar(text)) {
      rule = 'tags-share';
      if (label.localName === 'p' && text.length > 40) continue;
      const host = label.parentElement && label.parentElement !== root && textOf(label.parentElement).length < 200 ? label.parentElement : label;
      const hostText = textOf(host);
      if (TAGS_LABEL.test(text) && linkDensity(host, hostText.length) < 0.4) continue;
      mark(host);
    }
  }

  // 4. A byline/date row left at the top of the body ("By Jane Doe · Published May 1 · …").
  rule = 'byline-row';
  let seen = 0;
  for (const block of blocks) {
    if (block.querySelector('p, div')) continue;
    const text = textOf(block);
    if (!text) continue;
    if (++seen > 3) break;
    if (text.length <= 160 && BYLINE_ROW.test(text) && BYLINE_META.test(text)) mark(block);
  }

  // 5. Cookie banners and newsletter boxes without telling class names.
  for (const el of boxes) {
    const text = shortTextOf(el, 400);
    if (!text) continue;
    rule = 'cookie-newsletter';
    if (COOKIE_TEXT.test(text) && COOKIE_ACTION.test(text) && el.querySelector('a, button')) mark(el);
    else if (NEWSLETTER_TEXT.test(text) && el.querySelector('a, button, input')) mark(el);
  }

  let removed = 0;
  for (const el of doomed.keys()) {
    // Skip descendants of blocks already removed so each block is counted once.
    let inner = false;
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
      if (doomed.has(p)) {
        inner = true;
        break;
      }
    }
    if (!inner) removed++;
  }
  for (const [el, why] of doomed) {
    onRemove?.(el, why);
    el.remove();
  }
  return removed;
}
