/**
 * The story's lead picture. Many news sites put the main photo and its caption between the headline and the body
 * (`<h1>` … `<figure class="article-photo">` … `<div itemprop="articleBody">`); Readability keeps the body and drops
 * the photo. A reader expects it at the top of the story, caption included.
 */

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const OUTSIDE_STORY = 'aside,nav,header:not(article header),footer,form,a,iframe,ins,[role="complementary"]';

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first `<figure>` with a picture and a caption after the page's `<h1>` and before the story's first paragraph
 * (the first `<p>` of 80 characters or more after the headline), in the same story box as that paragraph; a copy
 * (call before Readability, which takes the document apart), or null.
 */
export function findLeadFigure(doc: Document): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1) return null;
  const after = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & FOLLOWING);
  let first: Element | null = null;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (after(h1, p) && text(p).length >= 80 && !p.closest(OUTSIDE_STORY)) {
      first = p;
      break;
    }
  }
  if (!first) return null;
  for (const fig of Array.from(doc.querySelectorAll('figure'))) {
    if (!after(h1, fig)) continue;
    if (!after(fig, first)) return null; // the first figure after the headline is already in the story
    if (fig.closest(OUTSIDE_STORY) || fig.querySelector('a[href],iframe,ins,video,script')) continue;
    const cap = fig.querySelector('figcaption');
    if (!cap || !text(cap) || !fig.querySelector('img,picture')) continue;
    // the same story box: their nearest common ancestor is not the page's frame
    let box: Element | null = fig.parentElement;
    while (box && !box.contains(first)) box = box.parentElement;
    if (!box || box === doc.body || box === doc.documentElement) return null;
    return fig.cloneNode(true) as Element;
  }
  return null;
}

/** Put `fig` at the top of Readability's `content` unless the content already shows its picture or caption. */
export function restoreLeadFigure(content: Element, fig: Element | null): void {
  if (!fig) return;
  const cap = text(fig.querySelector('figcaption')!);
  if (text(content).includes(cap)) return;
  const srcs = new Set(Array.from(content.querySelectorAll('img')).map((i) => i.getAttribute('src')));
  const img = fig.querySelector('img');
  if (img && srcs.has(img.getAttribute('src'))) return;
  const host = content.firstElementChild && content.children.length === 1 ? content.firstElementChild : content;
  host.prepend(content.ownerDocument.importNode(fig, true));
}
