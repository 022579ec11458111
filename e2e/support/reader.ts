/**
 * E2E support: page object for the reader overlay (the reader.html frame over a tab).
 */
import type { Frame, Page } from 'playwright-core';
import { clickToolbarButton, type ExtensionBrowser } from './browser';

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export class ReaderOverlay {
  constructor(
    readonly ext: ExtensionBrowser,
    readonly page: Page,
  ) {}

  /** The reader frame, once the page has one. */
  frame(): Frame | undefined {
    const prefix = this.ext.extensionUrl('reader.html');
    return this.page.frames().find((f) => f.url().startsWith(prefix));
  }

  async isOpen(): Promise<boolean> {
    return this.page.evaluate(() => !!document.querySelector('taza-reader-overlay'));
  }

  /** Click the toolbar button and wait for the reader frame to show an article or a message. */
  async open(): Promise<Frame> {
    await clickToolbarButton(this.ext, this.page);
    const start = Date.now();
    const deadline = start + 15_000;
    let retried = false;
    while (Date.now() < deadline) {
      // a click on a browser launched a moment ago can be lost (seen once in CI: no overlay at all after 15 s);
      // with still no overlay after 5 s, click once more (never while one is there: that would close it)
      if (!retried && Date.now() - start > 5_000 && !(await this.isOpen().catch(() => false))) {
        retried = true;
        await clickToolbarButton(this.ext, this.page);
      }
      const f = this.frame();
      if (f) {
        const ready = await f
          .waitForSelector('.taza-article, .taza-message', { timeout: 500 })
          .then(() => true)
          .catch(() => false);
        if (ready) return f;
      }
      await this.page.waitForTimeout(50);
    }
    throw new Error('reader view did not appear within 15 s');
  }

  /** Click the toolbar button again and wait for the overlay to go away. */
  async close(): Promise<void> {
    await clickToolbarButton(this.ext, this.page);
    await this.page.waitForFunction(() => !document.querySelector('taza-reader-overlay'), undefined, { timeout: 10_000 });
  }

  async text(): Promise<string> {
    const f = this.frame();
    if (!f) throw new Error('reader is not open');
    return f.evaluate(() => (document.querySelector('.taza-article, .taza-message') as HTMLElement).innerText);
  }
}
