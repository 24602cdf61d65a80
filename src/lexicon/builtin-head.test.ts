import { describe, expect, it } from 'vitest';
// No extraction runs in this file: the built-ins compile only where the test asks.
import { prepare } from '../text/prepare.js';
import { builtinCompiled } from './builtins.js';
import { startsAlias } from './dictionary.js';

describe('built-in head class before and after the built-ins compile', () => {
  it('marks every word as a possible name start until the built-ins are compiled, then only real starts', () => {
    const before = prepare('Le Kremlin a déclaré').tokens;
    const builtins = builtinCompiled();
    const head = builtins.headClass ?? 0;
    expect(head).not.toBe(0);
    // Before: "look it up" for every form, which is always right.
    expect(before.map((t) => (t.classes & head) !== 0)).toEqual([true, true, true, true]);
    // After: the exact answer of the trie.
    const after = prepare('Le Kremlin a déclaré').tokens;
    expect(after.map((t) => (t.classes & head) !== 0)).toEqual(after.map((t) => startsAlias(builtins, t)));
    expect(after.map((t) => (t.classes & head) !== 0)).toEqual([true, true, false, false]);
  });
});
