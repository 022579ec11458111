/**
 * Storage adapter of the shield: the per-site pause list, read by the content script, the background and the popup.
 * (utils/filtering itself stays pure.)
 */
import { storage } from '@wxt-dev/storage';

/** Hosts (without "www.") where the shield is paused, e.g. ["nur.kz"]. */
export const pausedSites = storage.defineItem<string[]>('local:shield.pausedSites', { fallback: [] });

import { siteKey } from './shield-sites';

export { siteKey, isPausedHost } from './shield-sites';

export async function setPaused(host: string, paused: boolean): Promise<string[]> {
  const key = siteKey(host);
  const list = (await pausedSites.getValue()).filter((s) => s !== key);
  if (paused) list.push(key);
  await pausedSites.setValue(list);
  return list;
}
