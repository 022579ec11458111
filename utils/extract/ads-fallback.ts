/**
 * TEMPORARY stand-in for `utils/filtering`'s `detectAds` while the detector is being written.
 * Same signature; a handful of generic container rules only. Delete once `utils/filtering/index.ts` exists.
 */
import type { Detection } from '../filtering/types';

const AD_SELECTOR =
  'ins.adsbygoogle, [id^="yandex_rtb"], [id^="adfox_"], [id^="div-gpt-ad"], [id*="ScriptRootC"], [id^="smi2adblock"], [data-type="_mgwidget"]';
const GAMBLING_HREF = /1xbet|melbet|mostbet|pin-?up|parimatch|fonbet|olimp|vulkan|draftkings|fanduel|betmgm|bet365|reffpa|refpa/i;

export function detectAds(root: Document | Element, _opts?: { url?: string }): Detection[] {
  const out: Detection[] = [];
  for (const element of Array.from(root.querySelectorAll(AD_SELECTOR))) out.push({ element, kind: 'ad', reason: 'fallback-selector' });
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (GAMBLING_HREF.test(a.getAttribute('href') ?? '') && a.querySelector('img')) out.push({ element: a, kind: 'gambling', reason: 'fallback-gambling-link' });
  }
  return out;
}
