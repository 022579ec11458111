/**
 * Golden checks on Mozilla Readability's 130 test pages, shared by the two shard files
 * (golden-a/golden-b.test.ts) so vitest runs them on both cores. Quality gates:
 * zero errors, per-page floor, no page much worse than bare Readability, titles where bare matches.
 * Aggregates (mean F1 ≥ 0.99 over all pages) are asserted per shard, which is stricter than over all.
 */
import { describe, expect, it } from 'vitest';
import { meanScores } from '../../utils/extract/score';
import { runGoldenShard, type GoldenRow } from './helpers';

/** Pages where even the expected output is mostly outside what Readability extracts (MathJax script text). */
const FLOOR = 0.9;

export function defineGoldenShard(shard: number, of: number): void {
  describe(`readability pages, shard ${shard + 1}/${of}`, () => {
    let rows: GoldenRow[] = [];
    it('extracts every page without error', () => {
      rows = runGoldenShard(shard, of);
      expect(rows.length).toBeGreaterThan(60);
      expect(rows.filter((r) => !r.ok).map((r) => `${r.slug}: ${r.reason}`)).toEqual([]);
    }, 300_000);

    it('keeps token F1 ≥ 0.99 on average and never far below bare Readability', () => {
      const ours = meanScores(rows.map((r) => r.ours));
      const bare = meanScores(rows.map((r) => r.bare));
      expect(ours.f1).toBeGreaterThanOrEqual(0.99);
      expect(ours.recall).toBeGreaterThanOrEqual(bare.recall - 0.005);
      const worse = rows.filter((r) => r.ours.f1 < Math.min(FLOOR, r.bare.f1 - 0.001) || r.ours.f1 < r.bare.f1 - 0.05);
      expect(worse.map((r) => `${r.slug} ours=${r.ours.f1.toFixed(3)} bare=${r.bare.f1.toFixed(3)}`)).toEqual([]);
    });

    it('gives the expected title wherever bare Readability does', () => {
      const matching = rows.filter((r) => r.expectedTitle && r.bareTitle?.trim() === r.expectedTitle.trim());
      expect(matching.length).toBeGreaterThan(30);
      const wrong = matching.filter((r) => r.title !== r.expectedTitle!.trim());
      expect(wrong.map((r) => `${r.slug}: ${r.title} ≠ ${r.expectedTitle}`)).toEqual([]);
    });
  });
}
