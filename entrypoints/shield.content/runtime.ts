/**
 * The shield's live-page runtime (always-on content script, every http(s) frame, from document_start).
 *
 *   shield.css (manifest CSS)  ─ hides ad-network containers before first paint
 *   MutationObserver           ─ queues added elements (parser and page scripts alike) and links or pictures
 *                                 whose href/src a script changed (a banner rotator); while the page loads a
 *                                 pass runs in the next animation frame, before anything of them is painted; after
 *                                 load a small insertion is judged at once (in the observer's microtask)
 *   pass()                     ─ scans only the queued, fully parsed subtrees with the pure detector
 *                                 (utils/filtering), marks the outermost placements with data-taza-shield="ad|gambling";
 *                                 stops after a small time budget per pass and per second, the rest waits for the
 *                                 next frame (or the next second); an element whose inline style insists on being
 *                                 shown (`display: … !important`) gets its inline display overridden while hidden
 *   report()                   ─ throttled per-frame counts to the background (badge, popup)
 *
 * No browser globals here beyond the DOM and timers: the extension APIs are passed in (see index.ts), which keeps
 * this file testable in jsdom.
 */
import { createDetector, shadowHostsIn, type ShadowRootOf } from '../../utils/filtering/detect';
import { HIDDEN_ATTR, OFF_ATTR, REVEAL_ATTR, UNWRAPPED_ATTR } from '../../utils/filtering/css';
import type { BlockKind, ShieldCounts } from '../../utils/filtering/types';

export interface ShieldRuntimeOptions {
  /** Page URL for the detector (site identity). */
  url: string;
  /** Called (throttled) with the counts of placements hidden in this frame right now. */
  onCounts?(counts: ShieldCounts): void;
  /** Scheduling, injectable for tests; defaults to requestAnimationFrame with a timeout fallback. */
  schedule?(cb: () => void): void;
  /** Monotonic clock in ms (performance.now). */
  now?(): number;
  /** Work budget per pass and per rolling second, in ms. */
  frameBudgetMs?: number;
  secondBudgetMs?: number;
  /** Throttle for onCounts, in ms. */
  reportEveryMs?: number;
  /**
   * An element's shadow root, open or closed (the content script passes `chrome.dom.openOrClosedShadowRoot`);
   * defaults to `element.shadowRoot` (open roots only).
   */
  shadowRootOf?: ShadowRootOf;
}

export interface ShieldRuntime {
  /** Pause (show everything, stop hiding) or resume. */
  setPaused(paused: boolean): void;
  /** Outline what was hidden instead of hiding it, or hide it again. */
  setReveal(reveal: boolean): void;
  counts(): ShieldCounts;
  /** Scan the whole document now (used at DOMContentLoaded and by tests). */
  scanAll(): void;
  /** Work spent in passes so far, in ms (for the CPU-bound test and the bench). */
  stats(): { passes: number; workMs: number; scanned: number };
  stop(): void;
}

