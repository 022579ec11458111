import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { it } from 'vitest';
import { detectAds } from '../utils/filtering';
it('dbg', () => {
  const f = 'tests/fixtures/news-pages-extra23/ru-volzhnedelya-loto-6-45-syzran.html';
  const labels = JSON.parse(readFileSync(f.replace('.html', '.labels.json'), 'utf8'));
  const dom = new JSDOM(readFileSync(f, 'utf8'), { url: labels.url });
  for (const d of detectAds(dom.window.document)) console.log(d.kind, d.reason, d.element.outerHTML.slice(0, 120).replace(/\s+/g, ' '));
});
