/**
 * Shield popup entry (extension page). Not the toolbar button's default popup: a click on the button toggles the
 * reader view; the background opens this page with action.openPopup() (see entrypoints/background/shield.ts).
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import { createShieldModel } from './model';
import './style.css';

document.documentElement.lang = i18n.t('localeCode');
document.title = i18n.t('shieldPopupTitle');
const model = createShieldModel();
render(<App model={model} />, document.getElementById('app')!);
void model.start();
addEventListener('pagehide', () => model.stop());
