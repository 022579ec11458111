/**
 * Reading list: in-memory full-text index for the list page. Pure.
 *
 * An inverted index from normalised stems (text.ts) to articles, with a sorted vocabulary for prefix lookups:
 * a query word matches every stem that starts with it, results are the articles matching all query words.
 * The list page builds it from the `search` store (one space-separated term string per article, computed at save
 * time), in chunks after the first cards are shown, and keeps it current on save/delete.
 *
 * Why not MiniSearch/FlexSearch: measured here (2 cores) MiniSearch needs ~21 s to index 10,000 articles of
 * realistic size and ~40 MB to persist its index; we need neither relevance scoring nor fuzzy matching (results
 * follow the list's sort), only prefix-AND over stems, which this does in a few milliseconds.
 */
import { queryTerms } from './text';

export interface SearchIndex {
  /** Add or replace an article's terms (space-separated stems, as stored in the `search` store). */
  add(id: string, terms: string): void;
  remove(id: string): void;
  has(id: string): boolean;
  /** Sort the vocabulary now (after a bulk build) instead of on the next keystroke. */
  prepare(): void;
  /** Ids of the articles matching every word of `query`; null when the query has no words (= everything). */
  search(query: string): Set<string> | null;
  readonly size: number;
}

function lowerBound(arr: string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createSearchIndex(): SearchIndex {
  const docIds: (string | null)[] = []; // doc number → id (null once removed)
  const docNo = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const vocab: string[] = []; // sorted keys of postings
  let pendingTerms: string[] = []; // new terms not yet merged into vocab
  let live = 0;

  function mergeVocab(): void {
    if (!pendingTerms.length) return;
    if (pendingTerms.length > 64) {
      const all = vocab.concat(pendingTerms).sort();
      vocab.length = 0;
      for (const t of all) vocab.push(t);
    } else {
      for (const t of pendingTerms) vocab.splice(lowerBound(vocab, t), 0, t);
    }
    pendingTerms = [];
  }

  function remove(id: string): void {
    const n = docNo.get(id);
    if (n === undefined) return;
    docIds[n] = null; // postings keep the number; dead numbers are skipped
    docNo.delete(id);
    live--;
  }

  return {
    add(id, terms) {
      remove(id);
      const n = docIds.length;
      docIds.push(id);
      docNo.set(id, n);
      live++;
      let start = 0;
      const len = terms.length;
      while (start < len) {
        let end = terms.indexOf(' ', start);
        if (end < 0) end = len;
        if (end > start) {
          const t = terms.slice(start, end);
          const list = postings.get(t);
          if (list) {
            if (list[list.length - 1] !== n) list.push(n);
          } else {
            postings.set(t, [n]);
            pendingTerms.push(t);
          }
        }
        start = end + 1;
      }
    },
    remove,
    has: (id) => docNo.has(id),
    prepare: mergeVocab,
    get size() {
      return live;
    },
    search(query) {
      const words = queryTerms(query);
      if (!words.length) return null;
      mergeVocab();
      let result: Uint8Array | null = null;
      for (const alts of words) {
        const hit = new Uint8Array(docIds.length);
        for (const prefix of alts) {
          for (let i = lowerBound(vocab, prefix); i < vocab.length && vocab[i]!.startsWith(prefix); i++) {
            for (const d of postings.get(vocab[i]!)!) hit[d] = 1;
          }
        }
        if (result) for (let d = 0; d < result.length; d++) result[d] &= hit[d]!;
        else result = hit;
      }
      const out = new Set<string>();
      for (let d = 0; d < result!.length; d++) {
        if (result![d]) {
          const id = docIds[d];
          if (id) out.add(id);
        }
      }
      return out;
    },
  };
}
