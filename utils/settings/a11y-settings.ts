/**
 * Accessibility modes: the model, defaults, normalisation, per-site resolution and first-run defaults. Pure.
 * Stored by utils/settings/a11y-storage.ts; turned into CSS by utils/a11y/stylesheet.ts.
 *
 * The two main toggles (high contrast, large text) are booleans next to the value they switch on, so a toggle
 * (popup, shortcut) remembers the chosen scheme and size.
 */
import { SCHEME_IDS, type SchemeId } from '../a11y/schemes';

export type A11ySpacing = 'normal' | 'wcag';
export type A11yFont = 'site' | 'sans' | 'serif';
export type A11yImages = 'show' | 'grayscale' | 'hide';

export interface A11yModes {
  contrast: boolean;
  scheme: SchemeId;
  largeText: boolean;
  /** Percent of the default 16 px text size, used while `largeText` is on. */
  textScale: number;
  spacing: A11ySpacing;
  font: A11yFont;
  images: A11yImages;
}

export interface A11ySettings {
  /** Modes for every site without its own. */
  global: A11yModes;
  /** Per-site modes, by host (lower case, without a leading "www."). */
  sites: Record<string, A11yModes>;
}

export const TEXT_SCALES: readonly number[] = [100, 125, 150, 175, 200, 250, 300];
export const A11Y_SPACINGS: readonly A11ySpacing[] = ['normal', 'wcag'];
export const A11Y_FONTS: readonly A11yFont[] = ['site', 'sans', 'serif'];
export const A11Y_IMAGES: readonly A11yImages[] = ['show', 'grayscale', 'hide'];
export { SCHEME_IDS };

export const DEFAULT_A11Y_MODES: A11yModes = {
  contrast: false,
  scheme: 'black-on-white',
  largeText: false,
  textScale: 200,
  spacing: 'normal',
  font: 'site',
  images: 'show',
};

export const DEFAULT_A11Y_SETTINGS: A11ySettings = { global: DEFAULT_A11Y_MODES, sites: {} };

/** The modes in effect: what a page actually gets (scale 100 when large text is off, no scheme when contrast is off). */
export interface EffectiveModes {
  scheme: SchemeId | null;
  textScale: number;
  spacing: A11ySpacing;
  font: A11yFont;
  images: A11yImages;
}

function nearest(values: readonly number[], v: number): number {
  return values.reduce((best, x) => (Math.abs(x - v) < Math.abs(best - v) ? x : best), values[0]!);
}

const pick = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);

/** Coerce anything read from storage (old versions, hand edits, other engineers' bugs) into valid modes. */
export function normalizeA11yModes(raw: unknown): A11yModes {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof A11yModes, unknown>>;
  const d = DEFAULT_A11Y_MODES;
  const scale = typeof r.textScale === 'number' && Number.isFinite(r.textScale) ? nearest(TEXT_SCALES, r.textScale) : d.textScale;
  return {
    contrast: typeof r.contrast === 'boolean' ? r.contrast : d.contrast,
    scheme: pick(r.scheme, SCHEME_IDS, d.scheme),
    largeText: typeof r.largeText === 'boolean' ? r.largeText : d.largeText,
    // 100 % is "large text off", not a size to remember for the toggle.
    textScale: scale === 100 ? d.textScale : scale,
    spacing: pick(r.spacing, A11Y_SPACINGS, d.spacing),
    font: pick(r.font, A11Y_FONTS, d.font),
    images: pick(r.images, A11Y_IMAGES, d.images),
  };
}

/**
 * Site key for per-site modes: the URL's host name, lower case, without "www.". Null for anything that is not
 * an http(s) page (browser pages, files, extension pages) — those only get the global modes.
 */
export function siteKey(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normalizeHost(u.hostname);
  } catch {
    return null;
  }
}

export function normalizeHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  // A host name or an IPv4/IPv6 literal; nothing that could smuggle a match pattern.
  return /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/.test(h) ? h : null;
}

export function normalizeA11ySettings(raw: unknown): A11ySettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as { global?: unknown; sites?: unknown };
  const sites: Record<string, A11yModes> = {};
  if (r.sites && typeof r.sites === 'object') {
    for (const [host, modes] of Object.entries(r.sites as Record<string, unknown>)) {
      const key = normalizeHost(host);
      if (key && modes && typeof modes === 'object') sites[key] = normalizeA11yModes(modes);
    }
  }
  return { global: normalizeA11yModes(r.global), sites };
}

/** The stored modes that apply to `site` (a site key) — its own when it has them, else the global ones. */
export function modesForSite(settings: A11ySettings, site: string | null): A11yModes {
  return (site && settings.sites[site]) || settings.global;
}

export function effectiveModes(m: A11yModes): EffectiveModes {
  return {
    scheme: m.contrast ? m.scheme : null,
    textScale: m.largeText ? m.textScale : 100,
    spacing: m.spacing,
    font: m.font,
    images: m.images,
  };
}

/** True when the modes change nothing on a page. */
export function isNeutral(m: A11yModes): boolean {
  const e = effectiveModes(m);
  return !e.scheme && e.textScale === 100 && e.spacing === 'normal' && e.font === 'site' && e.images === 'show';
}

/** Update the modes of `site` (its own when it has them, else the global ones). Returns new settings. */
export function updateModes(settings: A11ySettings, site: string | null, patch: Partial<A11yModes>): A11ySettings {
  if (site && settings.sites[site]) {
    return { ...settings, sites: { ...settings.sites, [site]: normalizeA11yModes({ ...settings.sites[site], ...patch }) } };
  }
  return { ...settings, global: normalizeA11yModes({ ...settings.global, ...patch }) };
}

/** Give `site` its own modes (starting from what it has now), or drop them (back to the global modes). */
export function setSiteOverride(settings: A11ySettings, site: string, own: boolean): A11ySettings {
  const sites = { ...settings.sites };
  if (own) sites[site] = normalizeA11yModes(sites[site] ?? settings.global);
  else delete sites[site];
  return { ...settings, sites };
}

export interface MediaPreferences {
  prefersContrastMore: boolean;
  forcedColors: boolean;
  prefersDark: boolean;
}

/**
 * First run: follow the system. `prefers-contrast: more` or `forced-colors: active` turn high contrast on, with
 * white on black for a dark system preference and black on white otherwise. (Under forced colours the browser's
 * own system colours still win on pages; our scheme then shows in our own screens.)
 */
export function initialA11ySettings(media: MediaPreferences): A11ySettings {
  const contrast = media.prefersContrastMore || media.forcedColors;
  return {
    global: { ...DEFAULT_A11Y_MODES, contrast, scheme: media.prefersDark ? 'white-on-black' : 'black-on-white' },
    sites: {},
  };
}
