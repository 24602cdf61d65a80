import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

describe('entity output contract', () => {
  it.each(texts.map((t, i) => [i, t] as const))('seed %i: sorted, trimmed, non-overlapping spans of the input', (_i, text) => {
    const ents = extractEntities(text);
    let prevEnd = -1;
    let prevStart = -1;
    for (const e of ents) {
      expect(e.text).toBe(text.slice(e.start, e.end));
      expect(e.text.trim()).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(prevStart);
      expect(e.start).toBeGreaterThanOrEqual(prevEnd);
      expect(e.canonical.length).toBeGreaterThan(0);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      prevStart = e.start;
      prevEnd = e.end;
    }
  });

  it.each([
    ['Elle vit à Saint-Jean-d’Angély depuis 2010.', 'Saint-Jean-d’Angély'],
    ["La manifestation a eu lieu à Fontaine-l'Évêque mardi.", "Fontaine-l'Évêque"],
  ])('a hyphenated name with an elided article is one name: %s', (input, surface) => {
    const e = extractEntities(input).find((x) => x.start === input.indexOf(surface));
    expect(e?.text).toBe(surface);
    expect(e?.type).toBe('LOCATION');
  });

  it('user dictionary entries win and add their own types', () => {
    const dictionaries = [{ name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: ['KN23'] }, { canonical: 'Moscou (ville)', type: 'CITY', aliases: ['Moscou'] }] }];
    const ents = extractEntities('Un missile KN-23 est tombé près de Moscou.', { dictionaries });
    expect(ents.map((e) => `${e.type}:${e.text}`)).toEqual(['WEAPON:KN-23', 'CITY:Moscou']);
  });

  it('reads a long input made of the seeds (speed is measured in benchmarks/)', () => {
    const big = texts.join('\n\n').repeat(20);
    const found = extractEntities(big);
    for (const e of found) expect(big.slice(e.start, e.end)).toBe(e.text);
    // Every copy of the seeds gives its entities: about 20 times those of one copy.
    const once = extractEntities(texts.join('\n\n')).length;
    expect(found.length).toBeGreaterThanOrEqual(once * 19);
    expect(found.length).toBeLessThanOrEqual(once * 21);
  });
});
