/**
 * Extract content script: the reader overlay. A full-viewport <iframe> of the extension's reader.html inside a
 * closed shadow root. The frame is cross-origin to the page, so page scripts can neither read nor restyle
 * the reader; the original page stays untouched underneath, so closing returns it exactly as it was
 * (same DOM, same scroll position, same focus).
 */

export interface Overlay {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

const HOST_TAG = 'taza-reader-overlay';

export function createOverlay(readerUrl: string): Overlay {
  let host: HTMLElement | null = null;
  let saved: {
    x: number;
    y: number;
    overflow: string;
    overflowPriority: string;
    hadStyleAttribute: boolean;
    bodyWasInert: boolean;
    focus: Element | null;
  } | null = null;
  let guard: MutationObserver | null = null;

  const onKey = (e: KeyboardEvent) => {
    // Keys pressed while focus is still in the page (before the frame takes it) must not reach the page.
    if (e.key === 'Escape') close();
  };

  function open(): void {
    if (host) return;
    const root = document.documentElement;
    saved = {
      x: window.scrollX,
      y: window.scrollY,
      overflow: root.style.getPropertyValue('overflow'),
      overflowPriority: root.style.getPropertyPriority('overflow'),
      hadStyleAttribute: root.hasAttribute('style'),
      bodyWasInert: !!document.body?.inert,
      focus: document.activeElement,
    };
    host = document.createElement(HOST_TAG);
    const hostStyle: Record<string, string> = {
      all: 'initial',
      position: 'fixed',
      inset: '0',
      width: '100vw',
      height: '100vh',
      'z-index': '2147483647',
      display: 'block',
      background: 'Canvas',
      opacity: '1',
      visibility: 'visible',
      transform: 'none',
    };
    for (const [k, v] of Object.entries(hostStyle)) host.style.setProperty(k, v, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.src = readerUrl;
    frame.title = 'Taza Reader';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'border:0;width:100%;height:100%;display:block;background:transparent;';
    shadow.append(frame);
    root.append(host);
    // The top layer: above anything the page stacks with z-index, even an element it appends later to cover the
    // reader (a manual popover has no light dismiss; Chromium 114+, Firefox 125+). e2e/hostile-page.e2e.ts.
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover?.();
    } catch {
      /* an older browser: the z-index above still applies */
    }
    root.style.setProperty('overflow', 'hidden', 'important');
    if (document.body) document.body.inert = true;
    document.addEventListener('keydown', onKey, true);
    frame.focus();
    // A page script that removes our host does not get to leave the reader half-open.
    guard = new MutationObserver(() => {
      if (host && !host.isConnected) close();
    });
    guard.observe(root, { childList: true });
  }

  function close(): void {
    if (!host || !saved) return;
    guard?.disconnect();
    guard = null;
    document.removeEventListener('keydown', onKey, true);
    host.remove();
    host = null;
    const root = document.documentElement;
    if (saved.overflow) root.style.setProperty('overflow', saved.overflow, saved.overflowPriority);
    else root.style.removeProperty('overflow');
    if (!saved.hadStyleAttribute && !root.getAttribute('style')) root.removeAttribute('style');
    if (document.body && !saved.bodyWasInert) document.body.inert = false;
    if (window.scrollX !== saved.x || window.scrollY !== saved.y) window.scrollTo(saved.x, saved.y);
    if (saved.focus instanceof HTMLElement && saved.focus.isConnected) saved.focus.focus({ preventScroll: true });
    saved = null;
  }

  return { open, close, isOpen: () => host !== null };
}
