/**
 * The words for "the reader can't run here", shared by the background (badge tooltip fallback) and the notice page.
 * Adapter: uses the extension's i18n messages.
 */
import { i18n } from '#i18n';

export type NoticeReason = 'browser-page' | 'web-store' | 'pdf' | 'no-url' | 'file-access' | 'error';

export function noticeText(reason: NoticeReason): string {
  switch (reason) {
    case 'web-store':
      return i18n.t('noticeWebStore');
    case 'pdf':
      return i18n.t('noticePdf');
    case 'file-access':
      return i18n.t('noticeFileAccess');
    case 'error':
      return i18n.t('noticeError');
    default:
      return i18n.t('noticeBrowserPage');
  }
}
