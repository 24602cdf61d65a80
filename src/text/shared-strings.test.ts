import { describe, expect, it } from 'vitest';
import { extract, extractEntities } from '../index.js';
import { SECTION_CHARS } from './sections.js';
import { shared, type StringTable } from './shared-strings.js';

describe('shared', () => {
  it('gives the first string met for every equal one', () => {
    const table: StringTable = new Map();
    const first = ['Pou', 'tine'].join('');
    expect(shared(table, first)).toBe(first);
    expect(shared(table, 'Poutine')).toBe(first);
    expect(table.size).toBe(1);
  });
});

describe('results of a long string', () => {
  const article = 'Vladimir Poutine a déclaré mardi que « rien ne change ». Selon Poutine, 3 000 soldats sont partis. Un diplomate européen a affirmé que la trêve tiendra.\n\n';
  const long = article.repeat(Math.ceil((3 * SECTION_CHARS) / article.length));

  it('are the results of each article, at its offsets', () => {
    const one = extract(article);
    const all = extract(long);
    expect(all.entities.length).toBe(one.entities.length * (long.length / article.length));
    for (const e of all.entities) expect(e.text).toBe(long.slice(e.start, e.end));
    for (const a of all.attributions) {
      if (a.cue !== null) expect(a.cue.text).toBe(long.slice(a.cue.start, a.cue.end));
      if (a.source !== null) expect(a.source.text).toBe(long.slice(a.source.start, a.source.end));
    }
    for (const q of all.quantities) expect(q.text).toBe(long.slice(q.start, q.end));
  });

  it('keep the keys of each result (no canonical added to a source without one)', () => {
    const single = extract(article).attributions.map((a) => [Object.keys(a), a.source === null ? null : Object.keys(a.source)]);
    const many = extract(long).attributions.slice(0, single.length).map((a) => [Object.keys(a), a.source === null ? null : Object.keys(a.source)]);
    expect(many).toEqual(single);
    expect(extractEntities(long).map((e) => Object.keys(e))).toEqual(extract(long).entities.map((e) => Object.keys(e)));
  });
});
