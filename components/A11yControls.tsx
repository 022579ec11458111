/**
 * Accessibility mode controls (presentational: props in, callbacks out): high contrast + scheme, large text +
 * size, spacing, font, images. Used by the options page and the popup's A11yPanel.
 * Native checkboxes, radio groups and buttons: Tab between groups, arrows inside a group, Space/Enter.
 */
import { i18n } from '#i18n';
import { SCHEMES, SCHEME_IDS, type SchemeId } from '@/utils/a11y/schemes';
import {
  A11Y_FONTS,
  A11Y_IMAGES,
  A11Y_SPACINGS,
  TEXT_SCALES,
  type A11yFont,
  type A11yImages,
  type A11yModes,
  type A11ySpacing,
} from '@/utils/settings/a11y-settings';
import './A11yControls.css';
import { RadioGroup } from './RadioGroup';

export interface A11yControlsProps {
  modes: A11yModes;
  onChange(patch: Partial<A11yModes>): void;
  /** Unique per page (radio group names). */
  idPrefix: string;
  /** Popup: only the main toggles and the scheme and size; options: everything. */
  compact?: boolean;
}

export function schemeLabel(id: SchemeId): string {
  switch (id) {
    case 'black-on-white':
      return i18n.t('a11ySchemeBlackOnWhite');
    case 'white-on-black':
      return i18n.t('a11ySchemeWhiteOnBlack');
    case 'blue-on-lightblue':
      return i18n.t('a11ySchemeBlueOnLightBlue');
    case 'brown-on-beige':
      return i18n.t('a11ySchemeBrownOnBeige');
    case 'green-on-brown':
      return i18n.t('a11ySchemeGreenOnBrown');
    default:
      return i18n.t('a11ySchemeYellowOnBlack');
  }
}

const spacingLabel = (v: A11ySpacing) => (v === 'normal' ? i18n.t('a11ySpacingNormal') : i18n.t('a11ySpacingWcag'));
const fontLabel = (v: A11yFont) =>
  v === 'site' ? i18n.t('a11yFontSite') : v === 'sans' ? i18n.t('a11yFontSans') : i18n.t('a11yFontSerif');
const imagesLabel = (v: A11yImages) =>
  v === 'show' ? i18n.t('a11yImagesShow') : v === 'grayscale' ? i18n.t('a11yImagesGrayscale') : i18n.t('a11yImagesHide');

const A11Y_RADIO = { group: 'taza-a11y-group', options: 'taza-a11y-options', option: 'taza-a11y-option' };

export function A11yControls({ modes, onChange, idPrefix, compact }: A11yControlsProps) {
  // The size steps include 100 % (= large text off): "−" from the smallest size turns large text off,
  // "+" from 100 % turns it on at the next size.
  const shown = modes.largeText ? modes.textScale : 100;
  const i = TEXT_SCALES.indexOf(shown);
  const stepTo = (scale: number) => onChange(scale === 100 ? { largeText: false } : { largeText: true, textScale: scale });
  return (
    <div class="taza-a11y-controls">
      <div class="taza-a11y-group" data-setting="contrast">
        <label class="taza-a11y-switch">
          <input
            type="checkbox"
            role="switch"
            checked={modes.contrast}
            onChange={(e) => onChange({ contrast: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{i18n.t('a11yHighContrast')}</span>
        </label>
      </div>
      <fieldset class="taza-a11y-group" data-setting="scheme">
        <legend>{i18n.t('a11yScheme')}</legend>
        <div class="taza-a11y-schemes">
          {SCHEME_IDS.map((id) => {
            const p = SCHEMES[id];
            return (
              <label key={id} class="taza-a11y-scheme" data-value={id} style={{ background: p.bg, color: p.fg, borderColor: p.fg }}>
                <input
                  type="radio"
                  name={`${idPrefix}-scheme`}
                  value={id}
                  checked={modes.scheme === id}
                  onChange={() => onChange({ scheme: id, contrast: true })}
                />
                <span class="taza-a11y-sample" aria-hidden="true">
                  Аа
                </span>
                <span>{schemeLabel(id)}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div class="taza-a11y-group" data-setting="largeText">
        <label class="taza-a11y-switch">
          <input
            type="checkbox"
            role="switch"
            checked={modes.largeText}
            onChange={(e) => onChange({ largeText: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{i18n.t('a11yLargeText')}</span>
        </label>
        <div class="taza-a11y-stepper" role="group" aria-label={i18n.t('a11yTextSize')}>
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body> at the end of the range */}
          <button type="button" aria-label={i18n.t('a11ySmaller')} aria-disabled={i <= 0} onClick={() => i > 0 && stepTo(TEXT_SCALES[i - 1]!)}>
            −
          </button>
          <output aria-live="polite" aria-label={i18n.t('a11yTextSize')} data-value={shown}>
            {shown}%
          </output>
          <button
            type="button"
            aria-label={i18n.t('a11yLarger')}
            aria-disabled={i >= TEXT_SCALES.length - 1}
            onClick={() => i < TEXT_SCALES.length - 1 && stepTo(TEXT_SCALES[i + 1]!)}
          >
            +
          </button>
        </div>
      </div>
      {!compact && (
        <>
          <RadioGroup classes={A11Y_RADIO} name={`${idPrefix}-spacing`} legend={i18n.t('a11ySpacing')} options={A11Y_SPACINGS} value={modes.spacing} label={spacingLabel} onChange={(spacing) => onChange({ spacing })} />
          <RadioGroup classes={A11Y_RADIO} name={`${idPrefix}-font`} legend={i18n.t('a11yFont')} options={A11Y_FONTS} value={modes.font} label={fontLabel} onChange={(font) => onChange({ font })} />
          <RadioGroup classes={A11Y_RADIO} name={`${idPrefix}-images`} legend={i18n.t('a11yImages')} options={A11Y_IMAGES} value={modes.images} label={imagesLabel} onChange={(images) => onChange({ images })} />
        </>
      )}
    </div>
  );
}
