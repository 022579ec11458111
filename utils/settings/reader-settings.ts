/**
 * Reader view typography settings: the model, its defaults and the CSS it implies. Pure.
 * Stored by utils/settings/storage.ts; applied by the reader page.
 */

export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type ReaderFont = 'serif' | 'sans';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderSettings {
  theme: ReaderTheme;
  /** Base font size in CSS px. */
  fontSize: number;
  width: ReaderWidth;
  /** Unitless line height. */
  lineHeight: number;
  font: ReaderFont;
}

export const READER_THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_WIDTHS: readonly ReaderWidth[] = ['narrow', 'medium', 'wide'];
export const FONT_SIZES: readonly number[] = [14, 16, 18, 20, 22, 24, 28, 32, 36];
export const LINE_HEIGHTS: readonly number[] = [1.3, 1.5, 1.7, 1.9, 2.1];

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'light',
  fontSize: 20,
  width: 'medium',
  lineHeight: 1.7,
  font: 'serif',
};

const WIDTH_CH: Record<ReaderWidth, number> = { narrow: 55, medium: 68, wide: 85 };

function nearest(values: readonly number[], v: number): number {
  return values.reduce((best, x) => (Math.abs(x - v) < Math.abs(best - v) ? x : best), values[0]!);
}

/** Coerce anything read from storage (old versions, hand edits) into valid settings. */
export function normalizeReaderSettings(raw: unknown): ReaderSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const pick = <T extends string>(v: unknown, allowed: readonly T[], d: T): T =>
    allowed.includes(v as T) ? (v as T) : d;
  const num = (v: unknown, allowed: readonly number[], d: number) =>
    typeof v === 'number' && Number.isFinite(v) ? nearest(allowed, v) : d;
  return {
    theme: pick(r.theme, READER_THEMES, DEFAULT_READER_SETTINGS.theme),
    fontSize: num(r.fontSize, FONT_SIZES, DEFAULT_READER_SETTINGS.fontSize),
    width: pick(r.width, READER_WIDTHS, DEFAULT_READER_SETTINGS.width),
    lineHeight: num(r.lineHeight, LINE_HEIGHTS, DEFAULT_READER_SETTINGS.lineHeight),
    font: pick(r.font, READER_FONTS, DEFAULT_READER_SETTINGS.font),
  };
}

/** One step up or down a scale (text size, line spacing), clamped at its ends. */
export function stepValue(values: readonly number[], current: number, direction: 1 | -1): number {
  const i = values.indexOf(nearest(values, current));
  return values[Math.min(values.length - 1, Math.max(0, i + direction))]!;
}

/** CSS custom properties the reader stylesheet reads. */
export function readerCssVariables(s: ReaderSettings): Record<string, string> {
  return {
    '--taza-font-size': `${s.fontSize}px`,
    '--taza-line-height': String(s.lineHeight),
    '--taza-measure': `${WIDTH_CH[s.width]}ch`,
    '--taza-font':
      s.font === 'serif'
        ? '"PT Serif", "Noto Serif", Georgia, "Times New Roman", serif'
        : '"PT Sans", "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
  };
}
