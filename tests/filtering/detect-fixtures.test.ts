/**
 * detectAds on every labelled news page (tests/fixtures/news-pages): every static ad/gambling selector is covered
 * by a detection, no mustKeep element or mustKeepText sentence is inside one, gambling is reported as gambling.
 * A second pass runs the pages' own scripts in jsdom and checks the script-inserted ads (dynamicAds) too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectAds, type Detection } from '../../utils/filtering';
import { EXTRA_FIXTURE_DIRS, FIXTURE_DIR, fixtureNames, loadFixture, type Labels } from './fixtures';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function check(doc: Document, labels: Labels, dets: Detection[], selectors: string[]) {
  const covering = (el: Element) => dets.find((d) => d.element === el || d.element.contains(el));
  const missed: string[] = [];
  for (const sel of selectors) {
    const els = Array.from(doc.querySelectorAll(sel));
    expect(els.length, `label selector matches: ${sel}`).toBeGreaterThan(0);
    for (const el of els) if (!covering(el)) missed.push(sel);
  }
  expect(missed, 'ads not detected').toEqual([]);

  const harmed = labels.mustKeep.filter((sel) => !Array.from(doc.querySelectorAll(sel)).some((el) => !covering(el)));
  expect(harmed, 'mustKeep elements inside a detection').toEqual([]);
  for (const t of labels.mustKeepText) {
    const hit = dets.find((d) => norm(d.element.textContent ?? '').includes(norm(t)));
    expect(hit?.element.outerHTML.slice(0, 120), `mustKeepText hidden: ${t}`).toBeUndefined();
  }
  // never the main article container: no detection holds two or more article paragraphs
  const paras = labels.articleText.split(/\n\n+/).map(norm).filter((p) => p.length > 60);
  for (const d of dets) {
    const text = norm(d.element.textContent ?? '');
    expect(paras.filter((p) => text.includes(p)).length, 'detection holds article text').toBe(0);
  }
  const gamb = labels.gambling.filter((s) => selectors.includes(s));
  for (const sel of gamb) {
    for (const el of Array.from(doc.querySelectorAll(sel))) expect(covering(el)?.kind, `gambling kind: ${sel}`).toBe('gambling');
  }
}

describe('detectAds on the labelled pages (static HTML)', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const { doc, labels } = loadFixture(name);
      const dets = detectAds(doc, { url: labels.url });
      check(doc, labels, dets, labels.ads);
      // outermost only
      for (const a of dets) for (const b of dets) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    });
  }
});

describe.concurrent('detectAds after the pages\u2019 own scripts ran (dynamic ads, jsdom)', () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.labels.json'), 'utf8')) as Labels;
      const dom = new JSDOM(readFileSync(join(FIXTURE_DIR, name + '.html'), 'utf8'), {
        url: labels.url,
        runScripts: 'dangerously',
        pretendToBeVisual: true,
      });
      try {
        await new Promise((r) => dom.window.addEventListener('load', r));
        dom.window.dispatchEvent(new dom.window.Event('scroll'));
        await new Promise((r) => setTimeout(r, 3300));
        const doc = dom.window.document;
        check(doc, labels, detectAds(doc, { url: labels.url }), [...labels.ads, ...labels.dynamicAds]);
      } finally {
        dom.window.close();
      }
    });
  }
});

describe('the live path (the content script) finds what the full walk finds', () => {
  // collectSeeds visits every element in a walk (Node, reader), but on a live page only the elements matching
  // SEED_CANDIDATES, found by the browser: the two must agree on every page.
  const sets = [FIXTURE_DIR, ...EXTRA_FIXTURE_DIRS].flatMap((dir) => fixtureNames(dir).map((name) => ({ dir, name })));
  for (const { dir, name } of sets) {
    it(name, () => {
      const { doc, labels } = loadFixture(name, dir);
      const describe = (d: Detection) => `${d.kind} ${d.element.tagName}.${d.element.className} ${d.reason}`;
      const walk = detectAds(doc, { url: labels.url }).map(describe);
      const live = detectAds(doc, { url: labels.url, live: true }).map(describe);
      expect(live).toEqual(walk);
    });
  }
});
