import { detectAds } from '../utils/filtering';
import { loadReadabilityPage, parseHtml, READABILITY_URL } from '../tests/extract/helpers';
for (const slug of process.argv.slice(2)) {
  const p = loadReadabilityPage(slug);
  const doc = parseHtml(p.source, READABILITY_URL);
  const t = performance.now();
  const d = detectAds(doc, { url: READABILITY_URL });
  console.log(slug, (performance.now() - t).toFixed(0) + 'ms', d.length);
  for (const x of d) { const tx = (x.element.textContent ?? '').replace(/\s+/g, ' ').trim(); if (tx.length > 40) console.log('   ', x.kind, x.reason, x.element.localName + (x.element.id ? '#' + x.element.id : '') + (x.element.getAttribute('class') ? '.' + x.element.getAttribute('class')!.trim().split(/\s+/).join('.') : ''), JSON.stringify(tx.slice(0, 120))); }
}
