/**
 * The one typed message contract of the extension (@webext-core/messaging).
 * Names are `area.verb`; payloads are plain JSON DTOs; expected failures are values (`{ ok: false, reason }`).
 *
 * Who handles what:
 * - background: reader.* (from the reader page), shield.* (from content scripts and the popup)
 * - extract content script (injected on demand, main frame): extract.*, overlay.*
 *
 * Add new messages as new lines in ProtocolMap; never rename existing ones.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractResult } from './extract/types';

export interface ProtocolMap {
  // ── reader (reader page → background) ───────────────────────────────────────────
  /** The reader page, framed over a tab, asks for that tab's article. `force` skips the is-article check. */
  'reader.getArticle'(data: { force?: boolean }): ExtractResult;
  /** The reader page asks to close itself and show the original page. */
  'reader.close'(): void;

  // ── extract content script (background → tab, frameId 0) ──────────────────────────
  /** Run the extraction pipeline on the live page. */
  'extract.run'(data: { force?: boolean }): ExtractResult;
  /** Open the reader overlay if closed, close it if open. Returns whether it is now open. */
  'overlay.toggle'(): { open: boolean };
  /** Close the reader overlay (no-op when closed). */
  'overlay.close'(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