export function startShield(doc: Document, opts: ShieldRuntimeOptions): ShieldRuntime {
  const now = opts.now ?? (() => (doc.defaultView?.performance ?? Date).now());
  const frameBudget = opts.frameBudgetMs ?? 6;
  const secondBudget = opts.secondBudgetMs ?? 120;
  const reportEvery = opts.reportEveryMs ?? 400;
  const view = doc.defaultView;
  const schedule =
    opts.schedule ??
    ((cb: () => void) => {
      // rAF runs before the next paint (no flash); the timeout covers background tabs where rAF is paused
      let done = false;
      const run = () => {
        if (!done) {
          done = true;
          cb();
        }
      };
      view?.requestAnimationFrame?.(run);
      setTimeout(run, 50);
    });

  // made at the first pass, not at document_start: most pages' first pass comes after their load event
  let made: ReturnType<typeof createDetector> | null = null;
  const detector = () => (made ??= createDetector(doc, { url: opts.url, live: true }));
  const hidden = new Map<Element, BlockKind>();
  let queue = new Set<Element>();
  const deferred = new Set<Element>();
  let fullScan = false;
  let scheduled = false;
  let paused = false;
  let revealed = false;
  let stopped = false;
  let windowStart = now();
  let windowWork = 0;
  let passes = 0;
  let workMs = 0;
  let scanned = 0;
  let lastReport = -Infinity;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';

  function mark(el: Element, kind: BlockKind, inline?: boolean) {
    if (el.getAttribute(HIDDEN_ATTR) !== kind) el.setAttribute(HIDDEN_ATTR, kind);
    if (inline) return unwrap(el, kind);
    hidden.set(el, kind);
    if (!revealed) force(el);
  }

  /**
   * An ad link made of a few words of the story (an in-text ad network's link around "платье"): hiding it would take
   * the words out of the sentence, so the link is taken out and its words put in its place (in a bare
   * `<span data-taza-shield-unwrapped>`, which keeps the count visible to tests and styles nothing). Put back (marked,
   * for the outline) on reveal and pause; taken out again when they end.
   */
  const inlines = new Map<Element, { kind: BlockKind; span: Element | null }>();
  function unwrap(a: Element, kind: BlockKind) {
    const rec = inlines.get(a) ?? { kind, span: null };
    rec.kind = kind;
    inlines.set(a, rec);
    if (revealed || paused || !a.parentNode) return;
    const span = (rec.span ??= doc.createElement('span'));
    span.setAttribute(UNWRAPPED_ATTR, kind);
    span.append(...Array.from(a.childNodes));
    a.replaceWith(span);
  }
  function rewrapAll() {
    for (const [a, { span }] of inlines) {
      if (a.isConnected || !span?.isConnected) continue;
      a.append(...Array.from(span.childNodes));
      span.replaceWith(a);
    }
  }
  function unwrapAll() {
    for (const [a, rec] of inlines) if (a.isConnected) unwrap(a, rec.kind);
  }

  /**
   * An element whose own inline style insists on being shown (`style="display:block !important"`: an anchor ad, an
   * anti-adblock script re-inserting its block) wins over any stylesheet rule: its inline display is overridden
   * while it is hidden, and its style attribute given back on pause and reveal.
   */
  const forced = new Map<Element, string | null>();
  function force(el: Element) {
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style || forced.has(el) || style.getPropertyPriority('display') !== 'important') return;
    forced.set(el, el.getAttribute('style'));
    style.setProperty('display', 'none', 'important');
  }
  function unforceAll() {
    for (const [el, style] of forced) {
      if (!el.isConnected) continue;
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    forced.clear();
  }

  function counts(): ShieldCounts {
    const c = { ad: 0, gambling: 0 };
    if (paused) return c;
    for (const [a, rec] of inlines) {
      const el = a.isConnected && a.getAttribute(HIDDEN_ATTR) === rec.kind ? a : rec.span?.isConnected ? rec.span : null;
      if (!el) inlines.delete(a);
      else if (!el.parentElement?.closest(`[${HIDDEN_ATTR}]`)) c[rec.kind]++;
    }
    for (const [el, kind] of hidden) {
      if (!el.isConnected || el.getAttribute(HIDDEN_ATTR) !== kind) {
        hidden.delete(el);
        continue;
      }
      // a placement later found inside a larger one counts once
      if (!el.parentElement?.closest(`[${HIDDEN_ATTR}]`)) c[kind]++;
    }
    return c;
  }

  function report() {
    if (!opts.onCounts || stopped) return;
    const t = now();
    const wait = lastReport + reportEvery - t;
    if (wait > 0) {
      if (!reportTimer) reportTimer = setTimeout(() => ((reportTimer = undefined), report()), wait);
      return;
    }
    lastReport = t;
    const c = counts();
    const key = `${c.ad}/${c.gambling}`;
    if (key === lastSent) return;
    lastSent = key;
    opts.onCounts(c);
  }

  function request() {
    if (scheduled || stopped || paused) return;
    scheduled = true;
    schedule(pass);
  }

  /** While parsing: is the parser past this element's end tag? (see isParsed in utils/filtering/detect.ts) */
  function parsed(el: Element): boolean {
    if (doc.readyState !== 'loading') return true;
    for (let n: Node | null = el; n && n !== doc.documentElement; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  }

  /**
   * The queued elements that are not inside another queued, complete element (so each subtree is scanned once).
   * While the page is parsing, an element the parser has not closed yet is judged by itself only, later
   * (`deferred`): its children arrive in their own mutation records and are scanned as their own roots.
   */
  function roots(): Element[] {
    const out: Element[] = [];
    for (const el of queue) {
      if (!el.isConnected) continue;
      if (!parsed(el)) {
        deferred.add(el);
        continue;
      }
      let covered = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (hidden.has(p) || (queue.has(p) && !deferred.has(p) && parsed(p))) {
          covered = true;
          break;
        }
      }
      if (!covered) out.push(el);
    }
    return out;
  }

  // ── shadow roots ──
  // An ad drawn inside a shadow root is invisible to selectors and to the document's observer; attaching a root makes
  // no mutation at all. So, once the page has loaded: the subtrees a pass scans, the full scan, and three sweeps of the
  // page (1 s, 3 s and 8 s after load) look for shadow hosts; each is judged by its shadow tree (detect.ts,
  // judgeShadowHost), and its root is observed so that what the script draws into it later is judged too.
  const shadowRootOf: ShadowRootOf =
    opts.shadowRootOf ??
    ((el: Element) => {
      try {
        return el.shadowRoot;
      } catch {
        return null;
      }
    });
  const observedRoots = new WeakSet<Node>();
  let anyShadow = false;
  function sweepShadows(root: Element | Document) {
    for (const [el, sr] of shadowHostsIn(root.nodeType === 9 ? (root as Document).body : (root as Element), shadowRootOf)) {
      if (!observedRoots.has(sr)) {
        observedRoots.add(sr);
        anyShadow = true;
        observer.observe(sr, { childList: true, subtree: true });
      }
      const cover = hidden.has(el) ? el : el.parentElement?.closest(`[${HIDDEN_ATTR}]`);
      if (cover) {
        // hidden already (an ad slot by its name): what it draws in its shadow tree may say gambling (the counts)
        if (cover.getAttribute(HIDDEN_ATTR) === 'ad' && detector().judgeShadowHost(el, sr)?.kind === 'gambling') mark(cover, 'gambling');
        continue;
      }
      const d = detector().judgeShadowHost(el, sr);
      if (d) mark(d.element, d.kind);
    }
  }

  function pass() {
    scheduled = false;
    if (stopped || paused) return;
    const t0 = now();
    if (t0 - windowStart >= 1000) {
      windowStart = t0;
      windowWork = 0;
    }
    if (windowWork >= secondBudget) {
      // this second's budget is spent (a page that fights back): continue when the next second starts
      scheduled = true;
      setTimeout(pass, Math.max(1, 1000 - (t0 - windowStart)));
      return;
    }
    passes++;
    let more = false;
    if (fullScan && doc.body && doc.readyState !== 'loading') {
      fullScan = false;
      queue = new Set();
      detector().invalidate();
      for (const d of detector().scan(doc)) mark(d.element, d.kind, d.inline);
      sweepShadows(doc);
      scanned++;
    } else {
      const list = roots();
      queue = new Set();
      let i = 0;
      for (; i < list.length; i++) {
        const root = list[i];
        if (!parsed(root)) {
          // still being parsed: the next mutation (or DOMContentLoaded) brings it back
          queue.add(root);
          continue;
        }
        for (const d of detector().scan(root, true)) mark(d.element, d.kind, d.inline);
        if (doc.readyState === 'complete') sweepShadows(root);
        scanned++;
        if (now() - t0 > frameBudget) {
          i++;
          more = true;
          break;
        }
      }
      for (; i < list.length; i++) queue.add(list[i]);
      // elements that were still open: now complete, judge the element itself (its children had their turn)
      for (const el of deferred) {
        if (!el.isConnected) deferred.delete(el);
        else if (parsed(el)) {
          deferred.delete(el);
          if (!el.parentElement?.closest(`[${HIDDEN_ATTR}]`)) for (const d of detector().scan(el, true, true)) mark(d.element, d.kind, d.inline);
        }
      }
      // placements whose wrapper was half-parsed are judged again once it is complete
      for (const el of detector().takePending()) queue.add(el);
    }
    const spent = now() - t0;
    windowWork += spent;
    workMs += spent;
    const settled = doc.readyState !== 'loading';
    if (more || (settled && (fullScan || queue.size || deferred.size))) request();
    report();
  }

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      // a link or picture whose target changed (a banner rotator swapping its creative in place): judged again
      if (r.type === 'attributes') {
        queue.add(r.target as Element);
        continue;
      }
      const added = r.addedNodes;
      // inside an observed shadow root: its host is judged again
      if (anyShadow) {
        const rn = r.target.getRootNode();
        if (rn.nodeType === 11) {
          const host = (rn as ShadowRoot).host;
          if (host) queue.add(host);
          continue;
        }
      }
      for (let j = 0; j < added.length; j++) {
        const n = added[j];
        if (n.nodeType === 1) queue.add(n as Element);
        else if (n.nodeType === 3 && r.target.nodeType === 1) queue.add(r.target as Element);
      }
    }
    // very large bursts: one full scan is cheaper than thousands of subtree scans
    if (queue.size > 2000 && doc.readyState !== 'loading') {
      queue = new Set();
      fullScan = true;
    }
    // While the page loads, the pass runs in the next animation frame, i.e. before the browser paints these nodes
    // (no flash), and not in the middle of the parser's work (which would lengthen the page's load). Once it has
    // loaded, a script's small insertion is judged at once, in this microtask: before the script's task ends, so
    // nothing (a paint, the page's next check of its re-inserted block) ever sees it unjudged.
    if (doc.readyState === 'complete' && !scheduled && !fullScan && queue.size <= 100 && !paused && !stopped) pass();
    else request();
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src'] });

  // At DOMContentLoaded the queue holds what was still open during parsing; the main-text estimate is redone.
  // One full scan runs when the browser is idle after load, as a safety net (attribute-only changes, lost records).
  const onReady = () => {
    made?.invalidate();
    request();
  };
  const onLoad = () => {
    const idle = (view as (Window & { requestIdleCallback?: (cb: () => void, o?: object) => number }) | null)
      ?.requestIdleCallback;
    const full = () => {
      fullScan = true;
      request();
    };
    if (idle) idle.call(view, full, { timeout: 2000 });
    else setTimeout(full, 200);
    // shadow roots attached later to a host already in the page make no mutation: look for them a few times
    for (const ms of [1000, 3000, 8000]) {
      setTimeout(() => {
        if (stopped || paused) return;
        sweepShadows(doc);
        report();
      }, ms);
    }
  };
  fullScan = false;
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
  if (doc.readyState !== 'complete') view?.addEventListener('load', onLoad, { once: true });
  else onLoad();

  return {
    setPaused(p) {
      paused = p;
      const html = doc.documentElement;
      if (p) unforceAll();
      if (p) rewrapAll();
      if (p) html.setAttribute(OFF_ATTR, '');
      else {
        html.removeAttribute(OFF_ATTR);
        if (!revealed) unwrapAll();
        fullScan = true;
        request();
      }
      lastSent = '';
      report();
    },
    setReveal(r) {
      revealed = r;
      if (r) {
        unforceAll();
        rewrapAll();
        doc.documentElement.setAttribute(REVEAL_ATTR, '');
      } else {
        doc.documentElement.removeAttribute(REVEAL_ATTR);
        if (!paused) unwrapAll();
        if (!paused) for (const [el, kind] of hidden) if (el.isConnected && el.getAttribute(HIDDEN_ATTR) === kind) force(el);
      }
    },
    counts,
    scanAll() {
      fullScan = true;
      scheduled = false;
      pass();
    },
    stats: () => ({ passes, workMs, scanned }),
    stop() {
      stopped = true;
      observer.disconnect();
      if (reportTimer) clearTimeout(reportTimer);
    },
  };
}
