/**
 * The always-on content script: every http(s) page and frame, from document_start. Two jobs, one script (one
 * injection, one storage read, one message listener per page — each extra always-on script costs every page load):
 *
 *   shield  ad and gambling hiding: the static CSS (./shield.css, generated from utils/filtering/css.ts, applied by
 *           the manifest before the first paint) and the live runtime (./runtime.ts: MutationObserver + the pure
 *           detector from utils/filtering); per-site pause (`local:shield.pausedSites`), reveal on request from the
 *           popup, counts to the background for the badge
 *   a11y    accessibility modes: the registered CSS files do the work before paint (entrypoints/background/a11y.ts);
 *           ./a11y.ts verifies them after load and switches live on settings changes; answers the popup's
 *           `a11y.pageInfo` (top frame); on first run tells the background the system's contrast preferences
 *
 * Tiny on purpose (no Preact, Readability or DOMPurify). Nothing here reads style or layout, or talks to the
 * background, before the page's load event: the page's own load must not wait for us.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
// (the shield's modules first: this order gzips the bundle 60 bytes smaller, see utils/filtering/README.md)
import { startShield } from './runtime';
import { startA11y } from './a11y';
import { isPausedHost } from '../../utils/settings/shield-sites';
import { siteKey } from '../../utils/settings/a11y-settings';
import { findAccessibleVersionLink } from '../../utils/a11y/detect-link';
import { onMessage, sendMessage } from '../../utils/messaging';
import type { ShieldCounts } from '../../utils/filtering/types';
import './shield.css';

// The storage keys, not the @wxt-dev/storage items (their code would be added to every page for one read):
/** = `pausedSites` in utils/settings/shield-storage.ts (`local:shield.pausedSites`). */
const PAUSED_KEY = 'shield.pausedSites';
/** = A11Y_STORAGE_KEY in utils/settings/a11y-storage.ts (`local:settings.a11y`). */
const A11Y_KEY = 'settings.a11y';

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

/**
 * An element's shadow root, closed ones included: `chrome.dom.openOrClosedShadowRoot` (Chromium) or the element's
 * own `openOrClosedShadowRoot` (Firefox content scripts); open roots only where neither exists.
 */
function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  try {
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: HTMLElement): ShadowRoot | null } } }).chrome?.dom;
    if (dom?.openOrClosedShadowRoot) return dom.openOrClosedShadowRoot(el as HTMLElement) ?? null;
    return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
  } catch {
    return null;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  cssInjectionMode: 'manifest',
  // WXT's legacy "script started" window.postMessage would wake every message listener of every page and frame
  noScriptStartedPostMessage: true,
  main(ctx) {
    const host = topHost();
    const top = window === window.top;
    const site = siteKey(location.href);

    // ── shield ──
    let start = top; // the first report also resets the tab's count in the background
    let loaded = document.readyState === 'complete';
    let latest: ShieldCounts | undefined;
    let reported = false;
    const send = (c: ShieldCounts) => {
      if (!top && !reported && c.ad + c.gambling === 0) return; // frames without ads stay silent
      sendMessage('shield.report', { host, top, start, ...c }).catch(() => {});
      start = false;
      reported = true;
    };
    const shield = startShield(document, {
      url: location.href,
      shadowRootOf: openOrClosedShadowRoot,
      onCounts: (c) => {
        latest = c;
        if (loaded) send(c);
      },
    });
    const paused = (v: unknown) => isPausedHost(Array.isArray(v) ? (v as string[]) : [], host);

    // ── a11y ──
    const a11y = startA11y(document, site);
    let firstRun = false; // nothing stored yet (top frame): the background learns the system's preferences
    const sendFirstRun = () => {
      if (!firstRun) return;
      firstRun = false;
      const q = (s: string) => matchMedia(s).matches;
      sendMessage('a11y.firstRun', {
        prefersContrastMore: q('(prefers-contrast: more)'),
        forcedColors: q('(forced-colors: active)'),
        prefersDark: q('(prefers-color-scheme: dark)'),
      }).catch(() => {});
    };

    // After the load event's own handlers: the first report (waking the background worker while the page loads
    // would compete with it for the CPU), the check of the registered a11y files (reads computed style).
    const afterLoad = () => {
      loaded = true;
      send(latest ?? shield.counts());
      a11y.verify();
      sendFirstRun();
    };
    if (loaded) ctx.setTimeout(afterLoad, 0);
    else ctx.addEventListener(window, 'load', () => ctx.setTimeout(afterLoad, 0));

    // ── settings: one read, one watch ──
    void browser.storage.local.get([PAUSED_KEY, A11Y_KEY]).then((got) => {
      if (paused(got[PAUSED_KEY])) shield.setPaused(true);
      firstRun = top && got[A11Y_KEY] === undefined;
      a11y.init(got[A11Y_KEY]);
      if (loaded) sendFirstRun();
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (PAUSED_KEY in changes) shield.setPaused(paused(changes[PAUSED_KEY]!.newValue));
      if (A11Y_KEY in changes) a11y.change(changes[A11Y_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);

    // ── messages from the popup ──
    const unlisten = [
      onMessage('shield.reveal', ({ data }) => {
        shield.setReveal(data.reveal);
        return { revealed: data.reveal };
      }),
      top
        ? onMessage('a11y.pageInfo', ({ sender }) =>
            sender.id === browser.runtime.id ? { site, link: findAccessibleVersionLink(document, location.href) } : { site, link: null },
          )
        : () => {},
    ];

    ctx.onInvalidated(() => {
      shield.stop();
      a11y.stop();
      browser.storage.onChanged.removeListener(onChanged);
      for (const off of unlisten) off();
    });
  },
});
