/**
 * The contrast-ratio function, and the proof that every scheme meets WCAG 1.4.6 (AAA, ≥ 7:1).
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance } from '@/utils/a11y/contrast';
import { SCHEMES, SCHEME_IDS } from '@/utils/a11y/schemes';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('parses the colour syntaxes getComputedStyle returns', () => {
    expect(parseColor('rgb(255, 255, 0)')).toEqual({ r: 255, g: 255, b: 0, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseColor('#0000b380')?.a).toBeCloseTo(0.5, 2);
    expect(parseColor('papayawhip')).toBeNull();
    expect(() => contrastRatio('nope', '#fff')).toThrow();
  });
});

describe.each(SCHEME_IDS)('scheme %s', (id) => {
  const p = SCHEMES[id];
  it('text, links and visited links reach 7:1 against the background', () => {
    expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.link, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.visited, p.bg)).toBeGreaterThanOrEqual(7);
  });

  it('has a focus outline that stands out (≥ 4.5:1, above the 3:1 of WCAG 1.4.11)', () => {
    expect(contrastRatio(p.focus, p.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells visited links from links and links from text by colour (hue distance)', () => {
    const d = (a: string, b: string) => {
      const x = parseColor(a)!;
      const y = parseColor(b)!;
      return Math.hypot(x.r - y.r, x.g - y.g, x.b - y.b);
    };
    expect(d(p.visited, p.link)).toBeGreaterThanOrEqual(60);
    expect(d(p.link, p.fg)).toBeGreaterThanOrEqual(60);
  });
});
