/**
 * Reading list: link-list imports and exports — Netscape bookmarks HTML, Pocket (HTML and CSV), Instapaper CSV
 * (old: URL,Title,Selection,Folder; new: + Timestamp[, Tags]), and our own CSV. Pure; HTML is parsed by the caller's
 * parser into an inert Document.
 */
import type { SavedItem } from '../types';
import type { ImportRecord } from '../repository';
import { parseCsv, toCsvRow } from './csv';
import { ImportError, type HtmlParser, type ImportBatch } from './types';

const isHttp = (u: string) => /^https?:\/\/[^\s]+$/i.test(u.trim());

function seconds(v: string | null | undefined): number | undefined {
  if (!v) return undefined;
  const n = Number(v);
  if (Number.isFinite(n) && n > 0) return n > 1e12 ? n : n * 1000; // seconds, or already ms
  const d = Date.parse(v);
  return Number.isNaN(d) ? undefined : d;
}

function splitTags(v: string | null | undefined, sep: RegExp = /[,|]/): string[] {
  if (!v) return [];
  const t = v.trim();
  if (t.startsWith('[')) {
    try {
      const arr = JSON.parse(t);
      if (Array.isArray(arr)) return arr.map(String).map((s) => s.trim()).filter(Boolean);
    } catch {
      /* fall through to plain splitting */
    }
  }
  return t.split(sep).map((s) => s.trim()).filter(Boolean);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ── Netscape bookmarks ───────────────────────────────────────────────────────────────

export function looksLikeNetscape(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text.slice(0, 2000));
}

export function looksLikePocketHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<title>\s*Pocket Export\s*<\/title>/i.test(head) || (/time_added=/i.test(text) && /<h1>\s*(Unread|Read Archive)\s*<\/h1>/i.test(text));
}

/** Bookmarks: every http(s) link becomes an unread pending item; folders (and TAGS) become tags. */
export function parseNetscape(text: string, parseHtml: HtmlParser): ImportBatch {
  const doc = parseHtml(text);
  const records: ImportRecord[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = a.getAttribute('href')!.trim();
    if (!isHttp(url)) continue;
    const folders: string[] = [];
    // <DT><H3>Folder</H3><DL><p> … <DT><A> … : walk up the DLs and take each one's heading.
    for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
      let prev = dl.previousElementSibling;
      if (!prev && dl.parentElement?.tagName === 'DT') prev = dl.parentElement.querySelector(':scope > h3');
      if (prev?.tagName === 'H3' && !prev.hasAttribute('personal_toolbar_folder')) folders.push(prev.textContent!.trim());
      else if (prev?.tagName === 'DT' && prev.querySelector(':scope > h3')) folders.push(prev.querySelector(':scope > h3')!.textContent!.trim());
    }
    records.push({
      url,
      title: a.textContent?.trim() || url,
      savedAt: seconds(a.getAttribute('add_date')),
      tags: [...splitTags(a.getAttribute('tags'), /,/), ...folders.filter(Boolean)],
    });
  }
  if (!records.length) throw new ImportError('empty', 'no links in the bookmarks file');
  return { format: 'netscape', records };
}

export function exportNetscape(items: Iterable<SavedItem>): string {
  let out =
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<!-- This is an automatically generated file. -->\n' +
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n<TITLE>Bookmarks</TITLE>\n<H1>Taza Reader</H1>\n<DL><p>\n';
  for (const it of items) {
    const tags = [...it.tags, ...(it.favourite ? ['favourite'] : []), ...(it.archived ? ['archived'] : [])];
    out += `    <DT><A HREF="${escapeHtml(it.url)}" ADD_DATE="${Math.floor(it.savedAt / 1000)}" LAST_MODIFIED="${Math.floor(it.updatedAt / 1000)}"${
      tags.length ? ` TAGS="${escapeHtml(tags.join(','))}"` : ''
    }>${escapeHtml(it.title)}</A>\n`;
    if (it.excerpt) out += `    <DD>${escapeHtml(it.excerpt)}\n`;
  }
  return out + '</DL><p>\n';
}

// ── Pocket ───────────────────────────────────────────────────────────────────────────

/** Pocket's ril_export.html: <h1>Unread</h1><ul><li><a href time_added tags>…</a></li></ul><h1>Read Archive</h1>… */
export function parsePocketHtml(text: string, parseHtml: HtmlParser): ImportBatch {
  const doc = parseHtml(text);
  const records: ImportRecord[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = a.getAttribute('href')!.trim();
    if (!isHttp(url)) continue;
    let heading: Element | null = a.closest('ul')?.previousElementSibling ?? null;
    while (heading && heading.tagName !== 'H1') heading = heading.previousElementSibling;
    const archived = /archive/i.test(heading?.textContent ?? '');
    const tags = splitTags(a.getAttribute('tags'), /,/);
    records.push({
      url,
      title: a.textContent?.trim() || url,
      savedAt: seconds(a.getAttribute('time_added')),
      tags: tags.filter((t) => t !== '_favorite'),
      archived,
      read: archived,
      favourite: tags.includes('_favorite'),
    });
  }
  if (!records.length) throw new ImportError('empty', 'no links in the Pocket export');
  return { format: 'pocket-html', records };
}

