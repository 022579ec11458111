/**
 * The always-on content script's runtime (entrypoints/shield.content/runtime.ts) on live pages in jsdom:
 * started at "document_start" (before the parser), it marks every labelled ad, including script-inserted ones,
 * keeps every mustKeep element, reports counts, and stays within its CPU budget when a page fights back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { startShield, type ShieldRuntime } from '../../entrypoints/shield.content/runtime';
import type { ShieldCounts } from '../../utils/filtering/types';
import { FIXTURE_DIR, fixtureNames, type Labels } from './fixtures';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function live(html: string, url: string, onStart: (rt: ShieldRuntime) => void, onCounts?: (c: ShieldCounts) => void) {
  return new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse(window) {
      onStart(startShield(window.document, { url, onCounts, reportEveryMs: 50 }));
    },
  });
}

const isMarked = (el: Element) => !!el.closest('[data-taza-shield]');

describe.concurrent('shield runtime on the labelled pages (document_start → load → 3 s of page scripts)', () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.labels.json'), 'utf8')) as Labels;
      let rt!: ShieldRuntime;
      let last: ShieldCounts = { ad: 0, gambling: 0 };
      const dom = live(readFileSync(join(FIXTURE_DIR, name + '.html'), 'utf8'), labels.url, (r) => (rt = r), (c) => (last = c));
      try {
        const doc = dom.window.document;
        await new Promise((r) => dom.window.addEventListener('load', r));
        dom.window.dispatchEvent(new dom.window.Event('scroll'));
        await sleep(3300);
        const missed = [...labels.ads, ...labels.dynamicAds].filter((sel) =>
          Array.from(doc.querySelectorAll(sel)).some((el) => !isMarked(el)),
        );
        expect(missed).toEqual([]);
        const harmed = labels.mustKeep.filter((sel) => !Array.from(doc.querySelectorAll(sel)).some((el) => !isMarked(el)));
        expect(harmed).toEqual([]);
        for (const t of labels.mustKeepText) {
          const marked = Array.from(doc.querySelectorAll('[data-taza-shield]')).find((el) =>
            (el.textContent ?? '').replace(/\s+/g, ' ').includes(t),
          );
          expect(marked, t).toBeUndefined();
        }
        const c = rt.counts();
        expect(c.ad + c.gambling).toBeGreaterThan(0);
        const outermost = (kind: string) =>
          Array.from(doc.querySelectorAll(`[data-taza-shield="${kind}"]`)).filter((e) => !e.parentElement?.closest('[data-taza-shield]')).length;
        expect(c).toEqual({ ad: outermost('ad'), gambling: outermost('gambling') });
        expect(c.gambling).toBeGreaterThanOrEqual(labels.gambling.length > 0 ? 1 : 0);
        await sleep(80);
        expect(last).toEqual(rt.counts());
      } finally {
        rt.stop();
        dom.window.close();
      }
    });
  }
});

describe('shield runtime controls', () => {
  const page = `<!doctype html><html><body><article><h1>T</h1><p>${'Текст статьи о городе. '.repeat(20)}</p></article>
    <div class="slot"><span>Реклама</span><div id="yandex_rtb_R-A-1-1"></div></div></body></html>`;

  it('pause shows everything and counts nothing; resume hides again; reveal outlines', async () => {
    let rt!: ShieldRuntime;
    const dom = live(page, 'https://news.example.kz/a', (r) => (rt = r));
    const doc = dom.window.document;
    await sleep(150);
    expect(doc.querySelector('.slot')!.getAttribute('data-taza-shield')).toBe('ad');
    expect(rt.counts()).toEqual({ ad: 1, gambling: 0 });
    rt.setPaused(true);
    expect(doc.documentElement.hasAttribute('data-taza-shield-off')).toBe(true);
    expect(rt.counts()).toEqual({ ad: 0, gambling: 0 });
    rt.setPaused(false);
    await sleep(150);
    expect(rt.counts()).toEqual({ ad: 1, gambling: 0 });
    rt.setReveal(true);
    expect(doc.documentElement.hasAttribute('data-taza-shield-reveal')).toBe(true);
    rt.setReveal(false);
    expect(doc.documentElement.hasAttribute('data-taza-shield-reveal')).toBe(false);
    rt.stop();
    dom.window.close();
  });

  it('an ad whose inline style insists on being shown is hidden all the same, and its style given back on reveal and pause', async () => {
    let rt!: ShieldRuntime;
    const dom = live(page, 'https://news.example.kz/a', (r) => (rt = r));
    const doc = dom.window.document;
    await new Promise((r) => dom.window.addEventListener('load', r));
    await sleep(50);
    const style = 'display:block !important;position:fixed !important;bottom:0;height:100px !important';
    const anchor = doc.createElement('ins');
    anchor.className = 'adsbygoogle';
    anchor.setAttribute('style', style);
    doc.body.append(anchor);
    // judged in the inserting task's microtask, before anything else runs
    await Promise.resolve();
    expect(anchor.getAttribute('data-taza-shield')).toBe('ad');
    expect(anchor.style.getPropertyValue('display')).toBe('none');
    expect(anchor.style.getPropertyPriority('display')).toBe('important');
    expect(anchor.style.getPropertyValue('position')).toBe('fixed'); // only display is taken over
    rt.setReveal(true);
    expect(anchor.getAttribute('style')).toBe(style);
    rt.setReveal(false);
    expect(anchor.style.getPropertyValue('display')).toBe('none');
    rt.setPaused(true);
    expect(anchor.getAttribute('style')).toBe(style);
    // an element that does not insist keeps its style attribute untouched
    expect(doc.querySelector('.slot')!.hasAttribute('style')).toBe(false);
    rt.stop();
    dom.window.close();
  });

  it('a banner rotator that swaps its creative in place (href, src) is judged again', async () => {
    const html = `<!doctype html><html><body><article>${'<p>Текст статьи о городских новостях и событиях региона, достаточно длинный абзац.</p>'.repeat(6)}</article>
      <aside><div class="rot"><a href="https://news.example.kz/subscribe"><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'/%3E" alt="Подписка" width="300" height="250"></a></div></aside></body></html>`;
    const dom = live(html, 'https://news.example.kz/a', () => {});
    const doc = dom.window.document;
    await new Promise((r) => dom.window.addEventListener('load', r));
    await sleep(50);
    const a = doc.querySelector('.rot a')!;
    expect(isMarked(a)).toBe(false); // the site's own creative
    a.setAttribute('href', 'https://refpa58144.com/L?tag=d_3012277m_2170c_rot&site=3012277&ad=2170');
    a.querySelector('img')!.setAttribute('src', 'https://cdn.example.kz/banners/1xbet-300x250.jpg');
    await Promise.resolve();
    expect(isMarked(a)).toBe(true);
    expect(a.closest('[data-taza-shield]')!.getAttribute('data-taza-shield')).toBe('gambling');
    dom.window.close();
  });

  it('an ad link wrapped around a word of the story is unwrapped (the sentence stays whole), put back on reveal and pause', async () => {
    const sentence = 'На церемонию Алина пришла в платье цвета шампанского от петербургского дизайнера, а жених выбрал светлый льняной костюм.';
    const html = `<!doctype html><html><body><article>${'<p>Текст статьи о свадьбе и гостях вечера, достаточно длинный абзац для прозы.</p>'.repeat(5)}<p id="s">${sentence}</p></article></body></html>`;
    let rt!: ShieldRuntime;
    const dom = live(html, 'https://starlenta.example.ru/a', (r) => (rt = r));
    const doc = dom.window.document;
    await new Promise((r) => dom.window.addEventListener('load', r));
    await sleep(50);
    // what an in-text ad network does: wrap one word in an advertiser's link
    const p = doc.getElementById('s')!;
    const text = p.firstChild as Text;
    const word = text.splitText(sentence.indexOf('платье'));
    word.splitText('платье'.length);
    const a = doc.createElement('a');
    a.href = 'https://ad.admitad.com/g/5f2b1c9e4a/?ulp=https%3A%2F%2Fwww.lamoda.ru%2F';
    a.setAttribute('data-erid', '2SDnjcQ4bPz');
    a.setAttribute('rel', 'nofollow sponsored');
    p.replaceChild(a, word);
    a.append(word);
    await Promise.resolve();
    await sleep(0);
    expect(p.querySelector('a')).toBeNull();
    expect(p.textContent).toBe(sentence);
    expect(p.querySelector('span[data-taza-shield-unwrapped="ad"]')!.textContent).toBe('платье');
    expect(rt.counts()).toEqual({ ad: 1, gambling: 0 });
    rt.setReveal(true);
    expect(p.querySelector('a')).toBe(a);
    expect(a.getAttribute('data-taza-shield')).toBe('ad');
    expect(p.textContent).toBe(sentence);
    rt.setReveal(false);
    expect(p.querySelector('a')).toBeNull();
    rt.setPaused(true);
    expect(p.querySelector('a')).toBe(a);
    expect(rt.counts()).toEqual({ ad: 0, gambling: 0 });
    rt.setPaused(false);
    await sleep(0);
    expect(p.querySelector('a')).toBeNull();
    expect(p.textContent).toBe(sentence);
    expect(rt.counts()).toEqual({ ad: 1, gambling: 0 });
    rt.stop();
    dom.window.close();
  });

  it('ads drawn inside shadow roots: a host inserted with its root at once, and a closed root attached later to a host already in the page', async () => {
    let rt!: ShieldRuntime;
    const roots = new WeakMap<Element, ShadowRoot>();
    const html = `<!doctype html><html><body><article><h1>T</h1><p>${'Текст статьи о городе. '.repeat(20)}</p>
      <div class="slot-x"></div><my-player></my-player></article>
      <script>
        addEventListener('load', () => {
          const host = document.createElement('div');
          host.className = 'inread-x';
          document.querySelector('article').append(host);
          host.attachShadow({ mode: 'open' }).innerHTML =
            '<style>.w{color:red}</style><div class="w">Реклама · 21+</div><a href="https://mostbet-kz.com/?btag=x">Фрибет 5 000 ₸ по промокоду LADA5000</a>';
          // a component with content of its own (a player): not an ad
          document.querySelector('my-player').attachShadow({ mode: 'open' }).innerHTML = '<button>Play</button><span>0:00 / 3:12</span>';
          setTimeout(() => {
            document.querySelector('.slot-x').attachShadow({ mode: 'closed' }).innerHTML =
              '<a href="https://clk.adriver.kz/click?sid=1&bt=21" rel="nofollow"><span>Серіктес материалы</span> Несие 0%</a>';
          }, 300);
        });
      </script></body></html>`;
    const dom = new JSDOM(html, {
      url: 'https://news.example.kz/a',
      runScripts: 'dangerously',
      pretendToBeVisual: true,
      beforeParse(window) {
        const attach = window.Element.prototype.attachShadow;
        window.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          const root = attach.call(this, init);
          roots.set(this, root);
          return root;
        };
        rt = startShield(window.document, { url: 'https://news.example.kz/a', shadowRootOf: (el) => roots.get(el) ?? null });
      },
    });
    const doc = dom.window.document;
    await new Promise((r) => dom.window.addEventListener('load', r));
    await sleep(50);
    expect(doc.querySelector('.inread-x')!.getAttribute('data-taza-shield')).toBe('gambling');
    expect(doc.querySelector('.slot-x')!.hasAttribute('data-taza-shield')).toBe(false); // not attached yet
    await sleep(1100); // the sweep 1 s after load
    expect(doc.querySelector('.slot-x')!.getAttribute('data-taza-shield')).toBe('ad');
    expect(doc.querySelector('my-player')!.hasAttribute('data-taza-shield')).toBe(false);
    expect(rt.counts()).toEqual({ ad: 1, gambling: 1 });
    rt.stop();
    dom.window.close();
  });

  it('a slot hidden by its name that later draws a bookmaker in its shadow tree is counted as gambling', async () => {
    let rt!: ShieldRuntime;
    const roots = new WeakMap<Element, ShadowRoot>();
    const html = `<!doctype html><html><body><article><h1>T</h1><p>${'Текст статьи о городе. '.repeat(20)}</p>
      <div class="ad-slot" id="adv_inread_2"></div><p>${'Продолжение статьи. '.repeat(20)}</p></article>
      <script>
        addEventListener('load', () => setTimeout(() => {
          document.getElementById('adv_inread_2').attachShadow({ mode: 'open' }).innerHTML =
            '<a href="https://1xlite-592031.top/ru/registration?pb=1"><img src="b.svg" width="728" height="90" alt="Бонус на первый депозит"></a><div>Реклама · 21+</div>';
        }, 300));
      </script></body></html>`;
    const dom = new JSDOM(html, {
      url: 'https://news.example.kz/a',
      runScripts: 'dangerously',
      pretendToBeVisual: true,
      beforeParse(window) {
        const attach = window.Element.prototype.attachShadow;
        window.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          const root = attach.call(this, init);
          roots.set(this, root);
          return root;
        };
        rt = startShield(window.document, { url: 'https://news.example.kz/a', shadowRootOf: (el) => roots.get(el) ?? null });
      },
    });
    const slot = dom.window.document.getElementById('adv_inread_2')!;
    await new Promise((r) => dom.window.addEventListener('load', r));
    await sleep(50);
    expect(slot.getAttribute('data-taza-shield')).toBe('ad'); // by its name, before it shows anything
    await sleep(1100); // drawn at 300 ms; the sweep 1 s after load
    expect(slot.getAttribute('data-taza-shield')).toBe('gambling');
    expect(rt.counts()).toEqual({ ad: 0, gambling: 1 });
    rt.stop();
    dom.window.close();
  });

  it('a page that re-inserts its ad in a loop does not make the observer spin', async () => {
    let rt!: ShieldRuntime;
    const fighter = `<!doctype html><html><body><article><h1>T</h1><p>${'Текст статьи о городе. '.repeat(20)}</p></article>
      <div id="host"></div><script>
        var n = 0;
        function again() {
          var h = document.getElementById('host');
          h.innerHTML = '<div class="bk"><a href="https://refpa58144.com/L?tag=d_1m_2c_x">1xBet бонус 100%</a></div>' +
            '<div>' + 'x'.repeat(50) + '</div>'.repeat(1);
          for (var i = 0; i < 30; i++) { var d = document.createElement('div'); d.className = 'ad-box-' + i; h.appendChild(d); }
          n++;
        }
        setInterval(again, 1);
      </script></body></html>`;
    const dom = live(fighter, 'https://news.example.kz/a', (r) => (rt = r));
    const t0 = performance.now();
    await sleep(3000);
    const elapsed = performance.now() - t0;
    const s = rt.stats();
    // default budget: 120 ms of work per second (+ one pass of overshoot per second)
    expect(s.workMs).toBeLessThan((elapsed / 1000 + 1) * (120 + 30));
    expect(s.passes).toBeGreaterThan(5);
    const bk = dom.window.document.querySelector('.bk');
    rt.stop();
    dom.window.close();
    expect(bk).not.toBeNull();
  });
});
