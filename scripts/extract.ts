/**
 * CLI for the extraction pipeline (Node, jsdom; no page scripts run).
 *
 *   npm run extract -- <file.html> --url <url> [--force]
 *   npm run extract -- --batch <listfile> [--force]     # lines "<path>\t<url>", JSONL out, in order
 *
 * Prints one JSON object per page (title, byline, siteName, lang, dir, publishedTime, excerpt,
 * content, textContent, wordCount, readingMinutes, removed), or `null` when the page is not an
 * article. Files are read as bytes so jsdom sniffs the encoding (`<meta charset=windows-1251>`).
 * Errors go to stderr with a non-zero exit; in batch mode a failing file prints `{"error": "..."}`
 * on its line and the batch goes on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../utils/extract';

const USAGE = 'usage: npm run extract -- <file.html> --url <url> [--force]\n       npm run extract -- --batch <listfile> [--force]';

class UsageError extends Error {}

interface Args {
  file?: string;
  url?: string;
  batch?: string;
  force: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--url') args.url = value();
    else if (a === '--batch') args.batch = value();
    else if (a === '--force') args.force = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.file) args.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!args.batch && !args.file) throw new UsageError('missing <file.html> (or --batch <listfile>)');
  if (args.batch && args.file) throw new UsageError('give either <file.html> or --batch, not both');
  return args;
}

/** Extract one file; returns the JSON value to print (an article object or null). Throws on I/O or extraction errors. */
function extractFile(file: string, url: string | undefined, force: boolean): unknown {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const pageUrl = url ?? pathToFileURL(path.resolve(file)).href;
  try {
    new URL(pageUrl);
  } catch {
    throw new Error(`invalid --url ${pageUrl}`);
  }
  // A silent virtual console: jsdom's CSS parser complaints are not our output.
  const dom = new JSDOM(bytes, { url: pageUrl, virtualConsole: new VirtualConsole() });
  try {
    const result = extractArticle(dom.window.document, { url: pageUrl, force });
    if (!result.ok) {
      if (result.reason === 'not-an-article' || result.reason === 'no-content') return null;
      throw new Error(`${file}: ${result.reason}${result.message ? `: ${result.message}` : ''}`);
    }
    const a = result.article;
    return {
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      lang: a.lang,
      dir: a.dir,
      publishedTime: a.publishedTime,
      excerpt: a.excerpt,
      content: a.content,
      textContent: a.textContent,
      wordCount: a.wordCount,
      readingMinutes: a.readingMinutes,
      removed: a.removed,
      url: a.url,
      leadImage: a.leadImage,
    };
  } finally {
    dom.window.close();
  }
}

function runBatch(listFile: string, force: boolean): number {
  let list: string;
  try {
    list = fs.readFileSync(listFile, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${listFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const baseDir = path.dirname(path.resolve(listFile));
  let failures = 0;
  for (const line of list.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [rawPath, rawUrl] = line.split('\t');
    const file = path.resolve(baseDir, rawPath!.trim());
    try {
      process.stdout.write(`${JSON.stringify(extractFile(file, rawUrl?.trim() || undefined, force))}\n`);
    } catch (err) {
      failures++;
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`extract: ${message}\n`);
      process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    }
  }
  return failures;
}

function main(): void {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.batch) {
      // Per-file errors are reported on their line; the exit code says whether any happened.
      process.exitCode = runBatch(args.batch, args.force) ? 1 : 0;
      return;
    }
    process.stdout.write(`${JSON.stringify(extractFile(args.file!, args.url, args.force))}\n`);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`extract: ${err.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

main();
