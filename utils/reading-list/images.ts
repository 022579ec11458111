/**
 * Reading list: the images of an article's content. Pure (the rewrite takes a Document from the caller).
 */

const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*("([^"]*)"|'([^']*)')/gi;

function decodeAttr(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Absolute http(s) URLs of the <img src> in serialized, sanitized HTML, in order, without duplicates. */
export function imageUrlsOf(html: string, limit = 60): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(IMG_SRC)) {
    const url = decodeAttr(m[2] ?? m[3] ?? '').trim();
    if (!/^https?:\/\//i.test(url) || seen.has(url)) continue;
    seen.add(url);
    out.push(url);
    if (out.length >= limit) break;
  }
  return out;
}

/** Origins (`https://host`) of the images that are not on the article's own origin. */
export function foreignImageOrigins(articleUrl: string, html: string): string[] {
  let own = '';
  try {
    own = new URL(articleUrl).origin;
  } catch {
    /* none */
  }
  const origins = new Set<string>();
  for (const u of imageUrlsOf(html)) {
    const o = new URL(u).origin;
    if (o !== own) origins.add(o);
  }
  return [...origins];
}

/**
 * Point the content's images at local copies: `src` → `local(url)` when we have the image, `srcset`/`sizes` and
 * <source> removed (they would fetch from the network). Returns the HTML to render (it is sanitized again by the
 * reader view). Images without a local copy keep their original `src`.
 */
export function useLocalImages(doc: Document, html: string, local: (url: string) => string | undefined): string {
  const box = doc.createElement('div');
  box.innerHTML = html;
  for (const source of Array.from(box.querySelectorAll('picture source'))) source.remove();
  for (const img of Array.from(box.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const replacement = local(src);
    if (replacement) {
      img.setAttribute('src', replacement);
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
    }
  }
  return box.innerHTML;
}

/** Base64 of bytes (chunked: String.fromCharCode has an argument limit). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
