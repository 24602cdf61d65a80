/**
 * Property tests over the public API: any string, however odd, gives results
 * that obey the span rule, are sorted, cover the input with tokens, shift with
 * a prefix and do not change with an empty dictionary.
 *
 * Fixed seed (FC_SEED overrides it). With DEPECHE_TEST_DIST=1 the same
 * properties run against the build in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attribution, Extraction, PreparedDocument, Span } from '../src/index.js';

type Api = typeof import('../src/index.js');
const DIST_ENTRY = '../dist/index.js';
const api = (process.env.DEPECHE_TEST_DIST ? await import(/* @vite-ignore */ DIST_ENTRY) : await import('../src/index.js')) as Api;

const SEED = process.env.FC_SEED !== undefined && process.env.FC_SEED !== '' ? Number(process.env.FC_SEED) : 42;
/** Runs per property; FC_RUNS scales them (e.g. a nightly run with more). */
const RUNS = process.env.FC_RUNS !== undefined && process.env.FC_RUNS !== '' ? Number(process.env.FC_RUNS) : 1;
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns) });
/** Per-test budget: generous, since CI machines are slow; the whole file runs in a few seconds. */
const TIMEOUT = 60_000;

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_DIR = join(HERE, '..', 'seeds');
const SEEDS: readonly string[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

// ---------------------------------------------------------------------------
// Checks

/** Cheap assertion for hot loops: `expect` per token would dominate the run time. */
function assert(ok: boolean, message: () => string): asserts ok {
  if (!ok) throw new Error(message());
}

const WS_START = /^\s/u;
const WS_END = /\s$/u;

function checkSpan(input: string, span: Span | null | undefined, where: string): void {
  if (span === null || span === undefined) return;
  const { start, end, text } = span;
  const show = () => `${where} ${JSON.stringify(span)}`;
  assert(Number.isInteger(start) && Number.isInteger(end), () => `${show()}: integer offsets`);
  assert(start >= 0 && start < end && end <= input.length, () => `${show()}: 0 ≤ start < end ≤ ${input.length}`);
  assert(text === input.slice(start, end), () => `${show()}: text !== input.slice(start, end) = ${JSON.stringify(input.slice(start, end))}`);
  assert(!WS_START.test(text) && !WS_END.test(text), () => `${show()}: starts or ends on whitespace`);
}

function checkSorted<T extends { start: number; end: number }>(items: readonly T[], where: string): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a === undefined || b === undefined) continue;
    const ok = a.start < b.start || (a.start === b.start && a.end >= b.end);
    assert(ok, () => `${where} not sorted at ${i}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`);
  }
}

