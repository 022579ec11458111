/**
 * Unit tests of the extraction modules: lazy images, boilerplate (RU/KK/EN), block text,
 * metadata fallbacks, sanitizing, purity of extractArticle. Runs on jsdom documents.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { removeBoilerplate } from '../../utils/extract/boilerplate';
import { isPlaceholderSrc, resolveLazyImages } from '../../utils/extract/lazy-images';
import { getDeclaredLang, getDir, getLeadImage, getPublishedTime, guessLangFromText } from '../../utils/extract/metadata';
import { isArticlePage, isDivArticle } from '../../utils/extract/readerable';
import { sanitizeArticle } from '../../utils/extract/sanitize';
import { scoreTokens, tokenize } from '../../utils/extract/score';
import { countWords, getBlockText, getReadingMinutes } from '../../utils/extract/text';
import { parseHtml } from './helpers';

const URL = 'https://news.example.kz/2025/03/story.html';
const para = (n: number, lead = 'Paragraph') =>
  Array.from({ length: n }, (_, i) => `<p>${lead} ${i + 1}: the council met on Tuesday to discuss the new budget for schools, roads and hospitals, and members argued for hours about priorities before a vote.</p>`).join('\n');
const page = (body: string, head = '', htmlAttrs = 'lang="en"') =>
  parseHtml(`<!DOCTYPE html><html ${htmlAttrs}><head><title>Budget vote</title>${head}</head><body>${body}</body></html>`, URL);
const frag = (html: string) => {
  const doc = page('');
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('lazy images', () => {
  it('copies data-src / data-lazy-src / data-original over placeholders and data-srcset to srcset', () => {
    const doc = page(`
      <img id="a" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/a.jpg">
      <img id="b" src="/static/blank.gif" data-lazy-src="https://cdn.example.kz/b.png">
      <img id="c" data-original="/img/c.webp">
      <img id="d" src="/real/d.jpg" data-src="/other/d.jpg">
      <picture><source id="s" data-srcset="/img/e-800.webp 800w, /img/e-400.webp 400w"><img id="e" src="" data-srcset="/img/e.jpg 1x"></picture>`);
    resolveLazyImages(doc);
    expect(doc.getElementById('a')!.getAttribute('src')).toBe('/img/a.jpg');
    expect(doc.getElementById('b')!.getAttribute('src')).toBe('https://cdn.example.kz/b.png');
    expect(doc.getElementById('c')!.getAttribute('src')).toBe('/img/c.webp');
    expect(doc.getElementById('d')!.getAttribute('src')).toBe('/real/d.jpg'); // a real src is kept
    expect(doc.getElementById('s')!.getAttribute('srcset')).toBe('/img/e-800.webp 800w, /img/e-400.webp 400w');
    expect(doc.getElementById('e')!.getAttribute('srcset')).toBe('/img/e.jpg 1x');
  });

  it('replaces a placeholder with the real image from the <noscript> next to it', () => {
    const doc = page(`<figure><img class="lazy" src="/pixel.gif" alt="Mayor"><noscript><img src="/photos/mayor.jpg" width="800"></noscript><figcaption>The mayor</figcaption></figure>`);
    resolveLazyImages(doc);
    const imgs = doc.querySelectorAll('figure img');
    expect(imgs.length).toBe(1);
    expect(imgs[0]!.getAttribute('src')).toBe('/photos/mayor.jpg');
    expect(imgs[0]!.getAttribute('alt')).toBe('Mayor');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('parses <noscript> holding markup as text (live pages with scripting on)', () => {
    const doc = page('<div><img src="/blank.gif"><noscript></noscript></div>');
    const ns = doc.querySelector('noscript')!;
    ns.textContent = '<img src="/photos/real.jpg" alt="Real">';
    resolveLazyImages(doc);
    expect(doc.querySelector('div img')!.getAttribute('src')).toBe('/photos/real.jpg');
  });

  it('tells placeholders from real images', () => {
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBe(true);
    expect(isPlaceholderSrc('/img/lazy-placeholder.png')).toBe(true);
    expect(isPlaceholderSrc('/photos/mayor.jpg')).toBe(false);
    expect(isPlaceholderSrc(`data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height='10'/></svg>`)).toBe(false);
  });

  it('ends up as absolute src in the extracted article', () => {
    const doc = page(`<article><h1>Budget vote</h1>${para(3)}<figure><img src="/blank.gif" data-src="/img/vote.jpg" alt="Vote"><figcaption>The vote</figcaption></figure>${para(3, 'More')}</article>`);
    const r = extractArticle(doc);
    expect(r.ok && r.article.content).toContain('src="https://news.example.kz/img/vote.jpg"');
    expect(r.ok && r.article.content).toContain('<figcaption>');
  });
});

describe('ads in the article', () => {
  it('an ad link around a word of a sentence is unwrapped: the word stays, the link goes', () => {
    const sentence = 'The mayor wore a <a href="https://ad.admitad.com/g/5f2b1c9e4a/?ulp=https%3A%2F%2Fshop.example.com%2Fsuits" data-erid="2SDnjcQ4bPz" rel="sponsored">linen suit</a> to the vote, which lasted until late on Tuesday night in the council hall.';
    const doc = page(`<article><h1>Budget vote</h1>${para(3)}<p>${sentence}</p>${para(2, 'More')}</article>`);
    const r = extractArticle(doc);
    if (!r.ok) throw new Error('not extracted');
    expect(r.article.content).toContain('The mayor wore a linen suit to the vote');
    expect(r.article.content).not.toContain('admitad');
  });
});

describe('lead photo', () => {
  const fig = (cap: string, src = 'https://cdn.example.kz/lead.jpg') =>
    `<figure class="article-photo"><img src="${src}" alt="" width="800" height="450"><figcaption>${cap}</figcaption></figure>`;
  it('keeps the photo between the headline and the body, with its caption, at the top of the story', () => {
    const doc = page(`<main><h1>Budget vote</h1><div class="meta">By A. Writer</div>${fig('The council chamber on Tuesday. Photo: A. Photographer')}
      <div itemprop="articleBody">${para(6)}</div></main><aside>${fig('Sidebar promo picture caption', 'https://cdn.example.kz/side.jpg')}</aside>`);
    const r = extractArticle(doc);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.textContent.startsWith('The council chamber on Tuesday. Photo: A. Photographer')).toBe(true);
    expect(r.article.content.match(/lead\.jpg/g)?.length).toBe(1);
    expect(r.article.textContent).not.toContain('Sidebar promo');
  });
  it('adds nothing when the story already shows it, or when the first figure is inside the story', () => {
    const inBody = page(`<main><h1>Budget vote</h1><div itemprop="articleBody">${para(2)}${fig('In the story. Photo: B')}${para(4)}</div></main>`);
    const r = extractArticle(inBody);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.textContent.match(/In the story\. Photo: B/g)?.length).toBe(1);
    expect(r.article.textContent.startsWith('Paragraph 1')).toBe(true);
    // a linked picture before the story (a banner, a gallery teaser) is not the story's photo
    const linked = page(`<main><h1>Budget vote</h1><figure><a href="https://shop.example.com/"><img src="https://cdn.example.kz/b.jpg" alt=""></a><figcaption>Shop now</figcaption></figure><div>${para(6)}</div></main>`);
    const r2 = extractArticle(linked);
    if (!r2.ok) throw new Error(r2.reason);
    expect(r2.article.textContent).not.toContain('Shop now');
  });
});

describe('boilerplate', () => {
  const article = (extra: string) => frag(`${para(6)}${extra}`);
  const removes = (extra: string, gone: string[], kept: string[] = []) => {
    const root = article(extra);
    const n = removeBoilerplate(root);
    const text = root.textContent!;
    expect(n).toBeGreaterThan(0);
    for (const g of gone) expect(text).not.toContain(g);
    for (const k of kept) expect(text).toContain(k);
    expect(text).toContain('Paragraph 6');
  };

  it('removes "Читайте также" (RU) lists and inline links', () => {
    removes('<h3>Читайте также</h3><ul><li><a href="/a">Курс тенге упал</a></li><li><a href="/b">Погода на выходные</a></li></ul>', ['Курс тенге упал', 'Читайте также']);
    removes('<p>Читайте также: <a href="/c">В Астане открыли новую школу</a></p>', ['новую школу']);
    removes('<div class="box"><div>Похожие материалы</div><a href="/d">Аким ответил на вопросы</a><a href="/e">Новый мост</a></div>', ['Аким ответил']);
  });

  it('removes "Оқи отырыңыз" (KK) and "Related" / "Read more" (EN) boxes', () => {
    removes('<p>Оқи отырыңыз: <a href="/kk">Абай мұражайы жаңа көрме ашты</a></p>', ['Абай мұражайы жаңа']);
    removes('<aside><h4>Related stories</h4><ul><li><a href="/x">Council delays vote</a></li><li><a href="/y">Schools get funding</a></li></ul></aside>', ['Council delays vote']);
    removes('<p><strong>Read more:</strong> <a href="/z">How the budget works</a></p>', ['How the budget works']);
  });

  it('removes share bars, tag rows, comments, cookie and newsletter boxes, menus, ad captions', () => {
    removes('<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>', ['Telegram']);
    removes('<div>Поделиться: <a href="#">VK</a> <a href="#">Telegram</a></div>', ['Поделиться']);
    removes('<div class="post-tags">Теги: <a href="/t/1">бюджет</a>, <a href="/t/2">школы</a></div>', ['бюджет']);
    removes('<div class="entry-tags">Тегтер: <a href="/t/kk">мәдениет</a></div>', ['мәдениет']);
    removes('<section id="comments"><h3>3 comments</h3><div>Great piece!</div></section>', ['Great piece']);
    removes('<div>We use cookies to improve your experience. <button>Accept</button></div>', ['We use cookies']);
    removes('<div class="newsletter-box">Get our newsletter every morning <a href="/subscribe">Sign up</a></div>', ['newsletter every']);
    removes('<nav><a href="/">Home</a> <a href="/news">News</a></nav>', ['Home']);
    removes('<div>Advertisement</div>', ['Advertisement']);
    removes('<div>Реклама</div>', ['Реклама']);
  });

  it('keeps prose: a paragraph about gambling, a sentence quoting odds, a "Read more" sentence in the text', () => {
    const extra =
      '<p>The bill would let DraftKings and FanDuel take bets statewide; bookmakers quote odds of 1.95 on the favourite, and regulators say ads promising a 100% bonus will be banned.</p>' +
      '<p>Read more about the vote in the council minutes, which list every amendment and how each member voted on it during the long session.</p>' +
      '<div class="related-content-body"><p>' + 'This long paragraph sits in a wrapper with a misleading class name, yet it is the article itself and has no links at all in it, only text. '.repeat(3) + '</p></div>';
    const root = article(extra);
    const before = getBlockText(root);
    removeBoilerplate(root);
    expect(getBlockText(root)).toBe(before);
  });
});

describe('block text', () => {
  it('never fuses paragraphs, headings, list items or table cells', () => {
    const root = frag('<h2>Interview</h2><p>It was an interview</p><p>Mr Smith said</p><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><p>x<br>y</p>');
    const text = getBlockText(root);
    expect(text).toBe('Interview\n\nIt was an interview\n\nMr Smith said\n\none\ntwo\n\na b\nc d\n\nx\ny');
  });

  it('keeps inline runs together and collapses whitespace', () => {
    expect(getBlockText(frag('<p>Hello   <b>big</b>\n   <i>world</i>!</p>'))).toBe('Hello big world!');
    expect(getBlockText(frag('<p>no<span>space</span></p>'))).toBe('nospace');
  });

  it('preserves whitespace inside <pre>', () => {
    const code = 'function f() {\n    return 1;\n}';
    expect(getBlockText(frag(`<p>Code:</p><pre><code>${code}</code></pre><p>After</p>`))).toBe(`Code:\n\n${code}\n\nAfter`);
  });

  it('counts Unicode words and reading time by language', () => {
    expect(countWords('Қазақстан — Нур-Султан, don’t stop 2025!')).toBe(5);
    expect(countWords('Привет, мир')).toBe(2);
    expect(getReadingMinutes(360, 'ru')).toBe(2);
    expect(getReadingMinutes(460, 'en')).toBe(2);
    expect(getReadingMinutes(3, 'kk')).toBe(1);
  });

  it('scores tokens on lowercased Unicode words with multiset overlap', () => {
    expect(tokenize('Ақша, ДЕНЬГИ money!')).toEqual(['ақша', 'деньги', 'money']);
    const s = scoreTokens('a a b', 'a b b');
    expect(s.overlap).toBe(2);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});

describe('metadata', () => {
  it('reads lang from <html lang>, then og:locale, then guesses from letters', () => {
    expect(getDeclaredLang(page('', '', 'lang="kk-KZ"'))).toBe('kk-KZ');
    expect(getDeclaredLang(page('', '<meta property="og:locale" content="ru_RU">', ''))).toBe('ru-RU');
    expect(getDeclaredLang(page('', '', ''))).toBeNull();
    expect(guessLangFromText('Абай мұражайында қолжазбалардың цифрлық көрмесі ашылды')).toBe('kk');
    expect(guessLangFromText('Акимат утвердил программу благоустройства дворов')).toBe('ru');
    expect(guessLangFromText('The council approved the budget')).toBe('en');
  });

  it('uses the letter heuristic for a page without any declared language', () => {
    const doc = page(`<article>${para(4).replace(/Paragraph/g, 'Қазақ тілінде жазылған мәтін, әріптер ғ қ ң ө ұ ү һ і').replace(/the council[^<]+/g, 'Әкімдік бюджетті бекітті, мектептер мен жолдарға қаржы бөлінді және депутаттар ұзақ талқылады.')}</article>`, '', '');
    const r = extractArticle(doc);
    expect(r.ok && r.article.lang).toBe('kk');
  });

  it('gives dir "rtl" for right-to-left pages', () => {
    expect(getDir('rtl', 'en')).toBe('rtl');
    expect(getDir(null, 'ar')).toBe('rtl');
    expect(getDir(null, 'he-IL')).toBe('rtl');
    expect(getDir(null, 'ru')).toBe('ltr');
    const doc = page(`<article>${para(5)}</article>`, '', 'lang="ar" dir="rtl"');
    const r = extractArticle(doc);
    expect(r.ok && r.article.dir).toBe('rtl');
  });

  it('reads publishedTime from meta, JSON-LD, or <time datetime>, as ISO', () => {
    expect(getPublishedTime(page('', '<meta property="article:published_time" content="2025-03-12T09:40:00+05:00">'))).toBe('2025-03-12T04:40:00.000Z');
    expect(getPublishedTime(page('', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-04T10:00:00Z"}</script>'))).toBe('2024-11-04T10:00:00.000Z');
    expect(getPublishedTime(page('<time datetime="2024-06-02">June 2</time>'))).toBe('2024-06-02T00:00:00.000Z');
    expect(getPublishedTime(page('<p>no date</p>'))).toBeNull();
  });

  it('makes og:image absolute', () => {
    expect(getLeadImage(page('', '<meta property="og:image" content="/img/lead.jpg">'), URL)).toBe('https://news.example.kz/img/lead.jpg');
    expect(getLeadImage(page('', '<meta property="og:image" content="javascript:alert(1)">'), URL)).toBeNull();
  });
});

describe('readerable', () => {
  it('refuses a section page whose feed is twenty <article> cards with one-line leads', () => {
    const card = (i: number) => `<article class="feed__item"><a href="/ru/society/${i}/"><img src="t.jpg" alt=""></a><h2><a href="/ru/society/${i}/">Новость номер ${i}: в городе открыли новую школу и детский сад на двести мест</a></h2><p>Короткий лид новости номер ${i}, одна строка о главном для читателей раздела.</p><time>09:${10 + i}</time></article>`;
    const doc = page(`<main><h1>Общество</h1>${Array.from({ length: 20 }, (_, i) => card(i)).join('')}</main>`);
    expect(isArticlePage(doc)).toBe(false);
    // one story in an <article> is an article
    expect(isArticlePage(page(`<article><h1>Budget vote</h1>${para(6)}</article>`))).toBe(true);
  });
  it('accepts div-only articles and refuses link lists and one-snippet-per-result pages', () => {
    const divs = Array.from({ length: 5 }, (_, i) => `<div class="par">Абзац ${i}: акимат утвердил программу благоустройства дворов на 2025 год, в неё вошли десятки дворовых территорий в двух районах города.</div>`).join('');
    expect(isDivArticle(page(`<div class="news_text">${divs}</div>`))).toBe(true);
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/n${i}">Headline number ${i} about the budget vote in the city council today</a></li>`).join('');
    expect(isArticlePage(page(`<ul>${links}</ul>`))).toBe(false);
    const results = Array.from({ length: 6 }, (_, i) => `<div class="result"><h3><a href="/r${i}">Result ${i}</a></h3><div class="snippet">A Senate committee voted on Tuesday to advance a bill that would legalize mobile sports betting statewide and more…</div></div>`).join('');
    expect(isArticlePage(page(`<div class="results">${results}</div>`))).toBe(false);
  });
});

describe('sanitize', () => {
  it('removes scripts, handlers, iframes, forms, styles and unsafe URLs; links get rel', () => {
    const doc = page('');
    const root = doc.createElement('div');
    root.innerHTML =
      '<p style="color:red" onclick="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a> <a href="data:text/html,hi">data</a></p>' +
      '<img src="x.png" onerror="alert(1)"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"><img src="data:text/html;base64,PHNjcmlwdD4=">' +
      '<script>alert(1)</script><iframe src="https://ads.example/"></iframe><form><input value="x"><button>Go</button></form>';
    sanitizeArticle(root, doc.defaultView as Window & typeof globalThis);
    const html = root.innerHTML;
    expect(root.querySelector('script, iframe, form, input, button, [style], [onclick], [onerror]')).toBeNull();
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    expect(root.querySelector('img[alt="inline"]')!.getAttribute('src')).toMatch(/^data:image\/png/);
    const good = root.querySelector('a[href="https://ok.example/"]')!;
    expect(good.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.textContent).toContain('Text');
    expect(root.textContent).not.toContain('Go');
  });

  it('never lets page script through extractArticle', () => {
    const doc = page(`<article><h1>Budget vote</h1>${para(4)}<p>Look <a href="javascript:steal()">here</a><img src="/x.jpg" onerror="steal()"></p><script>steal()</script></article>`);
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.content).not.toMatch(/steal|javascript:|onerror/);
      expect(r.article.textContent).toContain('Paragraph 4');
    }
  });
});

describe('extractArticle', () => {
  it('does not mutate the input document', () => {
    const doc = page(`<div class="ad-banner"><a href="https://1xbet.kz/?tag=d_1">1xBet бонус 100%</a></div><article><h1>Budget vote</h1><img src="/blank.gif" data-src="/a.jpg">${para(5)}<div class="share">Share <a href="#">Facebook</a></div></article>`);
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports not-an-article, no-content, not-html, and forces "Show anyway"', () => {
    const home = page('<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>');
    expect(extractArticle(home)).toEqual({ ok: false, reason: 'not-an-article' });
    expect(extractArticle(page(''), { force: true })).toMatchObject({ ok: false, reason: 'no-content' });
    const xml = new (page('').defaultView!.DOMParser)().parseFromString('<root><a/></root>', 'application/xml');
    expect(extractArticle(xml)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(extractArticle(page(`<div>${para(1)}</div>`), { force: true }).ok).toBe(true);
  });

  it('turns unexpected throws into { ok: false, reason: "error" }', () => {
    const doc = page(`<article>${para(4)}</article>`);
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'cloneNode') return () => {
          throw new Error('boom');
        };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    expect(extractArticle(broken)).toEqual({ ok: false, reason: 'error', message: 'boom' });
  });

  it('resolves links against opts.url when the document has none of its own', () => {
    const doc = parseHtml(`<html lang="en"><body><article>${para(4)}<p>See <a href="/docs/budget.pdf">the budget</a>.</p></article></body></html>`, 'about:blank');
    const r = extractArticle(doc, { url: 'https://city.example.kz/news/1' });
    expect(r.ok && r.article.content).toContain('href="https://city.example.kz/docs/budget.pdf"');
    expect(r.ok && r.article.url).toBe('https://city.example.kz/news/1');
  });
});
