/**
 * Seed-article regression: the output of `extract` on each seed must equal
 * the reviewed fixture (regenerate with `npx tsx scripts/regenerate-fixtures.ts`
 * and read the diff), and the seed-gold scores must not fall below the
 * floors the issues set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { emptyScores, loadGold, scoreDocument, summarize } from '../benchmarks/score.js';

const root = join(__dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'articles');
const dates = JSON.parse(readFileSync(join(fixtures, 'reference-dates.json'), 'utf8')) as Record<string, string>;
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

describe('seed articles', () => {
  it.each(seeds)('%s matches its reviewed fixture', (file) => {
    const name = file.replace(/\.txt$/u, '');
    const text = readFileSync(join(root, 'seeds', file), 'utf8');
    const referenceDate = dates[name];
    const expected: unknown = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
    expect(JSON.parse(JSON.stringify(extract(text, referenceDate === undefined ? {} : { referenceDate })))).toEqual(expected);
  });

  it('keeps the seed-gold scores above the issue floors', () => {
    const scores = emptyScores();
    for (const doc of loadGold(join(root, 'benchmarks', 'gold'), join(root, 'seeds'))) scoreDocument(doc, extract(doc.text), scores);
    const s = summarize(scores);
    expect(s['entities.strictF1']).toBeGreaterThanOrEqual(0.9);
    expect(s['entities.overlapF1']).toBeGreaterThanOrEqual(0.95);
    for (const type of ['PERSON', 'ORGANIZATION', 'LOCATION', 'DATE', 'NATIONALITY']) {
      expect(s[`entities.${type}.strictF1`], type).toBeGreaterThanOrEqual(0.85);
    }
    expect(s['quantities.valueF1']).toBeGreaterThanOrEqual(0.95);
    expect(s['attributions.contentF1']).toBeGreaterThanOrEqual(0.85);
    expect(s['attributions.withSourceF1']).toBeGreaterThanOrEqual(0.75);
    expect(s['attributions.kindAccuracy']).toBeGreaterThanOrEqual(0.85);
  });
});
