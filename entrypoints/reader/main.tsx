/**
 * Reader page entry (extension page, framed over the article tab or opened on its own).
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import { createReaderModel } from './model';
import './style.css';

// The language of the strings actually shown (the locale the browser picked from ours), for screen readers.
document.documentElement.lang = i18n.t('localeCode');
const model = createReaderModel(new URL(location.href));
render(<App model={model} />, document.getElementById('app')!);
void model.start();
