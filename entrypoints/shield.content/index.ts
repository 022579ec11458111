/**
 * Always-on shield content script: every http(s) page and frame, from document_start.
 * Tiny on purpose (no Preact, Readability or DOMPurify): the pure detector from utils/filtering, the runtime that
 * feeds it (./runtime.ts) and the static hiding CSS (./shield.css, generated from utils/filtering/css.ts), which
 * the manifest applies before the first paint.
 *
 * Wiring here: per-site pause (storage `local:shield.pausedSites`), reveal on request from the popup, counts to the
 * background for the badge.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { isPausedHost } from '../../utils/settings/shield-sites';
import { onMessage, sendMessage } from '../../utils/messaging';
import { startShield } from './runtime';
import type { ShieldCounts } from '../../utils/filtering/types';
import './shield.css';

/** = the key of `pausedSites` (utils/settings/shield-storage.ts, `local:shield.pausedSites`). */
const PAUSED_KEY = 'shield.pausedSites';

/** The host the user sees in the address bar (an ad iframe is paused together with its page). */
function topHost(): string {
  const anc = location.ancestorOrigins;
  if (anc && anc.length) {
    try {
      return new URL(anc[anc.length - 1]).hostname;
    } catch {
      /* fall through */
    }
  }
  try {
    return window.top?.location.hostname ?? location.hostname;
  } catch {
    return location.hostname;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    const host = topHost();
    const top = window === window.top;
    // The first report (which also resets the tab's count in the background) waits for the page's load event:
    // waking the background worker while the page is still loading would compete with it for the CPU.
    let start = top;
    let loaded = document.readyState === 'complete';
    let latest: ShieldCounts | undefined;
    let reported = false;
    const send = (c: ShieldCounts) => {
      if (!top && !reported && c.ad + c.gambling === 0) return; // frames without ads stay silent
      sendMessage('shield.report', { host, top, start, ...c }).catch(() => {});
      start = false;
      reported = true;
    };
    const rt = startShield(document, {
      url: location.href,
      onCounts: (c) => {
        latest = c;
        if (loaded) send(c);
      },
    });
    if (!loaded) {
      // after the load event's own handlers, so that the page's load time does not include the message
      ctx.addEventListener(window, 'load', () =>
        ctx.setTimeout(() => {
          loaded = true;
          send(latest ?? rt.counts());
        }, 0),
      );
    }

    // The pause list is read with the plain storage API: @wxt-dev/storage (the `pausedSites` item of
    // utils/settings/shield-storage.ts, same key) would add its code to every page for one read and one watch.
    const paused = (v: unknown) => isPausedHost(Array.isArray(v) ? (v as string[]) : [], host);
    void browser.storage.local.get(PAUSED_KEY).then((got) => {
      if (paused(got[PAUSED_KEY])) rt.setPaused(true);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PAUSED_KEY in changes) rt.setPaused(paused(changes[PAUSED_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    const unwatch = () => browser.storage.onChanged.removeListener(onChanged);
    const unlisten = onMessage('shield.reveal', ({ data }) => {
      rt.setReveal(data.reveal);
      return { revealed: data.reveal };
    });
    ctx.onInvalidated(() => {
      rt.stop();
      unwatch();
      unlisten();
    });
  },
});
