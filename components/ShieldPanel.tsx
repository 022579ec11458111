/**
 * The shield popup's panel (presentational): counts by kind, the per-site pause switch and "Show what was hidden".
 * Props in, callbacks out; strings come in already translated.
 */
import type { ShieldTabState } from '../utils/filtering/types';

export interface ShieldPanelStrings {
  title: string;
  hiddenOnPage: string;
  ads: string;
  gambling: string;
  pause: string;
  pausedNote: (host: string) => string;
  reveal: string;
  hideAgain: string;
  revealNote: string;
  notWebPage: string;
  loading: string;
}

export interface ShieldPanelProps {
  state: ShieldTabState | null;
  revealed: boolean;
  busy: boolean;
  strings: ShieldPanelStrings;
  onTogglePaused(): void;
  onToggleReveal(): void;
}

export function ShieldPanel({ state, revealed, busy, strings: t, onTogglePaused, onToggleReveal }: ShieldPanelProps) {
  return (
    <main class="taza-shield" aria-labelledby="taza-shield-title">
      <h1 id="taza-shield-title">{t.title}</h1>
      {state == null ? (
        <p role="status">{t.loading}</p>
      ) : !state.ok ? (
        <p role="status">{t.notWebPage}</p>
      ) : (
        <>
          <p class="taza-shield__host">{state.host}</p>
          <section aria-labelledby="taza-shield-counts">
            <h2 id="taza-shield-counts">{t.hiddenOnPage}</h2>
            <dl class="taza-shield__counts" aria-live="polite">
              <div>
                <dt>{t.ads}</dt>
                <dd data-testid="count-ad">{state.counts.ad}</dd>
              </div>
              <div>
                <dt>{t.gambling}</dt>
                <dd data-testid="count-gambling">{state.counts.gambling}</dd>
              </div>
            </dl>
          </section>
          <div class="taza-shield__row">
            <span id="taza-shield-pause-label">{t.pause}</span>
            <button
              type="button"
              role="switch"
              class="taza-shield__switch"
              aria-checked={state.paused}
              aria-labelledby="taza-shield-pause-label"
              // aria-disabled, not disabled: a disabled button loses keyboard focus (the user would be thrown to
              // <body> after each toggle); the model ignores clicks while busy
              aria-disabled={busy}
              onClick={onTogglePaused}
            >
              <span aria-hidden="true" class="taza-shield__knob" />
            </button>
          </div>
          {state.paused ? (
            <p role="status" class="taza-shield__note">
              {t.pausedNote(state.host)}
            </p>
          ) : (
            <>
              <button type="button" class="taza-shield__reveal" aria-pressed={revealed} onClick={onToggleReveal}>
                {revealed ? t.hideAgain : t.reveal}
              </button>
              {revealed && (
                <p role="status" class="taza-shield__note">
                  {t.revealNote}
                </p>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
