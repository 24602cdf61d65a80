import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { firstSectionEnd, SECTION_CHARS, sectionBounds, streamSections, type SectionText } from './sections.js';
import { MAX_EARLIER_KEYS, rememberPersons } from '../entities/refiners/link-persons.js';
import type { EarlierPerson } from '../entities/types.js';
import type { Entity } from '../types.js';

describe('sectionBounds', () => {
  const cases: Array<[string, string, number, Array<[number, number]>]> = [
    ['short text: one section', 'abc', 10, [[0, 3]]],
    ['text of exactly the size: one section', 'abcd', 4, [[0, 4]]],
    ['splits after the blank line that follows the size', 'aaaa\n\nbbbb\n\ncc', 3, [[0, 6], [6, 12], [12, 14]]],
    ['a blank line with spaces counts', 'aaaa\n \t\nbbbb', 3, [[0, 8], [8, 12]]],
    ['no blank line: after a line break', 'aaaa\nbbbb', 3, [[0, 5], [5, 9]]],
    ['no break within the window: after the nearest one beyond it', 'aaaa\nbbbbbbbbbb\n\ncc', 3, [[0, 5], [5, 16], [16, 19]]],
    ['no break at all: one section', 'aaaaaaaaaaaa', 3, [[0, 12]]],
    ['a break that would leave nothing after it is not used', 'aaaa\n\n', 3, [[0, 6]]],
  ];
  it.each(cases)('%s', (_name, text, size, expected) => {
    expect(sectionBounds(text, size)).toEqual(expected);
  });

  it('sections are contiguous and cover the input', () => {
    const text = 'Un paragraphe.\n\nUn autre, plus long, paragraphe.\nUne ligne.\n\n\nFin.'.repeat(50);
    for (const size of [1, 7, 40, 300]) {
      const bounds = sectionBounds(text, size);
      expect(bounds[0]?.[0]).toBe(0);
      expect(bounds[bounds.length - 1]?.[1]).toBe(text.length);
      for (let i = 1; i < bounds.length; i++) expect(bounds[i]?.[0]).toBe(bounds[i - 1]?.[1]);
    }
  });
});

describe('firstSectionEnd: where a section ends before the rest of the text is read', () => {
  const cases: Array<[string, string, number, number]> = [
    ['not longer than the size: wait', 'abc', 3, -1],
    ['a blank line after the size', 'aaaa\n\nbb', 3, 6],
    ['a line break then the end: a blank line may follow', 'aaaa\n', 3, -1],
    ['a line break then blanks then the end: still open', 'aaaa\n \t', 3, -1],
    ['a line break then a letter, then a blank line within the window', 'aaaa\nb\n\nc', 4, 8],
    ['no break: the line may end anywhere', 'aaaaaaaa', 3, -1],
    ['a line break within the window, none beyond it yet', 'aaaa\nbbbbbbbb', 3, 5],
    ['a blank line that ends the text read so far: wait', 'aaaa\n\n', 3, -1],
  ];
  it.each(cases)('%s', (_name, text, size, expected) => {
    expect(firstSectionEnd(text, size)).toBe(expected);
  });
});

async function collect(chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, size: number): Promise<SectionText[]> {
  const out: SectionText[] = [];
  for await (const s of streamSections(chunks, size)) out.push(s);
  return out;
}

