import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from '../utils/extract/boilerplate';
import { resolveLazyImages } from '../utils/extract/lazy-images';
import { stripAds } from '../utils/extract/ads';
import { sanitizeArticle } from '../utils/extract/sanitize';
import { getBlockText } from '../utils/extract/text';
import { readabilitySlugs, loadReadabilityPage, parseHtml, READABILITY_URL } from '../tests/extract/helpers';
const T: Record<string, number> = {};
const tick = (k: string, t: number) => { const n = performance.now(); T[k] = (T[k] ?? 0) + n - t; return n; };
for (const slug of readabilitySlugs().slice(0, 60)) {
  const p = loadReadabilityPage(slug);
  const doc = parseHtml(p.source, READABILITY_URL);
  let t = performance.now();
  const clone = doc.cloneNode(true) as Document; t = tick('clone', t);
  resolveLazyImages(clone); t = tick('lazy', t);
  stripAds(clone); t = tick('ads', t);
  const c = new Readability<Element>(clone, { keepClasses: true, serializer: (n) => n as Element }).parse()!.content!; t = tick('readability', t);
  stripAds(c); t = tick('ads2', t);
  removeBoilerplate(c); t = tick('boiler', t);
  sanitizeArticle(c, doc.defaultView as any); t = tick('sanitize', t);
  getBlockText(c); t = tick('text', t);
  c.innerHTML; t = tick('serialize', t);
  const b = new Readability(doc.cloneNode(true) as Document).parse(); t = tick('bare', t);
}
console.log(T);
