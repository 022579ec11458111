/**
 * E2E support: the real toolbar popup, opened the way the background does it (setPopup → openPopup → setPopup('')).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * The real action popup (opened the way the background does it: setPopup → openPopup → setPopup('')).
 * Playwright does not list action popups as pages, so this talks CDP to the popup target.
 */
export class ActionPopup {
  private seq = 0;
  private constructor(
    private cdp: CDPSession,
    private sessionId: string,
  ) {}

  static async open(ext: ExtensionBrowser, page: Page): Promise<ActionPopup> {
    // openPopup() fails ("Failed to open popup") while the window is not yet focused or a previous popup is still
    // closing, which a busy machine makes likely: a few tries, a moment apart
    let lastError = '';
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.bringToFront();
      lastError = await ext.serviceWorker.evaluate(async () => {
        await chrome.action.setPopup({ popup: 'popup.html' });
        try {
          await chrome.action.openPopup();
          return '';
        } catch (e) {
          return String(e);
        } finally {
          await chrome.action.setPopup({ popup: '' });
        }
      });
      if (!lastError) break;
      await page.waitForTimeout(200);
    }
    if (lastError) throw new Error(`action.openPopup() failed: ${lastError}`);
    const cdp = await ext.context.browser()!.newBrowserCDPSession();
    for (let i = 0; i < 50; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
      const t = targetInfos.find((x) => x.url === ext.extensionUrl('popup.html'));
      if (t) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as {
          sessionId: string;
        };
        return new ActionPopup(cdp, sessionId);
      }
      await page.waitForTimeout(100);
    }
    throw new Error('the shield popup did not open');
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const onMsg = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: T; error?: { message: string } };
        if (e.sessionId !== this.sessionId || m.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget' as never, onMsg as never);
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result as T);
      };
      this.cdp.on('Target.receivedMessageFromTarget' as never, onMsg as never);
      void this.cdp.send('Target.sendMessageToTarget' as never, {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      } as never);
    });
  }

  async eval<T>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: unknown }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  }

  async key(key: string, code = key) {
    const text = key === ' ' ? ' ' : undefined;
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, text, windowsVirtualKeyCode: key === 'Tab' ? 9 : 32 });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: key === 'Tab' ? 9 : 32 });
  }

  async close() {
    await this.eval('window.close(), true').catch(() => {});
    await this.cdp.detach().catch(() => {});
  }
}

