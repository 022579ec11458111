/**
 * Stylesheet generators: every option value → CSS, scoped under one root, and the build's static files.
 */
import { describe, expect, it } from 'vitest';
import {
  buildStylesheet,
  cssFilesFor,
  fontCss,
  imagesCss,
  LIVE_ROOT,
  signatureOf,
  SIGNATURE_PROPERTIES,
  spacingCss,
  STATIC_ROOT,
  staticCssFiles,
  textScaleCss,
  schemeCss,
} from '@/utils/a11y/stylesheet';
import { SCHEMES, SCHEME_IDS } from '@/utils/a11y/schemes';
import { TEXT_SCALES, type EffectiveModes } from '@/utils/settings/a11y-settings';
import { schemeVariables } from '@/utils/a11y/page-theme';

/** Parse with the DOM's CSS parser (jsdom): every rule must parse and every selector be scoped under `root`. */
function rulesOf(css: string): CSSStyleRule[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const rules = Array.from(style.sheet!.cssRules) as CSSStyleRule[];
  style.remove();
  return rules;
}

const ALL: EffectiveModes = { scheme: 'yellow-on-black', textScale: 200, spacing: 'wcag', font: 'sans', images: 'hide' };

describe('schemeCss', () => {
  it.each(SCHEME_IDS)('%s uses exactly the palette colours, all!important, all scoped', (id) => {
    const css = schemeCss(id);
    const p = SCHEMES[id];
    for (const c of [p.bg, p.fg, p.link, p.visited, p.focus]) expect(css).toContain(c);
    const rules = rulesOf(css);
    expect(rules.length).toBe(css.split('\n').length);
    for (const r of rules) for (const s of r.selectorText.split(/,(?![^(]*\))/)) expect(s.trim().startsWith(STATIC_ROOT)).toBe(true);
    expect(css).toMatch(/a:visited/);
    expect(css).toMatch(/:focus-visible\{outline:3px solid/);
  });
  it('leaves media and icon fonts alone, with no descendant combinators on every element (speed)', () => {
    const css = schemeCss('white-on-black');
    expect(css).toContain('body *:not(img,picture,video,canvas,iframe,embed,object,svg){background-color:#000000!important}');
    expect(css).toMatch(/:not\(:where\(\[class\*="icon" i\]/);
    expect(css).not.toMatch(/a:link \*|svg \*/);
    // Colour is inherited from <body>, so a link's children take the link colour.
    expect(css).toContain('body *{color:inherit!important');
  });
});

describe('textScaleCss', () => {
  it('is empty at 100 %', () => expect(textScaleCss(100)).toBe(''));
  it.each(TEXT_SCALES.filter((s) => s !== 100))('%i %% sets body text to 16 px × scale and headings in proportion', (scale) => {
    const css = textScaleCss(scale);
    const base = Math.round((16 * scale) / 100);
    expect(css).toContain(`body{font-size:${base}px!important`);
    expect(css).toContain(`body h1{font-size:${Math.round(base * 1.75)}px`);
    expect(css).toContain('font-size:inherit!important');
    // Reflow helpers ride along: wrap, never widen the page.
    expect(css).toContain('max-width:100%!important');
    expect(css).toContain('text-wrap-mode:wrap');
    expect(rulesOf(css).length).toBeGreaterThan(8);
  });
});

describe('spacing, font, images', () => {
  it('WCAG 1.4.12 values', () => {
    const css = spacingCss('wcag');
    expect(css).toContain('line-height:1.5!important');
    expect(css).toContain('letter-spacing:0.12em!important');
    expect(css).toContain('word-spacing:0.16em!important');
    expect(css).toContain('body p{margin-block-end:2em!important}');
    expect(spacingCss('normal')).toBe('');
  });
  it('fonts keep code monospace and icon fonts', () => {
    const css = fontCss('serif');
    expect(css).toContain('"PT Serif"');
    expect(css).toMatch(/:not\(:where\([^)]*pre,pre \*,code,kbd/);
    expect(fontCss('site')).toBe('');
  });
  it('images: grayscale filter or hidden with alt-text style', () => {
    expect(imagesCss('grayscale')).toContain('filter:grayscale(1)');
    expect(imagesCss('hide')).toContain('display:none');
    expect(imagesCss('hide')).toContain('taza-a11y-alt{display:inline-block');
    expect(imagesCss('show')).toBe('');
  });
});

describe('static files and live stylesheet agree', () => {
  it('the build ships a file for every non-neutral option value', () => {
    const files = staticCssFiles();
    expect(Object.keys(files)).toHaveLength(6 + 6 + 1 + 2 + 2);
    for (const id of SCHEME_IDS) for (const f of cssFilesFor({ ...ALL, scheme: id })) expect(files[f]).toBeTypeOf('string');
    for (const s of TEXT_SCALES) for (const f of cssFilesFor({ ...ALL, textScale: s })) expect(files[f]).toBeTypeOf('string');
    expect(cssFilesFor({ scheme: null, textScale: 100, spacing: 'normal', font: 'site', images: 'show' })).toEqual([]);
  });
  it('the registered files, concatenated, are the static stylesheet; the live one differs only by root', () => {
    const files = staticCssFiles();
    expect(cssFilesFor(ALL).map((f) => files[f]).join('\n')).toBe(buildStylesheet(ALL));
    expect(buildStylesheet(ALL, LIVE_ROOT)).toBe(buildStylesheet(ALL).split(STATIC_ROOT).join(LIVE_ROOT));
  });
  it('each file announces itself with the signature the content script compares', () => {
    const css = buildStylesheet(ALL);
    const sig = SIGNATURE_PROPERTIES.map((p) => new RegExp(`${p}:([^;}]+)`).exec(css)?.[1] ?? '').join('|');
    expect(sig).toBe(signatureOf(ALL));
    expect(signatureOf({ scheme: null, textScale: 100, spacing: 'normal', font: 'site', images: 'show' })).toBe('||||');
  });
});

describe('extension pages', () => {
  it('a scheme maps onto the reader theme variables; no scheme, no variables', () => {
    expect(schemeVariables({ scheme: 'brown-on-beige' })).toMatchObject({ '--bg': '#f7f3d6', '--fg': '#4d3b26', '--link': '#123f8a' });
    expect(schemeVariables({ scheme: null })).toEqual({});
  });
});
