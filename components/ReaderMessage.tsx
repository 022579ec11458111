/**
 * What the reader shows instead of an article: not an article (with "Show anyway"), nothing readable, or an error.
 */
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ExtractFailureReason } from '@/utils/extract/types';

export interface ReaderMessageProps {
  reason: ExtractFailureReason;
  detail?: string;
  onShowAnyway(): void;
  onBack(): void;
}

export function ReaderMessage({ reason, detail, onShowAnyway, onBack }: ReaderMessageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [reason]);
  const [title, text] =
    reason === 'not-an-article'
      ? [i18n.t('readerNotArticleTitle'), i18n.t('readerNotArticleText')]
      : reason === 'no-content'
        ? [i18n.t('readerNoContentTitle'), i18n.t('readerNoContentText')]
        : reason === 'not-html'
          ? [i18n.t('readerNotHtmlTitle'), i18n.t('readerNotHtmlText')]
          : [i18n.t('readerErrorTitle'), i18n.t('readerErrorText')];
  return (
    <section class="taza-message" role="alert" aria-labelledby="taza-message-title" data-reason={reason}>
      <h1 id="taza-message-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <p>{text}</p>
      {reason === 'error' && detail && <p class="taza-detail">{detail}</p>}
      <div class="taza-message-actions">
        {(reason === 'not-an-article' || reason === 'no-content') && (
          <button type="button" class="taza-primary" onClick={onShowAnyway}>
            {i18n.t('readerShowAnyway')}
          </button>
        )}
        <button type="button" onClick={onBack}>
          {i18n.t('readerBack')}
        </button>
      </div>
    </section>
  );
}
