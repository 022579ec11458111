/**
 * Options page model (@preact/signals): accessibility modes (global and per site), reader typography, and the
 * keyboard shortcuts as the browser assigned them. Everything saves at once; other screens follow via storage.
 */
import { signal, computed, type Signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import {
  DEFAULT_A11Y_SETTINGS,
  effectiveModes,
  normalizeA11ySettings,
  normalizeA11yModes,
  setSiteOverride,
  type A11yModes,
  type A11ySettings,
  type EffectiveModes,
} from '@/utils/settings/a11y-settings';
import { a11ySettingsItem, loadA11ySettings, readMediaPreferences, saveA11ySettings } from '@/utils/settings/a11y-storage';
import { readerSettingsItem, loadReaderSettings, saveReaderSettings } from '@/utils/settings/storage';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from '@/utils/settings/reader-settings';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export interface OptionsModel {
  a11y: Signal<A11ySettings>;
  reader: Signal<ReaderSettings>;
  shortcuts: Signal<Shortcut[]>;
  /** Which modes the form edits: null = all sites, else a site key. */
  editing: Signal<string | null>;
  editingModes: ReadonlySignal<A11yModes>;
  /** What this page itself shows (the global modes). */
  pageModes: ReadonlySignal<EffectiveModes>;
  start(): Promise<void>;
  updateModes(patch: Partial<A11yModes>): void;
  removeSite(site: string): void;
  updateReader(patch: Partial<ReaderSettings>): void;
}

export function createOptionsModel(): OptionsModel {
  const a11y = signal<A11ySettings>(DEFAULT_A11Y_SETTINGS);
  const reader = signal<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const shortcuts = signal<Shortcut[]>([]);
  const editing = signal<string | null>(null);
  const editingModes = computed(() => (editing.value && a11y.value.sites[editing.value]) || a11y.value.global);
  const pageModes = computed(() => effectiveModes(a11y.value.global));

  const saveA11y = (next: A11ySettings) => {
    a11y.value = next;
    void saveA11ySettings(next);
  };

  return {
    a11y,
    reader,
    shortcuts,
    editing,
    editingModes,
    pageModes,
    async start() {
      await sendMessage('a11y.firstRun', readMediaPreferences(window)).catch(() => {});
      a11y.value = await loadA11ySettings();
      reader.value = await loadReaderSettings();
      a11ySettingsItem.watch((next) => {
        a11y.value = normalizeA11ySettings(next);
        if (editing.value && !a11y.value.sites[editing.value]) editing.value = null;
      });
      readerSettingsItem.watch((next) => {
        reader.value = normalizeReaderSettings(next);
      });
      const all = await browser.commands.getAll().catch(() => []);
      shortcuts.value = all
        .filter((c) => c.name && c.name !== '_execute_action' && c.name !== '_execute_browser_action')
        .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
    },
    updateModes(patch) {
      const cur = a11y.value;
      const site = editing.value;
      if (site && cur.sites[site]) {
        saveA11y({ ...cur, sites: { ...cur.sites, [site]: normalizeA11yModes({ ...cur.sites[site], ...patch }) } });
      } else {
        saveA11y({ ...cur, global: normalizeA11yModes({ ...cur.global, ...patch }) });
      }
    },
    removeSite(site) {
      if (editing.value === site) editing.value = null;
      saveA11y(setSiteOverride(a11y.value, site, false));
    },
    updateReader(patch) {
      const next = normalizeReaderSettings({ ...reader.value, ...patch });
      reader.value = next;
      void saveReaderSettings(next);
    },
  };
}
