/**
 * Reader page entry (extension page, framed over the article tab or opened on its own).
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import { createReaderModel } from './model';
import { embeddingSite, startA11yOnPage } from '@/utils/settings/a11y-page';
import './style.css';

// The language of the strings actually shown (the locale the browser picked from ours), for screen readers.
document.documentElement.lang = i18n.t('localeCode');
const model = createReaderModel(new URL(location.href));
render(<App model={model} />, document.getElementById('app')!);
// Accessibility modes of the site underneath (high contrast overrides the theme's variables).
startA11yOnPage(document, embeddingSite(window));
void model.start();
