/**
 * Reading list page root: controls, bulk actions, cards (paginated: PAGE_SIZE more at a time, on scroll or with
 * "Show more"), the empty state, the undo bar and messages. Theme follows the reader's settings.
 */
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { ListCard } from '@/components/ListCard';
import { ListControls } from '@/components/ListControls';
import type { ListModel } from './model';

export function App({ model }: { model: ListModel }) {
  const m = model;
  const status = m.status.value;
  const visible = m.visible.value;
  const shown = visible.slice(0, m.shown.value);
  const selected = m.selected.value;
  const sentinel = useRef<HTMLDivElement>(null);
  const painted = useRef(false);

  useEffect(() => {
    document.documentElement.dataset.theme = m.theme.value;
  }, [m.theme.value]);

  useEffect(() => {
    if (painted.current || status !== 'ready') return;
    painted.current = true;
    // User Timing mark read by scripts/bench/reading-list.ts: just after the frame that painted the first cards.
    requestAnimationFrame(() => setTimeout(() => performance.mark('taza:list-first-cards'), 0));
  }, [status]);

  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) m.showMore();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [sentinel.current, visible.length > shown.length]);

  const selectedIds = [...selected];
  const empty = status === 'ready' && m.total.value === 0;

  return (
    <>
      <header class="taza-list-header">
        <h1>{i18n.t('listTitle')}</h1>
        <p class="taza-list-count" aria-live="polite">
          {i18n.t('listCount', [String(visible.length)])}
        </p>
      </header>
      <main class="taza-list-main" id="taza-main">
        <ListControls
          query={m.query.value}
          filter={m.filter.value}
          tag={m.tag.value}
          tags={m.tags.value}
          sort={m.sort.value}
          busy={m.busy.value}
          onQuery={(q) => {
            m.query.value = q;
            m.shown.value = 50;
          }}
          onFilter={(f) => (m.filter.value = f)}
          onTag={(t) => (m.tag.value = t)}
          onSort={(s) => (m.sort.value = s)}
          onExport={(k) => void m.exportAs(k)}
          onImport={(f) => void m.importFile(f)}
        />
        {m.query.value.trim() && !m.searchReady.value && (
          <p class="taza-list-hint" role="status">
            {i18n.t('listIndexing')}
          </p>
        )}
        {m.busy.value && (
          <p class="taza-list-hint" role="status">
            {i18n.t('listExporting')}
          </p>
        )}
        {m.notice.value && (
          <p class={`taza-notice taza-notice-${m.notice.value.kind}`} role={m.notice.value.kind === 'error' ? 'alert' : 'status'}>
            {m.notice.value.text}
          </p>
        )}
        {status === 'error' && (
          <section class="taza-notice taza-notice-error" role="alert">
            <p>{m.error.value}</p>
            <button type="button" onClick={() => location.reload()}>
              {i18n.t('listReload')}
            </button>
          </section>
        )}
        {empty && (
          <section class="taza-list-empty" aria-labelledby="taza-empty-title">
            <h2 id="taza-empty-title">{i18n.t('listEmptyTitle')}</h2>
            <p>{i18n.t('listEmptyText')}</p>
          </section>
        )}
        {!empty && status === 'ready' && (
          <>
            <div class="taza-bulk" role="group" aria-label={i18n.t('listBulkLabel')}>
              <label class="taza-bulk-all">
                <input
                  type="checkbox"
                  checked={shown.length > 0 && shown.every((i) => selected.has(i.id))}
                  onChange={(e) => m.selectAllShown((e.currentTarget as HTMLInputElement).checked)}
                />
                {i18n.t('listSelectAll')}
              </label>
              {selectedIds.length > 0 && (
                <>
                  <span>{i18n.t('listSelectedCount', [String(selectedIds.length)])}</span>
                  <button type="button" onClick={() => void m.update(selectedIds, { read: true })}>
                    {i18n.t('listMarkRead')}
                  </button>
                  <button type="button" onClick={() => void m.update(selectedIds, { read: false })}>
                    {i18n.t('listMarkUnread')}
                  </button>
                  <button type="button" onClick={() => void m.update(selectedIds, { favourite: true })}>
                    {i18n.t('listFavourite')}
                  </button>
                  <button type="button" onClick={() => void m.update(selectedIds, { archived: m.filter.value !== 'archived' })}>
                    {m.filter.value === 'archived' ? i18n.t('listUnarchive') : i18n.t('listArchive')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const t = prompt(i18n.t('listTagPrompt'));
                      if (t) void m.addTag(selectedIds, t);
                    }}
                  >
                    {i18n.t('listAddTag')}
                  </button>
                  <button type="button" class="taza-danger" onClick={() => void m.remove(selectedIds)}>
                    {i18n.t('listDelete')}
                  </button>
                </>
              )}
            </div>
            {visible.length === 0 && <p class="taza-list-hint">{i18n.t('listNoResults')}</p>}
            <ol class="taza-cards">
              {shown.map((item) => (
                <li key={item.id}>
                  <ListCard
                    item={item}
                    href={m.readerUrl(item.id)}
                    selected={selected.has(item.id)}
                    onToggleSelect={() => m.toggleSelect(item.id)}
                    onUpdate={(patch) => void m.update([item.id], patch)}
                    onDelete={() => void m.remove([item.id])}
                  />
                </li>
              ))}
            </ol>
            {visible.length > shown.length && (
              <div ref={sentinel} class="taza-more">
                <button type="button" onClick={() => m.showMore()}>
                  {i18n.t('listShowMore')}
                </button>
              </div>
            )}
          </>
        )}
      </main>
      {m.undo.value && (
        <div class="taza-undo" role="status">
          <span>{i18n.t('listDeleted', [String(m.undo.value.count)])}</span>
          <button type="button" onClick={() => void m.undoRemove()}>
            {i18n.t('listUndo')}
          </button>
        </div>
      )}
    </>
  );
}
