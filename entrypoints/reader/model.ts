/**
 * Reader page model (@preact/signals): the article being shown, the load state and the typography settings.
 * Components get plain values and callbacks from it.
 */
import { signal, computed, type Signal } from '@preact/signals';
import { sendMessage } from '@/utils/messaging';
import type { Article, ExtractFailureReason } from '@/utils/extract/types';
import { readerSettingsItem, loadReaderSettings, saveReaderSettings } from '@/utils/settings/storage';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from '@/utils/settings/reader-settings';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'ready'; article: Article }
  | { status: 'failed'; reason: ExtractFailureReason; message?: string };

export interface ReaderModel {
  state: Signal<ReaderState>;
  settings: Signal<ReaderSettings>;
  theme: Signal<ReaderSettings['theme']>;
  /** Framed over a web page (true) or opened as its own tab. */
  embedded: boolean;
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
  let settingsLoaded: Promise<void> = Promise.resolve();

  async function load(force = false): Promise<void> {
    state.value = { status: 'loading' };
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
      else history.back();
    },
  };
}
