/**
 * Background: accessibility modes on every page, before first paint.
 *
 *   settings.a11y (storage) ──watch──▶ syncRegistrations() ──▶ scripting.registerContentScripts({ css: [...] })
 *
 * The modes' stylesheets are static files generated at build time from utils/a11y/stylesheet.ts (one per
 * option value, composed by listing several). Chromium and Firefox insert registered content-script CSS at
 * document_start, before the page paints — a content script that waited for storage would lose that race.
 * One registration holds the global modes (all http/https pages except the sites with their own modes); each
 * site with its own modes gets one registration. Registrations persist across browser restarts; they are
 * rebuilt on start-up, install/update and on every settings change. Pages already open switch at once
 * through the always-on content script (entrypoints/shield.content/a11y.ts), which watches the same storage item.
 *
 * Also here: the two keyboard commands (high contrast, large text) and the first-run message.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { cssFilesFor } from '@/utils/a11y/stylesheet';
import {
  effectiveModes,
  isNeutral,
  modesForSite,
  siteKey,
  updateModes,
  type A11ySettings,
} from '@/utils/settings/a11y-settings';
import { a11ySettingsItem, initA11ySettings, loadA11ySettings, saveA11ySettings } from '@/utils/settings/a11y-storage';

export const TOGGLE_CONTRAST_COMMAND = 'toggle-contrast';
export const TOGGLE_LARGE_TEXT_COMMAND = 'toggle-large-text';
const ID_PREFIX = 'taza-a11y-';
const ALL_PAGES = ['http://*/*', 'https://*/*'];

type Registration = Browser.scripting.RegisteredContentScript;

/** Match patterns for one site key (the host and its "www." twin). */
export function sitePatterns(site: string): string[] {
  const isIp = /^\[|^\d+(\.\d+){3}$/.test(site);
  return isIp ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`];
}

/** The registrations that express `settings` (pure; exported for tests). */
export function registrationsFor(settings: A11ySettings): Registration[] {
  const base = { runAt: 'document_start' as const, allFrames: true, persistAcrossSessions: true };
  const out: Registration[] = [];
  const sites = Object.keys(settings.sites).sort();
  if (!isNeutral(settings.global)) {
    const excludeMatches = sites.flatMap(sitePatterns);
    out.push({
      ...base,
      id: `${ID_PREFIX}global`,
      matches: ALL_PAGES,
      ...(excludeMatches.length ? { excludeMatches } : {}),
      css: cssFilesFor(effectiveModes(settings.global)),
    });
  }
  sites.forEach((site, i) => {
    const modes = settings.sites[site]!;
    if (isNeutral(modes)) return;
    out.push({ ...base, id: `${ID_PREFIX}site-${i}`, matches: sitePatterns(site), css: cssFilesFor(effectiveModes(modes)) });
  });
  return out;
}

let queue: Promise<void> = Promise.resolve();

/** Replace our registrations with the ones for the stored settings. Serialized: the last change wins. */
export function syncRegistrations(): Promise<void> {
  queue = queue.then(async () => {
    try {
      const settings = await loadA11ySettings();
      const existing = await browser.scripting.getRegisteredContentScripts();
      const ours = existing.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id);
      if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
      const next = registrationsFor(settings);
      if (next.length) await browser.scripting.registerContentScripts(next);
    } catch (error) {
      console.warn('[taza] a11y: registering the mode stylesheets failed', error);
    }
  });
  return queue;
}

async function toggleFromCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const settings = await loadA11ySettings();
  const site = siteKey(tab?.url);
  const modes = modesForSite(settings, site);
  const patch = command === TOGGLE_CONTRAST_COMMAND ? { contrast: !modes.contrast } : { largeText: !modes.largeText };
  await saveA11ySettings(updateModes(settings, site, patch));
}

export function registerA11y(): void {
  a11ySettingsItem.watch(() => void syncRegistrations());
  browser.runtime.onInstalled.addListener(() => void syncRegistrations());
  browser.runtime.onStartup.addListener(() => void syncRegistrations());

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_CONTRAST_COMMAND || command === TOGGLE_LARGE_TEXT_COMMAND) void toggleFromCommand(command, tab);
  });

  // From our content script in a tab or from our own pages only; it only ever writes first-run defaults.
  onMessage('a11y.firstRun', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) return;
    await initA11ySettings({
      prefersContrastMore: !!data?.prefersContrastMore,
      forcedColors: !!data?.forcedColors,
      prefersDark: !!data?.prefersDark,
    });
  });
}
