/**
 * Reader page entry (extension page, framed over the article tab or opened on its own).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { createReaderModel } from './model';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const model = createReaderModel(new URL(location.href));
render(<App model={model} />, document.getElementById('app')!);
void model.start();
