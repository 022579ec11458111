/**
 * Shared types of the ad and gambling detector (utils/filtering). Pure: no browser APIs.
 */
export type BlockKind = 'ad' | 'gambling';

export interface Detection {
  element: Element;
  kind: BlockKind;
  /** Short machine-readable reason, e.g. "selector:yandex_rtb", "affiliate-link", "gambling-text". */
  reason: string;
}
