/**
 * Options page: accessibility modes (all sites, or one site's own), reader view typography, keyboard shortcuts.
 * Landmarks and headings for navigation; native form controls only, so everything works from the keyboard.
 */
import { i18n } from '#i18n';
import { A11yControls } from '@/components/A11yControls';
import {
  FONT_SIZES,
  LINE_HEIGHTS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  stepValue,
} from '@/utils/settings/reader-settings';
import type { OptionsModel } from './model';

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label(v: T): string;
  onChange(v: T): void;
}) {
  return (
    <fieldset class="taza-a11y-group" data-setting={props.name}>
      <legend>{props.legend}</legend>
      <div class="taza-a11y-options">
        {props.options.map((opt) => (
          <label key={opt} class="taza-a11y-option">
            <input type="radio" name={props.name} value={opt} checked={props.value === opt} onChange={() => props.onChange(opt)} />
            <span>{props.label(opt)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Stepper(props: { name: string; legend: string; value: number; values: readonly number[]; display: string; dec: string; inc: string; onChange(v: number): void }) {
  const { values, value } = props;
  return (
    <fieldset class="taza-a11y-group" data-setting={props.name}>
      <legend>{props.legend}</legend>
      <div class="taza-a11y-stepper">
        <button type="button" aria-label={props.dec} disabled={value <= values[0]!} onClick={() => props.onChange(stepValue(values, value, -1))}>
          −
        </button>
        <output aria-live="polite">{props.display}</output>
        <button type="button" aria-label={props.inc} disabled={value >= values[values.length - 1]!} onClick={() => props.onChange(stepValue(values, value, 1))}>
          +
        </button>
      </div>
    </fieldset>
  );
}

export function App({ model }: { model: OptionsModel }) {
  const a11y = model.a11y.value;
  const reader = model.reader.value;
  const editing = model.editing.value;
  const sites = Object.keys(a11y.sites).sort();
  return (
    <main class="taza-options">
      <h1>{i18n.t('a11yOptionsTitle')}</h1>

      <section aria-labelledby="opt-a11y">
        <h2 id="opt-a11y">{i18n.t('a11yPanelTitle')}</h2>
        <p class="taza-hint">{i18n.t('a11yOptionsIntro')}</p>
        <div class="taza-target">
          <label for="opt-target">{i18n.t('a11ySettingsFor')}</label>
          <select id="opt-target" value={editing ?? ''} onChange={(e) => (model.editing.value = (e.currentTarget as HTMLSelectElement).value || null)}>
            <option value="">{i18n.t('a11yAllSites')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {editing && (
            <button type="button" onClick={() => model.removeSite(editing)}>
              {i18n.t('a11yRemoveSite', [editing])}
            </button>
          )}
        </div>
        {sites.length === 0 && <p class="taza-hint">{i18n.t('a11yNoSites')}</p>}
        <A11yControls modes={model.editingModes.value} onChange={(p) => model.updateModes(p)} idPrefix="opt" />
      </section>

      <section aria-labelledby="opt-reader">
        <h2 id="opt-reader">{i18n.t('a11yReaderSection')}</h2>
        <div class="taza-a11y-controls">
          <Radios name="reader-theme" legend={i18n.t('readerTheme')} options={READER_THEMES} value={reader.theme}
            label={(v) => (v === 'light' ? i18n.t('readerThemeLight') : v === 'sepia' ? i18n.t('readerThemeSepia') : i18n.t('readerThemeDark'))}
            onChange={(theme) => model.updateReader({ theme })} />
          <Stepper name="reader-size" legend={i18n.t('readerTextSize')} value={reader.fontSize} values={FONT_SIZES} display={`${reader.fontSize}px`}
            dec={i18n.t('readerSmaller')} inc={i18n.t('readerLarger')} onChange={(fontSize) => model.updateReader({ fontSize })} />
          <Radios name="reader-width" legend={i18n.t('readerLineWidth')} options={READER_WIDTHS} value={reader.width}
            label={(v) => (v === 'narrow' ? i18n.t('readerWidthNarrow') : v === 'medium' ? i18n.t('readerWidthMedium') : i18n.t('readerWidthWide'))}
            onChange={(width) => model.updateReader({ width })} />
          <Stepper name="reader-line" legend={i18n.t('readerLineSpacing')} value={reader.lineHeight} values={LINE_HEIGHTS} display={reader.lineHeight.toFixed(1)}
            dec={i18n.t('readerLessSpacing')} inc={i18n.t('readerMoreSpacing')} onChange={(lineHeight) => model.updateReader({ lineHeight })} />
          <Radios name="reader-font" legend={i18n.t('readerFont')} options={READER_FONTS} value={reader.font}
            label={(v) => (v === 'serif' ? i18n.t('readerFontSerif') : i18n.t('readerFontSans'))}
            onChange={(font) => model.updateReader({ font })} />
        </div>
      </section>

      <section aria-labelledby="opt-keys">
        <h2 id="opt-keys">{i18n.t('a11yShortcuts')}</h2>
        <dl class="taza-shortcuts">
          {model.shortcuts.value.map((c) => (
            <div key={c.name} data-command={c.name}>
              <dt>{c.description}</dt>
              <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : i18n.t('a11yShortcutNotSet')}</dd>
            </div>
          ))}
        </dl>
        <p class="taza-hint">{i18n.t('a11yShortcutsHint')}</p>
      </section>
    </main>
  );
}
