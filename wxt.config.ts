/**
 * WXT build configuration for Taza Reader (Chrome MV3 and Firefox MV2).
 * Manifest permissions are deliberately minimal; README.md explains each one.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { staticCssFiles } from './utils/a11y/stylesheet';

const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' http: https: file:";

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Explicit imports everywhere (STYLE.md: "prefer explicit imports over WXT auto-imports").
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    excludeSources: ['tests/fixtures/**', 'e2e/artifacts/**', 'docs/screenshots/**', 'bench-results/**', '.output/**'],
  },
  hooks: {
    // Accessibility modes: one stylesheet per option value, generated from utils/a11y/stylesheet.ts (the single
    // source) and registered by the background as content-script CSS (entrypoints/background/a11y.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const [relativeDest, contents] of Object.entries(staticCssFiles())) files.push({ relativeDest, contents });
    },
    // The shield popup (entrypoints/popup) must not become the toolbar button's popup: a click on the button
    // toggles the reader view (action.onClicked). The background opens the popup on demand (openShieldPopup).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action] as
        | ({ default_popup?: string; default_title?: string } | undefined)[]) {
        if (!action) continue;
        delete action.default_popup;
        action.default_title ??= '__MSG_actionTitle__'; // WXT drops it when converting to Firefox's browser_action
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'declarativeNetRequest', 'unlimitedStorage'],
    // Reading list: images on other hosts (CDNs) are fetched for offline reading only for hosts the user grants
    // when saving (the reader's Save click asks); same-origin and CORS images need nothing (fetched in the tab).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    // Shield, network layer: our curated ad/tracker/gambling-affiliate domains (utils/filtering/blocklist.ts →
    // public/rules/shield.json). Static, bundled at build time; the extension fetches no lists.
    declarative_net_request: {
      rule_resources: [{ id: 'shield', enabled: true, path: 'rules/shield.json' }],
    },
    // Extension pages: our own scripts only (no inline, no eval, no remote), no plugins, no <base> rewriting, no form
    // posts. reader.html is the overlay framed over web pages, so pages may frame ours (frame-ancestors), nothing else
    // is restricted by that. Checked in e2e/hostile.e2e.ts (an inline script in reader.html does not run).
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Alt+Shift+R is silently left unassigned by Chromium on Linux (../shared/E2E.md); U is free everywhere.
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggleReader__',
      },
      // Accessibility toggles (entrypoints/background/a11y.ts). On Chromium Linux Alt+Shift+Z/T/X are silently left
      // unassigned; H and L are assigned (checked with chrome.commands.getAll() in e2e/a11y.e2e.ts).
      'toggle-contrast': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_a11yCommandContrast__',
      },
      'toggle-large-text': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_a11yCommandLargeText__',
      },
      // Reading list (entrypoints/background/reading-list.ts). Chrome allows 4 suggested keys: Ctrl+Shift+Y is
      // assigned on Chromium Linux (checked in e2e/reading-list.e2e.ts); "open list" is left for the user to bind.
      'save-to-reading-list': {
        suggested_key: { default: 'Ctrl+Shift+Y' },
        description: '__MSG_saveCommand__',
      },
      'open-reading-list': {
        description: '__MSG_listCommandOpen__',
      },
      // The panel (shield, accessibility, save); no suggested key (Chrome's limit of 4 is used above).
      'open-panel': { description: '__MSG_shieldMenuOpen__' },
    },
    // The reader view is an extension page shown in a frame over the article page: the page cannot read or
    // restyle it (cross-origin frame), and the original page stays untouched underneath for an exact "back".
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['reader.html'], matches: ['http://*/*', 'https://*/*', 'file:///*'] }]
        : ['reader.html'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'taza-reader@taza.kz',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
