/**
 * Background: injecting the on-demand extract content script into a tab, with the bounded retry that Chromium
 * needs right after an action click ("Cannot access contents of the page" although activeTab was granted:
 * ../shared/E2E.md, "A real race, also for users").
 */
import { browser } from 'wxt/browser';

const EXTRACT_SCRIPT = '/content-scripts/extract.js';

export async function injectExtractScript(tabId: number, attempts = 3): Promise<void> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      // injectImmediately: without it Chromium waits for document_idle, which never comes on a page whose parser is
      // stuck on a script that never finishes loading (e2e/hostile-extreme.e2e.ts): the reader would never open.
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXTRACT_SCRIPT], injectImmediately: true });
      if (i > 0) console.info(`[taza] executeScript succeeded on retry ${i}`);
      return;
    } catch (error) {
      lastError = error;
      const message = String((error as Error)?.message ?? error);
      // Only the transient race is worth retrying; a forbidden page stays forbidden.
      if (!/Cannot access contents of the page|Frame with ID 0 was removed|No frame/i.test(message)) break;
      console.info(`[taza] executeScript failed (${message}); retrying`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw lastError;
}
