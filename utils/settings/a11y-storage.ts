/**
 * Storage item for the accessibility modes (@wxt-dev/storage, extension storage `local:settings.a11y`).
 * Adapter layer: may use wxt browser APIs; no Preact. The always-on content script reads the same key with
 * plain `browser.storage.local` (A11Y_STORAGE_KEY) to stay small.
 *
 * No fallback on purpose: "never stored" means first run, when we follow `prefers-contrast` / `forced-colors`.
 */
import { storage } from '@wxt-dev/storage';
import {
  DEFAULT_A11Y_SETTINGS,
  initialA11ySettings,
  normalizeA11ySettings,
  type A11ySettings,
  type MediaPreferences,
} from './a11y-settings';

export const A11Y_STORAGE_KEY = 'settings.a11y';

export const a11ySettingsItem = storage.defineItem<A11ySettings>(`local:${A11Y_STORAGE_KEY}`);

export async function loadA11ySettings(): Promise<A11ySettings> {
  const raw = await a11ySettingsItem.getValue();
  return raw ? normalizeA11ySettings(raw) : DEFAULT_A11Y_SETTINGS;
}

export async function saveA11ySettings(next: A11ySettings): Promise<void> {
  await a11ySettingsItem.setValue(normalizeA11ySettings(next));
}

/** Store first-run settings from the system's media preferences, unless settings exist. Returns the settings. */
export async function initA11ySettings(media: MediaPreferences): Promise<A11ySettings> {
  const raw = await a11ySettingsItem.getValue();
  if (raw) return normalizeA11ySettings(raw);
  const initial = initialA11ySettings(media);
  await a11ySettingsItem.setValue(initial);
  return initial;
}

/** The system's preferences, read with matchMedia (any window context: pages, popup, content scripts). */
export function readMediaPreferences(win: Pick<Window, 'matchMedia'>): MediaPreferences {
  const q = (m: string) => {
    try {
      return win.matchMedia(m).matches;
    } catch {
      return false;
    }
  };
  return {
    prefersContrastMore: q('(prefers-contrast: more)'),
    forcedColors: q('(forced-colors: active)'),
    prefersDark: q('(prefers-color-scheme: dark)'),
  };
}
