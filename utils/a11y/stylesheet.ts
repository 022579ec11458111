/**
 * Stylesheet generators (pure): accessibility modes → CSS for ordinary web pages. The single source of the CSS:
 * the build writes one static file per option value from these functions (wxt.config.ts → `a11yCssAssets()`),
 * which the background registers as content-script CSS (applied before first paint), and the always-on
 * a11y content script uses the same functions for live changes on pages already open.
 *
 * Every rule is scoped under a root selector so the two uses can coexist: the registered files use
 * `STATIC_ROOT` and switch themselves off when the content script takes over (`LIVE_ROOT`).
 * Each area also sets a `--taza-a11y-<area>` custom property on the root: the content script reads them to
 * find out which registered files this document actually got.
 *
 * What is left alone so pages keep working: SVG internals, icon-font elements (by the usual class names),
 * pseudo-element fonts, code blocks' fonts, borders (CSS triangles), images' own pixels (unless asked).
 */
import { SCHEMES, SCHEME_IDS, type SchemeId } from './schemes';
import type { A11yFont, A11yImages, A11ySpacing, EffectiveModes } from '../settings/a11y-settings';
import { TEXT_SCALES } from '../settings/a11y-settings';

/** Root of the registered (build-time) files: active until the content script goes live. */
export const STATIC_ROOT = 'html:not([data-taza-a11y-live])';
/** Root of the live stylesheet the content script inserts after a change. */
export const LIVE_ROOT = 'html[data-taza-a11y-live]';
export const LIVE_ATTRIBUTE = 'data-taza-a11y-live';
/** The element the content script inserts after a hidden image, showing its alt text. */
export const ALT_TAG = 'taza-a11y-alt';

/** Icon fonts and SVG: never restyle their font or size (icons stay icons). */
const ICONS =
  '[class*="icon" i],[class*="fa-"],.fa,.fas,.far,.fab,.fal,.fad,.material-icons,[class*="material-symbols"],' +
  '[class*="glyph"],[data-icon],svg,svg *,math,math *';
const MONO = 'pre,pre *,code,kbd,samp,tt';
/** Icon selectors without descendant combinators (cheap on every element). */
const ICONS_COMPOUND =
  '[class*="icon" i],[class*="fa-"],.fa,.fas,.far,.fab,.fal,.fad,.material-icons,[class*="material-symbols"],' +
  '[class*="glyph"],[data-icon],svg';
const MEDIA_ELEMENTS = 'img,picture,video,canvas,iframe,embed,object,svg';

/** Text sizes of headings relative to the body text while large text is on. */
const HEADING_RATIO: Record<string, number> = { h1: 1.75, h2: 1.5, h3: 1.3, h4: 1.15, h5: 1, h6: 1 };

export const FONT_STACKS: Record<Exclude<A11yFont, 'site'>, string> = {
  // Each stack starts with fonts that have full Kazakh Cyrillic (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі) on common systems:
  // PT Sans/Serif (macOS, many Linux), Noto and DejaVu (Linux, Android), Segoe UI / Arial / Times New Roman (Windows).
  sans: '"PT Sans","Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif',
  serif: '"PT Serif","Noto Serif","DejaVu Serif","Times New Roman",Georgia,serif',
};

const sel = (root: string, list: string) =>
  list
    .split(',')
    .map((s) => `${root} ${s.trim()}`)
    .join(',');

