/**
 * Saved reader mode: what shows instead of an article — a link saved without content (download it now or open the
 * original page) or an id that is no longer in the reading list.
 */
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

export interface SavedMessageProps {
  kind: 'pending' | 'missing';
  url?: string;
  title?: string;
  error?: string;
  downloading?: boolean;
  onDownload?(): void;
  onBack(): void;
}

export function SavedMessage({ kind, url, title, error, downloading, onDownload, onBack }: SavedMessageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [kind]);
  return (
    <section class="taza-message" role={error ? 'alert' : undefined} aria-labelledby="taza-message-title" data-reason={kind}>
      <h1 id="taza-message-title" tabIndex={-1} ref={heading}>
        {kind === 'pending' ? i18n.t('listPendingTitle') : i18n.t('listNotFoundTitle')}
      </h1>
      {title && <p class="taza-detail">{title}</p>}
      <p>{kind === 'pending' ? i18n.t('listPendingText') : i18n.t('listNotFoundText')}</p>
      {error && <p class="taza-detail">{i18n.t('listPendingFailed', [error])}</p>}
      <div class="taza-message-actions">
        {kind === 'pending' && (
          <button type="button" class="taza-primary" aria-disabled={downloading} onClick={() => !downloading && onDownload?.()}>
            {downloading ? i18n.t('readerLoading') : i18n.t('listPendingDownload')}
          </button>
        )}
        {kind === 'pending' && url && (
          <a class="taza-button-link" href={url} rel="noopener noreferrer">
            {i18n.t('listPendingOpen')}
          </a>
        )}
        <button type="button" onClick={onBack}>
          {i18n.t('listBackToList')}
        </button>
      </div>
    </section>
  );
}
