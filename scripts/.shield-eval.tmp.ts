import { fixtureNames, loadFixture } from '/work/main/tests/filtering/fixtures';
import { detectAds } from '/work/main/utils/filtering';
let bad = 0;
for (const name of fixtureNames()) {
  const { doc, labels } = loadFixture(name);
  const dets = detectAds(doc, { url: labels.url });
  const hidden = (el: Element) => dets.some((d) => d.element === el || d.element.contains(el));
  const harms = (el: Element) => dets.some((d) => d.element === el || d.element.contains(el) || (process.env.STRICT && el.contains(d.element) && false));
  console.log(`== ${name}: ${dets.length} detections`);
  for (const d of dets) console.log(`   ${d.kind.padEnd(8)} ${d.reason.padEnd(18)} <${d.element.tagName.toLowerCase()} id=${d.element.id} class="${d.element.getAttribute('class') ?? ''}">  ${(d.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70)}`);
  for (const sel of labels.ads) {
    const els = Array.from(doc.querySelectorAll(sel));
    if (!els.length) console.log('   ?? no match', sel);
    for (const el of els) if (!hidden(el)) { bad++; console.log('   MISS ad', sel); }
  }
  for (const sel of labels.mustKeep) {
    const els = Array.from(doc.querySelectorAll(sel));
    if (!els.some((e) => !harms(e))) { bad++; console.log('   HARM keep', sel); }
  }
  for (const t of labels.mustKeepText) {
    for (const d of dets) if ((d.element.textContent ?? '').replace(/\s+/g, ' ').includes(t.replace(/\s+/g, ' '))) { bad++; console.log('   HARM text', t.slice(0, 50)); }
  }
  const gamb = labels.gambling.filter((s) => labels.ads.includes(s));
  for (const sel of gamb) for (const el of Array.from(doc.querySelectorAll(sel))) {
    const d = dets.find((d) => d.element === el || d.element.contains(el));
    if (d && d.kind !== 'gambling') console.log('   KIND should be gambling', sel);
  }
}
console.log('failures', bad);
