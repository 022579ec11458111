/**
 * One saved article in the reading list: title (opens the saved copy), site, date, reading time, progress,
 * excerpt, tags and its actions. Native checkbox, link and buttons: keyboard operable, labelled.
 */
import { i18n } from '#i18n';
import type { ItemPatch, SavedItem } from '@/utils/reading-list/types';

export interface ListCardProps {
  item: SavedItem;
  href: string;
  selected: boolean;
  onToggleSelect(): void;
  onUpdate(patch: ItemPatch): void;
  onDelete(): void;
}

// One formatter for all cards: creating an Intl.DateTimeFormat per card costs more than rendering the card.
let dateFormat: Intl.DateTimeFormat | null = null;
function savedDate(ms: number): string {
  try {
    dateFormat ??= new Intl.DateTimeFormat(document.documentElement.lang || undefined, { year: 'numeric', month: 'short', day: 'numeric' });
    return dateFormat.format(ms);
  } catch {
    return new Date(ms).toDateString();
  }
}

export function ListCard({ item, href, selected, onToggleSelect, onUpdate, onDelete }: ListCardProps) {
  const titleId = `taza-card-${item.id}`;
  const pct = Math.round(item.progress * 100);
  return (
    <article class="taza-card" data-id={item.id} data-read={item.read} aria-labelledby={titleId} lang={item.lang ?? undefined}>
      <input
        type="checkbox"
        class="taza-card-select"
        checked={selected}
        onChange={onToggleSelect}
        aria-label={i18n.t('listSelect', [item.title])}
      />
      <div class="taza-card-body">
        <h2 class="taza-card-title" id={titleId}>
          <a href={href}>{item.title}</a>
        </h2>
        <p class="taza-card-meta">
          <span class="taza-card-site">{item.siteName || item.siteKey}</span>
          <span>{i18n.t('listSaved', [savedDate(item.savedAt)])}</span>
          {item.status === 'pending' ? (
            <span class="taza-card-pending">{i18n.t('listPending')}</span>
          ) : (
            <span>{i18n.t('listMinutes', [String(item.readingMinutes)])}</span>
          )}
          {item.read ? <span class="taza-card-read">{i18n.t('listRead')}</span> : pct > 0 && <span>{i18n.t('listProgress', [String(pct)])}</span>}
        </p>
        {pct > 0 && !item.read && (
          <div class="taza-progress" role="presentation">
            <div style={{ width: `${pct}%` }} />
          </div>
        )}
        {item.excerpt && <p class="taza-card-excerpt">{item.excerpt}</p>}
        {item.tags.length > 0 && <p class="taza-card-tags">{i18n.t('listTags', [item.tags.join(', ')])}</p>}
      </div>
      <div class="taza-card-actions">
        <button type="button" aria-pressed={item.read} onClick={() => onUpdate({ read: !item.read })}>
          {item.read ? i18n.t('listMarkUnread') : i18n.t('listMarkRead')}
        </button>
        <button type="button" aria-pressed={item.favourite} onClick={() => onUpdate({ favourite: !item.favourite })}>
          <span aria-hidden="true">{item.favourite ? '★ ' : '☆ '}</span>
          {item.favourite ? i18n.t('listUnfavourite') : i18n.t('listFavourite')}
        </button>
        <button type="button" onClick={() => onUpdate({ archived: !item.archived })}>
          {item.archived ? i18n.t('listUnarchive') : i18n.t('listArchive')}
        </button>
        <button type="button" class="taza-danger" onClick={onDelete}>
          {i18n.t('listDelete')}
        </button>
      </div>
    </article>
  );
}
