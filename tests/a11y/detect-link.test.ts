/**
 * Detection of a page's own "version for the visually impaired" link, in Russian, Kazakh and English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { findAccessibleVersionLink } from '@/utils/a11y/detect-link';

const doc = (html: string, url = 'https://example.kz/news/1') => new JSDOM(html, { url }).window.document;

describe('findAccessibleVersionLink', () => {
  it.each([
    ['ru', '<a href="/special">Версия для слабовидящих</a>', 'https://example.kz/special'],
    ['ru', '<a href="?bvi=1" title="Версия сайта для слабовидящих"><span class="icon-eye"></span></a>', 'https://example.kz/news/1?bvi=1'],
    ['kk', '<a href="/kz/special">Нашар көретіндерге арналған нұсқа</a>', 'https://example.kz/kz/special'],
    ['kk', '<button type="button">Көзі нашар көретіндерге</button>', null],
    ['en', '<a href="https://a11y.example.com/">Accessible version</a>', 'https://a11y.example.com/'],
    ['en', '<a href="/lowvision" aria-label="Site for the visually impaired"><img src="eye.svg" alt=""></a>', 'https://example.kz/lowvision'],
  ])('%s: %s', (lang, html, href) => {
    const found = findAccessibleVersionLink(doc(`<nav>${html}</nav>`));
    expect(found).not.toBeNull();
    expect(found!.lang).toBe(lang);
    expect(found!.href).toBe(href);
  });

  it('recognises the bvi plugin by class when the text is an icon', () => {
    expect(findAccessibleVersionLink(doc('<a href="#" class="bvi-open"><i class="fa fa-eye"></i></a>'))).toMatchObject({ href: null, lang: 'unknown' });
  });

  it('ignores ordinary links, including accessibility news', () => {
    expect(findAccessibleVersionLink(doc('<a href="/a">Новости</a><a href="/b">Accessibility news</a><p>версия для слабовидящих</p>'))).toBeNull();
  });

  it('finds the link on the seed-like page (ru-optimism-opinion) and nowhere else in the fixtures', () => {
    const dir = 'tests/fixtures/news-pages';
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => findAccessibleVersionLink(doc(readFileSync(`${dir}/${f}`, 'utf8'), `https://fixture.test/${f}`)));
    expect(found).toEqual(['ru-optimism-opinion.html']);
    const link = findAccessibleVersionLink(doc(readFileSync(`${dir}/ru-optimism-opinion.html`, 'utf8')));
    expect(link).toMatchObject({ lang: 'ru', href: null });
    expect(link!.text).toContain('Версия слабовидящим');
  });
});
