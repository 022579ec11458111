/**
 * Accessibility settings model: normalisation of anything stored, per-site resolution, toggles, first run.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_A11Y_MODES,
  DEFAULT_A11Y_SETTINGS,
  effectiveModes,
  initialA11ySettings,
  isNeutral,
  modesForSite,
  normalizeA11yModes,
  normalizeA11ySettings,
  setSiteOverride,
  siteKey,
  updateModes,
} from '@/utils/settings/a11y-settings';

describe('normalizeA11yModes', () => {
  it('turns garbage into the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) expect(normalizeA11yModes(raw)).toEqual(DEFAULT_A11Y_MODES);
  });
  it('keeps valid values and repairs invalid ones field by field', () => {
    const m = normalizeA11yModes({ contrast: true, scheme: 'yellow-on-black', largeText: 'yes', textScale: 190, spacing: 'huge', font: 'serif', images: 'hide' });
    expect(m).toEqual({ ...DEFAULT_A11Y_MODES, contrast: true, scheme: 'yellow-on-black', textScale: 200, font: 'serif', images: 'hide' });
  });
  it('snaps the text size to the nearest step within 125–300 %', () => {
    expect(normalizeA11yModes({ textScale: 1000 }).textScale).toBe(300);
    expect(normalizeA11yModes({ textScale: 130 }).textScale).toBe(125);
    // 100 % is "off", not a size the toggle should remember.
    expect(normalizeA11yModes({ textScale: 100 }).textScale).toBe(200);
    expect(normalizeA11yModes({ textScale: Number.NaN }).textScale).toBe(200);
  });
});

describe('normalizeA11ySettings and sites', () => {
  it('normalises host keys and drops invalid ones', () => {
    const s = normalizeA11ySettings({
      global: { contrast: true },
      sites: { 'WWW.Tengrinews.KZ': { largeText: true }, 'bad host/*': { contrast: true }, 'x.kz': 'nope' },
    });
    expect(Object.keys(s.sites)).toEqual(['tengrinews.kz']);
    expect(s.global.contrast).toBe(true);
    expect(s.sites['tengrinews.kz']!.largeText).toBe(true);
  });
  it('siteKey accepts http(s) only', () => {
    expect(siteKey('https://www.zakon.kz/news/1')).toBe('zakon.kz');
    expect(siteKey('http://127.0.0.1:8080/a.html')).toBe('127.0.0.1');
    expect(siteKey('chrome://settings')).toBeNull();
    expect(siteKey('file:///tmp/a.html')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
    expect(siteKey(undefined)).toBeNull();
  });
  it('resolves a site to its own modes, else the global ones', () => {
    const s = setSiteOverride(updateModes(DEFAULT_A11Y_SETTINGS, null, { contrast: true }), 'nur.kz', true);
    expect(s.sites['nur.kz']).toEqual(s.global);
    const t = updateModes(s, 'nur.kz', { largeText: true });
    expect(modesForSite(t, 'nur.kz').largeText).toBe(true);
    expect(modesForSite(t, 'zakon.kz').largeText).toBe(false);
    expect(modesForSite(t, null)).toBe(t.global);
    // Without own modes, an update for a site changes the global modes.
    const u = updateModes(t, 'zakon.kz', { images: 'hide' });
    expect(u.global.images).toBe('hide');
    expect(setSiteOverride(u, 'nur.kz', false).sites).toEqual({});
  });
});

describe('effective modes', () => {
  it('a toggle that is off keeps its value for next time but applies nothing', () => {
    const m = normalizeA11yModes({ contrast: false, scheme: 'green-on-brown', largeText: false, textScale: 250 });
    expect(effectiveModes(m)).toMatchObject({ scheme: null, textScale: 100 });
    expect(isNeutral(m)).toBe(true);
    expect(effectiveModes({ ...m, contrast: true, largeText: true })).toMatchObject({ scheme: 'green-on-brown', textScale: 250 });
    expect(isNeutral({ ...m, spacing: 'wcag' })).toBe(false);
  });
});

describe('first run follows the system', () => {
  it('prefers-contrast: more or forced-colors turn high contrast on, dark → white on black', () => {
    expect(initialA11ySettings({ prefersContrastMore: false, forcedColors: false, prefersDark: false }).global.contrast).toBe(false);
    expect(initialA11ySettings({ prefersContrastMore: true, forcedColors: false, prefersDark: false }).global).toMatchObject({ contrast: true, scheme: 'black-on-white' });
    expect(initialA11ySettings({ prefersContrastMore: false, forcedColors: true, prefersDark: true }).global).toMatchObject({ contrast: true, scheme: 'white-on-black' });
  });
});
