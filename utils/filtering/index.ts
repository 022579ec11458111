/**
 * Public API of the ad and gambling shield's pure layer (no browser APIs; DOM passed in).
 * - detectAds(root, { url })  → outermost ad / gambling elements (reader pipeline, content script, tests)
 * - createDetector(doc, opts) → a detector bound to one document, for incremental scans of added subtrees
 */
export type { BlockKind, Detection } from './types';
export { detectAds, createDetector, findMainContent } from './detect';
export type { DetectOptions } from './detect';
export { classifyUrl, isGamblingHost, hasAffiliateMarks } from './url';
export { isAdLabel, isGamblingPromoText, gamblingScore } from './lexicon';
export { hasAdToken, AD_CONTAINER_SELECTORS } from './networks';