/** The whole extent of an attribution: from its first part to its last. */
function extentOf(a: Attribution): { start: number; end: number } {
  const parts = [a.content, a.cue, a.source].filter((p): p is NonNullable<typeof p> => p !== null && p !== undefined);
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

function checkExtraction(input: string, result: Extraction): void {
  for (const e of result.entities) {
    checkSpan(input, e, 'entity');
    assert(typeof e.type === 'string' && e.type !== '', () => `entity type ${JSON.stringify(e)}`);
    assert(typeof e.canonical === 'string', () => `entity canonical ${JSON.stringify(e)}`);
    assert(e.confidence >= 0 && e.confidence <= 1, () => `entity confidence ${JSON.stringify(e)}`);
  }
  for (const q of result.quantities) {
    checkSpan(input, q, 'quantity');
    checkSpan(input, q.object, 'quantity.object');
    assert(q.value === null || Number.isFinite(q.value), () => `quantity value ${JSON.stringify(q)}`);
  }
  for (const a of result.attributions) {
    checkSpan(input, a.content, 'attribution.content');
    checkSpan(input, a.cue, 'attribution.cue');
    checkSpan(input, a.source, 'attribution.source');
  }
  checkSorted(result.entities, 'entities');
  checkSorted(result.quantities, 'quantities');
  checkSorted(result.attributions.map(extentOf), 'attributions');
  // Any extra array field (e.g. sentences) holding spans obeys the same rule.
  for (const [key, value] of Object.entries(result)) {
    if (key === 'entities' || key === 'quantities' || key === 'attributions' || !Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      if (typeof item === 'object' && item !== null && 'start' in item && 'end' in item && 'text' in item) checkSpan(input, item as Span, key);
    }
  }
}

const SPACE = /\s/u;

function checkDocument(input: string, doc: PreparedDocument): void {
  assert(doc.text === input, () => 'doc.text is not the input');
  let at = 0;
  doc.tokens.forEach((t, i) => {
    checkSpan(input, t, 'token');
    assert(t.index === i, () => `token ${i} has index ${t.index}`);
    assert(t.start >= at, () => `token ${i} ${JSON.stringify(t.text)} overlaps or is out of order`);
    // Every character between two tokens is whitespace: nothing is lost.
    for (let c = at; c < t.start; c++) {
      assert(SPACE.test(input[c] ?? ''), () => `char ${c} (U+${input.charCodeAt(c).toString(16)}) belongs to no token`);
    }
    assert(t.spaceBefore === (i === 0 || t.start > at), () => `token ${i} ${JSON.stringify(t.text)} spaceBefore is ${t.spaceBefore}`);
    at = t.end;
  });
  for (let c = at; c < input.length; c++) {
    assert(SPACE.test(input[c] ?? ''), () => `trailing char ${c} (U+${input.charCodeAt(c).toString(16)}) belongs to no token`);
  }
  let next = 0;
  doc.sentences.forEach((s, i) => {
    checkSpan(input, s, 'sentence');
    assert(s.index === i, () => `sentence ${i} has index ${s.index}`);
    assert(s.tokenStart === next, () => `sentence ${i} does not start where the previous ended`);
    assert(s.tokenEnd > s.tokenStart, () => `sentence ${i} is empty`);
    assert(s.start === doc.tokens[s.tokenStart]?.start, () => `sentence ${i} does not start at its first token`);
    assert(s.end === doc.tokens[s.tokenEnd - 1]?.end, () => `sentence ${i} does not end at its last token`);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) assert(doc.tokens[t]?.sentence === i, () => `token ${t} is not in sentence ${i}`);
    next = s.tokenEnd;
  });
  assert(next === doc.tokens.length, () => 'sentences do not cover every token');
}

// ---------------------------------------------------------------------------
// Prefix shift

const PREFIX = 'Titre\n\n';

type Shiftable = { start: number; end: number };

function shiftSpan<T extends Shiftable | null | undefined>(span: T, by: number): T {
  if (span === null || span === undefined) return span;
  return { ...span, start: span.start - by, end: span.end - by };
}

/** Drop what lies wholly in the prefix, and shift everything else back. */
function unshift(result: Extraction, by: number): Extraction {
  const out: Extraction = {
    ...result,
    entities: result.entities.filter((e) => e.end > by).map((e) => shiftSpan(e, by)),
    quantities: result.quantities
      .filter((q) => q.end > by)
      .map((q) => {
        const moved = shiftSpan(q, by);
        return q.object !== undefined ? { ...moved, object: shiftSpan(q.object, by) } : moved;
      }),
    attributions: result.attributions
      .filter((a) => extentOf(a).end > by)
      .map((a) => ({ ...a, content: shiftSpan(a.content, by), cue: shiftSpan(a.cue, by), source: shiftSpan(a.source, by) })),
  };
  return out;
}

/** What must not change when a prefix is added: everything but indices and the first token's line flag. */
function docShape(doc: PreparedDocument, by: number, skipTokens: number, skipSentences: number) {
  return {
    tokens: doc.tokens.slice(skipTokens).map((t, i) => ({
      start: t.start - by,
      end: t.end - by,
      text: t.text,
      kind: t.kind,
      key: t.key,
      fold: t.fold,
      spaceBefore: t.spaceBefore,
      newlineBefore: i === 0 ? null : t.newlineBefore,
      sentence: t.sentence - skipSentences,
    })),
    sentences: doc.sentences.slice(skipSentences).map((s) => ({
      start: s.start - by,
      end: s.end - by,
      text: s.text,
      headline: s.headline,
      tokenStart: s.tokenStart - skipTokens,
      tokenEnd: s.tokenEnd - skipTokens,
    })),
  };
}

