/**
 * The popup's accessibility section.
 * - `A11yPanel`: presentational (props in, callbacks out): scope (all sites / only this site), the page's own
 *   accessible-version offer, the mode controls, a link to all settings.
 * - `ConnectedA11yPanel`: the same bound to a controller from utils/settings/a11y-panel-model.ts, for the popup:
 *   `<ConnectedA11yPanel />` (or pass a `controller` to test it).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AccessibleVersionLink } from '@/utils/a11y/detect-link';
import type { A11yModes } from '@/utils/settings/a11y-settings';
import {
  createA11yPanelController,
  modesOf,
  type A11yPanelController,
  type A11yPanelState,
} from '@/utils/settings/a11y-panel-model';
import { A11yControls } from './A11yControls';

export interface A11yPanelProps {
  modes: A11yModes;
  site: string | null;
  siteHasOwn: boolean;
  link: AccessibleVersionLink | null;
  onChange(patch: Partial<A11yModes>): void;
  onSiteOwn(own: boolean): void;
  onOpenOptions(): void;
}

export function A11yPanel(p: A11yPanelProps) {
  const ours = p.modes.contrast && p.modes.largeText;
  return (
    <section class="taza-a11y-panel" aria-labelledby="taza-a11y-panel-title">
      <h2 id="taza-a11y-panel-title">{i18n.t('a11yPanelTitle')}</h2>
      {p.link && !ours && (
        <div class="taza-a11y-offer" role="note">
          <p>{i18n.t('a11yOfferText')}</p>
          <button type="button" class="taza-a11y-offer-button" onClick={() => p.onChange({ contrast: true, largeText: true })}>
            {i18n.t('a11yOfferButton')}
          </button>
        </div>
      )}
      {p.site && (
        <label class="taza-a11y-switch" data-setting="scope">
          <input type="checkbox" checked={p.siteHasOwn} onChange={(e) => p.onSiteOwn((e.currentTarget as HTMLInputElement).checked)} />
          <span>{i18n.t('a11yOnlyThisSite', [p.site])}</span>
        </label>
      )}
      <A11yControls modes={p.modes} onChange={p.onChange} idPrefix="popup" />
      <button type="button" class="taza-a11y-more" onClick={p.onOpenOptions}>
        {i18n.t('a11yAllSettings')}
      </button>
    </section>
  );
}

export function ConnectedA11yPanel(props: { controller?: A11yPanelController }) {
  const controller = useMemo(() => props.controller ?? createA11yPanelController(), [props.controller]);
  const [state, setState] = useState<A11yPanelState | null>(null);
  useEffect(() => {
    let alive = true;
    void controller.load().then((s) => alive && setState(s));
    const off = controller.watch((settings) => setState((s) => (s ? { ...s, settings } : s)));
    return () => {
      alive = false;
      off();
    };
  }, [controller]);
  if (!state) return null;
  return (
    <A11yPanel
      modes={modesOf(state)}
      site={state.site}
      siteHasOwn={!!(state.site && state.settings.sites[state.site])}
      link={state.link}
      onChange={(patch) => void controller.update(state, patch).then((settings) => setState({ ...state, settings }))}
      onSiteOwn={(own) => void controller.setSiteOwn(state, own).then((settings) => setState({ ...state, settings }))}
      onOpenOptions={() => controller.openOptions()}
    />
  );
}
