/**
 * Reader page root: applies the theme and typography, then shows the article, a loading state or a message.
 */
import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { ArticleView } from '@/components/ArticleView';
import { ReaderMessage } from '@/components/ReaderMessage';
import { ReaderToolbar } from '@/components/ReaderToolbar';
import { SavedMessage } from '@/components/SavedMessage';
import { readerCssVariables } from '@/utils/settings/reader-settings';
import type { ReaderModel } from './model';
import { trackReadingProgress } from './progress';

export function App({ model }: { model: ReaderModel }) {
  const state = model.state.value;
  const settings = model.settings.value;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.font = settings.font;
    for (const [k, v] of Object.entries(readerCssVariables(settings))) root.style.setProperty(k, v);
  }, [settings]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) model.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model]);

  useEffect(() => {
    if (state.status === 'ready') {
      document.title = state.article.title;
      // User Timing mark read by scripts/bench/reader.ts: a task queued from the next animation frame runs right
      // after that frame (the one with the article) was painted.
      requestAnimationFrame(() => setTimeout(() => performance.mark('taza:article-painted'), 0));
    }
  }, [state]);

  // Saved mode: back to where the reader left off, then remember progress as they read (finishing marks read).
  useEffect(() => {
    if (state.status !== 'ready' || !model.savedId) return;
    return trackReadingProgress(model.initialProgress, (p, atEnd) => model.saveProgress(p, atEnd));
  }, [state]);

  return (
    <>
      <ReaderToolbar
        settings={settings}
        onChange={(p) => model.updateSettings(p)}
        onClose={() => model.close()}
        backToList={!!model.savedId}
        save={
          model.embedded && state.status === 'ready'
            ? { state: model.saveState.value, onSave: () => model.save(), onOpenList: () => model.openList() }
            : undefined
        }
      />
      <main id="taza-main" class="taza-main" tabIndex={-1}>
        {state.status === 'loading' && (
          <p class="taza-loading" role="status">
            {i18n.t('readerLoading')}
          </p>
        )}
        {state.status === 'ready' && <ArticleView article={state.article} />}
        {state.status === 'pending' && (
          <SavedMessage
            kind="pending"
            url={state.item.url}
            title={state.item.title}
            error={state.error}
            downloading={state.downloading}
            onDownload={() => model.download()}
            onBack={() => model.close()}
          />
        )}
        {state.status === 'missing' && <SavedMessage kind="missing" onBack={() => model.close()} />}
        {state.status === 'failed' && (
          <ReaderMessage
            reason={state.reason}
            detail={state.message}
            onShowAnyway={() => void model.load(true)}
            onBack={() => model.close()}
          />
        )}
      </main>
    </>
  );
}
