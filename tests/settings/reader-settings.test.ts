import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  FONT_SIZES,
  LINE_HEIGHTS,
  normalizeReaderSettings,
  readerCssVariables,
  stepValue,
} from '@/utils/settings/reader-settings';

describe('normalizeReaderSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normalizeReaderSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings('dark')).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings({ theme: 'neon', font: 3, fontSize: 'big', width: null })).toEqual(DEFAULT_READER_SETTINGS);
  });
  it('keeps valid values and snaps numbers to the nearest step', () => {
    expect(normalizeReaderSettings({ theme: 'dark', font: 'sans', fontSize: 23, lineHeight: 1.62, width: 'wide' })).toEqual({
      theme: 'dark',
      font: 'sans',
      fontSize: 22,
      lineHeight: 1.7,
      width: 'wide',
    });
  });
  it('clamps out-of-range numbers', () => {
    expect(normalizeReaderSettings({ fontSize: 500 }).fontSize).toBe(FONT_SIZES[FONT_SIZES.length - 1]);
    expect(normalizeReaderSettings({ lineHeight: -1 }).lineHeight).toBe(LINE_HEIGHTS[0]);
    expect(normalizeReaderSettings({ fontSize: Number.NaN }).fontSize).toBe(DEFAULT_READER_SETTINGS.fontSize);
  });
});

describe('stepValue', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepValue(FONT_SIZES, 20, 1)).toBe(22);
    expect(stepValue(FONT_SIZES, 20, -1)).toBe(18);
    expect(stepValue(FONT_SIZES, FONT_SIZES[0]!, -1)).toBe(FONT_SIZES[0]);
    expect(stepValue(FONT_SIZES, 36, 1)).toBe(36);
  });
});

describe('readerCssVariables', () => {
  it('turns settings into CSS custom properties', () => {
    const vars = readerCssVariables({ ...DEFAULT_READER_SETTINGS, fontSize: 24, width: 'narrow', font: 'sans' });
    expect(vars['--taza-font-size']).toBe('24px');
    expect(vars['--taza-measure']).toBe('55ch');
    expect(vars['--taza-font']).toMatch(/sans-serif$/);
    expect(vars['--taza-line-height']).toBe(String(DEFAULT_READER_SETTINGS.lineHeight));
  });
});
