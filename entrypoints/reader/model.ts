/**
 * Reader page model (@preact/signals): the article being shown, the load state and the typography settings.
 * Components get plain values and callbacks from it.
 *
 * Two sources: framed over a tab (the live page's article, via the background), or `reader.html?id=…` opened on its
 * own from the reading list (the saved copy from IndexedDB, images from local Blobs, no network). In saved mode the
 * model also keeps the reading progress and marks the article read at the end; "Back" goes to the list.
 */
import { signal, computed, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import type { Article, ExtractFailureReason } from '@/utils/extract/types';
import type { SaveResult, SavedItem } from '@/utils/reading-list/types';
import { foreignImageOrigins } from '@/utils/reading-list/images';
import { loadSavedArticle, openRepository, downloadPending, type SavedLoad } from './saved';
import { readerSettingsItem, loadReaderSettings, saveReaderSettings } from '@/utils/settings/storage';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from '@/utils/settings/reader-settings';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'ready'; article: Article }
  | { status: 'failed'; reason: ExtractFailureReason; message?: string }
  /** Saved mode: a link saved without content (context menu on a link, imports). */
  | { status: 'pending'; item: SavedItem; error?: string; downloading?: boolean }
  /** Saved mode: no such id (deleted). */
  | { status: 'missing' };

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'done'; result: SaveResult };

export interface ReaderModel {
  state: Signal<ReaderState>;
  settings: Signal<ReaderSettings>;
  theme: Signal<ReaderSettings['theme']>;
  /** Framed over a web page (true) or opened as its own tab. */
  embedded: boolean;
  /** The reading-list id when showing a saved copy (`reader.html?id=`), else null. */
  savedId: string | null;
  /** The Save button's state (framed mode). */
  saveState: Signal<SaveState>;
  save(): void;
  openList(): void;
  /** Saved mode: remember how far the reader got (0…1); `atEnd` marks the article read. */
  saveProgress(progress: number, atEnd: boolean): void;
  /** Saved mode: the progress to restore once the article is painted. */
  initialProgress: number;
  /** Saved mode, pending item: fetch the page now (asks for that site's permission: call from a click). */
  download(): void;
  start(): Promise<void>;
  load(force?: boolean): Promise<void>;
  updateSettings(patch: Partial<ReaderSettings>): void;
  close(): void;
}

export function createReaderModel(url: URL): ReaderModel {
  const state = signal<ReaderState>({ status: 'loading' });
  const settings = signal<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const theme = computed(() => settings.value.theme);
  const embedded = window.top !== window;
  const savedId = embedded ? null : url.searchParams.get('id');
  const saveState = signal<SaveState>({ status: 'idle' });
  let settingsLoaded: Promise<void> = Promise.resolve();
  let initialProgress = 0;
  let lastProgressWrite = Promise.resolve();

  function showSaved(loaded: SavedLoad): void {
    if (loaded.kind === 'missing') state.value = { status: 'missing' };
    else if (loaded.kind === 'pending') state.value = { status: 'pending', item: loaded.item };
    else {
      initialProgress = loaded.item.progress;
      state.value = { status: 'ready', article: loaded.article };
    }
  }

  async function load(force = false): Promise<void> {
    state.value = { status: 'loading' };
    if (savedId) {
      try {
        const loaded = await loadSavedArticle(savedId);
        await settingsLoaded;
        showSaved(loaded);
      } catch (error) {
        state.value = { status: 'failed', reason: 'error', message: String((error as Error)?.message ?? error) };
      }
      return;
    }
    if (!embedded) {
      state.value = { status: 'failed', reason: 'error', message: 'no-source' };
      return;
    }
    try {
      const result = await sendMessage('reader.getArticle', { force });
      await settingsLoaded; // never paint the article in the default theme and then flash to the user's
      state.value = result.ok
        ? { status: 'ready', article: result.article }
        : { status: 'failed', reason: result.reason, message: result.message };
    } catch (error) {
      state.value = { status: 'failed', reason: 'error', message: String((error as Error)?.message ?? error) };
    }
  }

  return {
    state,
    settings,
    theme,
    embedded,
    savedId,
    saveState,
    get initialProgress() {
      return initialProgress;
    },
    save() {
      const s = state.value;
      if (s.status !== 'ready' || saveState.value.status === 'saving') return;
      const article = s.article;
      saveState.value = { status: 'saving' };
      // Images on other hosts (CDNs) can be kept offline only with that host's permission: ask now, inside the
      // click (a user gesture). Declining still saves, without those images, and the confirmation says so.
      const origins = foreignImageOrigins(article.url, article.content).map((o) => `${o}/*`);
      const asked = origins.length
        ? browser.permissions
            .contains({ origins })
            .then((has) => has || browser.permissions.request({ origins }))
            .catch(() => false)
        : Promise.resolve(true);
      void asked
        .then(() => sendMessage('readingList.save', { article }))
        .catch((error): SaveResult => ({ ok: false, reason: 'error', message: String((error as Error)?.message ?? error) }))
        .then((result) => {
          saveState.value = { status: 'done', result };
        });
    },
    openList() {
      window.open(browser.runtime.getURL('/list.html'), '_blank', 'noopener');
    },
    saveProgress(progress, atEnd) {
      if (!savedId) return;
      lastProgressWrite = lastProgressWrite
        .then(async () => {
          const repo = await openRepository();
          await repo.setProgress(savedId, progress, atEnd ? Date.now() : undefined);
        })
        .catch((error) => console.warn('[taza] progress not saved', error));
    },
    download() {
      const s = state.value;
      if (s.status !== 'pending' || s.downloading) return;
      state.value = { ...s, downloading: true, error: undefined };
      void downloadPending(s.item).then(
        (loaded) => showSaved(loaded),
        (error) => (state.value = { status: 'pending', item: s.item, error: String((error as Error)?.message ?? error) }),
      );
    },
    async start() {
      // Settings and article load in parallel: the first paint waits for neither longer than it must.
      settingsLoaded = loadReaderSettings().then((v) => {
        settings.value = v;
      });
      readerSettingsItem.watch((next) => {
        settings.value = normalizeReaderSettings(next);
      });
      await Promise.all([settingsLoaded, load(url.searchParams.get('force') === '1')]);
    },
    load,
    updateSettings(patch) {
      const next = normalizeReaderSettings({ ...settings.value, ...patch });
      settings.value = next;
      void saveReaderSettings(next);
    },
    close() {
      if (embedded) void sendMessage('reader.close', undefined);
      else if (savedId) location.href = browser.runtime.getURL('/list.html');
      else history.back();
    },
  };
}
