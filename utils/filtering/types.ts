/**
 * Shared types of the ad and gambling detector (utils/filtering). Pure: no browser APIs.
 */
export type BlockKind = 'ad' | 'gambling';

export interface Detection {
  element: Element;
  kind: BlockKind;
  /** Short machine-readable reason, e.g. "selector:yandex_rtb", "affiliate-link", "gambling-text". */
  reason: string;
  /**
   * An ad link inside a sentence of the story (an in-text ad network wrapping a word of the article in an advertiser's
   * link): its words stay, the link goes — unwrapped rather than hidden.
   */
  inline?: true;
}

/** Hidden placements per kind (content script → background → popup). */
export interface ShieldCounts {
  ad: number;
  gambling: number;
}

/** What the popup shows for the active tab. */
export type ShieldTabState =
  | { ok: true; host: string; paused: boolean; counts: ShieldCounts }
  | { ok: false; reason: 'no-tab' | 'not-a-web-page' };
