/**
 * Generates src/lexicon/generated/reporting-verbs.ts from
 * src/lexicon/data/reporting-verbs.json.
 *
 *   npx tsx scripts/build-reporting-verbs.ts
 *
 * The JSON holds only lemmas and their properties; every inflected form comes
 * from the `french-verbs` conjugator over the `french-verbs-lefff` data, so no
 * form is typed by hand. The output is committed data: the library has no
 * runtime dependency on the conjugation packages.
 *
 * Where the packages are found: first through normal resolution from this
 * repo (once `french-verbs` and `french-verbs-lefff` are devDependencies),
 * then from FRENCH_VERBS_DIR (a directory whose node_modules holds them),
 * then from FALLBACK_VERBS_DIR below.
 */
import { createRequire } from 'node:module';
import { jsonArraySource } from './json-source.js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Scratch install used until the packages are devDependencies. Easy to change. */
const FALLBACK_VERBS_DIR = '/tmp/verbs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA_PATH = path.join(ROOT, 'src/lexicon/data/reporting-verbs.json');
const OUT_PATH = path.join(ROOT, 'src/lexicon/generated/reporting-verbs.ts');

// ---------------------------------------------------------------------------
// Minimal typings of the conjugation packages (kept local so that this script
// type-checks whether or not the packages are installed in the repo).

type VerbInfoIndex = 'P' | 'S' | 'Y' | 'I' | 'G' | 'K' | 'J' | 'T' | 'F' | 'C' | 'W';
type VerbInfo = Partial<Record<VerbInfoIndex, (string | null)[]>>;
type VerbsInfo = Record<string, VerbInfo>;
type FvTense =
  | 'PRESENT'
  | 'FUTUR'
  | 'IMPARFAIT'
  | 'PASSE_SIMPLE'
  | 'CONDITIONNEL_PRESENT'
  | 'SUBJONCTIF_PRESENT'
  | 'INFINITIF'
  | 'PARTICIPE_PRESENT'
  | 'PARTICIPE_PASSE';
interface ComposedTenseOptions {
  aux?: 'AVOIR' | 'ETRE';
  agreeGender?: 'M' | 'F';
  agreeNumber?: 'S' | 'P';
}
interface FrenchVerbs {
  getConjugation(
    verbsList: VerbsInfo,
    verb: string,
    tense: FvTense,
    person: number,
    composedTenseOptions: ComposedTenseOptions,
    pronominal: boolean,
    negativeAdverb: string | undefined,
    modifierAdverb: string | undefined,
    voice: 'Act' | 'Pass',
  ): string;
}

