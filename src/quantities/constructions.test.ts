/** Runs the table of French quantity constructions through the public `extract` (entities included). */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import type { Quantity } from '../types.js';
import { GAPS, TABLE, type QRow, type Want } from './constructions.table.js';

/** The fields a row compares, as one plain object; the object only when the row names it. */
function shape(q: Quantity, withObject: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { text: q.text, kind: q.kind, value: q.value, unit: q.unit, approx: q.approximate, range: q.range };
  if (withObject) out.object = q.object?.text ?? null;
  return out;
}

function want(w: Want): Record<string, unknown> {
  const [text, kind, value, more] = w;
  const range = more?.range === undefined ? undefined : { min: more.range[0], max: more.range[1] };
  const out: Record<string, unknown> = { text, kind, value, unit: more?.unit, approx: more?.approx ?? false, range };
  if (more !== undefined && 'object' in more) out.object = more.object ?? null;
  return out;
}

function check(row: QRow): void {
  const [input, wants] = row;
  const found = extract(input).quantities;
  const got = found.map((q, i) => shape(q, wants[i]?.[3] !== undefined && 'object' in (wants[i]?.[3] ?? {})));
  expect(got).toEqual(wants.map(want));
}

describe('quantity constructions of French news', () => {
  for (const [group, rows] of Object.entries(TABLE)) {
    describe(group, () => {
      it.each(rows.map((r) => [r[0], r] as const))('%s', (_input, row) => check(row));
    });
  }
});

describe('quantity constructions: known gaps', () => {
  for (const [group, rows] of Object.entries(GAPS)) {
    describe(group, () => {
      it.fails.each(rows.map((r) => [r[0], r] as const))('%s', (_input, row) => check(row));
    });
  }
});
