/**
 * Reading list page entry (extension page `list.html`, opened from the popup, the toolbar button's context menu
 * or the "open reading list" shortcut).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { App } from './App';
import { createListModel } from './model';
import { openReadingListDb } from '@/utils/reading-list/schema';
import './style.css';

// Open the database first: it runs while the page renders its controls.
const opening = openReadingListDb({ onClosedForUpgrade: () => model.closedForUpgrade() });
opening.catch(() => {}); // the model reports the failure
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('listTitle');
const model = createListModel(opening);
render(<App model={model} />, document.getElementById('app')!);
void model.start();
