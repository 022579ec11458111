/**
 * The shield's generated artefacts stay in sync with their sources in utils/filtering:
 * - entrypoints/shield.content/shield.css  ← buildHidingCss()
 * - public/rules/shield.json (declarativeNetRequest static ruleset) ← buildRuleset()
 * Regenerate with `TAZA_UPDATE=1 npx vitest run tests/filtering/generated.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildHidingCss } from '../../utils/filtering/css';
import { buildRuleset, AD_DOMAINS, GAMBLING_DOMAINS, TRACKER_DOMAINS } from '../../utils/filtering/blocklist';
import { fixtureNames, loadFixture } from './fixtures';

const CSS = 'entrypoints/shield.content/shield.css';
const RULES = 'public/rules/shield.json';

if (process.env.TAZA_UPDATE) {
  writeFileSync(CSS, buildHidingCss());
  writeFileSync(RULES, JSON.stringify(buildRuleset(), null, 2) + '\n');
}

describe('static hiding CSS', () => {
  it('matches buildHidingCss()', () => {
    expect(readFileSync(CSS, 'utf8')).toBe(buildHidingCss());
  });

  it('hides nothing that a page must keep, and respects pause and reveal', () => {
    for (const name of fixtureNames()) {
      const { dom, doc, labels } = loadFixture(name);
      const style = doc.createElement('style');
      style.textContent = buildHidingCss();
      doc.head.append(style);
      const win = dom.window;
      const shown = (el: Element) => {
        for (let e: Element | null = el; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none') return false;
        return true;
      };
      for (const sel of labels.mustKeep) {
        expect(Array.from(doc.querySelectorAll(sel)).some(shown), `${name}: ${sel}`).toBe(true);
      }
      // a marked element is hidden, unless the site is paused or the user asked to see it
      const probe = doc.createElement('div');
      probe.setAttribute('data-taza-shield', 'ad');
      doc.body.append(probe);
      expect(shown(probe)).toBe(false);
      doc.documentElement.setAttribute('data-taza-shield-reveal', '');
      expect(shown(probe)).toBe(true);
      doc.documentElement.removeAttribute('data-taza-shield-reveal');
      doc.documentElement.setAttribute('data-taza-shield-off', '');
      expect(shown(probe)).toBe(true);
    }
  });

  it('hides the ad-network containers before any script runs', () => {
    const doc = new JSDOM(`<!doctype html><style>${buildHidingCss()}</style><body>
      <ins class="adsbygoogle"></ins><div id="yandex_rtb_R-A-1-1"></div><div id="adfox_123"></div>
      <div id="div-gpt-ad-1-0"></div><div id="M1ScriptRootC2"></div><div data-type="_mgwidget"></div>
      <div id="header"></div><div id="download"></div><div class="badge"></div></body>`).window;
    const d = doc.document;
    const disp = (sel: string) => doc.getComputedStyle(d.querySelector(sel)!).display;
    for (const sel of ['ins', '#yandex_rtb_R-A-1-1', '#adfox_123', '#div-gpt-ad-1-0', '#M1ScriptRootC2', '[data-type]']) {
      expect(disp(sel), sel).toBe('none');
    }
    for (const sel of ['#header', '#download', '.badge']) expect(disp(sel), sel).not.toBe('none');
  });
});

describe('declarativeNetRequest static ruleset', () => {
  it('matches buildRuleset()', () => {
    expect(JSON.parse(readFileSync(RULES, 'utf8'))).toEqual(buildRuleset());
  });

  it('is valid: unique ids, block actions, sub-resources only, plain domains', () => {
    const rules = buildRuleset();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.action.type).toBe('block');
      expect(r.condition.resourceTypes).not.toContain('main_frame');
      for (const d of r.condition.requestDomains ?? []) expect(d).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
    const all = [...AD_DOMAINS, ...TRACKER_DOMAINS, ...GAMBLING_DOMAINS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('blocks affiliate redirectors by pattern', () => {
    const re = new RegExp(buildRuleset().find((r) => r.condition.regexFilter)!.condition.regexFilter!);
    expect(re.test('https://refpa58144.com/L?tag=d_1m_2c_')).toBe(true);
    expect(re.test('https://reffpa.com/L?tag=d_1')).toBe(true);
    expect(re.test('https://refpakrtsb.top/L?tag=s_1')).toBe(true);
    expect(re.test('https://www.zakon.kz/news/refpa-story.html')).toBe(false);
  });
});