/** High-contrast colour scheme. */
export function schemeCss(id: SchemeId, root = STATIC_ROOT): string {
  const p = SCHEMES[id];
  const I = '!important';
  // Performance (scripts/bench/a11y.ts): only compound selectors on every element — no descendant
  // combinators such as `a:link *` or `svg *`, which make the browser walk the ancestors of each element.
  // Text colour is set once on <body> and inherited (so a link's children take the link colour); SVG
  // internals paint no CSS background, so they need no exclusion.
  return [
    `${root}{--taza-a11y-scheme:${id};color-scheme:${p.colorScheme}${I}}`,
    `${root},${root} body{background:${p.bg}${I};color:${p.fg}${I}}`,
    `${root} body *{color:inherit${I};text-shadow:none${I};box-shadow:none${I}}`,
    `${root} body *:not(${MEDIA_ELEMENTS}){background-color:${p.bg}${I}}`,
    `${root} body :not(:where(${ICONS_COMPOUND})){background-image:none${I}}`,
    `${root} body svg{color:${p.fg}${I}}`,
    `${root} body *::before,${root} body *::after{color:inherit${I};background-color:transparent${I};background-image:none${I};text-shadow:none${I};box-shadow:none${I}}`,
    `${root} a:link{color:${p.link}${I};text-decoration-color:${p.link}${I}}`,
    `${root} a:visited{color:${p.visited}${I};text-decoration-color:${p.visited}${I}}`,
    `${root} a[href]{text-decoration-line:underline${I}}`,
    `${root} :is(input,textarea,select,button){background-color:${p.bg}${I};color:${p.fg}${I};border:2px solid ${p.fg}${I};accent-color:${p.fg}${I}}`,
    `${root} ::placeholder{color:${p.fg}${I};opacity:1${I};font-style:italic}`,
    `${root} :is(mark,::selection){background-color:${p.fg}${I};color:${p.bg}${I}}`,
    `${root} :focus-visible{outline:3px solid ${p.focus}${I};outline-offset:2px${I}}`,
    `${root} :is(hr){border-color:${p.fg}${I}}`,
  ].join('\n');
}

/** Reflow helpers for large text and wide spacing: wrap instead of overflowing sideways (WCAG 1.4.10). */
export function reflowCss(root = STATIC_ROOT): string {
  const I = '!important';
  return [
    `${root} body :not(:where(svg *,math *)){max-width:100%${I};min-width:0${I};overflow-wrap:anywhere${I};text-wrap-mode:wrap${I};flex-wrap:wrap${I}}`,
    `${root} body pre{white-space:pre-wrap${I}}`,
    `${root} body table{table-layout:auto${I}}`,
    `${root} body :is(img,video,canvas,iframe,embed,object){object-fit:contain${I}}`,
  ].join('\n');
}

/** Large text: body text at `scale`% of 16 px, headings in proportion; everything else inherits. */
export function textScaleCss(scale: number, root = STATIC_ROOT): string {
  if (scale === 100) return '';
  const base = Math.round((16 * scale) / 100);
  const I = '!important';
  const rules = [
    `${root}{--taza-a11y-text:${scale}}`,
    `${root} body{font-size:${base}px${I};line-height:1.4${I}}`,
    `${root} body :not(:where(${ICONS},h1,h2,h3,h4,h5,h6)){font-size:inherit${I};line-height:1.4${I}}`,
    ...Object.entries(HEADING_RATIO).map(
      ([h, r]) => `${root} body ${h}{font-size:${Math.round(base * r)}px${I};line-height:1.25${I}}`,
    ),
    reflowCss(root),
  ];
  return rules.join('\n');
}

/** WCAG 1.4.12 text spacing: line height 1.5, paragraph spacing 2 em, letters 0.12 em, words 0.16 em. */
export function spacingCss(spacing: A11ySpacing, root = STATIC_ROOT): string {
  if (spacing === 'normal') return '';
  const I = '!important';
  return [
    `${root}{--taza-a11y-spacing:${spacing}}`,
    `${root} body,${root} body :not(:where(${ICONS})){line-height:1.5${I};letter-spacing:0.12em${I};word-spacing:0.16em${I}}`,
    `${root} body p{margin-block-end:2em${I}}`,
    reflowCss(root),
  ].join('\n');
}

