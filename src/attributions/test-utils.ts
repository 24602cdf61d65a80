/**
 * Test helpers for the attribution rules: build entities by hand from their
 * surfaces, run the pipeline, and flatten results for table assertions.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index.js';
import { prepare } from '../text/prepare.js';
import type { Attribution, Entity, EntityType } from '../types.js';
import { findAttributions } from './index.js';

/** [surface, type, canonical?, id?, subtype?]: every occurrence of the surface becomes an entity. */
export type EntitySpec = readonly [string, EntityType, string?, string?, string?];

/** Entities for every occurrence of each surface (longest surfaces first, no overlaps). */
export function entitiesFor(text: string, specs: readonly EntitySpec[]): Entity[] {
  const out: Entity[] = [];
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const sorted = [...specs].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type, canonical, id, subtype] of sorted) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(surface, from);
      if (at < 0) break;
      from = at + surface.length;
      if (taken.slice(at, at + surface.length).some(Boolean)) continue;
      for (let i = at; i < at + surface.length; i++) taken[i] = true;
      out.push({
        start: at,
        end: at + surface.length,
        text: surface,
        type,
        canonical: canonical ?? surface,
        confidence: 1,
        ...(id === undefined ? {} : { id }),
        ...(subtype === undefined ? {} : { subtype }),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Run the attribution pipeline on a text with hand-made entities. */
export function attributionsOf(text: string, specs: readonly EntitySpec[] = []): Attribution[] {
  return findAttributions(prepare(text), { entities: entitiesFor(text, specs) });
}

/** A flat view of an attribution for `toEqual` in tables. */
export interface Flat {
  kind: string;
  content: string;
  start: number;
  cue: string | null;
  lemma: string | null;
  source: string | null;
  canonical: string | null;
}

export function flat(a: Attribution): Flat {
  return {
    kind: a.kind,
    content: a.content.text,
    start: a.content.start,
    cue: a.cue?.text ?? null,
    lemma: a.cue?.lemma ?? null,
    source: a.source?.text ?? null,
    canonical: a.source?.canonical ?? null,
  };
}

/** [kind, content, source, cue, canonical?] of a table of constructions: canonical is checked only when given. */
export type Row = readonly [string, string, string | null, string | null, string?];
/** A text and the entries the guideline expects of it. */
export type Case = readonly [string, readonly Row[]];

/** Rows in a fixed order (the pipeline's order of entries is not part of the contract). */
function sortedRows(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => `${a[1]}\u0000${a[3] ?? ''}`.localeCompare(`${b[1]}\u0000${b[3] ?? ''}`));
}

/** The whole pipeline's entries for `text` (entities included) against rows: kind, content, source, cue, canonical where given. */
export function checkRows(text: string, rows: readonly Row[]): void {
  const got = sortedRows(extractAttributions(text).map((a) => [a.kind, a.content.text, a.source?.text ?? null, a.cue?.text ?? null, a.source?.canonical ?? '']));
  const want = sortedRows(rows);
  expect(got.map((r) => r.slice(0, 4))).toEqual(want.map((r) => r.slice(0, 4)));
  want.forEach((r, i) => {
    if (r[4] !== undefined) expect(got[i]?.[4]).toBe(r[4]);
  });
}

/** A table of constructions by phenomenon, and the rows not handled yet as expected failures (`it.fails`). */
export function describeTable(title: string, table: Record<string, readonly Case[]>, gaps: readonly Case[]): void {
  describe(title, () => {
    for (const [phenomenon, cases] of Object.entries(table)) {
      describe(phenomenon, () => {
        it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => checkRows(text, rows));
      });
    }
    describe('not handled yet', () => {
      it.fails.each(gaps.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => checkRows(text, rows));
    });
  });
}