// ---------------------------------------------------------------------------
// Generators

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const FRENCHISH_CHARS = [
  ...'aeiouybcdfghlmnprstvzéèêàçôîûœ',
  ...'AEIOUBCDKMNPRSVÉÀ',
  ...'0123456789',
  ...'.,;:!?-()%€$\'’"“”‹›…/@#',
  '«',
  '»',
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\u202F',
  '\n',
  '\n',
  '\t',
  '\u2011',
  'e\u0301',
];
const frenchishChar = fc.constantFrom(...FRENCHISH_CHARS);

const WORDS = [
  'M.', 'Mme', 'Poutine', 'Vladimir', 'Kim', 'Jong-un', 'Jong-il', 'Sergueï', 'Narychkine', 'Ri', 'Chang', 'Dae',
  'a', 'déclaré', 'affirmé', 'indiqué', 'a-t-il', 'ajouté', 'dit-elle', 'selon', "d'après", 'cité', 'par', 'que', 'qu’il',
  '«', '»', '“', '”', '"', ',', '.', ':', ';', '?', '!', '…', '(', ')', '-', '—', '\n', '\n\n',
  'KCNA', 'SVR', 'Otan', 'OTAN', 'Kremlin', 'Maison', 'Blanche', 'Conseil', 'de', 'sécurité', 'Corée', 'du', 'Nord', 'Sud',
  'Pyongyang', 'Moscou', 'Séoul', 'Russie', 'Ukraine', 'États-Unis', 'Extrême-Orient', 'russe', 'nord-coréen', 'Sud-Coréens',
  'le', 'la', 'les', "l'agence", 'l’armée', 'des', 'et', 'en', 'à', 'au', 'entre', 'environ', 'près', 'quelque', 'plus',
  '7.000', '10 000', '10\u00A0000', '4,8', '79,99', '2.5', '1948', '2024', '25', '27', '3', 'sept', 'mille', 'millions',
  'milliards', 'conteneurs', "d'armes", 'missiles', 'KN-23', 'dollars', 'euros', 'wons', '€', '$', '%', 'pour', 'cent',
  'km', 'tonnes', 'jours', 'ans', 'mois', 'semaines', 'mardi', 'soir', 'mars', 'septembre', 'dernier', 'prochain',
  'aujourd’hui', 'hier', 'l’automne', 'jusqu’à', 'uneACTUALITES', 'https://kcna.kp/fr', '#Ukraine', 'a.b@c.fr',
];
const word = fc.constantFrom(...WORDS);
const sep = fc.constantFrom(' ', ' ', ' ', '', '\u00A0', '\n', '\n\n');

/** Sentences of French news words in random order. */
const wordSoup = fc
  .array(fc.tuple(word, sep), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const oddStrings = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: codeUnit, maxLength: 120 }),
  fc.string({ unit: frenchishChar, maxLength: 200 }),
  wordSoup,
);

/** A seed article with random strings inserted at random places and an optional prefix. */
const seedVariant = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    inserts: fc.array(fc.tuple(fc.nat(), fc.oneof(oddStrings, word)), { maxLength: 6 }),
    prefix: fc.option(fc.oneof(fc.string({ unit: frenchishChar, maxLength: 20 }), word), { nil: undefined }),
  })
  .map(({ seed, inserts, prefix }) => {
    let text = seed;
    for (const [at, piece] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return (prefix ?? '') + text;
  });

// ---------------------------------------------------------------------------

describe('properties: prepare', () => {
  it('spans, coverage and sentences hold on odd strings', () => {
    fc.assert(
      fc.property(oddStrings, (input) => {
        checkDocument(input, api.prepare(input));
      }),
      params(300),
    );
  }, TIMEOUT);

  it('spans, coverage and sentences hold on seed articles with insertions', () => {
    fc.assert(
      fc.property(seedVariant, (input) => {
        checkDocument(input, api.prepare(input));
      }),
      params(40),
    );
  }, TIMEOUT);

  it('a prefix ending in a blank line shifts every offset and changes nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(oddStrings, seedVariant), (input) => {
        const plain = api.prepare(input);
        const prefixed = api.prepare(PREFIX + input);
        const prefixTokens = api.prepare(PREFIX).tokens.length;
        const prefixSentences = api.prepare(PREFIX).sentences.length;
        expect(docShape(prefixed, PREFIX.length, prefixTokens, prefixSentences)).toEqual(docShape(plain, 0, 0, 0));
      }),
      params(120),
    );
  }, TIMEOUT);
});

