import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The package entry loads every pipeline, so every built-in class is defined.
import { prepare } from '../index.js';
import { ungluedAuxiliaries } from '../entities/glued-auxiliary.js';
import { builtinCompiled } from '../lexicon/builtins.js';
import { startsAlias } from '../lexicon/dictionary.js';
import type { Token } from '../types.js';
import { classesOf, defineWordClass, hasClass, unclassified } from './word-classes.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** Every token of the seeds and of a few inputs with rare shapes (hyphens, capitals, elisions, clitics). */
function allTokens(): Token[] {
  const extra = ['KN-23 Jong-un a-t-il dit', "l’ONU d'Al-Qaïda", 'Coréedu Nord vingt-deux cité par Séoul'];
  return [...seedTexts, ...extra].flatMap((text) => [...prepare(text).tokens]);
}

describe('word classes', () => {
  it('gives every token the classes of its surface form (property over the seeds)', () => {
    const tokens = allTokens();
    expect(tokens.length).toBeGreaterThan(4000);
    for (const t of tokens) expect(t.classes, t.text).toBe(classesOf(t));
  });

  it('marks exactly the forms that start a built-in alias (property over the seeds)', () => {
    const builtins = builtinCompiled();
    const head = builtins.headClass ?? 0;
    expect(head).not.toBe(0);
    let heads = 0;
    for (const t of allTokens()) {
      const starts = startsAlias(builtins, t);
      expect(hasClass(t, head), t.text).toBe(starts);
      if (starts) heads++;
    }
    // Names such as "Poutine" or "Corée" start aliases; most words do not.
    expect(heads).toBeGreaterThan(100);
  });

  it.each<[string, string, boolean]>([
    ['a country', 'Corée', true],
    ['the first name of a person of the dictionary', 'Vladimir', true],
    ['an organisation', 'Kremlin', true],
    ['a hyphenated word whose pieces start an alias', 'Nord-Corée', true],
    ['a lower-case demonym (lower-case aliases match any case)', 'russe', true],
    ['a capitalised article that starts a city ("La Haye")', 'La', true],
    ['the same article in lower case (no lower-case alias starts with it)', 'la', false],
    ['a common verb', 'déclaré', false],
    ['a number', '2024', false],
  ])('built-in head class: %s (%s)', (_, word, expected) => {
    const builtins = builtinCompiled();
    const token = prepare(word).tokens[0];
    expect(token?.text).toBe(word);
    expect(hasClass(token as Token, builtins.headClass ?? 0)).toBe(expected);
  });

  it('applies a class defined after a form was cached to the next prepared text', () => {
    expect(prepare('zorglub').tokens[0]?.classes).toBe(classesOf({ text: 'zorglub', key: 'zorglub', fold: 'zorglub' }));
    const ZORGLUB = defineWordClass((w) => w.key === 'zorglub');
    expect(ZORGLUB & (ZORGLUB - 1)).toBe(0);
    const [upper, lower, other] = prepare('ZORGLUB zorglub zorg').tokens;
    expect([upper, lower, other].map((t) => hasClass(t as Token, ZORGLUB))).toEqual([true, true, false]);
  });

  it('gives no class to forms met with classification off, and classifies them afterwards', () => {
    const inside = unclassified(() => prepare('Kremlin Corée').tokens.map((t) => t.classes));
    expect(inside).toEqual([0, 0]);
    const after = prepare('Kremlin Corée').tokens;
    for (const t of after) {
      expect(t.classes).not.toBe(0);
      expect(t.classes).toBe(classesOf(t));
    }
  });

  it('classifies a glued word by the form the entity rules read ("Kremlina" → "Kremlin")', () => {
    const doc = prepare('Hier, le Kremlina également démenti.');
    const glued = doc.tokens[3] as Token;
    expect(glued.text).toBe('Kremlina');
    const unglued = ungluedAuxiliaries(doc, { dictionaries: [builtinCompiled()], referenceDate: null }).doc.tokens[3] as Token;
    expect(unglued.text).toBe('Kremlin');
    expect(unglued.classes).toBe(classesOf(unglued));
    expect(hasClass(unglued, builtinCompiled().headClass ?? 0)).toBe(true);
    expect(hasClass(glued, builtinCompiled().headClass ?? 0)).toBe(false);
  });
});
