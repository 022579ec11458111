/**
 * WXT build configuration for Taza Reader (Chrome MV3 and Firefox MV2).
 * Manifest permissions are deliberately minimal; README.md explains each one.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Explicit imports everywhere (STYLE.md: "prefer explicit imports over WXT auto-imports").
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    excludeSources: ['tests/fixtures/**', 'e2e/artifacts/**', 'docs/screenshots/**', 'bench-results/**', '.output/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Alt+Shift+R is silently left unassigned by Chromium on Linux (../shared/E2E.md); U is free everywhere.
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandToggleReader__',
      },
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
