/**
 * Reader extraction on the held-out stand-ins (tests/fixtures/news-pages-extra*, written apart from the code, the
 * same schema as tests/fixtures/news-pages): the checks the fixtures' README gives an evaluator — every articleText
 * paragraph in order, none of the labelled ads' text, the article's mustKeepText kept, the language, the title
 * (loosely), and non-articles refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { EXTRA_FIXTURE_DIRS } from '../filtering/fixtures';
import { articleParagraphs, findInOrder, norm, parseHtml, type NewsLabels } from './helpers';

const PAGES = EXTRA_FIXTURE_DIRS.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ dir, name: f.replace(/\.html$/, '') })),
);

describe('reader extraction on the extra pages', () => {
  for (const { dir, name } of PAGES) {
    it(`${path.basename(dir)}/${name}`, ({ expect }) => {
      const labels = JSON.parse(fs.readFileSync(path.join(dir, `${name}.labels.json`), 'utf8')) as NewsLabels;
      const doc = parseHtml(fs.readFileSync(path.join(dir, `${name}.html`)), labels.url);
      const result = extractArticle(doc);
      if (!labels.isArticle) {
        expect(result.ok ? 'accepted' : result.reason, 'a non-article is refused').toBe('not-an-article');
        return;
      }
      if (!result.ok) throw new Error(`${result.reason} ${result.message ?? ''}`);
      const a = result.article;
      const text = norm(a.textContent);
      expect.soft(findInOrder(text, articleParagraphs(labels)).missing, 'articleText paragraph missing').toBeNull();
      for (const selector of labels.ads) {
        for (const el of Array.from(doc.querySelectorAll(selector))) {
          const adText = norm(el.textContent ?? '');
          if (adText.length >= 12) expect.soft(text, `ad text in the article: ${selector}`).not.toContain(adText);
        }
      }
      const body = norm(labels.articleText);
      for (const s of labels.mustKeepText.map(norm).filter((s) => body.includes(s))) expect.soft(text).toContain(s);
      expect.soft(a.lang?.split('-')[0], 'language').toBe(labels.lang);
      const title = a.title.replace(/\s+[—|–-]\s+[^—|–-]+$/, '');
      expect.soft(labels.title.includes(title) || title.includes(labels.title), `title "${a.title}"`).toBe(true);
    });
  }
});
