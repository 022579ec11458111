/**
 * Reading list controls: search, filter, tag, sort, import and export. Labelled native controls.
 */
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SortKey } from '@/utils/reading-list/repository';

export type ListFilterValue = 'all' | 'unread' | 'favourites' | 'archived';

export interface ListControlsProps {
  query: string;
  filter: ListFilterValue;
  tag: string;
  tags: string[];
  sort: SortKey;
  busy: boolean;
  onQuery(q: string): void;
  onFilter(f: ListFilterValue): void;
  onTag(t: string): void;
  onSort(s: SortKey): void;
  onExport(kind: 'json' | 'html' | 'csv'): void;
  onImport(file: File): void;
}

export function ListControls(p: ListControlsProps) {
  const file = useRef<HTMLInputElement>(null);
  const filters: [ListFilterValue, string][] = [
    ['all', i18n.t('listFilterAll')],
    ['unread', i18n.t('listFilterUnread')],
    ['favourites', i18n.t('listFilterFavourites')],
    ['archived', i18n.t('listFilterArchived')],
  ];
  return (
    <div class="taza-list-controls">
      <div class="taza-field taza-search">
        <label for="taza-search">{i18n.t('listSearchLabel')}</label>
        <input
          id="taza-search"
          type="search"
          value={p.query}
          placeholder={i18n.t('listSearchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="taza-field taza-filters">
        <legend>{i18n.t('listFilterLabel')}</legend>
        <div class="taza-segments">
          {filters.map(([v, label]) => (
            <label class="taza-segment" key={v}>
              <input type="radio" name="taza-filter" value={v} checked={p.filter === v} onChange={() => p.onFilter(v)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="taza-field">
        <label for="taza-tag">{i18n.t('listTagLabel')}</label>
        <select id="taza-tag" value={p.tag} onChange={(e) => p.onTag((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{i18n.t('listTagAny')}</option>
          {p.tags.map((t) => (
            <option value={t} key={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div class="taza-field">
        <label for="taza-sort">{i18n.t('listSortLabel')}</label>
        <select id="taza-sort" value={p.sort} onChange={(e) => p.onSort((e.currentTarget as HTMLSelectElement).value as SortKey)}>
          <option value="newest">{i18n.t('listSortNewest')}</option>
          <option value="oldest">{i18n.t('listSortOldest')}</option>
          <option value="site">{i18n.t('listSortSite')}</option>
          <option value="time">{i18n.t('listSortTime')}</option>
        </select>
      </div>
      <div class="taza-field">
        <label for="taza-export">{i18n.t('listExport')}</label>
        <select
          id="taza-export"
          value=""
          aria-disabled={p.busy}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value as 'json' | 'html' | 'csv' | '';
            (e.currentTarget as HTMLSelectElement).value = '';
            if (v && !p.busy) p.onExport(v);
          }}
        >
          <option value="">—</option>
          <option value="json">{i18n.t('listExportJson')}</option>
          <option value="html">{i18n.t('listExportHtml')}</option>
          <option value="csv">{i18n.t('listExportCsv')}</option>
        </select>
      </div>
      <div class="taza-field">
        <span class="taza-field-label" id="taza-import-label">
          {i18n.t('listImportHint')}
        </span>
        <button
          type="button"
          aria-disabled={p.busy}
          aria-describedby="taza-import-label"
          onClick={() => !p.busy && file.current?.click()}
        >
          {i18n.t('listImport')}
        </button>
        <input
          ref={file}
          type="file"
          id="taza-import"
          accept=".json,.html,.htm,.csv,application/json,text/html,text/csv"
          hidden
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (f) p.onImport(f);
          }}
        />
      </div>
    </div>
  );
}
