/**
 * Reading list import/export: shared types. Pure.
 */
import type { ImportRecord } from '../repository';

export type ImportFormat = 'taza-json' | 'pocket-html' | 'pocket-csv' | 'instapaper-csv' | 'netscape' | 'csv';

export interface ImportBatch {
  format: ImportFormat;
  records: ImportRecord[];
}

export type ImportFailure =
  /** The file claims a known format but cannot be read (broken JSON, unterminated CSV, invalid entries). */
  | 'corrupt'
  /** Not a format we know (or not a reading list at all). */
  | 'foreign'
  /** A known format without a single entry. */
  | 'empty'
  /** Our own JSON from a newer version of the extension. */
  | 'newer-version';

export class ImportError extends Error {
  constructor(
    readonly reason: ImportFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'ImportError';
  }
}

/** Parses HTML into an inert Document (DOMParser in pages, jsdom in tests). */
export type HtmlParser = (html: string) => Document;
