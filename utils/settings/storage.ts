/**
 * Storage items for settings (@wxt-dev/storage, extension storage: pages' scripts cannot read it).
 * Adapter layer: may use wxt browser APIs; no Preact.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from './reader-settings';

export const readerSettingsItem = storage.defineItem<ReaderSettings>('local:settings.reader', {
  fallback: DEFAULT_READER_SETTINGS,
});

export async function loadReaderSettings(): Promise<ReaderSettings> {
  return normalizeReaderSettings(await readerSettingsItem.getValue());
}

export async function saveReaderSettings(next: ReaderSettings): Promise<void> {
  await readerSettingsItem.setValue(normalizeReaderSettings(next));
}