/** Font family for text; code keeps a monospace font, icon fonts keep theirs. */
export function fontCss(font: A11yFont, root = STATIC_ROOT): string {
  if (font === 'site') return '';
  const I = '!important';
  return [
    `${root}{--taza-a11y-font:${font}}`,
    `${root} body,${root} body :not(:where(${ICONS},${MONO})){font-family:${FONT_STACKS[font]}${I}}`,
  ].join('\n');
}

/** Images: grayscale, or hidden (the content script then shows each image's alt text in its place). */
export function imagesCss(images: A11yImages, root = STATIC_ROOT): string {
  const I = '!important';
  if (images === 'show') return '';
  if (images === 'grayscale') {
    return [
      `${root}{--taza-a11y-images:grayscale}`,
      `${root} body :is(img,picture,video,canvas,embed,object,svg image){filter:grayscale(1)${I}}`,
    ].join('\n');
  }
  return [
    `${root}{--taza-a11y-images:hide}`,
    `${root} body :is(img,picture,video,canvas,embed,object,svg image){display:none${I}}`,
    `${root} body :not(:where(${ICONS})){background-image:none${I}}`,
    `${root} ${ALT_TAG}{display:inline-block${I};border:1px dashed currentColor${I};padding:0 0.25em${I};font-style:italic${I}}`,
  ].join('\n');
}

/** The whole stylesheet for a set of effective modes, in the same order as the registered files. */
export function buildStylesheet(m: EffectiveModes, root = STATIC_ROOT): string {
  return [
    m.scheme ? schemeCss(m.scheme, root) : '',
    textScaleCss(m.textScale, root),
    spacingCss(m.spacing, root),
    fontCss(m.font, root),
    imagesCss(m.images, root),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Folder of the generated files inside the extension. */
export const CSS_DIR = 'a11y';

/** The generated files the build ships, name → CSS (one per non-neutral option value). */
export function staticCssFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const id of SCHEME_IDS) files[`${CSS_DIR}/scheme-${id}.css`] = schemeCss(id);
  for (const s of TEXT_SCALES) if (s !== 100) files[`${CSS_DIR}/text-${s}.css`] = textScaleCss(s);
  files[`${CSS_DIR}/spacing-wcag.css`] = spacingCss('wcag');
  files[`${CSS_DIR}/font-sans.css`] = fontCss('sans');
  files[`${CSS_DIR}/font-serif.css`] = fontCss('serif');
  files[`${CSS_DIR}/images-grayscale.css`] = imagesCss('grayscale');
  files[`${CSS_DIR}/images-hide.css`] = imagesCss('hide');
  return files;
}

/** The registered files (extension-root paths) for a set of effective modes; [] when nothing applies. */
export function cssFilesFor(m: EffectiveModes): string[] {
  const files: string[] = [];
  if (m.scheme) files.push(`${CSS_DIR}/scheme-${m.scheme}.css`);
  if (m.textScale !== 100) files.push(`${CSS_DIR}/text-${m.textScale}.css`);
  if (m.spacing !== 'normal') files.push(`${CSS_DIR}/spacing-${m.spacing}.css`);
  if (m.font !== 'site') files.push(`${CSS_DIR}/font-${m.font}.css`);
  if (m.images !== 'show') files.push(`${CSS_DIR}/images-${m.images}.css`);
  return files;
}

/** The custom-property signature a document gets from the files for `m` (what the content script compares). */
export function signatureOf(m: EffectiveModes): string {
  return [m.scheme ?? '', m.textScale === 100 ? '' : String(m.textScale), m.spacing === 'normal' ? '' : m.spacing, m.font === 'site' ? '' : m.font, m.images === 'show' ? '' : m.images].join('|');
}

/** The names of the signature properties, in `signatureOf` order. */
export const SIGNATURE_PROPERTIES = ['--taza-a11y-scheme', '--taza-a11y-text', '--taza-a11y-spacing', '--taza-a11y-font', '--taza-a11y-images'];
