/**
 * Token-level precision / recall / F1 between two texts, used by the golden tests and the benchmark.
 * Pure, no DOM.
 *
 * Tokenizer: the text is lowercased and split into Unicode word tokens, i.e. maximal runs of
 * letters and digits (`/[\p{L}\p{N}]+/gu`); punctuation and whitespace separate tokens. Overlap is
 * counted on multisets: a token that occurs 3 times in the truth and 2 times in the prediction
 * contributes 2 matches.
 */

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  /** Tokens in the prediction / in the truth / in both (multiset intersection). */
  predicted: number;
  truth: number;
  overlap: number;
}

/** Lowercased Unicode word tokens of `text`. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token precision/recall/F1 of `predicted` against `truth`. Two empty texts score 1. */
export function scoreTokens(predicted: string, truth: string): TokenScore {
  const p = tokenize(predicted);
  const t = tokenize(truth);
  const counts = new Map<string, number>();
  for (const tok of t) counts.set(tok, (counts.get(tok) ?? 0) + 1);
  let overlap = 0;
  for (const tok of p) {
    const c = counts.get(tok);
    if (c) {
      overlap++;
      counts.set(tok, c - 1);
    }
  }
  if (p.length === 0 && t.length === 0) return { precision: 1, recall: 1, f1: 1, predicted: 0, truth: 0, overlap: 0 };
  const precision = p.length ? overlap / p.length : 0;
  const recall = t.length ? overlap / t.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted: p.length, truth: t.length, overlap };
}

/** Micro-average (summing token counts over pages) of several scores. */
export function aggregateScores(scores: TokenScore[]): TokenScore {
  let predicted = 0;
  let truth = 0;
  let overlap = 0;
  for (const s of scores) {
    predicted += s.predicted;
    truth += s.truth;
    overlap += s.overlap;
  }
  const precision = predicted ? overlap / predicted : 1;
  const recall = truth ? overlap / truth : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted, truth, overlap };
}

/** Macro-average (mean of per-page precision, recall and F1) of several scores. */
export function meanScores(scores: TokenScore[]): Pick<TokenScore, 'precision' | 'recall' | 'f1'> {
  const n = scores.length || 1;
  const sum = (k: 'precision' | 'recall' | 'f1') => scores.reduce((a, s) => a + s[k], 0) / n;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}
