/**
 * Background: tell the user why the reader cannot run on this tab (browser pages, the Web Store, PDFs).
 * Opens the small notice page as this tab's popup; falls back to the badge and the button's tooltip.
 */
import { noticeText, type NoticeReason } from '@/utils/reader/notice-text';
import { toolbarAction } from './action';

export async function showNotice(tabId: number | undefined, reason: NoticeReason): Promise<void> {
  const action = toolbarAction();
  const popup = `notice.html?reason=${encodeURIComponent(reason)}`;
  try {
    await action.setPopup({ tabId, popup });
    await action.openPopup();
  } catch (error) {
    console.info('[taza] openPopup unavailable, using the badge', error);
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title: noticeText(reason) });
  } finally {
    // The next click must toggle the reader again, not reopen the notice.
    await action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}
