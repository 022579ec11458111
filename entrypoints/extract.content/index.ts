/**
 * Extract content script — registration: 'runtime'. Injected on demand by the background (toolbar button,
 * shortcut, context menu) into the main frame only; never runs on its own.
 *
 *   background ──overlay.toggle──▶ this script ──▶ overlay (closed shadow root ▸ <iframe src=reader.html>)
 *   reader.html ──reader.getArticle──▶ background ──extract.run──▶ this script ──▶ utils/extract (pure)
 *
 * The background injects it once per page load (when no one answers its `overlay.toggle`); it then stays and
 * answers later toggles. The page's own scripts cannot see this isolated world.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { extractArticle } from '@/utils/extract';
import type { ExtractResult } from '@/utils/extract/types';
import { createOverlay } from './overlay';

const INSTALLED = Symbol.for('taza-reader.extract');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const g = globalThis as unknown as Record<symbol, boolean>;
    if (g[INSTALLED]) return;
    g[INSTALLED] = true;

    const overlay = createOverlay(browser.runtime.getURL('/reader.html'));
    let pending: Promise<ExtractResult> | null = null;

    const run = (force: boolean): ExtractResult => {
      if (document.contentType && !/html|xml/i.test(document.contentType)) {
        return { ok: false, reason: 'not-html', message: document.contentType };
      }
      return extractArticle(document, { url: location.href, force });
    };

    const fromBackground = (sender: { id?: string }) => sender.id === browser.runtime.id;

    const unlisten = [
    onMessage('overlay.toggle', ({ sender }) => {
      if (!fromBackground(sender)) return { open: overlay.isOpen() };
      if (overlay.isOpen()) {
        overlay.close();
        pending = null;
        return { open: false };
      }
      overlay.open();
      // Extract while the reader frame loads in the extension process: both finish at about the same time.
      pending = new Promise((resolve) => ctx.setTimeout(() => resolve(run(false)), 0));
      return { open: true };
    }),

    onMessage('overlay.close', ({ sender }) => {
      if (!fromBackground(sender)) return;
      overlay.close();
      pending = null;
    }),

    onMessage('extract.run', async ({ data, sender }): Promise<ExtractResult> => {
      // Articles are handed only to the reader that the user opened on this tab, or to the background when the
      // user asked to save this page (context menu, shortcut, popup: the background injected us for that).
      if (!fromBackground(sender) || (!overlay.isOpen() && !data?.forSave)) return { ok: false, reason: 'error', message: 'reader closed' };
      if (data?.forSave && !overlay.isOpen()) return run(!!data.force);
      if (data?.force) return run(true);
      pending ??= Promise.resolve(run(false));
      return pending;
    }),
    ];

    // Invalidated when the extension is reloaded or updated (or the script is injected again): stand down cleanly.
    ctx.onInvalidated(() => {
      for (const off of unlisten) off();
      overlay.close();
      g[INSTALLED] = false;
    });
  },
});
