/**
 * The shield's per-site pause, pure part: host keys and matching (no storage, so the always-on content script can
 * import it without the storage library; utils/settings/shield-storage.ts re-exports it).
 */

/** The key a page's host is remembered under: lower case, without a leading "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** True when `host` or one of its parent domains is paused. */
export function isPausedHost(list: readonly string[], host: string): boolean {
  const h = siteKey(host);
  return list.some((s) => h === s || h.endsWith('.' + s));
}
