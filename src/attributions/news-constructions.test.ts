/** Runs the table of news attribution constructions through the whole pipeline (entities included). */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index.js';
import { GAPS, TABLE, type Row } from './news-constructions.table.js';

/** Rows in a fixed order (the pipeline's order of entries is not part of the contract). */
function sorted(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => `${a[1]}\u0000${a[3] ?? ''}`.localeCompare(`${b[1]}\u0000${b[3] ?? ''}`));
}

/** The table's rows against the pipeline's entries: kind, content, source, cue, and the canonical where given. */
function check(text: string, rows: readonly Row[]): void {
  const got = sorted(extractAttributions(text).map((a) => [a.kind, a.content.text, a.source?.text ?? null, a.cue?.text ?? null, a.source?.canonical ?? '']));
  const want = sorted(rows);
  expect(got.map((r) => r.slice(0, 4))).toEqual(want.map((r) => r.slice(0, 4)));
  want.forEach((r, i) => {
    if (r[4] !== undefined) expect(got[i]?.[4]).toBe(r[4]);
  });
}

describe('attribution constructions of French news', () => {
  for (const [phenomenon, cases] of Object.entries(TABLE)) {
    describe(phenomenon, () => {
      it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => check(text, rows));
    });
  }
  describe('not handled yet', () => {
    it.fails.each(GAPS.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => check(text, rows));
  });
});
