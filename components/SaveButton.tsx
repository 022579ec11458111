/**
 * Reader toolbar: "Save" to the reading list, with a visible, announced confirmation (role=status) and a way to
 * the list; failures are announced as alerts.
 */
import { i18n } from '#i18n';
import type { SaveResult } from '@/utils/reading-list/types';
import { saveTextKey } from '@/utils/reading-list/save-text';

export type SaveButtonState = { status: 'idle' } | { status: 'saving' } | { status: 'done'; result: SaveResult };

export interface SaveButtonProps {
  state: SaveButtonState;
  onSave(): void;
  onOpenList(): void;
}

export function saveResultText(result: SaveResult): string {
  const { key, subs } = saveTextKey(result);
  return subs ? i18n.t(key as 'saveDoneWithoutImages', subs as [string]) : i18n.t(key as 'saveDone');
}

export function SaveButton({ state, onSave, onOpenList }: SaveButtonProps) {
  const saving = state.status === 'saving';
  const result = state.status === 'done' ? state.result : null;
  return (
    <div class="taza-save">
      <button type="button" class="taza-save-button" onClick={() => !saving && onSave()} aria-disabled={saving} title={i18n.t('saveButtonHint')} aria-describedby="taza-save-status">
        <span aria-hidden="true">{result?.ok ? '✓ ' : '＋ '}</span>
        {saving ? i18n.t('saveSaving') : i18n.t('saveButton')}
      </button>
      <span id="taza-save-status" class="taza-save-status" role={result && !result.ok ? 'alert' : 'status'} data-ok={result ? String(result.ok) : undefined}>
        {result && saveResultText(result)}
        {result?.ok && (
          <>
            {' '}
            <button type="button" class="taza-linklike" onClick={onOpenList}>
              {i18n.t('saveOpenList')}
            </button>
          </>
        )}
      </span>
    </div>
  );
}
