/** Runs the table of news attribution constructions through the whole pipeline (entities included). */
import { describe, it } from 'vitest';
import { checkRows } from './test-utils.js';
import { GAPS, TABLE } from './news-constructions.table.js';

describe('attribution constructions of French news', () => {
  for (const [phenomenon, cases] of Object.entries(TABLE)) {
    describe(phenomenon, () => {
      it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => checkRows(text, rows));
    });
  }
  describe('not handled yet', () => {
    it.fails.each(GAPS.map((c) => [c[0], c[1]] as const))('%s', (text, rows) => checkRows(text, rows));
  });
});
