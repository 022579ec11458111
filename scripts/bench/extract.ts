/**
 * Extraction benchmark (Node, jsdom): speed and quality of the full pipeline (`utils/extract`)
 * against bare Readability 0.6.0 on the fixture pages, in one run.
 *
 *   npx tsx scripts/bench/extract.ts [--runs N]
 *
 * Every figure is printed on its own line as `bench <name> <value> <unit>`. Timing covers
 * extraction only (jsdom parsing is excluded): each page is parsed once, both extractors are warmed
 * up on it, then timed alternately `runs` times; the per-page median is kept and the figure is the
 * median over pages. Bare Readability = `new Readability(doc.cloneNode(true)).parse()` with defaults.
 * Quality: token precision/recall/F1 (utils/extract/score.ts), mean over pages; ground truth is the
 * text of `expected.html` (readability pages) or the label's `articleText` (news articles).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { meanScores, scoreTokens, type TokenScore } from '../../utils/extract/score';
import { getBlockText } from '../../utils/extract/text';
import {
  READABILITY_URL,
  expectedText,
  loadNewsPages,
  loadReadabilityPage,
  parseHtml,
  readabilitySlugs,
} from '../../tests/extract/helpers';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
/** `--child i/n`: internal, measure chunk i of n of the Readability pages and print JSON rows. */
const childArg = process.argv.indexOf('--child');
/** Readability pages are measured in chunks, one child process each, run one after another:
 *  jsdom keeps memory per parsed page that closing the window does not return, and 130 big pages
 *  measured several times each exhaust the default heap in one process. */
const CHUNKS = 8;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function print(name: string, value: number, unit: string, digits = 4): void {
  console.log(`bench ${name} ${value.toFixed(digits)} ${unit}`);
}

interface PageRun {
  pipelineMs: number;
  bareMs: number;
  pipelineText: string;
  bareText: string;
  pipelineOk: boolean;
}

function runPage(doc: Document, force: boolean): PageRun {
  const pipeline = () => extractArticle(doc, { force });
  const bare = () => new Readability(doc.cloneNode(true) as Document).parse();
  // Warm-up: first touches of a fresh jsdom document fill lazy caches; JIT both paths.
  pipeline();
  bare();
  const p: number[] = [];
  const b: number[] = [];
  let result = pipeline();
  let bareResult = bare();
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    result = pipeline();
    p.push(performance.now() - t);
    t = performance.now();
    bareResult = bare();
    b.push(performance.now() - t);
  }
  // Bare text is scored with the same block-aware text function as the pipeline (content HTML → text).
  let bareText = '';
  if (bareResult?.content) {
    const holder = doc.createElement('div');
    holder.innerHTML = bareResult.content;
    bareText = getBlockText(holder);
  }
  return {
    pipelineMs: median(p),
    bareMs: median(b),
    pipelineText: result.ok ? result.article.textContent : '',
    bareText,
    pipelineOk: result.ok,
  };
}

interface PageScore {
  pipelineMs: number;
  bareMs: number;
  ok: boolean;
  ours: TokenScore;
  bare: TokenScore;
}

function score(run: PageRun, truth: string): PageScore {
  return {
    pipelineMs: run.pipelineMs,
    bareMs: run.bareMs,
    ok: run.pipelineOk,
    ours: scoreTokens(run.pipelineText, truth),
    bare: scoreTokens(run.bareText, truth),
  };
}

function report(prefix: string, rows: PageScore[]): void {
  const pMs = median(rows.map((r) => r.pipelineMs));
  const bMs = median(rows.map((r) => r.bareMs));
  print(`${prefix}.pages`, rows.length, 'pages', 0);
  print(`${prefix}.pipeline_ms_per_page`, pMs, 'ms', 2);
  print(`${prefix}.readability_ms_per_page`, bMs, 'ms', 2);
  print(`${prefix}.time_ratio`, pMs / bMs, 'x', 3);
  print(`${prefix}.pipeline_total_ms`, rows.reduce((a, r) => a + r.pipelineMs, 0), 'ms', 1);
  print(`${prefix}.readability_total_ms`, rows.reduce((a, r) => a + r.bareMs, 0), 'ms', 1);
  for (const who of ['pipeline', 'readability'] as const) {
    const m = meanScores(rows.map((r) => (who === 'pipeline' ? r.ours : r.bare)));
    print(`${prefix}.${who}.f1`, m.f1, 'ratio');
    print(`${prefix}.${who}.precision`, m.precision, 'ratio');
    print(`${prefix}.${who}.recall`, m.recall, 'ratio');
  }
  print(`${prefix}.pipeline.errors`, rows.filter((r) => !r.ok).length, 'pages', 0);
}

if (childArg > 0) {
  const [i, n] = process.argv[childArg + 1]!.split('/').map(Number) as [number, number];
  const rows: PageScore[] = [];
  readabilitySlugs().forEach((slug, k) => {
    if (k % n !== i) return;
    const page = loadReadabilityPage(slug);
    const doc = parseHtml(page.source, READABILITY_URL);
    rows.push(score(runPage(doc, true), expectedText(page.expectedHtml)));
    doc.defaultView?.close();
  });
  // Exit only once the pipe has taken all of it.
  process.stdout.write(JSON.stringify(rows), () => process.exit(0));
} else {
  main();
}

function main(): void {
  // News pages: articles scored against articleText; timing over all 13 (non-articles included, no force).
  const news = loadNewsPages();
  const newsRuns: PageRun[] = [];
  const newsArticleRows: PageScore[] = [];
  for (const page of news) {
    const doc = parseHtml(page.html, page.labels.url);
    const run = runPage(doc, false);
    doc.defaultView?.close();
    newsRuns.push(run);
    if (page.labels.isArticle) newsArticleRows.push(score(run, page.labels.articleText));
  }
  const pMs = median(newsRuns.map((r) => r.pipelineMs));
  const bMs = median(newsRuns.map((r) => r.bareMs));
  print('extract.news_pages.pages', newsRuns.length, 'pages', 0);
  print('extract.news_pages.pipeline_ms_per_page', pMs, 'ms', 2);
  print('extract.news_pages.readability_ms_per_page', bMs, 'ms', 2);
  print('extract.news_pages.time_ratio', pMs / bMs, 'x', 3);
  report('extract.news_articles', newsArticleRows);

  // Readability's 130 test pages, forced (Readability's own tests parse them all).
  const rRows: PageScore[] = [];
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < CHUNKS; i++) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', `${i}/${CHUNKS}`, '--runs', String(RUNS)], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (child.status !== 0) throw new Error(`bench chunk ${i} failed: ${child.stderr}`);
    rRows.push(...(JSON.parse(child.stdout) as PageScore[]));
  }
  report('extract.readability_pages', rRows);
}
