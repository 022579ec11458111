/**
 * The six high-contrast colour schemes (pure data). Five are the ones Russian and Kazakh readers know from
 * "версия для слабовидящих" sites (GOST R 52872 practice), plus yellow on black.
 * Every text/background, link/background and visited/background pair is ≥ 7:1 (WCAG 1.4.6 AAA) and the focus
 * outline is ≥ 4.5:1 against the background — proven by tests/a11y/contrast.test.ts.
 * Visited links differ from links by hue (CSS allows only colour changes on :visited).
 */

export type SchemeId =
  | 'black-on-white'
  | 'white-on-black'
  | 'blue-on-lightblue'
  | 'brown-on-beige'
  | 'green-on-brown'
  | 'yellow-on-black';

export interface SchemePalette {
  id: SchemeId;
  bg: string;
  fg: string;
  link: string;
  visited: string;
  /** Focus outline colour. */
  focus: string;
  colorScheme: 'light' | 'dark';
}

export const SCHEMES: Readonly<Record<SchemeId, SchemePalette>> = {
  'black-on-white': { id: 'black-on-white', bg: '#ffffff', fg: '#000000', link: '#0000b3', visited: '#6b1f8c', focus: '#c00000', colorScheme: 'light' },
  'white-on-black': { id: 'white-on-black', bg: '#000000', fg: '#ffffff', link: '#8cc8ff', visited: '#e9a6ff', focus: '#ffd400', colorScheme: 'dark' },
  'blue-on-lightblue': { id: 'blue-on-lightblue', bg: '#9dd1ff', fg: '#063462', link: '#3a0a8a', visited: '#600a3a', focus: '#8a0000', colorScheme: 'light' },
  'brown-on-beige': { id: 'brown-on-beige', bg: '#f7f3d6', fg: '#4d3b26', link: '#123f8a', visited: '#6b1f6b', focus: '#a00000', colorScheme: 'light' },
  'green-on-brown': { id: 'green-on-brown', bg: '#3b2716', fg: '#a9e44d', link: '#ffd966', visited: '#f0b8ff', focus: '#ffffff', colorScheme: 'dark' },
  'yellow-on-black': { id: 'yellow-on-black', bg: '#000000', fg: '#ffff00', link: '#00ffff', visited: '#ff9cff', focus: '#ffffff', colorScheme: 'dark' },
};

export const SCHEME_IDS = Object.keys(SCHEMES) as SchemeId[];
