/**
 * Reading list page model (@preact/signals): the saved items, search, filters, sort, selection, undo, import and
 * export. Opens the reading list's IndexedDB directly (extension page). First paint shows the first cards from an
 * index cursor; then all cards (small records, no bodies) load, then the full-text index builds in chunks.
 */
import { batch, computed, signal, type Signal } from '@preact/signals';
import { i18n } from '#i18n';
import { createRepository, type DeletedSnapshot, type ReadingListRepository, type SortKey } from '@/utils/reading-list/repository';
import { openReadingListDb, ReadingListError, type ReadingListDb } from '@/utils/reading-list/schema';
import { createSearchIndex } from '@/utils/reading-list/search';
import { foldText } from '@/utils/reading-list/text';
import type { ItemPatch, SavedItem } from '@/utils/reading-list/types';
import { articleToJson, JSON_FOOTER, jsonHeader } from '@/utils/reading-list/formats/json';
import { exportCsv, exportNetscape } from '@/utils/reading-list/formats/links';
import { ImportError, parseImportFile } from '@/utils/reading-list/formats';
import { loadReaderSettings } from '@/utils/settings/storage';
import { readerSettingsItem } from '@/utils/settings/storage';
import { normalizeReaderSettings, type ReaderTheme } from '@/utils/settings/reader-settings';

export type ListFilter = 'all' | 'unread' | 'favourites' | 'archived';
export type ExportKind = 'json' | 'html' | 'csv';
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export const PAGE_SIZE = 50;

export interface ListModel {
  status: Signal<'loading' | 'ready' | 'error'>;
  error: Signal<string>;
  theme: Signal<ReaderTheme>;
  total: Signal<number>;
  query: Signal<string>;
  filter: Signal<ListFilter>;
  tag: Signal<string>;
  sort: Signal<SortKey>;
  searchReady: Signal<boolean>;
  visible: Signal<SavedItem[]>;
  shown: Signal<number>;
  tags: Signal<string[]>;
  selected: Signal<Set<string>>;
  undo: Signal<{ count: number } | null>;
  notice: Signal<Notice>;
  busy: Signal<boolean>;
  start(): Promise<void>;
  showMore(): void;
  toggleSelect(id: string): void;
  selectAllShown(on: boolean): void;
  update(ids: string[], patch: ItemPatch): Promise<void>;
  addTag(ids: string[], tag: string): Promise<void>;
  remove(ids: string[]): Promise<void>;
  undoRemove(): Promise<void>;
  exportAs(kind: ExportKind): Promise<void>;
  importFile(file: File): Promise<void>;
  readerUrl(id: string): string;
  /** Another page upgraded the database and this page's connection was closed. */
  closedForUpgrade(): void;
}

function errorText(error: unknown): string {
  if (error instanceof ReadingListError) {
    if (error.reason === 'quota') return i18n.t('listErrorQuota');
    if (error.reason === 'blocked') return i18n.t('listErrorBlocked');
  }
  return i18n.t('listErrorGeneric', [String((error as Error)?.message ?? error)]);
}

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

const compare: Record<SortKey, (a: SavedItem, b: SavedItem) => number> = {
  newest: (a, b) => b.savedAt - a.savedAt,
  oldest: (a, b) => a.savedAt - b.savedAt,
  site: (a, b) => (a.siteKey < b.siteKey ? -1 : a.siteKey > b.siteKey ? 1 : b.savedAt - a.savedAt),
  time: (a, b) => a.readingMinutes - b.readingMinutes || b.savedAt - a.savedAt,
};

/**
 * @param opening the database, already being opened by main.tsx before the first render (saves a few frames).
 */
