/**
 * The one typed message contract of the extension (@webext-core/messaging).
 * Names are `area.verb`; payloads are plain JSON DTOs; expected failures are values (`{ ok: false, reason }`).
 *
 * Who handles what:
 * - background: reader.* (from the reader page), shield.report / shield.getState (from content scripts and the popup)
 * - always-on content script (entrypoints/shield.content, all frames): shield.reveal; a11y.pageInfo (main frame)
 * - extract content script (injected on demand, main frame): extract.*, overlay.*
 * - background: a11y.firstRun
 *
 * Add new messages as new lines in ProtocolMap; never rename existing ones.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, ExtractResult } from './extract/types';
import type { SaveResult } from './reading-list/types';
import type { MediaPreferences } from './settings/a11y-settings';
import type { AccessibleVersionLink } from './a11y/detect-link';
import type { ShieldCounts, ShieldTabState } from './filtering/types';

export interface ProtocolMap {
  // ── reader (reader page → background) ───────────────────────────────────────────
  /** The reader page, framed over a tab, asks for that tab's article. `force` skips the is-article check. */
  'reader.getArticle'(data: { force?: boolean }): ExtractResult;
  /** The reader page asks to close itself and show the original page. */
  'reader.close'(): void;
  /** The popup asks to toggle the reader on a tab (the popup's own page only). */
  'reader.toggleTab'(data: { tabId: number }): void;

  // ── extract content script (background → tab, frameId 0) ──────────────────────────
  /** Run the extraction pipeline on the live page. `forSave`: the user asked to save the page (reader closed). */
  'extract.run'(data: { force?: boolean; forSave?: boolean }): ExtractResult;
  /** Open the reader overlay if closed, close it if open. Returns whether it is now open. */
  'overlay.toggle'(): { open: boolean };
  /** Close the reader overlay (no-op when closed). */
  'overlay.close'(): void;

  // ── reading list (reader page framed over a tab → background) ─────────────────────────
  /** Save the article the reader shows; the background adds the tab's canonical link and fetches the images. */
  'readingList.save'(data: { article: Article }): SaveResult;
  /** The popup saves the page in `tabId` (reader open or not); the page shows a confirmation too. */
  'readingList.saveTab'(data: { tabId: number }): SaveResult;

  // ── shield (shield content script → background; popup → background; popup → tab, all frames) ──
  /** A frame reports how many placements it hides now (replaces that frame's previous report); `start` = new document. */
  'shield.report'(data: { host: string; top: boolean; start?: boolean } & ShieldCounts): void;
  /** The popup asks for a tab's shield state (site, paused, counts by kind). */
  'shield.getState'(data: { tabId: number }): ShieldTabState;
  /** Show what the shield hid in this tab (outlined), or hide it again. */
  'shield.reveal'(data: { reveal: boolean }): { revealed: boolean };

  // ── accessibility modes ───────────────────────────────────────────────────────────
  /** a11y content script (top frame) or an extension page → background: nothing stored yet, follow the system. */
  'a11y.firstRun'(data: MediaPreferences): void;
  /** popup → a11y content script (tab, frameId 0): this page's site key and its own accessible-version link. */
  'a11y.pageInfo'(): { site: string | null; link: AccessibleVersionLink | null };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
