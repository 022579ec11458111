/**
 * Generated broken and extreme pages (too big to keep as files): shared by tests/hostile/extreme.test.ts (jsdom) and
 * e2e/hostile-extreme.e2e.ts (served from 127.0.0.1 to Chromium). Pure string builders.
 */

const SENTENCE =
  'Мы продолжаем следить за развитием событий в регионе, где власти обещают новые меры поддержки для малого бизнеса. ';

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** ~10.5 MB of article text in 8,000 paragraphs. */
function tenMegabytes(): string {
  const para = `<p>${SENTENCE.repeat(6)}</p>`;
  const paras = Math.ceil(10_600_000 / Buffer.byteLength(para)) + 1;
  return page('Очень длинная статья', `<article><h1>Очень длинная статья</h1>${para.repeat(paras)}<p>КОНЕЦ СТАТЬИ.</p></article>`);
}

/** An article in a page of 50,000+ elements (menus, tables, spans). */
function fiftyThousandNodes(): string {
  const nav = `<nav><ul>${'<li><a href="/x"><span>Рубрика</span></a></li>'.repeat(5_000)}</ul></nav>`;
  const table = `<aside><table>${'<tr><td><span>1</span></td><td><b>2</b></td></tr>'.repeat(8_000)}</table></aside>`;
  const text = `<article><h1>Статья среди тысяч узлов</h1>${`<p>${SENTENCE.repeat(3)}</p>`.repeat(40)}<p>КОНЕЦ СТАТЬИ.</p></article>`;
  return page('Статья среди тысяч узлов', nav + text + table);
}

/** 5,000 nested <div>s with the text at the bottom. */
function deep(): string {
  const depth = 5_000;
  const inner = `<p>Глубоко вложенный текст. ${SENTENCE.repeat(5)}</p>`.repeat(5);
  return page('Глубокая вложенность', '<div>'.repeat(depth) + inner + '</div>'.repeat(depth));
}

export function extremePages() {
  return {
    empty: '<!doctype html><html><head><title>Пусто</title></head><body></body></html>',
    frameset: '<!doctype html><html><head><title>Фреймы</title></head><frameset cols="50%,50%"><frame src="/empty.html"><frame src="/empty.html"></frameset></html>',
    get tenMegabytes() {
      return tenMegabytes();
    },
    get fiftyThousandNodes() {
      return fiftyThousandNodes();
    },
    get deep() {
      return deep();
    },
  };
}

/** A Cyrillic article to be encoded as windows-1251 or KOI8-R (with or without a <meta charset>). */
export function cyrillicArticle(charset: string | null): string {
  const meta = charset ? `<meta charset="${charset}">` : '';
  const body = `<article><h1>Новости Алматы: ёлка и щедрость</h1>${`<p>${SENTENCE.repeat(4)}Съешь же ещё этих мягких французских булок, да выпей чаю.</p>`.repeat(6)}</article>`;
  return `<!doctype html><html lang="ru"><head>${meta}<title>Новости Алматы: ёлка и щедрость</title></head><body>${body}</body></html>`;
}

/** Encode a string containing only ASCII and Russian Cyrillic as a single-byte Cyrillic encoding. */
export function encodeCyrillic(text: string, encoding: 'windows-1251' | 'koi8-r'): Buffer {
  // KOI8-R upper half, 0xC0…0xFF: юабцдефгхийклмнопярстужвьызшэщчъ then the same in upper case.
  const koiLower = 'юабцдефгхийклмнопярстужвьызшэщчъ';
  const koiUpper = koiLower.toUpperCase();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (encoding === 'windows-1251') {
      if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
      else if (ch === 'ё') out.push(0xb8);
      else if (ch === 'Ё') out.push(0xa8);
      else out.push(0x3f);
    } else {
      const lo = koiLower.indexOf(ch);
      const up = koiUpper.indexOf(ch);
      if (lo >= 0) out.push(0xc0 + lo);
      else if (up >= 0) out.push(0xe0 + up);
      else if (ch === 'ё') out.push(0xa3);
      else if (ch === 'Ё') out.push(0xb3);
      else out.push(0x3f);
    }
  }
  return Buffer.from(out);
}
