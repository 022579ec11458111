/**
 * Reading list: which message tells the reader the outcome of a save. Pure: the caller passes its translator
 * (`i18n.t`), so the background's page toast and the reader's Save button say the same thing.
 */
import type { SaveResult } from './types';

export type SaveTextKey =
  | 'saveDone'
  | 'saveUpdated'
  | 'saveDoneWithoutImages'
  | 'saveLinkDone'
  | 'saveErrorQuota'
  | 'saveErrorBlocked'
  | 'saveErrorNoAccess'
  | 'saveErrorNoContent'
  | 'saveErrorGeneric';

export function saveTextKey(result: SaveResult, link = false): { key: SaveTextKey; subs?: string[] } {
  if (result.ok) {
    if (link) return { key: 'saveLinkDone' };
    if (result.imagesMissing > 0) return { key: 'saveDoneWithoutImages', subs: [String(result.imagesMissing)] };
    return { key: result.updated ? 'saveUpdated' : 'saveDone' };
  }
  switch (result.reason) {
    case 'quota':
      return { key: 'saveErrorQuota' };
    case 'blocked':
      return { key: 'saveErrorBlocked' };
    case 'no-access':
      return { key: 'saveErrorNoAccess' };
    case 'not-html':
    case 'no-content':
    case 'not-an-article':
      return { key: 'saveErrorNoContent' };
    default:
      return { key: 'saveErrorGeneric' };
  }
}
