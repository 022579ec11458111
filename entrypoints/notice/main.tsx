/**
 * Notice page: shown as the toolbar popup when the reader cannot run on the current tab
 * (browser pages, the extension store, PDFs in the built-in viewer). Unlisted extension page.
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { noticeText, type NoticeReason } from '@/utils/reader/notice-text';

const reason = (new URL(location.href).searchParams.get('reason') ?? 'browser-page') as NoticeReason;
// The language of the strings actually shown (the locale the browser picked from ours), for screen readers.
document.documentElement.lang = i18n.t('localeCode');

function Notice() {
  return (
    <main style="font: 15px/1.5 system-ui, sans-serif; width: 320px; padding: 16px; color: #1b1b1b; background: #fff;">
      <h1 style="font-size: 17px; margin: 0 0 8px;">{i18n.t('noticeTitle')}</h1>
      <p id="taza-notice" data-reason={reason} role="status" style="margin: 0 0 12px;">
        {noticeText(reason)}
      </p>
      <button type="button" autofocus onClick={() => window.close()} style="font: inherit; padding: 6px 14px;">
        {i18n.t('noticeClose')}
      </button>
    </main>
  );
}

render(<Notice />, document.getElementById('app')!);