describe('properties: extract', () => {
  const emptyDictionary = { name: 'vide', entries: [] };
  const withEmpty = api.createExtractor({ dictionaries: [emptyDictionary] });

  const checkAll = (input: string) => {
    const result = api.extract(input, { referenceDate: '2024-03-29' });
    checkExtraction(input, result);
    return result;
  };

  it('never throws and obeys the span rule on odd strings', () => {
    fc.assert(
      fc.property(oddStrings, (input) => {
        checkAll(input);
      }),
      params(250),
    );
  }, TIMEOUT);

  it('never throws and obeys the span rule on seed articles with insertions', () => {
    fc.assert(
      fc.property(seedVariant, (input) => {
        checkAll(input);
      }),
      params(30),
    );
  }, TIMEOUT);

  it('the single pipelines obey the span rule too', () => {
    fc.assert(
      fc.property(fc.oneof(wordSoup, seedVariant), (input) => {
        const entities = api.extractEntities(input);
        const quantities = api.extractQuantities(input);
        const attributions = api.extractAttributions(input);
        checkExtraction(input, { entities, quantities, attributions });
      }),
      params(30),
    );
  }, TIMEOUT);

  it('a prefix ending in a blank line shifts every offset and changes nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(oddStrings, seedVariant), (input) => {
        const options = { referenceDate: '2024-03-29' };
        const plain = api.extract(input, options);
        const prefixed = api.extract(PREFIX + input, options);
        checkExtraction(PREFIX + input, prefixed);
        expect(unshift(prefixed, PREFIX.length)).toEqual(plain);
      }),
      params(60),
    );
  }, TIMEOUT);

  it('an empty user dictionary changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(wordSoup, seedVariant), (input) => {
        const options = { referenceDate: '2024-03-29' };
        const plain = api.extract(input, options);
        expect(api.extract(input, { ...options, dictionaries: [] })).toEqual(plain);
        expect(api.extract(input, { ...options, dictionaries: [emptyDictionary] })).toEqual(plain);
        expect(withEmpty.extract(input, options)).toEqual(plain);
      }),
      params(25),
    );
  }, TIMEOUT);

  it('extractStream on any chunking of a long text gives what extract gives, and spans of the whole stream', async () => {
    // Several seed articles in any order: longer than a section, so the stream is cut.
    const longText = fc
      .array(fc.tuple(seedVariant, fc.constantFrom('\n\n', '\n', '\n \n\n')), { minLength: 4, maxLength: 7 })
      .map((parts) => parts.map(([t, sepr]) => t + sepr).join(''));
    const cuts = fc.array(fc.nat(), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(longText, cuts, fc.boolean(), async (input, at, asBytes) => {
        // Bytes are cut anywhere, inside a character too (when the input is valid UTF-16, so that it has a UTF-8 form).
        const bytes = new TextEncoder().encode(input);
        const source: string | Uint8Array = asBytes && new TextDecoder().decode(bytes) === input ? bytes : input;
        const points = [...new Set(at.map((k) => k % (source.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, k) => source.slice(p, points[k] ?? source.length));
        const got: Extraction = { entities: [], quantities: [], attributions: [] };
        for await (const section of api.extractStream(chunks, { referenceDate: '2024-03-29' })) {
          expect(input.slice(section.offset, section.offset + section.text.length)).toBe(section.text);
          got.entities.push(...section.entities);
          got.quantities.push(...section.quantities);
          got.attributions.push(...section.attributions);
        }
        checkExtraction(input, got);
        expect(got).toEqual(api.extract(input, { referenceDate: '2024-03-29' }));
      }),
      params(12),
    );
  }, TIMEOUT);

  it('holds on every seed article as is', () => {
    for (const seed of SEEDS) {
      checkAll(seed);
      checkDocument(seed, api.prepare(seed));
    }
  }, TIMEOUT);
});
