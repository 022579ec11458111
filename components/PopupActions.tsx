/**
 * Popup: the three everyday actions for the current tab — reader view, save to the reading list, open the list.
 * Presentational: the popup model does the work.
 */
export interface PopupActionsStrings {
  reader: string;
  save: string;
  openList: string;
}

export interface PopupActionsProps {
  strings: PopupActionsStrings;
  /** Last save outcome, announced politely. */
  status: string | null;
  busy: boolean;
  onReader(): void;
  onSave(): void;
  onOpenList(): void;
}

export function PopupActions({ strings, status, busy, onReader, onSave, onOpenList }: PopupActionsProps) {
  return (
    <section class="taza-popup-actions" aria-label="Taza Reader">
      <div class="taza-popup-actions-row">
        <button type="button" class="taza-popup-primary" onClick={onReader}>
          {strings.reader}
        </button>
        <button type="button" onClick={onSave} aria-disabled={busy} aria-busy={busy}>
          {strings.save}
        </button>
        <button type="button" onClick={onOpenList}>
          {strings.openList}
        </button>
      </div>
      <p class="taza-popup-status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </section>
  );
}
