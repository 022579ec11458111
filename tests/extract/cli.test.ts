/**
 * CLI tests: spawn `tsx scripts/extract.ts` (what `npm run extract` runs) on fixtures, a batch list
 * with a missing file, a windows-1251 page generated here, and bad arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEWS_DIR, articleParagraphs, loadNewsPages, norm } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taza-extract-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const news = loadNewsPages();
const opinion = news.find((p) => p.name === 'ru-optimism-opinion')!;

describe('npm run extract', () => {
  it('prints one JSON article for a fixture page', () => {
    const r = cli(opinion.file, '--url', opinion.labels.url);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const a = JSON.parse(r.stdout);
    for (const key of ['title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'content', 'textContent', 'wordCount', 'readingMinutes', 'removed']) {
      expect(a).toHaveProperty(key);
    }
    expect(a.lang).toMatch(/^ru/);
    expect(norm(a.textContent)).toContain(articleParagraphs(opinion.labels)[0]);
    expect(a.removed).toEqual({ ads: expect.any(Number), gambling: expect.any(Number), boilerplate: expect.any(Number) });
  }, 60_000);

  it('prints null for a non-article and the article with --force', () => {
    const home = news.find((p) => p.name === 'ru-homepage-news')!;
    expect(cli(home.file, '--url', home.labels.url).stdout.trim()).toBe('null');
    expect(JSON.parse(cli(home.file, '--url', home.labels.url, '--force').stdout).textContent).toBeTruthy();
  }, 60_000);

  it('runs a batch in order as JSONL, with an error line for a missing file', () => {
    const list = path.join(tmp, 'list.tsv');
    const pages = ['kk-culture-abai', 'en-search-nonarticle', 'ru-tech-code'].map((n) => news.find((p) => p.name === n)!);
    const lines = [
      `${pages[0]!.file}\t${pages[0]!.labels.url}`,
      `${path.join(tmp, 'missing.html')}\thttps://example.kz/missing`,
      `${pages[1]!.file}\t${pages[1]!.labels.url}`,
      `${path.relative(tmp, pages[2]!.file)}\t${pages[2]!.labels.url}`, // relative to the list file
    ];
    fs.writeFileSync(list, `${lines.join('\n')}\n`);
    const r = cli('--batch', list);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].lang).toMatch(/^kk/);
    expect(out[1]).toEqual({ error: expect.stringContaining('missing.html') });
    expect(out[2]).toBeNull();
    expect(out[3].title).toContain('40%');
    expect(r.stderr).toContain('missing.html');
    expect(r.code).toBe(1);
  }, 60_000);

  it('decodes a windows-1251 page through jsdom encoding sniffing', () => {
    const body = Array.from({ length: 5 }, (_, i) => `<p>Абзац ${i}: акимат Караганды утвердил программу благоустройства дворов, в неё вошли сорок шесть территорий, работы начнутся в мае.</p>`).join('');
    const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Дворы</title></head><body><article><h1>Дворы отремонтируют</h1>${body}</article></body></html>`;
    const bytes = Buffer.from(Array.from(html, (ch) => cp1251(ch)));
    const file = path.join(tmp, 'cp1251.html');
    fs.writeFileSync(file, bytes);
    expect(bytes.includes(Buffer.from('Абзац', 'utf8'))).toBe(false); // really not UTF-8
    const r = cli(file, '--url', 'https://www.ekaraganda.kz/news/1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).textContent).toContain('акимат Караганды утвердил программу');
  }, 60_000);

  it('fails clearly on missing arguments and unreadable files', () => {
    const none = cli();
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/usage/i);
    const missing = cli(path.join(NEWS_DIR, 'no-such-page.html'), '--url', 'https://example.kz/');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read .*no-such-page\.html/);
    expect(missing.stdout).toBe('');
  }, 60_000);
});

/** One character to its windows-1251 byte (ASCII and the Russian alphabet are all this test needs). */
function cp1251(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c;
  if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
  if (c === 0x401) return 0xa8;
  if (c === 0x451) return 0xb8;
  throw new Error(`no cp1251 byte for ${ch}`);
}
