/**
 * Alt text in place of hidden images, and the background's registrations for global and per-site modes.
 */
import { describe, expect, it } from 'vitest';
import { removeAltText, showAltText } from '@/utils/a11y/alt-text';
import { registrationsFor, sitePatterns } from '@/entrypoints/background/a11y';
import { DEFAULT_A11Y_MODES, DEFAULT_A11Y_SETTINGS } from '@/utils/settings/a11y-settings';

describe('alt text', () => {
  it('adds one element per image with a non-empty alt, idempotently, and removes them', () => {
    document.body.innerHTML = '<p><img src="a.png" alt="Абай Құнанбайұлы"><img src="b.png" alt=""><img src="c.png"></p>';
    expect(showAltText(document)).toBe(1);
    expect(showAltText(document)).toBe(0);
    const alt = document.querySelector('taza-a11y-alt')!;
    expect(alt.textContent).toBe('Абай Құнанбайұлы');
    expect(alt.previousElementSibling?.getAttribute('src')).toBe('a.png');
    removeAltText(document);
    expect(document.querySelector('taza-a11y-alt')).toBeNull();
    expect(showAltText(document)).toBe(1);
  });
});

describe('registrationsFor', () => {
  it('registers nothing while every mode is off', () => {
    expect(registrationsFor(DEFAULT_A11Y_SETTINGS)).toEqual([]);
  });
  it('one global registration that excludes sites with their own modes, one per such site', () => {
    const regs = registrationsFor({
      global: { ...DEFAULT_A11Y_MODES, contrast: true, scheme: 'yellow-on-black', largeText: true, textScale: 200 },
      sites: {
        'nur.kz': { ...DEFAULT_A11Y_MODES, images: 'hide' },
        '127.0.0.1': { ...DEFAULT_A11Y_MODES },
      },
    });
    expect(regs).toHaveLength(2);
    expect(regs[0]).toMatchObject({
      id: 'taza-a11y-global',
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://127.0.0.1/*', '*://nur.kz/*', '*://www.nur.kz/*'],
      css: ['a11y/scheme-yellow-on-black.css', 'a11y/text-200.css'],
      runAt: 'document_start',
      allFrames: true,
      persistAcrossSessions: true,
    });
    expect(regs[1]).toMatchObject({ matches: sitePatterns('nur.kz'), css: ['a11y/images-hide.css'] });
  });
});
