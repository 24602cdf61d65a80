/**
 * The public API contract (DESIGN.md): exported names, bad input, prepared
 * documents, options and dictionaries. With DEPECHE_TEST_DIST=1 it runs
 * against the build in dist/.
 */
import { describe, expect, it } from 'vitest';
import type { Dictionary } from '../src/index.js';

type Api = typeof import('../src/index.js');
const DIST_ENTRY = '../dist/index.js';
const api = (process.env.DEPECHE_TEST_DIST ? await import(/* @vite-ignore */ DIST_ENTRY) : await import('../src/index.js')) as Api;

const TIMEOUT = 30_000;
const PIPELINES = ['extract', 'extractEntities', 'extractQuantities', 'extractAttributions'] as const;

const ARTICLE =
  'Pyongyang, 28 mars 2024 (AFP)\n\n' +
  'Le directeur du renseignement extérieur russe (SVR), Sergueï Narychkine, s’est rendu en Corée du Nord, a indiqué jeudi l’agence KCNA. ' +
  '« Nous vaincrons », a déclaré M. Poutine. Selon Séoul, la Corée du Nord a expédié environ 7.000 conteneurs d’armes à la Russie ' +
  'et 4,8 millions d’obus, soit 30 % de plus.';

describe('api: exports', () => {
  it('exposes exactly the public functions', () => {
    const names = Object.keys(api)
      .filter((k) => k !== 'default' && k !== '__esModule')
      .sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "createExtractor",
        "extract",
        "extractAttributions",
        "extractEntities",
        "extractQuantities",
        "extractStream",
        "prepare",
        "validateDictionary",
      ]
    `);
    for (const name of names) expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });

  it('createExtractor returns the same methods', () => {
    const ex = api.createExtractor();
    expect(Object.keys(ex).sort()).toEqual(['extract', 'extractAttributions', 'extractEntities', 'extractQuantities', 'extractStream']);
  });
});

describe('api: bad text', () => {
  const bad: [string, unknown][] = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'bonjour' }],
    ['an array', ['bonjour']],
    ['a boolean', true],
    ['a String object', new String('bonjour')],
  ];

  describe.each(PIPELINES)('%s', (fn) => {
    it.each(bad)('throws a TypeError naming `text` for %s', (_label, value) => {
      const call = () => (api[fn] as (t: unknown) => unknown)(value);
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/text/);
    });

    it.each(bad)('via createExtractor(): throws a TypeError naming `text` for %s', (_label, value) => {
      const ex = api.createExtractor();
      const call = () => (ex[fn] as (t: unknown) => unknown)(value);
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/text/);
    });
  });

  it.each(bad)('prepare throws a TypeError naming `text` for %s', (_label, value) => {
    const call = () => (api.prepare as (t: unknown) => unknown)(value);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/text/);
  });

  it('a fake prepared document is rejected', () => {
    const fake = { text: 'Bonjour', tokens: [], sentences: [] };
    expect(() => (api.extract as (t: unknown) => unknown)(fake)).toThrow(TypeError);
  });
});

describe('api: extractStream', () => {
  /** Paragraphs enough for several sections (each section holds at least 8,192 characters). */
  const LONG = Array.from({ length: 140 }, (_v, k) => `${ARTICLE.replace('7.000', String(1000 + k))}`).join('\n\n');
  const options = { referenceDate: '2024-03-29' };

  async function streamed(source: Parameters<Api['extractStream']>[0], opts = options) {
    const sections = [];
    for await (const s of api.extractStream(source, opts)) sections.push(s);
    return sections;
  }
  const joined = (sections: Awaited<ReturnType<typeof streamed>>) => ({
    entities: sections.flatMap((s) => s.entities),
    quantities: sections.flatMap((s) => s.quantities),
    attributions: sections.flatMap((s) => s.attributions),
  });

  it('gives, section by section, what extract gives on the whole text', async () => {
    const bytes = new TextEncoder().encode(LONG);
    // 1,000-byte chunks cut inside "é", "’" and "«".
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_v, k) => bytes.subarray(k * 1000, (k + 1) * 1000));
    const sections = await streamed(chunks);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections.map((s) => s.text).join('')).toBe(LONG);
    for (const s of sections) expect(LONG.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(joined(sections)).toEqual(api.extract(LONG, options));
  }, TIMEOUT);

  it('every span is a slice of its section, in offsets of the whole stream', async () => {
    for (const s of await streamed([LONG])) {
      const local = (x: { start: number; end: number; text: string }) => expect(s.text.slice(x.start - s.offset, x.end - s.offset)).toBe(x.text);
      s.entities.forEach(local);
      s.quantities.forEach(local);
      for (const a of s.attributions) [a.content, a.cue, a.source].forEach((x) => x !== null && local(x));
    }
  }, TIMEOUT);

  it('takes a string, an async iterable and the call options', async () => {
    async function* lines() {
      yield 'Le Kremlin a démenti mardi.';
    }
    const fromString = await streamed('Le Kremlin a démenti mardi.');
    const fromAsync = await streamed(lines());
    expect(fromString).toEqual(fromAsync);
    expect(fromString).toHaveLength(1);
    expect(fromString[0]?.offset).toBe(0);
    expect(fromString[0]?.entities.map((e) => [e.text, e.type, e.value])).toEqual([
      ['Kremlin', 'ORGANIZATION', undefined],
      ['mardi', 'DATE', '2024-03-26'],
    ]);
  });

  it('takes UTF-8 bytes (a Buffer) as one chunk, and keeps a byte-order mark as reading the file whole does', async () => {
    const text = '\uFEFFLe Kremlin a démenti.';
    const [section] = await streamed(new TextEncoder().encode(text));
    expect(section?.text).toBe(text);
    expect(section?.entities.map((e) => [e.text, e.start])).toEqual(api.extract(text).entities.map((e) => [e.text, e.start]));
    expect(section?.entities[0]?.start).toBe(4);
  });

  it('an empty stream yields nothing', async () => {
    expect(await streamed([])).toEqual([]);
  });

  it('a source that is not iterable is a TypeError at the call', () => {
    for (const bad of [undefined, null, 42, {}]) {
      expect(() => api.extractStream(bad as unknown as string)).toThrow(/extractStream\(source\) expects `source`/u);
    }
  });

  it('a chunk that is not text rejects with a TypeError', async () => {
    await expect(streamed([{} as unknown as string])).rejects.toThrow(TypeError);
  });

  it('bad options are rejected at the call, before any chunk is read', () => {
    expect(() => api.extractStream('texte', 'x' as unknown as object)).toThrow(TypeError);
    expect(() => api.extractStream('texte', { referenceDate: '29/03/2024' })).toThrow(/referenceDate/u);
    expect(() => api.extractStream('texte', { dictionaries: [{ name: 'x', entries: [{ canonical: '', type: 'PERSON' }] }] })).toThrow(/canonical/u);
  });
});

describe('api: empty input', () => {
  it.each(['', ' ', '   ', '\n\n', '\t \u00A0\u202F\u2009\n', '\r\n\r\n', '\u3000'])('%j gives empty results', (input) => {
    expect(api.extract(input)).toMatchObject({ entities: [], quantities: [], attributions: [] });
    expect(api.extractEntities(input)).toEqual([]);
    expect(api.extractQuantities(input)).toEqual([]);
    expect(api.extractAttributions(input)).toEqual([]);
    const doc = api.prepare(input);
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });
});

describe('api: prepared documents', () => {
  it('extract on a prepared document equals extract on the string', () => {
    const doc = api.prepare(ARTICLE);
    expect(api.extract(doc, { referenceDate: '2024-03-29' })).toEqual(api.extract(ARTICLE, { referenceDate: '2024-03-29' }));
    expect(api.extractEntities(doc)).toEqual(api.extractEntities(ARTICLE));
    expect(api.extractQuantities(doc)).toEqual(api.extractQuantities(ARTICLE));
    expect(api.extractAttributions(doc)).toEqual(api.extractAttributions(ARTICLE));
  });

  it('a prepared document can be reused and is not changed by extraction', () => {
    const doc = api.prepare(ARTICLE);
    const before = JSON.stringify(doc);
    const first = api.extract(doc);
    const second = api.extract(doc);
    expect(second).toEqual(first);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('extract gives the same arrays as the three single pipelines', () => {
    const all = api.extract(ARTICLE);
    expect(all.entities).toEqual(api.extractEntities(ARTICLE));
    expect(all.quantities).toEqual(api.extractQuantities(ARTICLE));
    expect(all.attributions).toEqual(api.extractAttributions(ARTICLE));
  });

  it('results are plain JSON-serialisable data', () => {
    const all = api.extract(ARTICLE);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('prepare keeps offsets into the original text', () => {
    const doc = api.prepare(ARTICLE);
    expect(doc.text).toBe(ARTICLE);
    for (const t of doc.tokens) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('api: options', () => {
  it.each(['2024-03-29', '2024-03-29T10:00:00Z', new Date(Date.UTC(2024, 2, 29, 12))])('accepts referenceDate %j', (date) => {
    expect(() => api.extract(ARTICLE, { referenceDate: date })).not.toThrow();
  });

  it.each<[string, unknown]>([
    ['a bad string', 'hier'],
    ['an impossible day', '2024-02-30'],
    ['a month 13', '2024-13-01'],
    ['an invalid Date', new Date('nope')],
    ['a number', 20240329],
    ['an object', { year: 2024 }],
  ])('rejects referenceDate: %s', (_label, date) => {
    for (const fn of PIPELINES) {
      const call = () => (api[fn] as (t: string, o: unknown) => unknown)(ARTICLE, { referenceDate: date });
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/referenceDate/);
    }
    expect(() => api.createExtractor({ referenceDate: date as string })).toThrow(TypeError);
  });

  it.each<[string, unknown]>([
    ['a string', 'options'],
    ['a number', 3],
    ['an array', []],
  ])('rejects options that are %s', (_label, options) => {
    expect(() => (api.extract as (t: string, o: unknown) => unknown)(ARTICLE, options)).toThrow(TypeError);
  });

  it('rejects a non-object config and a non-boolean builtins', () => {
    expect(() => (api.createExtractor as (c: unknown) => unknown)('x')).toThrow(TypeError);
    expect(() => (api.createExtractor as (c: unknown) => unknown)({ builtins: 'yes' })).toThrow(/builtins/);
    expect(() => (api.createExtractor as (c: unknown) => unknown)({ dictionaries: {} })).toThrow(/dictionaries/);
  });
});

describe('api: dictionaries', () => {
  const bad: [string, unknown, RegExp[]][] = [
    ['an entry without type', { name: 'armes', entries: [{ canonical: 'KN-23' }] }, [/entry 0/, /KN-23/, /type/]],
    [
      'aliases that are not an array',
      { name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON' }, { canonical: 'Hwasong-18', type: 'WEAPON', aliases: 'Hwasong' }] },
      [/entry 1/, /Hwasong-18/, /aliases/],
    ],
    ['an alias that is not a string', { name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: [23] }] }, [/entry 0/, /KN-23/, /aliases/]],
    ['an unknown field', { name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', range: 690 }] }, [/entry 0/, /KN-23/, /range/]],
    ['an entry that is not an object', { name: 'armes', entries: ['KN-23'] }, [/entry 0/]],
    ['an entry that is null', { name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON' }, null] }, [/entry 1/]],
    ['an empty canonical', { name: 'armes', entries: [{ canonical: ' ', type: 'WEAPON' }] }, [/entry 0/, /canonical/]],
    ['a missing name', { entries: [] }, [/name/]],
    ['entries that are not an array', { name: 'armes', entries: {} }, [/entries/]],
    ['a dictionary that is not an object', 'armes', [/dictionar/]],
  ];

  it.each(bad)('validateDictionary rejects %s', (_label, dict, patterns) => {
    let error: unknown;
    try {
      api.validateDictionary(dict);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    for (const p of patterns) expect((error as Error).message).toMatch(p);
  });

  it.each(bad)('createExtractor rejects %s', (_label, dict, patterns) => {
    let error: unknown;
    try {
      api.createExtractor({ dictionaries: [dict as Dictionary] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    for (const p of patterns) expect((error as Error).message).toMatch(p);
  });

  it.each(bad)('extract with options.dictionaries rejects %s', (_label, dict, patterns) => {
    let error: unknown;
    try {
      api.extract('Un missile KN-23 a été tiré.', { dictionaries: [dict as Dictionary] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    for (const p of patterns) expect((error as Error).message).toMatch(p);
  });

  it('validateDictionary returns a clean copy of a valid dictionary', () => {
    const dict = { name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: ['KN23'], id: 'x:kn23' }] };
    expect(api.validateDictionary(dict)).toEqual(dict);
  });

  describe('prototype pollution', () => {
    const hostile = [
      '{"name":"armes","entries":[{"canonical":"KN-23","type":"WEAPON","__proto__":{"polluted":"yes"}}]}',
      '{"name":"armes","entries":[{"canonical":"KN-23","type":"WEAPON","constructor":{"prototype":{"polluted":"yes"}}}]}',
      '{"name":"armes","__proto__":{"polluted":"yes"},"entries":[{"canonical":"KN-23","type":"WEAPON"}]}',
      '{"name":"armes","entries":[{"canonical":"__proto__","type":"WEAPON","aliases":["constructor","prototype"]}]}',
      '{"name":"__proto__","entries":[{"canonical":"KN-23","type":"__proto__","id":"constructor","subtype":"prototype"}]}',
    ];

    it.each(hostile)('%s is rejected or ignored cleanly', (json) => {
      const dict = JSON.parse(json) as Dictionary;
      const text = 'Un missile KN-23 a été tiré vers le __proto__ et le constructor.';
      for (const run of [
        () => api.validateDictionary(dict),
        () => api.createExtractor({ dictionaries: [dict] }).extract(text),
        () => api.extract(text, { dictionaries: [dict] }),
      ]) {
        try {
          run();
        } catch (e) {
          // Rejected: with an ordinary error that names the field.
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message).toMatch(/__proto__|constructor|field/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }
      // The default extractor still works afterwards.
      expect(() => api.extract(text)).not.toThrow();
    });
  });

  describe('custom types', () => {
    const weapons: Dictionary = {
      name: 'armes',
      entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: ['KN23', 'Hwasong-11Ga'], id: 'armes:kn23', subtype: 'missile' }],
    };
    const text = 'La Corée du Nord a livré des missiles KN-23 à la Russie. Un KN23 a frappé Kharkiv.';

    it('createExtractor({ dictionaries }) finds a custom type with its canonical', () => {
      const entities = api.createExtractor({ dictionaries: [weapons] }).extractEntities(text);
      const hits = entities.filter((e) => e.type === 'WEAPON');
      expect(hits.map((e) => [e.text, e.start, e.end, e.canonical, e.id])).toEqual([
        ['KN-23', 38, 43, 'KN-23', 'armes:kn23'],
        ['KN23', 60, 64, 'KN-23', 'armes:kn23'],
      ]);
    });

    it('options.dictionaries finds a custom type with its canonical', () => {
      const hits = api.extractEntities(text, { dictionaries: [weapons] }).filter((e) => e.type === 'WEAPON');
      expect(hits.map((e) => [e.text, e.canonical])).toEqual([
        ['KN-23', 'KN-23'],
        ['KN23', 'KN-23'],
      ]);
    });

    it('a custom dictionary does not leak into the default extractor', () => {
      api.createExtractor({ dictionaries: [weapons] }).extractEntities(text);
      api.extractEntities(text, { dictionaries: [weapons] });
      expect(api.extractEntities(text).filter((e) => e.type === 'WEAPON')).toEqual([]);
    });

    it('the dictionary object passed in is not mutated', () => {
      const copy = structuredClone(weapons);
      api.createExtractor({ dictionaries: [weapons] }).extract(text);
      expect(weapons).toEqual(copy);
    });
  });
});

// The built command line (package.json "bin") loads the built entry of its own format rather than a copy of the library.
describe.runIf(process.env.DEPECHE_TEST_DIST)('api: built command line', () => {
  it.each(['cli.cjs', 'cli.js'])('dist/%s prints what extract gives and holds no second copy of the library', async (file) => {
    const { spawnSync } = await import('node:child_process');
    const { statSync, writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dist = new URL('../dist/', import.meta.url).pathname;
    expect(statSync(join(dist, file)).size).toBeLessThan(statSync(join(dist, 'index.js')).size / 20);
    const dir = mkdtempSync(join(tmpdir(), 'depeche-cli-'));
    const input = join(dir, 'article.txt');
    writeFileSync(input, ARTICLE);
    const r = spawnSync(process.execPath, [join(dist, file), 'extract', input, '--format', 'json', '--reference-date', '2024-03-28'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject(JSON.parse(JSON.stringify(api.extract(ARTICLE, { referenceDate: '2024-03-28' }))) as Record<string, unknown>);
  }, TIMEOUT);
});
