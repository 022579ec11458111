import { extractArticle } from '../utils/extract';
import { readabilitySlugs, loadReadabilityPage, parseHtml, expectedText, bareReadability, READABILITY_URL } from '../tests/extract/helpers';
import { scoreTokens, meanScores, aggregateScores } from '../utils/extract/score';
const ours: any[] = [], bare: any[] = [];
let tParse = 0, tOurs = 0, tBare = 0;
for (const slug of readabilitySlugs()) {
  const p = loadReadabilityPage(slug);
  let t = performance.now();
  const doc = parseHtml(p.source, READABILITY_URL);
  const truth = expectedText(p.expectedHtml);
  tParse += performance.now() - t; t = performance.now();
  const r = extractArticle(doc, { force: true });
  tOurs += performance.now() - t; t = performance.now();
  const b = bareReadability(doc);
  tBare += performance.now() - t;
  const so = scoreTokens(r.ok ? r.article.textContent : '', truth);
  const sb = scoreTokens(b?.text ?? '', truth);
  ours.push(so); bare.push(sb);
  if (!r.ok || so.f1 < sb.f1 - 0.001 || so.f1 < 0.95) console.log(slug, r.ok ? '' : r.reason + ' ' + r.message, 'ours', so.f1.toFixed(4), so.precision.toFixed(3), so.recall.toFixed(3), 'bare', sb.f1.toFixed(4), r.ok ? JSON.stringify(r.article.removed) : '');
}
console.log('ours', meanScores(ours), aggregateScores(ours).f1);
console.log('bare', meanScores(bare), aggregateScores(bare).f1);
console.log({ tParse, tOurs, tBare });
