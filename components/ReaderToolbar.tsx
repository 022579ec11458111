/**
 * Reader toolbar: back to the page, and display settings (theme, text size, line width, line spacing, font).
 * Native buttons and radio groups: keyboard operable (Tab, arrows, Space/Enter) with visible focus.
 */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  FONT_SIZES,
  LINE_HEIGHTS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  stepValue,
  type ReaderSettings,
} from '@/utils/settings/reader-settings';
import { SaveButton, type SaveButtonProps } from './SaveButton';
import { RadioGroup } from './RadioGroup';

export interface ReaderToolbarProps {
  settings: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
  onClose(): void;
  /** Reading list: the Save button (reader over a page), absent in saved mode. */
  save?: SaveButtonProps;
  /** Saved mode: "Back" goes to the reading list. */
  backToList?: boolean;
}

const READER_RADIO = { group: 'taza-group', options: 'taza-segments', option: 'taza-segment' };

function Stepper(props: {
  name: string;
  legend: string;
  value: number;
  values: readonly number[];
  display: string;
  decLabel: string;
  incLabel: string;
  onChange(v: number): void;
}) {
  const { values, value } = props;
  return (
    <fieldset class="taza-group" data-setting={props.name}>
      <legend>{props.legend}</legend>
      <div class="taza-stepper">
        <button
          type="button"
          aria-label={props.decLabel}
          // aria-disabled, not disabled: a disabled button drops keyboard focus to <body> at the end of the range
          aria-disabled={value <= values[0]!}
          onClick={() => value > values[0]! && props.onChange(stepValue(values, value, -1))}
        >
          −
        </button>
        <output aria-live="polite">{props.display}</output>
        <button
          type="button"
          aria-label={props.incLabel}
          aria-disabled={value >= values[values.length - 1]!}
          onClick={() => value < values[values.length - 1]! && props.onChange(stepValue(values, value, 1))}
        >
          +
        </button>
      </div>
    </fieldset>
  );
}

export function ReaderToolbar({ settings, onChange, onClose, save, backToList }: ReaderToolbarProps) {
  const [open, setOpen] = useState(false);
  return (
    <header class="taza-toolbar" aria-label={i18n.t('readerToolbarLabel')}>
      <div class="taza-toolbar-row">
        <button type="button" class="taza-back" onClick={onClose} title={backToList ? i18n.t('listBackToListHint') : i18n.t('readerBackHint')}>
          <span aria-hidden="true">←</span> {backToList ? i18n.t('listBackToList') : i18n.t('readerBack')}
        </button>
        <span class="taza-brand" aria-hidden="true">
          Taza
        </span>
        {save && <SaveButton {...save} />}
        <button
          type="button"
          class="taza-settings-toggle"
          aria-expanded={open}
          aria-controls="taza-settings"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">Aa</span> {i18n.t('readerDisplaySettings')}
        </button>
      </div>
      <div id="taza-settings" class="taza-settings" hidden={!open}>
        <RadioGroup
          classes={READER_RADIO}
          name="theme"
          legend={i18n.t('readerTheme')}
          options={READER_THEMES}
          value={settings.theme}
          label={(v) => (v === 'light' ? i18n.t('readerThemeLight') : v === 'sepia' ? i18n.t('readerThemeSepia') : i18n.t('readerThemeDark'))}
          onChange={(theme) => onChange({ theme })}
        />
        <Stepper
          name="fontSize"
          legend={i18n.t('readerTextSize')}
          value={settings.fontSize}
          values={FONT_SIZES}
          display={`${settings.fontSize}px`}
          decLabel={i18n.t('readerSmaller')}
          incLabel={i18n.t('readerLarger')}
          onChange={(fontSize) => onChange({ fontSize })}
        />
        <RadioGroup
          classes={READER_RADIO}
          name="width"
          legend={i18n.t('readerLineWidth')}
          options={READER_WIDTHS}
          value={settings.width}
          label={(v) => (v === 'narrow' ? i18n.t('readerWidthNarrow') : v === 'medium' ? i18n.t('readerWidthMedium') : i18n.t('readerWidthWide'))}
          onChange={(width) => onChange({ width })}
        />
        <Stepper
          name="lineHeight"
          legend={i18n.t('readerLineSpacing')}
          value={settings.lineHeight}
          values={LINE_HEIGHTS}
          display={settings.lineHeight.toFixed(1)}
          decLabel={i18n.t('readerLessSpacing')}
          incLabel={i18n.t('readerMoreSpacing')}
          onChange={(lineHeight) => onChange({ lineHeight })}
        />
        <RadioGroup
          classes={READER_RADIO}
          name="font"
          legend={i18n.t('readerFont')}
          options={READER_FONTS}
          value={settings.font}
          label={(v) => (v === 'serif' ? i18n.t('readerFontSerif') : i18n.t('readerFontSans'))}
          onChange={(font) => onChange({ font })}
        />
      </div>
    </header>
  );
}