/** `text` cut at the given offsets (sorted, deduplicated, inside the text). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((k) => k % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

describe('streamSections: the sections of a text read chunk by chunk', () => {
  const piece = fc.constantFrom('a', 'bb', ' ', '\t', '\u00a0', '\n', '\n\n', '\n \n', 'é', '€');
  const text = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));

  it('gives the sections sectionBounds gives on the whole text, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 1, max: 12 }), async (t, at, size) => {
        const expected = sectionBounds(t, size)
          .filter(([s, e]) => e > s)
          .map(([s, e]) => ({ offset: s, text: t.slice(s, e) }));
        expect(await collect(cut(t, at), size)).toEqual(expected);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('decodes UTF-8 bytes split inside a character', async () => {
    const t = 'Séoul\n\n« Kim » a dit 79,99 €.\n\nFin';
    const bytes = new TextEncoder().encode(t);
    const chunks = Array.from(bytes, (_b, k) => bytes.slice(k, k + 1));
    const sections = await collect(chunks, 4);
    expect(sections.map((s) => s.text).join('')).toBe(t);
    expect(sections).toEqual(sectionBounds(t, 4).map(([s, e]) => ({ offset: s, text: t.slice(s, e) })));
  });

  it('keeps the order of string chunks between byte chunks; an interrupted character is a replacement character', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    expect((await collect([enc('Séoul '), 'et ', enc('Pékin')], 4)).map((x) => x.text).join('')).toBe('Séoul et Pékin');
    const e = enc('é');
    expect((await collect([e.subarray(0, 1), 'x', e.subarray(1)], 4)).map((x) => x.text).join('')).toBe('\uFFFDx\uFFFD');
  });

  it('keeps a byte-order mark, as reading the file whole does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kremlin')]);
    expect((await collect([bytes], 4)).map((x) => x.text).join('')).toBe('\uFEFFKremlin');
  });

  it('looks for a section end a logarithmic number of times in a text without line breaks', async () => {
    const line = 'mot '.repeat(50_000);
    const chunks = Array.from({ length: line.length / 100 }, (_v, k) => line.slice(k * 100, (k + 1) * 100));
    const stats = { scans: 0 };
    const sections = [];
    for await (const x of streamSections(chunks, 1000, stats)) sections.push(x);
    expect(sections).toHaveLength(1);
    // 2,000 chunks; looking after each would be ~2,000 scans of a growing buffer.
    expect(stats.scans).toBeLessThanOrEqual(10);
  });

  it('an empty stream has no section', async () => {
    expect(await collect([], 4)).toEqual([]);
    expect(await collect(['', ''], 4)).toEqual([]);
  });

  it('a chunk that is not text is a TypeError naming its position', async () => {
    await expect(collect(['ok', 42 as unknown as string], 4)).rejects.toThrow(/chunks of text.*number at chunk 1/u);
  });
});

describe('long inputs are analysed by sections', () => {
  const article =
    'Le président russe Vladimir Poutine est arrivé mardi à Pyongyang, a rapporté l’agence KCNA.\n\n' +
    '« Nous soutiendrons la Russie », a déclaré M. Kim. Selon Séoul, environ 7.000 conteneurs ont été livrés.\n\n';
  const copies = Math.ceil((SECTION_CHARS * 2.5) / article.length);
  const text = article.repeat(copies);
  const whole = extract(text, { referenceDate: '2024-06-18' });
  const single = extract(article, { referenceDate: '2024-06-18' });

  it('the input is long enough to need several sections', () => {
    expect(sectionBounds(text).length).toBeGreaterThanOrEqual(2);
  });

  it('every copy of the article gives the same results, shifted by its offset', () => {
    expect(whole.entities.length).toBe(single.entities.length * copies);
    expect(whole.quantities.length).toBe(single.quantities.length * copies);
    expect(whole.attributions.length).toBe(single.attributions.length * copies);
    const last = (copies - 1) * article.length;
    const tail = whole.entities.filter((e) => e.start >= last).map((e) => ({ ...e, start: e.start - last, end: e.end - last }));
    expect(tail).toEqual(single.entities);
    const tailAttr = whole.attributions.filter((a) => a.content.start >= last);
    expect(tailAttr.map((a) => [a.kind, a.content.start - last, a.content.text, a.source?.text, a.source?.start])).toEqual(
      single.attributions.map((a) => [a.kind, a.content.start, a.content.text, a.source?.text, a.source === null ? undefined : a.source.start + last]),
    );
  });

  it('every span is a slice of the whole input and results stay sorted', () => {
    const spans = [
      ...whole.entities,
      ...whole.quantities,
      ...whole.quantities.flatMap((q) => (q.object === undefined ? [] : [q.object])),
      ...whole.attributions.flatMap((a) => [a.content, ...(a.cue === null ? [] : [a.cue]), ...(a.source === null ? [] : [a.source])]),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < whole.entities.length; i++) {
      expect(whole.entities[i]!.start).toBeGreaterThanOrEqual(whole.entities[i - 1]!.start);
    }
  });
});

describe('names are linked across the sections of a long input', () => {
  const opening = 'Le législateur sud-coréen Yoo Sang-bum a participé mardi à une réunion à huis clos.\n\n';
  const filler = 'La réunion a duré trois heures, et les discussions ont porté sur la sécurité régionale.\n\n';
  const later = 'M. Yoo a ajouté que la coopération militaire se poursuivait.\n';
  const text = opening + filler.repeat(Math.ceil((SECTION_CHARS * 1.5) / filler.length)) + later;
  const at = text.lastIndexOf('Yoo');

  it('the full name and the bare surname are in different sections', () => {
    const bounds = sectionBounds(text);
    expect(bounds.length).toBeGreaterThanOrEqual(2);
    expect(bounds.findIndex(([s, e]) => s <= at && at < e)).toBeGreaterThan(0);
  });

  it('a bare surname takes the full name of an earlier section', () => {
    const yoo = extract(text).entities.find((e) => e.start === at);
    expect(yoo).toMatchObject({ text: 'Yoo', type: 'PERSON', canonical: 'Yoo Sang-bum' });
    // The later section alone does not know the full name.
    expect(extract(later).entities.find((e) => e.text === 'Yoo')?.canonical).not.toBe('Yoo Sang-bum');
  });
});

describe('rememberPersons: the names carried from section to section', () => {
  const person = (canonical: string): Entity => ({ start: 0, end: canonical.length, text: canonical, type: 'PERSON', canonical, confidence: 0.9 });

  it('keeps each full name by its surname key, the latest mention winning', () => {
    const earlier = new Map<string, EarlierPerson>();
    rememberPersons(earlier, [person('Yoo Sang-bum'), { ...person('Séoul'), type: 'LOCATION' }]);
    rememberPersons(earlier, [person('Kim Yo-jong')]);
    expect(earlier.get('yoo')?.canonical).toBe('Yoo Sang-bum');
    expect(earlier.get('kim')?.canonical).toBe('Kim Yo-jong');
    expect([...earlier.values()].some((p) => p.canonical === 'Séoul')).toBe(false);
    rememberPersons(earlier, [person('Kim Jong-un')]);
    expect(earlier.get('kim')?.canonical).toBe('Kim Jong-un');
  });

  it(`holds at most ${MAX_EARLIER_KEYS} keys, dropping the names met longest ago`, () => {
    const earlier = new Map<string, EarlierPerson>();
    const names = Array.from({ length: MAX_EARLIER_KEYS + 50 }, (_v, k) => person(`Jean Nom${k.toString(36)}x`));
    for (const n of names) rememberPersons(earlier, [n]);
    expect(earlier.size).toBeLessThanOrEqual(MAX_EARLIER_KEYS);
    const last = names[names.length - 1]!.canonical;
    expect([...earlier.values()].some((p) => p.canonical === last)).toBe(true);
    expect([...earlier.values()].some((p) => p.canonical === names[0]!.canonical)).toBe(false);
  });
});
