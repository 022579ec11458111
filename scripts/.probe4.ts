import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from '../utils/extract/boilerplate';
import { loadReadabilityPage, parseHtml, READABILITY_URL } from '../tests/extract/helpers';
for (const slug of process.argv.slice(2)) {
  const p = loadReadabilityPage(slug);
  const doc = parseHtml(p.source, READABILITY_URL);
  const c = new Readability<Element>(doc, { keepClasses: true, serializer: (n) => n as Element }).parse()!.content!;
  let n = 0;
  removeBoilerplate(c, (el, rule) => { if (n++ < 8) console.log(slug, rule, el.localName, JSON.stringify(el.className + '#' + el.id), JSON.stringify((el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 100))); });
}
