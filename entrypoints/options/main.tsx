/**
 * Options page entry (extension page, opens in a tab): all accessibility and reader settings.
 */
import { render } from 'preact';
import { effect } from '@preact/signals';
import { i18n } from '#i18n';
import { applyToExtensionPage } from '@/utils/a11y/page-theme';
import { App } from './App';
import { createOptionsModel } from './model';
import './style.css';

document.documentElement.lang = i18n.t('localeCode');
document.title = i18n.t('a11yOptionsTitle');
const model = createOptionsModel();
// This page previews the global modes on itself.
effect(() => applyToExtensionPage(document.documentElement, model.pageModes.value));
render(<App model={model} />, document.getElementById('app')!);
void model.start();
