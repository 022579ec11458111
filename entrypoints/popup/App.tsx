/**
 * Shield popup screen: binds the model's signals to the presentational ShieldPanel.
 */
import { i18n } from '#i18n';
import { ShieldPanel, type ShieldPanelStrings } from '../../components/ShieldPanel';
import { ConnectedA11yPanel } from '../../components/A11yPanel';
import type { ShieldModel } from './model';
import { PopupActions } from '../../components/PopupActions';
import { createActionsModel } from './actions';

const actions = createActionsModel();
const actionStrings = {
  reader: i18n.t('popupReader'),
  save: i18n.t('saveMenuPage'),
  openList: i18n.t('saveOpenList'),
};

const strings: ShieldPanelStrings = {
  title: i18n.t('shieldPopupTitle'),
  hiddenOnPage: i18n.t('shieldHiddenOnPage'),
  ads: i18n.t('shieldKindAds'),
  gambling: i18n.t('shieldKindGambling'),
  pause: i18n.t('shieldPause'),
  pausedNote: (host) => i18n.t('shieldPausedNote', [host]),
  reveal: i18n.t('shieldReveal'),
  hideAgain: i18n.t('shieldHideAgain'),
  revealNote: i18n.t('shieldRevealNote'),
  notWebPage: i18n.t('shieldNotWebPage'),
  loading: i18n.t('shieldLoading'),
};

export function App({ model }: { model: ShieldModel }) {
  return (
    <>
      <PopupActions
        strings={actionStrings}
        status={actions.status.value}
        busy={actions.busy.value}
        onReader={() => void actions.reader()}
        onSave={() => void actions.save()}
        onOpenList={() => void actions.openList()}
      />
      <ShieldPanel
        state={model.state.value}
        revealed={model.revealed.value}
        busy={model.busy.value}
        strings={strings}
        onTogglePaused={() => void model.togglePaused()}
        onToggleReveal={() => void model.toggleReveal()}
      />
      <ConnectedA11yPanel />
    </>
  );
}
