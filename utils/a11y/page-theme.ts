/**
 * Our own screens (reader, options, popup) under a high-contrast scheme (pure): the scheme's palette as the
 * CSS variables those pages' stylesheets read, and the data attributes for the other modes.
 */
import { SCHEMES } from './schemes';
import type { EffectiveModes } from '../settings/a11y-settings';
import { FONT_STACKS } from './stylesheet';

/** Variables every extension page reads (the reader theme's names). Empty when no scheme is on. */
export function schemeVariables(m: Pick<EffectiveModes, 'scheme'>): Record<string, string> {
  if (!m.scheme) return {};
  const p = SCHEMES[m.scheme];
  return {
    '--bg': p.bg,
    '--fg': p.fg,
    '--muted': p.fg,
    '--link': p.link,
    '--visited': p.visited,
    '--rule': p.fg,
    '--bar': p.bg,
    '--focus': p.focus,
    '--code-bg': p.bg,
  };
}

export const SCHEME_VARIABLE_NAMES = ['--bg', '--fg', '--muted', '--link', '--visited', '--rule', '--bar', '--focus', '--code-bg'];

/**
 * Apply the effective modes to an extension page's root element: scheme variables inline (they win over the
 * page's own theme rules), `data-a11y-*` attributes for the stylesheet, and the scale as `--taza-a11y-scale`.
 */
export function applyToExtensionPage(root: HTMLElement, m: EffectiveModes): void {
  const vars = schemeVariables(m);
  for (const name of SCHEME_VARIABLE_NAMES) {
    if (vars[name]) root.style.setProperty(name, vars[name]);
    else root.style.removeProperty(name);
  }
  if (m.scheme) {
    root.dataset.a11yScheme = m.scheme;
    root.style.setProperty('color-scheme', SCHEMES[m.scheme].colorScheme);
  } else {
    delete root.dataset.a11yScheme;
    root.style.removeProperty('color-scheme');
  }
  root.style.setProperty('--taza-a11y-scale', String(m.textScale / 100));
  root.dataset.a11ySpacing = m.spacing;
  root.dataset.a11yImages = m.images;
  root.dataset.a11yFont = m.font;
  if (m.font !== 'site') root.style.setProperty('--taza-a11y-font', FONT_STACKS[m.font]);
  else root.style.removeProperty('--taza-a11y-font');
}