// ── CSV (Pocket, Instapaper, ours, generic) ─────────────────────────────────────────────

/** Pocket CSV: title,url,time_added[,cursor],tags,status (tags separated by |, status unread/archive). */
function pocketCsv(header: string[], rows: string[][]): ImportRecord[] {
  const col = (n: string) => header.indexOf(n);
  const [iTitle, iUrl, iTime, iTags, iStatus] = ['title', 'url', 'time_added', 'tags', 'status'].map(col);
  return rows.map((r) => {
    const status = (r[iStatus!] ?? '').toLowerCase();
    const tags = splitTags(r[iTags!], /\|/);
    return {
      url: (r[iUrl!] ?? '').trim(),
      title: r[iTitle!],
      savedAt: seconds(r[iTime!]),
      tags: tags.filter((t) => t !== '_favorite'),
      archived: status === 'archive' || status === 'archived',
      read: status === 'archive' || status === 'archived',
      favourite: tags.includes('_favorite'),
    };
  });
}

/** Instapaper CSV: URL,Title,Selection,Folder[,Timestamp[,Tags]]. Folder: Unread | Archive | Starred | a folder name. */
function instapaperCsv(header: string[], rows: string[][]): ImportRecord[] {
  const col = (n: string) => header.indexOf(n);
  const [iUrl, iTitle, iFolder, iTime, iTags] = ['url', 'title', 'folder', 'timestamp', 'tags'].map(col);
  return rows.map((r) => {
    const folder = (r[iFolder!] ?? '').trim();
    const f = folder.toLowerCase();
    const tags = iTags! >= 0 ? splitTags(r[iTags!]) : [];
    if (folder && !['unread', 'archive', 'starred'].includes(f)) tags.push(folder);
    return {
      url: (r[iUrl!] ?? '').trim(),
      title: r[iTitle!],
      savedAt: iTime! >= 0 ? seconds(r[iTime!]) : undefined,
      tags,
      archived: f === 'archive',
      read: f === 'archive',
      favourite: f === 'starred',
    };
  });
}

/** Our CSV export, or any CSV with a `url` column. */
function genericCsv(header: string[], rows: string[][]): ImportRecord[] {
  const col = (n: string) => header.indexOf(n);
  const yes = (v: string | undefined) => /^(1|true|yes)$/i.test((v ?? '').trim());
  const [iUrl, iTitle, iSaved, iTags, iRead, iFav, iArch, iProg] = ['url', 'title', 'saved_at', 'tags', 'read', 'favourite', 'archived', 'progress'].map(col);
  return rows.map((r) => ({
    url: (r[iUrl!] ?? '').trim(),
    title: iTitle! >= 0 ? r[iTitle!] : undefined,
    savedAt: iSaved! >= 0 ? seconds(r[iSaved!]) : undefined,
    tags: iTags! >= 0 ? splitTags(r[iTags!], /[|,]/) : [],
    read: iRead! >= 0 && yes(r[iRead!]),
    favourite: iFav! >= 0 && yes(r[iFav!]),
    archived: iArch! >= 0 && yes(r[iArch!]),
    progress: iProg! >= 0 ? Number(r[iProg!]) || 0 : 0,
  }));
}

export function parseLinkCsv(text: string): ImportBatch {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new ImportError('corrupt', String((error as Error).message));
  }
  if (!rows.length) throw new ImportError('foreign', 'empty file');
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const body = rows.slice(1);
  let format: ImportBatch['format'];
  let records: ImportRecord[];
  if (header.includes('url') && header.includes('time_added') && header.includes('status')) {
    format = 'pocket-csv';
    records = pocketCsv(header, body);
  } else if (header[0] === 'url' && header[1] === 'title' && header.includes('selection') && header.includes('folder')) {
    format = 'instapaper-csv';
    records = instapaperCsv(header, body);
  } else if (header.includes('url')) {
    format = 'csv';
    records = genericCsv(header, body);
  } else {
    throw new ImportError('foreign', 'no "url" column');
  }
  const bad = records.findIndex((r) => !isHttp(r.url));
  if (bad >= 0) throw new ImportError('corrupt', `row ${bad + 2}: not a web address: ${records[bad]!.url.slice(0, 80)}`);
  if (!records.length) throw new ImportError('empty', 'no rows');
  return { format, records };
}

export const CSV_HEADER = ['url', 'title', 'site', 'saved_at', 'tags', 'read', 'favourite', 'archived', 'progress', 'reading_minutes', 'word_count'];

export function exportCsv(items: Iterable<SavedItem>): string {
  let out = toCsvRow(CSV_HEADER);
  for (const it of items) {
    out += toCsvRow([
      it.url,
      it.title,
      it.siteName ?? it.siteKey,
      new Date(it.savedAt).toISOString(),
      it.tags.join('|'),
      it.read,
      it.favourite,
      it.archived,
      Math.round(it.progress * 1000) / 1000,
      it.readingMinutes,
      it.wordCount,
    ]);
  }
  return out;
}
