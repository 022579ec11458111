import { extractArticle } from '../utils/extract';
import { loadNewsPages, parseHtml, norm, articleParagraphs, findInOrder } from '../tests/extract/helpers';
for (const p of loadNewsPages()) {
  const doc = parseHtml(p.html, p.labels.url);
  const t0 = performance.now();
  const r = extractArticle(doc);
  const ms = performance.now() - t0;
  if (!r.ok) { console.log(p.name, 'FAIL', r.reason, r.message, 'isArticle', p.labels.isArticle); continue; }
  const a = r.article;
  const text = norm(a.textContent);
  let rest = text;
  for (const para of articleParagraphs(p.labels)) rest = rest.split(para).join(' ¶ ');
  console.log(p.name, ms.toFixed(1)+'ms', a.lang, a.dir, a.publishedTime, JSON.stringify(a.removed), 'missing:', findInOrder(text, articleParagraphs(p.labels)).missing?.slice(0,80));
  console.log('   title:', a.title, '| byline:', a.byline, '| site:', a.siteName);
  console.log('   EXTRA:', norm(rest.replace(/( ¶ )+/g,' ¶ ')).slice(0, 600));
}
