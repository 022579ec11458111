import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { fixtureNames, FIXTURE_DIR } from '/work/main/tests/filtering/fixtures';
import { detectAds } from '/work/main/utils/filtering';
let bad = 0;
(async () => {
for (const name of fixtureNames()) {
  const labels = JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}.labels.json`, 'utf8'));
  const dom = new JSDOM(readFileSync(`${FIXTURE_DIR}/${name}.html`, 'utf8'), { url: labels.url, runScripts: 'dangerously', pretendToBeVisual: true });
  await new Promise((r) => dom.window.addEventListener('load', r));
  dom.window.dispatchEvent(new dom.window.Event('scroll'));
  await new Promise((r) => setTimeout(r, 3500));
  const doc = dom.window.document;
  const dets = detectAds(doc, { url: labels.url });
  const hidden = (el: Element) => dets.some((d) => d.element === el || d.element.contains(el));
  console.log(`== ${name}: ${dets.length}`);
  for (const d of dets) console.log(`   ${d.kind.padEnd(8)} ${d.reason.padEnd(18)} <${d.element.tagName.toLowerCase()} id=${d.element.id} class="${d.element.getAttribute('class') ?? ''}">  ${(d.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
  for (const sel of [...labels.ads, ...labels.dynamicAds]) {
    const els = Array.from(doc.querySelectorAll(sel));
    if (!els.length) console.log('   ?? no match', sel);
    for (const el of els) if (!hidden(el)) { bad++; console.log('   MISS ad', sel); }
  }
  for (const sel of labels.mustKeep) if (!Array.from(doc.querySelectorAll(sel)).some((e) => !hidden(e))) { bad++; console.log('   HARM keep', sel); }
  for (const t of labels.mustKeepText) for (const d of dets) if ((d.element.textContent ?? '').replace(/\s+/g, ' ').includes(t)) { bad++; console.log('   HARM text', t.slice(0, 50)); }
  for (const sel of labels.gambling) for (const el of Array.from(doc.querySelectorAll(sel))) {
    const d = dets.find((d) => d.element === el || d.element.contains(el));
    if (d && d.kind !== 'gambling') console.log('   KIND should be gambling', sel);
  }
  dom.window.close();
}
console.log("failures", bad);
})();