function loadPackages(): { fv: FrenchVerbs; lefff: VerbsInfo; versions: string } {
  const bases = [
    path.join(ROOT, 'package.json'),
    ...(process.env['FRENCH_VERBS_DIR'] ? [path.join(process.env['FRENCH_VERBS_DIR'], 'package.json')] : []),
    path.join(FALLBACK_VERBS_DIR, 'package.json'),
  ];
  const errors: string[] = [];
  for (const base of bases) {
    const req = createRequire(base);
    try {
      const fv = req('french-verbs') as FrenchVerbs;
      const lefff = req('french-verbs-lefff/dist/conjugations.json') as VerbsInfo;
      const v1 = (req('french-verbs/package.json') as { version: string }).version;
      const v2 = (req('french-verbs-lefff/package.json') as { version: string }).version;
      return { fv, lefff, versions: `french-verbs ${v1}, french-verbs-lefff ${v2}` };
    } catch (err) {
      errors.push(`${base}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  throw new Error(
    'Cannot load french-verbs / french-verbs-lefff. Add them as devDependencies, or install them in ' +
      `FRENCH_VERBS_DIR or ${FALLBACK_VERBS_DIR}.\n` +
      errors.join('\n'),
  );
}

// ---------------------------------------------------------------------------
// Input

interface VerbEntry {
  lemma: string;
  class: string;
  pronominal?: boolean;
  polysemous?: boolean;
  verb?: string;
  tail?: string;
  variants?: string[];
  conjugateLike?: string;
  participleInvariable?: boolean;
}
interface DataFile {
  source: string;
  classes: string[];
  verbs: VerbEntry[];
  ambiguousForms: Record<string, string>;
}

/** Priority order: the first tense a form has becomes its `tense`. */
const TENSES = [
  'present',
  'participle',
  'imparfait',
  'passe-simple',
  'conditionnel',
  'futur',
  'participe-present',
  'infinitive',
] as const;
type Tense = (typeof TENSES)[number];

/** Third person singular and plural (french-verbs persons are 0..5). */
const PERSONS_3 = [2, 5] as const;
const FINITE: readonly (readonly [FvTense, Tense])[] = [
  ['PRESENT', 'present'],
  ['IMPARFAIT', 'imparfait'],
  ['PASSE_SIMPLE', 'passe-simple'],
  ['CONDITIONNEL_PRESENT', 'conditionnel'],
  ['FUTUR', 'futur'],
];

function normalizeForm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\u2019\u02bc\u2018]/g, "'");
}

function inflectingVerb(e: VerbEntry): string {
  if (e.verb) return e.verb;
  const m = /^(?:se |s')(.+)$/.exec(e.lemma);
  if (e.pronominal) {
    if (!m?.[1]) throw new Error(`verb "${e.lemma}": pronominal lemma must start with "se " or "s'"`);
    return m[1];
  }
  return e.lemma;
}

/** Builds a conjugation entry for a verb missing from the data, from a model verb's forms. */
function deriveLike(lefff: VerbsInfo, verb: string, model: string): VerbInfo {
  const info = lefff[model];
  if (!info) throw new Error(`conjugateLike: model "${model}" not in the conjugation data`);
  const stemOf = (inf: string): string => inf.replace(/(er|ir|re)$/, '');
  const modelStem = stemOf(model);
  const stem = stemOf(verb);
  const out: VerbInfo = {};
  for (const [k, forms] of Object.entries(info) as [VerbInfoIndex, (string | null)[]][]) {
    out[k] = forms.map((f) => {
      if (f === null || f === 'NA') return f;
      if (!f.startsWith(modelStem)) throw new Error(`conjugateLike: "${f}" does not start with stem "${modelStem}"`);
      return stem + f.slice(modelStem.length);
    });
  }
  return out;
}

interface Generated {
  form: string; // single word
  tense: Tense;
}

function conjugate(fv: FrenchVerbs, list: VerbsInfo, verb: string, invariableParticiple: boolean): Generated[] {
  const out: Generated[] = [];
  const get = (tense: FvTense, person: number, opts: ComposedTenseOptions = {}): string =>
    fv.getConjugation(list, verb, tense, person, opts, false, undefined, undefined, 'Act');
  for (const [fvTense, tense] of FINITE) {
    for (const p of PERSONS_3) out.push({ form: get(fvTense, p), tense });
  }
  const genders = invariableParticiple ? (['M'] as const) : (['M', 'F'] as const);
  const numbers = invariableParticiple ? (['S'] as const) : (['S', 'P'] as const);
  for (const g of genders) {
    for (const n of numbers) {
      out.push({ form: get('PARTICIPE_PASSE', 2, { aux: 'AVOIR', agreeGender: g, agreeNumber: n }), tense: 'participle' });
    }
  }
  out.push({ form: get('PARTICIPE_PRESENT', 2), tense: 'participe-present' });
  out.push({ form: get('INFINITIF', 2), tense: 'infinitive' });
  for (const g of out) {
    if (!g.form || /\s/.test(g.form) || g.form === 'NA') {
      throw new Error(`unexpected form "${g.form}" for ${verb} (${g.tense})`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Build

interface FormValue {
  lemma: string;
  tenses: Tense[];
  ambiguous?: true;
  polysemous?: true;
  pronominal?: true;
  pronominalLemma?: string;
  alternatives?: string[];
  tail?: string;
}

function main(): void {
  const { fv, lefff, versions } = loadPackages();
  const data = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as DataFile;
  const classes = new Set(data.classes);
  const list: VerbsInfo = { ...lefff };

  const seen = new Set<string>();
  for (const e of data.verbs) {
    if (seen.has(e.lemma)) throw new Error(`duplicate lemma "${e.lemma}"`);
    seen.add(e.lemma);
    if (!classes.has(e.class)) throw new Error(`verb "${e.lemma}": unknown class "${e.class}"`);
    const verb = inflectingVerb(e);
    if (e.conjugateLike && !list[verb]) list[verb] = deriveLike(lefff, verb, e.conjugateLike);
    for (const v of [verb, ...(e.variants ?? [])]) {
      if (!list[v]) throw new Error(`verb "${e.lemma}": "${v}" is not in the conjugation data (use conjugateLike)`);
    }
  }

  // Base verbs that are reporting lemmas in their own right (non-pronominal, single word).
  const baseLemmas = new Set(data.verbs.filter((e) => !e.pronominal && !e.tail).map((e) => e.lemma));

  const forms = new Map<string, FormValue>();
  const collisions: string[] = [];
  // Non-pronominal lemmas first so that "dit" -> "dire" (with pronominalLemma "se dire").
  const ordered = [...data.verbs.filter((e) => !e.pronominal), ...data.verbs.filter((e) => e.pronominal)];
  for (const e of ordered) {
    const verb = inflectingVerb(e);
    const generated = [verb, ...(e.variants ?? [])].flatMap((v) =>
      conjugate(fv, list, v, e.participleInvariable === true),
    );
    for (const g of generated) {
      const key = normalizeForm(e.tail ? `${g.form} ${e.tail}` : g.form);
      const existing = forms.get(key);
      if (!existing) {
        const value: FormValue = { lemma: e.lemma, tenses: [g.tense] };
        if (e.polysemous) value.polysemous = true;
        if (e.tail) value.tail = e.tail;
        if (e.pronominal) {
          if (baseLemmas.has(verb)) throw new Error(`internal: pronominal ${e.lemma} before base`);
          value.pronominal = true;
        }
        forms.set(key, value);
      } else if (existing.lemma === e.lemma) {
        if (!existing.tenses.includes(g.tense)) existing.tenses.push(g.tense);
      } else if (e.pronominal && baseLemmas.has(verb) && existing.lemma === verb) {
        existing.pronominalLemma = e.lemma;
      } else {
        const alts = (existing.alternatives ??= []);
        if (!alts.includes(e.lemma)) {
          alts.push(e.lemma);
          collisions.push(`${key}: ${existing.lemma} / ${e.lemma}`);
        }
      }
    }
  }

  for (const [form, reason] of Object.entries(data.ambiguousForms)) {
    const v = forms.get(normalizeForm(form));
    if (!v) throw new Error(`ambiguousForms: "${form}" (${reason}) is not a generated form`);
    v.ambiguous = true;
  }
  for (const v of forms.values()) v.tenses.sort((a, b) => TENSES.indexOf(a) - TENSES.indexOf(b));

  // Auxiliaries, 3rd person, generated the same way.
  const aux = new Map<string, { aux: 'avoir' | 'être'; tenses: string[] }>();
  const AUX_TENSES: readonly (readonly [FvTense, string])[] = [
    ...FINITE,
    ['SUBJONCTIF_PRESENT', 'subjonctif'],
  ];
  for (const auxVerb of ['avoir', 'être'] as const) {
    const add = (form: string, tense: string): void => {
      const key = normalizeForm(form);
      if (forms.has(key)) throw new Error(`auxiliary form "${key}" collides with a reporting form`);
      const v = aux.get(key);
      if (!v) aux.set(key, { aux: auxVerb, tenses: [tense] });
      else if (!v.tenses.includes(tense)) v.tenses.push(tense);
    };
    const get = (tense: FvTense, person: number): string =>
      fv.getConjugation(list, auxVerb, tense, person, {}, false, undefined, undefined, 'Act');
    for (const [fvTense, tense] of AUX_TENSES) for (const p of PERSONS_3) add(get(fvTense, p), tense);
    add(get('PARTICIPE_PRESENT', 2), 'participe-present');
    add(get('INFINITIF', 2), 'infinitive');
  }

  // ---- emit
  const q = (s: string): string => JSON.stringify(s);
  const lines: string[] = [];
  lines.push('// GENERATED FILE — DO NOT EDIT.');
  lines.push('// Source: src/lexicon/data/reporting-verbs.json');
  lines.push(`// Generator: scripts/build-reporting-verbs.ts (npx tsx scripts/build-reporting-verbs.ts), with ${versions}.`);
  lines.push('// Forms come from the french-verbs conjugator over the french-verbs-lefff data (derived from the Lefff, LGPL-LR).');
  lines.push('');
  lines.push(`export type ReportingVerbClass = ${data.classes.map(q).join(' | ')};`);
  lines.push('');
  lines.push(`export type ReportingVerbTense = ${TENSES.map(q).join(' | ')};`);
  lines.push('');
  lines.push('export interface ReportingLemma {');
  lines.push('  /** Dictionary form, with the clitic for pronominal verbs ("s\'exclamer") and the tail for multi-word lemmas ("faire valoir"). */');
  lines.push('  readonly lemma: string;');
  lines.push('  readonly class: ReportingVerbClass;');
  lines.push('  /** Reports speech only in its pronominal use: require a reflexive clitic. */');
  lines.push('  readonly pronominal: boolean;');
  lines.push('  /** Frequent non-reporting sense in news ("lancer un missile"): require a quote or a que-clause. */');
  lines.push('  readonly polysemous: boolean;');
  lines.push('  /** The verb that inflects ("faire" in "faire valoir", "exclamer" in "s\'exclamer"). */');
  lines.push('  readonly verb: string;');
  lines.push('  /** Fixed words after the inflected verb ("valoir", "en garde"). */');
  lines.push('  readonly tail?: string;');
  lines.push('}');
  lines.push('');
  lines.push('export interface ReportingVerbForm {');
  lines.push('  /** Reporting lemma (a non-pronominal lemma wins over its pronominal use, see pronominalLemma). */');
  lines.push('  readonly lemma: string;');
  lines.push('  /** First of `tenses` in the order of ReportingVerbTense. */');
  lines.push('  readonly tense: ReportingVerbTense;');
  lines.push('  /** Every tense this form has for this lemma ("dit": present, participle, passe-simple). */');
  lines.push('  readonly tenses: readonly ReportingVerbTense[];');
  lines.push('  /** Also a common non-verb word ("note", "juge", "tonne", "prévenu"): require context. */');
  lines.push('  readonly ambiguous?: true;');
  lines.push('  /** The lemma has a frequent non-reporting sense (see ReportingLemma.polysemous). */');
  lines.push('  readonly polysemous?: true;');
  lines.push('  /** The lemma is pronominal only: a reporting cue only after a reflexive clitic. */');
  lines.push('  readonly pronominal?: true;');
  lines.push('  /** The pronominal reporting lemma of the same verb ("se dire" for "dit"), used after a reflexive clitic. */');
  lines.push('  readonly pronominalLemma?: string;');
  lines.push('  /** Other reporting lemmas that produce the same form. */');
  lines.push('  readonly alternatives?: readonly string[];');
  lines.push('  /** Multi-word lemma: the key is "<form> <tail>" ("fait valoir", "mis en garde"). */');
  lines.push('  readonly tail?: string;');
  lines.push('}');
  lines.push('');
  lines.push('export interface AuxiliaryForm {');
  lines.push("  readonly aux: 'avoir' | 'être';");
  lines.push('  readonly tenses: readonly string[];');
  lines.push('}');
  lines.push('');
  lines.push(`/** ${data.verbs.length} lemmas. */`);
  const lemmas = data.verbs.map((e) => ({
    lemma: e.lemma,
    class: e.class,
    pronominal: e.pronominal === true,
    polysemous: e.polysemous === true,
    verb: inflectingVerb(e),
    ...(e.tail ? { tail: e.tail } : {}),
  }));
  lines.push(`export const REPORTING_LEMMAS: readonly ReportingLemma[] = ${jsonArraySource(lemmas)};`);
  lines.push('');
  const sortedForms = [...forms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const formRows = sortedForms.map(([key, v]) => [
    key,
    {
      lemma: v.lemma,
      tense: v.tenses[0] ?? 'present',
      tenses: v.tenses,
      ...(v.ambiguous ? { ambiguous: true } : {}),
      ...(v.polysemous ? { polysemous: true } : {}),
      ...(v.pronominal ? { pronominal: true } : {}),
      ...(v.pronominalLemma ? { pronominalLemma: v.pronominalLemma } : {}),
      ...(v.alternatives ? { alternatives: v.alternatives } : {}),
      ...(v.tail ? { tail: v.tail } : {}),
    },
  ]);
  // Forms of one lemma and tense share one value ("abondaient", "abondait"), and the values share their tense lists:
  // one object per distinct value, loaded once and kept for the life of the process.
  const valueIndex = new Map<string, number>();
  const values: unknown[] = [];
  const keyedRows = formRows.map(([key, value]) => {
    const json = JSON.stringify(value);
    let v = valueIndex.get(json);
    if (v === undefined) {
      v = values.length;
      valueIndex.set(json, v);
      values.push(value);
    }
    return [key, v] as const;
  });
  lines.push(`const FORM_VALUES: readonly ReportingVerbForm[] = shareTenses(${jsonArraySource(values)});`);
  lines.push('');
  lines.push(`/** ${forms.size} forms, keyed by lower-case NFC form with straight apostrophes (each with the index of its value). */`);
  lines.push(
    `export const REPORTING_VERB_FORMS: ReadonlyMap<string, ReportingVerbForm> = new Map<string, ReportingVerbForm>((${jsonArraySource(keyedRows)} as [string, number][]).map(([form, v]) => [form, FORM_VALUES[v] as ReportingVerbForm]));`,
  );
  lines.push('');
  lines.push('/** The values with one array per distinct list of tenses. */');
  lines.push('function shareTenses(values: ReportingVerbForm[]): ReportingVerbForm[] {');
  lines.push('  const lists = new Map<string, readonly ReportingVerbTense[]>();');
  lines.push('  for (const value of values) {');
  lines.push("    const key = value.tenses.join(' ');");
  lines.push('    const list = lists.get(key);');
  lines.push('    if (list === undefined) lists.set(key, value.tenses);');
  lines.push('    else (value as { tenses: readonly ReportingVerbTense[] }).tenses = list;');
  lines.push('  }');
  lines.push('  return values;');
  lines.push('}');
  lines.push('');
  lines.push('/** Third-person forms of avoir and être used to build compound tenses (passé composé, plus-que-parfait, conditionnel passé, …). */');
  lines.push('export const AUXILIARY_FORMS: ReadonlyMap<string, AuxiliaryForm> = new Map<string, AuxiliaryForm>([');
  for (const [key, v] of aux) {
    lines.push(`  [${q(key)}, { aux: ${q(v.aux)}, tenses: [${v.tenses.map(q).join(', ')}] }],`);
  }
  lines.push(']);');
  lines.push('');

  mkdirSync(path.dirname(OUT_PATH), { recursive: true });
  writeFileSync(OUT_PATH, lines.join('\n'));
  console.log(`${data.verbs.length} lemmas, ${forms.size} forms, ${aux.size} auxiliary forms -> ${path.relative(ROOT, OUT_PATH)}`);
  if (collisions.length) console.log(`forms shared by two lemmas:\n  ${collisions.join('\n  ')}`);
}

main();
