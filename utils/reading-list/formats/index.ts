/**
 * Reading list: import entry point — detect the format of a file and parse it, all before anything is written.
 * Pure; HTML files are parsed by the caller's parser.
 */
import { looksLikeTazaJson, parseTazaJson } from './json';
import { looksLikeNetscape, looksLikePocketHtml, parseLinkCsv, parseNetscape, parsePocketHtml } from './links';
import { ImportError, type HtmlParser, type ImportBatch } from './types';

export { ImportError } from './types';
export type { ImportBatch, ImportFailure, ImportFormat } from './types';

/** Largest file we try to read (our JSON with images can be big; beyond this the page could run out of memory). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export function parseImportFile(text: string, fileName: string, parseHtml: HtmlParser): ImportBatch {
  if (text.includes('\u0000')) throw new ImportError('foreign', 'binary file');
  const name = fileName.toLowerCase();
  const head = text.slice(0, 4000).trimStart();
  if (looksLikeTazaJson(text)) return parseTazaJson(text);
  if (head.startsWith('{') || head.startsWith('[') || name.endsWith('.json')) {
    // JSON but not ours (or broken): say which.
    try {
      JSON.parse(text);
    } catch (error) {
      throw new ImportError(name.endsWith('.json') && !head.startsWith('{') && !head.startsWith('[') ? 'foreign' : 'corrupt', String((error as Error).message));
    }
    throw new ImportError('foreign', 'JSON that is not a Taza Reader export');
  }
  if (looksLikeNetscape(text)) return parseNetscape(text, parseHtml);
  if (looksLikePocketHtml(text)) return parsePocketHtml(text, parseHtml);
  if (/^<(!doctype|html)/i.test(head)) throw new ImportError('foreign', 'HTML that is neither bookmarks nor a Pocket export');
  if (name.endsWith('.csv') || /^[^\n]*,/.test(head)) return parseLinkCsv(text);
  throw new ImportError('foreign', 'unknown file type');
}
