/**
 * Reader page, saved mode: restore the scroll position of a saved article and report progress as the reader
 * scrolls (throttled; a last report when the page is hidden). Returns a cleanup function.
 */

function scrollable(): number {
  return Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
}

export function trackReadingProgress(initial: number, report: (progress: number, atEnd: boolean) => void): () => void {
  let restored = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = initial;
  let doneReported = false;

  const measure = () => {
    const max = scrollable();
    const p = max <= 0 ? 1 : Math.min(1, window.scrollY / max);
    const atEnd = max <= 0 || window.scrollY >= max - 48;
    return { p, atEnd };
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!restored) return;
    const { p, atEnd } = measure();
    if (Math.abs(p - last) < 0.005 && !(atEnd && !doneReported)) return;
    last = p;
    if (atEnd) doneReported = true;
    report(p, atEnd);
  };
  const onScroll = () => {
    timer ??= setTimeout(flush, 500);
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  // Images are data: URLs; wait for them so that the page has its final height before restoring.
  const images = Array.from(document.querySelectorAll<HTMLImageElement>('.taza-content img'));
  void Promise.all(images.map((img) => (img.complete ? null : img.decode().catch(() => null)))).then(() => {
    requestAnimationFrame(() => {
      if (initial > 0 && initial < 1) window.scrollTo(0, Math.round(initial * scrollable()));
      restored = true;
    });
  });

  window.addEventListener('scroll', onScroll, { passive: true });
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
