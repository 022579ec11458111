/**
 * The reader's render-time sanitizer: whatever HTML arrives (live page or a saved copy), nothing active is rendered.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArticleView } from '@/components/ArticleView';
import type { Article } from '@/utils/extract/types';

const base: Article = {
  url: 'https://example.kz/news/1',
  title: 'Заголовок',
  byline: 'Автор',
  siteName: 'Example',
  lang: 'ru',
  dir: 'ltr',
  publishedTime: '2024-04-18T10:00:00+05:00',
  excerpt: null,
  content: '<p>Текст</p>',
  textContent: 'Текст',
  wordCount: 1,
  readingMinutes: 1,
  leadImage: null,
  removed: { ads: 0, gambling: 0, boilerplate: 0 },
};

function mount(content: string, extra: Partial<Article> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ArticleView article={{ ...base, ...extra, content }} />, root);
  return root;
}

describe('ArticleView', () => {
  it('renders title, byline, date, lang and dir from the article', () => {
    const root = mount('<p>Один</p>', { dir: 'rtl', lang: 'ar' });
    const article = root.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h1')!.textContent).toBe('Заголовок');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe(base.publishedTime);
  });

  it('drops scripts, handlers, javascript: links, frames, forms and styles', () => {
    const root = mount(
      '<p onclick="alert(1)">a<script>alert(2)</script></p>' +
        '<img src="x.png" onerror="alert(3)">' +
        '<a href="javascript:alert(4)">bad</a><a href="https://ok.kz/">ok</a>' +
        '<iframe srcdoc="<script>alert(5)</script>"></iframe>' +
        '<form action="https://evil"><input name=q></form>' +
        '<style>body{display:none}</style><p style="position:fixed">styled</p>' +
        '<svg><script>alert(6)</script><a href="javascript:alert(7)"><text>x</text></a></svg>',
    );
    const html = root.querySelector('.taza-content')!.innerHTML;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<form|<input|<style|style=/i);
    const links = Array.from(root.querySelectorAll('.taza-content a'));
    const ok = links.find((a) => a.textContent === 'ok')!;
    expect(ok.getAttribute('target')).toBe('_top');
    expect(ok.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps the reading structure: headings, tables, code whitespace, figures', () => {
    const root = mount(
      '<h2>Sub</h2><figure><img src="https://e.kz/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>' +
        '<table><tr><th>x</th><td>1</td></tr></table><pre><code>if (a) {\n    b();\n}</code></pre>',
    );
    expect(root.querySelector('h2')).not.toBeNull();
    expect(root.querySelector('figcaption')!.textContent).toBe('Cap');
    expect(root.querySelector('td')!.textContent).toBe('1');
    expect(root.querySelector('pre code')!.textContent).toBe('if (a) {\n    b();\n}');
  });
});