export function createListModel(opening?: Promise<ReadingListDb>): ListModel {
  const status = signal<'loading' | 'ready' | 'error'>('loading');
  const error = signal('');
  const theme = signal<ReaderTheme>('light');
  const items = signal<Map<string, SavedItem>>(new Map());
  const query = signal('');
  const filter = signal<ListFilter>('all');
  const tag = signal('');
  const sort = signal<SortKey>('newest');
  const searchReady = signal(false);
  const searchVersion = signal(0);
  const shown = signal(PAGE_SIZE);
  const selected = signal<Set<string>>(new Set());
  const undo = signal<{ count: number } | null>(null);
  const notice = signal<Notice>(null);
  const busy = signal(false);
  const index = createSearchIndex();
  const folded = new WeakMap<SavedItem, string>();
  const foldedTitle = (it: SavedItem) => {
    let f = folded.get(it);
    if (f === undefined) folded.set(it, (f = foldText(`${it.title} ${it.siteKey}`)));
    return f;
  };
  let repo: ReadingListRepository | null = null;
  let snapshots: DeletedSnapshot[] = [];
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const keep = (it: SavedItem, f: ListFilter, t: string) =>
    (f === 'archived' ? it.archived : !it.archived) &&
    (f !== 'unread' || !it.read) &&
    (f !== 'favourites' || it.favourite) &&
    (!t || it.tags.includes(t));

  const matches = computed<Set<string> | null>(() => {
    searchVersion.value;
    const q = query.value.trim();
    if (!q) return null;
    const fq = foldText(q);
    // Full text from the second letter on (one letter would match most of the library's words); until the
    // index is built, and for a single letter, titles and sites only.
    if (searchReady.value && fq.replace(/[^\p{L}\p{N}]/gu, '').length >= 2) return index.search(q);
    const out = new Set<string>();
    for (const it of items.value.values()) if (foldedTitle(it).includes(fq)) out.add(it.id);
    return out;
  });

  const visible = computed(() => {
    const m = matches.value;
    const f = filter.value;
    const t = tag.value;
    const out: SavedItem[] = [];
    for (const it of items.value.values()) if ((!m || m.has(it.id)) && keep(it, f, t)) out.push(it);
    return out.sort(compare[sort.value]);
  });

  const total = computed(() => items.value.size);
  const tags = computed(() => {
    const s = new Set<string>();
    for (const it of items.value.values()) for (const t of it.tags) s.add(t);
    return [...s].sort();
  });

  function put(list: SavedItem[]): void {
    const next = new Map(items.value);
    for (const it of list) next.set(it.id, it);
    items.value = next;
  }

  async function loadAll(): Promise<void> {
    const r = repo!;
    const all = await r.all();
    items.value = new Map(all.map((i) => [i.id, i]));
    status.value = 'ready';
    // Full-text index, in chunks so that the page stays responsive while it builds.
    searchReady.value = false;
    await r.eachSearchRecord(400, async (records) => {
      for (const s of records) index.add(s.id, s.terms);
      await new Promise((res) => setTimeout(res, 0));
    });
    index.prepare();
    searchReady.value = true;
    searchVersion.value++;
  }

  function fail(e: unknown): void {
    console.warn('[taza] reading list', e);
    error.value = errorText(e);
    status.value = 'error';
  }

  return {
    status,
    error,
    theme,
    total,
    query,
    filter,
    tag,
    sort,
    searchReady,
    visible,
    shown,
    tags,
    selected,
    undo,
    notice,
    busy,
    async start() {
      void loadReaderSettings().then((s) => (theme.value = s.theme));
      readerSettingsItem.watch((s) => (theme.value = normalizeReaderSettings(s).theme));
      try {
        repo = createRepository(
          await (opening ?? openReadingListDb({
            onClosedForUpgrade: () => {
              error.value = i18n.t('listErrorUpgraded');
              status.value = 'error';
            },
          })),
        );
        performance.mark('taza:list-db-open');
        // First cards straight from the savedAt index: no need to wait for the whole list.
        const first = await repo.first(PAGE_SIZE, 'newest', (i) => !i.archived);
        performance.mark('taza:list-first-query');
        items.value = new Map(first.map((i) => [i.id, i]));
        status.value = first.length ? 'ready' : 'loading';
        // Let the first cards paint before the whole list (and then the search index) is read.
        if (first.length) await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
        await loadAll();
      } catch (e) {
        fail(e);
      }
    },
    showMore() {
      shown.value += PAGE_SIZE;
    },
    toggleSelect(id) {
      const next = new Set(selected.value);
      if (!next.delete(id)) next.add(id);
      selected.value = next;
    },
    selectAllShown(on) {
      selected.value = on ? new Set(visible.value.slice(0, shown.value).map((i) => i.id)) : new Set();
    },
    async update(ids, patch) {
      try {
        put(await repo!.update(ids, patch));
      } catch (e) {
        notice.value = { kind: 'error', text: errorText(e) };
      }
    },
    async addTag(ids, t) {
      const value = t.trim();
      if (!value) return;
      try {
        const list: SavedItem[] = [];
        for (const id of ids) {
          const it = items.value.get(id);
          if (it) list.push(...(await repo!.update([id], { tags: [...it.tags, value] })));
        }
        put(list);
      } catch (e) {
        notice.value = { kind: 'error', text: errorText(e) };
      }
    },
    async remove(ids) {
      try {
        const snaps = await repo!.remove(ids);
        snapshots = snaps;
        const next = new Map(items.value);
        for (const s of snaps) {
          next.delete(s.item.id);
          index.remove(s.item.id);
        }
        batch(() => {
          items.value = next;
          selected.value = new Set();
          undo.value = { count: snaps.length };
          searchVersion.value++;
        });
        clearTimeout(undoTimer);
        undoTimer = setTimeout(() => {
          undo.value = null;
          snapshots = [];
        }, 15_000);
      } catch (e) {
        notice.value = { kind: 'error', text: errorText(e) };
      }
    },
    async undoRemove() {
      if (!snapshots.length) return;
      try {
        await repo!.restore(snapshots);
        for (const s of snapshots) if (s.search) index.add(s.search.id, s.search.terms);
        put(snapshots.map((s) => s.item));
        snapshots = [];
        clearTimeout(undoTimer);
        batch(() => {
          undo.value = null;
          searchVersion.value++;
        });
      } catch (e) {
        notice.value = { kind: 'error', text: errorText(e) };
      }
    },
    async exportAs(kind) {
      busy.value = true;
      notice.value = null;
      const date = new Date().toISOString().slice(0, 10);
      try {
        if (kind === 'json') {
          const count = await repo!.count();
          // Parts are folded into Blobs as we go: the browser may keep those on disk, not in the JS heap.
          const blobs: Blob[] = [];
          let parts: string[] = [jsonHeader(count)];
          let n = 0;
          await repo!.eachFull(50, async (a) => {
            parts.push((n++ ? ',\n' : '') + (await articleToJson(a)));
            if (parts.length >= 200) {
              blobs.push(new Blob(parts));
              parts = [];
            }
          });
          parts.push(JSON_FOOTER);
          blobs.push(new Blob(parts));
          download(new Blob(blobs, { type: 'application/json' }), `taza-reading-list-${date}.json`);
        } else {
          const all = [...items.value.values()].sort(compare.oldest);
          const text = kind === 'csv' ? exportCsv(all) : exportNetscape(all);
          download(
            new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'text/html;charset=utf-8' }),
            `taza-reading-list-${date}.${kind === 'csv' ? 'csv' : 'html'}`,
          );
        }
      } catch (e) {
        notice.value = { kind: 'error', text: errorText(e) };
      } finally {
        busy.value = false;
      }
    },
    async importFile(file) {
      busy.value = true;
      notice.value = null;
      try {
        const text = await file.text();
        const parsed = parseImportFile(text, file.name, (html) => new DOMParser().parseFromString(html, 'text/html'));
        const summary = await repo!.importRecords(parsed.records);
        await loadAll();
        notice.value = { kind: 'ok', text: i18n.t('listImportDone', [String(summary.added), String(summary.updated), String(summary.unchanged)]) };
      } catch (e) {
        let text: string;
        if (e instanceof ImportError) {
          text =
            e.reason === 'corrupt'
              ? i18n.t('listImportCorrupt', [e.detail ?? ''])
              : e.reason === 'empty'
                ? i18n.t('listImportEmpty')
                : e.reason === 'newer-version'
                  ? i18n.t('listImportNewer')
                  : i18n.t('listImportForeign');
        } else if (e instanceof ReadingListError && e.reason === 'quota') text = i18n.t('listErrorQuota');
        else text = i18n.t('listImportFailed', [String((e as Error)?.message ?? e)]);
        notice.value = { kind: 'error', text };
      } finally {
        busy.value = false;
      }
    },
    readerUrl: (id) => `reader.html?id=${encodeURIComponent(id)}`,
    closedForUpgrade() {
      error.value = i18n.t('listErrorUpgraded');
      status.value = 'error';
    },
  };
}
