/**
 * `npm run bench`: speed, memory and accuracy of depeche side by side with the
 * peer libraries, on the same text in the same run.
 *
 *   npm run build && npm run bench          the full run (≈ 3–6 min on 2 cores)
 *   BENCH_QUICK=1 npm run bench             a short run (fewer passes, shorter caps)
 *   npm run bench:profile                   CPU profile of `extract` (see profile.ts)
 *   npx tsx benchmarks/compare.ts           compare results.previous.json with results.json
 *
 * Environment variables:
 *   BENCH_QUICK=1          3 passes instead of 7, peers capped at 5 s instead of 20 s, one 10 MB pass
 *   BENCH_RUNS=n           measured passes per depeche function (after one warm-up pass)
 *   BENCH_PEERS=a,b|none   only these peers (fr-compromise, compromise, wink-nlp, recognizers-text, chrono-node)
 *   BENCH_PEER_SECONDS=s   time cap of one peer pass over the 1 MB corpus (rate computed from what was done)
 *   BENCH_BUILD=1          run `npm run build` first even if dist/ exists
 *   BENCH_NO_SAVE=1        print only: do not write RESULTS.md / results.json / results.previous.json
 *   BENCH_VERBOSE=1        print the full accuracy tables of every system
 *
 * What it measures (all against the BUILT package, dist/index.js):
 *   - throughput of prepare, extractEntities, extractQuantities, extractAttributions and extract
 *     on the seeds repeated to ≥ 1 MB, split into articles (median of several passes after a warm-up);
 *   - growth: extract on the 1 MB corpus as one document and on the ≥ 10 MB corpus as one document;
 *     the ratio from one fresh process timing 1 MB of articles and the 10 MB document in turn;
 *   - cold start (fresh `node` process: import + first extract), peak RSS of extract on the 10 MB
 *     document held as one string and of extractStream reading the same file in chunks, and the
 *     same file with a growing vocabulary (lib/corpus.ts vocabularyCorpus: what outlives a section
 *     per form or name shows there) (fresh processes, maxRSS / VmHWM), package size (npm pack
 *     --dry-run, dist/);
 *   - the peers on the same 1 MB corpus, each doing the closest job it offers (benchmarks/peers/);
 *   - accuracy of depeche and of each peer on the seed gold with the shared scorer (score.ts).
 * 1 MB = 2^20 bytes of UTF-8; chars/s counts UTF-16 code units (JavaScript string length).
 *
 * Output: tables on stdout (progress on stderr), benchmarks/RESULTS.md, benchmarks/results.json.
 * Before overwriting results.json it is compared with the new run (any depeche figure more than
 * 10 % worse is flagged) and kept as results.previous.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Depeche from '../src/index.js';
import { benchDir, loadCorpus, MB, rootDir, seedsDir, vocabularyCorpus, type Corpus } from './lib/corpus.js';
import { errorText, fmt, fmtInt, isFailure, machine, machineCheck, median, timePasses, type Failure, type Measured } from './lib/measure.js';
import { regressions, type ColdStart, type PackageSize, type PeakRss, type PeerResult, type Results, type Target } from './lib/results.js';
import { mdTable, textTable } from './lib/table.js';
import { PEERS } from './peers/index.js';
import type { PeerAdapter } from './peers/types.js';
import { emptyScores, formatScores, loadGold, prf, scoreDocument, summarize, type GoldDocument, type Prediction, type Scores } from './score.js';

type Lib = typeof Depeche;

// ---------------------------------------------------------------- settings

const env = process.env;
const QUICK = env['BENCH_QUICK'] === '1';
const RUNS = Math.max(1, Number(env['BENCH_RUNS'] ?? (QUICK ? 3 : 7)) || 1);
const FN_BUDGET_MS = QUICK ? 5_000 : 20_000;
const PEER_CAP_MS = Math.max(0.5, Number(env['BENCH_PEER_SECONDS'] ?? (QUICK ? 5 : 20)) || 5) * 1000;
const PEER_RUNS = QUICK ? 1 : 3;
const DOC10_RUNS = QUICK ? 1 : 3;
const COLD_RUNS = QUICK ? 3 : 7;
const NO_SAVE = env['BENCH_NO_SAVE'] === '1';
const VERBOSE = env['BENCH_VERBOSE'] === '1';
const PEER_NAMES = (() => {
  const v = env['BENCH_PEERS'];
  if (v === undefined || v.trim() === '') return Object.keys(PEERS);
  if (v.trim() === 'none') return [];
  const names = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const n of names) if (!(n in PEERS)) console.error(`BENCH_PEERS: unknown peer "${n}" (known: ${Object.keys(PEERS).join(', ')})`);
  return names.filter((n) => n in PEERS);
})();

const distDir = join(rootDir, 'dist');
const distFile = join(distDir, 'index.js');
const childFile = join(benchDir, 'child.mjs');
const resultsFile = join(benchDir, 'results.json');
const previousFile = join(benchDir, 'results.previous.json');
const reportFile = join(benchDir, 'RESULTS.md');

const TARGET = { extractMBps: 5, vsFrCompromise: 35, coldStartMs: 150, peakRssMB: 100, growthTolerance: 0.15 };

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)}s`;

// ---------------------------------------------------------------- the built package

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const force = env['BENCH_BUILD'] === '1';
  if (force || !existsSync(distFile)) {
    log(force ? 'BENCH_BUILD=1: running `npm run build`…' : `dist/index.js is missing: running \`npm run build\` first…`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: ['ignore', 2, 2] });
    if (r.status !== 0 || !existsSync(distFile)) {
      console.error('\n`npm run build` failed: the benchmarks run against dist/index.js and cannot run without it.');
      process.exit(1);
    }
    return;
  }
  try {
    if (newestMtime(join(rootDir, 'src')) > newestMtime(distDir)) {
      log('warning: dist/ is older than src/: figures are for the last build (run `npm run build` or set BENCH_BUILD=1).');
    }
  } catch {
    /* no src/ in an installed copy */
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version: string }).version;
}

// ---------------------------------------------------------------- depeche measurements

const count = (xs: { length: number }) => xs.length;
const countExtraction = (x: Depeche.Extraction) => x.entities.length + x.quantities.length + x.attributions.length;

function throughput(lib: Lib, corpus: Corpus): Record<string, Measured> {
  const fns: Record<string, (a: string) => number> = {
    prepare: (a) => lib.prepare(a).tokens.length,
    extractEntities: (a) => count(lib.extractEntities(a)),
    extractQuantities: (a) => count(lib.extractQuantities(a)),
    extractAttributions: (a) => count(lib.extractAttributions(a)),
    extract: (a) => countExtraction(lib.extract(a)),
  };
  // One pass of every function first, so that the first one measured does not pay for shared warm-up.
  for (const fn of Object.values(fns)) {
    try {
      for (const a of corpus.articles) fn(a);
    } catch {
      /* reported below */
    }
  }
  const out: Record<string, Measured> = {};
  for (const [name, fn] of Object.entries(fns)) {
    try {
      out[name] = timePasses(corpus.articles, corpus.bytes, fn, { runs: RUNS, budgetMs: FN_BUDGET_MS });
      log(`  ${name.padEnd(20)} ${describe(out[name])}  [${elapsed()}]`);
    } catch (e) {
      out[name] = { error: errorText(e) };
      log(`  ${name.padEnd(20)} FAILED: ${errorText(e)}`);
    }
  }
  return out;
}

function describe(m: Measured | undefined): string {
  if (m === undefined) return '—';
  if (isFailure(m)) return `failed: ${m.error}`;
  return `${fmtInt(m.charsPerSec)} chars/s, ${fmt(m.mbPerSec)} MB/s, ${fmt(m.articlesPerSec, 1)} articles/s${m.partial === true ? ' (partial pass, time cap)' : ` (median of ${m.runs})`}`;
}

interface ChildRun {
  json: Record<string, unknown>;
  wallMs: number;
  /** Peak RSS of the child as sampled by the parent from /proc (Linux), MB; null elsewhere. */
  sampledPeakMB: number | null;
}

class ChildTimeout extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly sampledPeakMB: number | null,
  ) {
    super(`did not finish within ${(timeoutMs / 1000).toFixed(0)} s`);
  }
}

/** Run benchmarks/child.mjs in a fresh Node process, killed after `timeoutMs`. */
function runChild(args: string[], timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [childFile, ...args], { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sampledPeakMB: number | null = null;
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
    const sample = () => {
      try {
        const m = /VmHWM:\s*(\d+)\s*kB/u.exec(readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8'));
        if (m?.[1] !== undefined) sampledPeakMB = Math.max(sampledPeakMB ?? 0, Number(m[1]) / 1024);
      } catch {
        /* not Linux, or the process has ended */
      }
    };
    const poll = setInterval(sample, 100);
    const timer = setTimeout(() => {
      timedOut = true;
      sample();
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      if (timedOut) {
        reject(new ChildTimeout(timeoutMs, sampledPeakMB));
        return;
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(line) as Record<string, unknown>;
      } catch {
        reject(new Error(`child ${args[0] ?? ''} exited with ${code ?? signal ?? '?'}: ${(stderr || stdout).trim().slice(0, 300)}`));
        return;
      }
      if (typeof json['error'] === 'string') reject(new Error(json['error']));
      else resolve({ json, wallMs, sampledPeakMB });
    });
  });
}

/** The rate (median of the passes) and peak RSS that a `doc` or `stream` child printed. */
function rateAndRss(corpus: Corpus, json: Record<string, unknown>): { rate: Measured; rss: PeakRss } {
  const n = (k: string) => (typeof json[k] === 'number' ? json[k] : NaN);
  const times = Array.isArray(json['ms']) ? (json['ms'] as number[]) : [];
  const ms = median(times);
  return {
    rate: {
      charsPerSec: (corpus.chars / ms) * 1000,
      mbPerSec: (corpus.bytes / MB / ms) * 1000,
      articlesPerSec: (corpus.articles.length / ms) * 1000,
      medianMs: ms,
      runs: times.length,
      results: n('results'),
    },
    rss: { chars: n('chars'), baselineMB: n('baselineMB'), peakMB: n('peakMB'), deltaMB: n('deltaMB'), ms: times[0] ?? NaN, results: n('results') },
  };
}

/**
 * extract on a whole corpus as ONE document, in a fresh process with a time
 * limit (a super-linear pipeline must not hang the run). Gives the rate and
 * the peak RSS after the first pass.
 */
async function documentRun(corpus: Corpus, passes: number, budgetMs: number, timeoutMs: number): Promise<{ rate: Measured; rss: PeakRss | Failure }> {
  try {
    const { json } = await runChild(['doc', distFile, corpus.file, String(passes), String(budgetMs)], timeoutMs);
    return rateAndRss(corpus, json);
  } catch (e) {
    if (e instanceof ChildTimeout) {
      const bound = (corpus.bytes / MB / e.timeoutMs) * 1000;
      const peak = e.sampledPeakMB === null ? '' : `; peak RSS ≥ ${e.sampledPeakMB.toFixed(0)} MB when stopped`;
      return {
        rate: { error: `${e.message} (< ${bound.toFixed(3)} MB/s)` },
        rss: { error: `${e.message}${peak}` },
      };
    }
    return { rate: { error: errorText(e) }, rss: { error: errorText(e) } };
  }
}

/**
 * The growth ratio from one fresh process: extract on the 1 MB corpus as
 * articles and on the 10 MB corpus as one document, in turn, so that both
 * rates come from the same minutes of a machine whose speed drifts.
 */
async function pairedGrowth(c1: Corpus, c10: Corpus, rounds: number, timeoutMs: number): Promise<{ articlesMBps: number; documentMBps: number; rounds: number } | Failure> {
  try {
    const { json } = await runChild(['growth', distFile, c1.file, c10.file, String(rounds)], timeoutMs);
    const list = (k: string) => (Array.isArray(json[k]) ? (json[k] as number[]) : []);
    const articlesMs = median(list('articlesMs'));
    const documentMs = median(list('documentMs'));
    return { articlesMBps: (c1.bytes / MB / articlesMs) * 1000, documentMBps: (c10.bytes / MB / documentMs) * 1000, rounds: list('documentMs').length };
  } catch (e) {
    return { error: errorText(e) };
  }
}

/**
 * extractStream over a corpus file read as a byte stream, in a fresh process:
 * the rate and the peak RSS of a reader that handles results section by
 * section and keeps none.
 */
async function streamRun(corpus: Corpus, timeoutMs: number): Promise<{ rate: Measured; rss: PeakRss | Failure }> {
  try {
    const { json } = await runChild(['stream', distFile, corpus.file], timeoutMs);
    if (json['chars'] !== corpus.chars) throw new Error(`extractStream read ${String(json['chars'])} characters of ${corpus.chars}`);
    return rateAndRss(corpus, json);
  } catch (e) {
    return { rate: { error: errorText(e) }, rss: { error: errorText(e) } };
  }
}

async function coldStart(article: string): Promise<ColdStart | Failure> {
  try {
    const runs: Array<Record<string, number>> = [];
    const walls: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const { json, wallMs } = await runChild(['cold', distFile, article], 60_000);
      runs.push(json as Record<string, number>);
      walls.push(wallMs);
    }
    const med = (k: string) => median(runs.map((r) => r[k] ?? NaN));
    return {
      runs: runs.length,
      importMs: med('importMs'),
      firstCallMs: med('firstCallMs'),
      importAndFirstCallMs: med('importAndFirstCallMs'),
      sinceProcessStartMs: med('totalMs'),
      wallMs: median(walls),
    };
  } catch (e) {
    return { error: errorText(e) };
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}

/** Bytes loaded by `import 'depeche'`: dist/index.js and the chunks it imports, transitively. */
function esmBytes(): number {
  const seen = new Set<string>();
  const visit = (file: string): number => {
    if (seen.has(file) || !existsSync(file)) return 0;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    let total = Buffer.byteLength(src);
    for (const m of src.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/gu)) {
      if (m[1] !== undefined) total += visit(join(distDir, m[1]));
    }
    return total;
  };
  return visit(distFile);
}

function packageSize(): PackageSize | Failure {
  try {
    let tarballBytes: number | null = null;
    let unpackedBytes: number | null = null;
    let files: number | null = null;
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: rootDir, encoding: 'utf8', timeout: 60_000 });
    try {
      const info = (JSON.parse(r.stdout) as Array<{ size?: number; unpackedSize?: number; entryCount?: number }>)[0];
      tarballBytes = info?.size ?? null;
      unpackedBytes = info?.unpackedSize ?? null;
      files = info?.entryCount ?? null;
    } catch {
      log(`  npm pack --dry-run failed (${(r.stderr ?? '').trim().split('\n').pop() ?? ''}); reporting dist/ only`);
    }
    return { tarballBytes, unpackedBytes, files, distBytes: dirBytes(distDir), esmBytes: esmBytes() };
  } catch (e) {
    return { error: errorText(e) };
  }
}

// ---------------------------------------------------------------- accuracy

/** depeche's prediction for one document; if `extract` throws, whatever the single pipelines give. */
function depechePrediction(lib: Lib, text: string): { pred: Prediction; errors: string[] } {
  try {
    return { pred: lib.extract(text), errors: [] };
  } catch (e) {
    const errors = [`extract: ${errorText(e)}`];
    const pred: { -readonly [K in keyof Prediction]: Prediction[K] } = {};
    try {
      pred.entities = lib.extractEntities(text);
    } catch (err) {
      errors.push(`extractEntities: ${errorText(err)}`);
    }
    try {
      pred.quantities = lib.extractQuantities(text);
    } catch (err) {
      errors.push(`extractQuantities: ${errorText(err)}`);
    }
    try {
      pred.attributions = lib.extractAttributions(text);
    } catch (err) {
      errors.push(`extractAttributions: ${errorText(err)}`);
    }
    return { pred, errors };
  }
}

function scoresFor(parts: ReadonlyArray<'entities' | 'quantities' | 'attributions'>): Scores {
  const s = emptyScores();
  if (!parts.includes('entities')) s.entities = null;
  if (!parts.includes('quantities')) s.quantities = null;
  if (!parts.includes('attributions')) s.attributions = null;
  return s;
}

/**
 * Score each part of a prediction on its own, so that a part whose output
 * breaks the scorer (a contract violation) is reported without losing the others.
 */
function scoreParts(doc: GoldDocument, pred: Prediction, scores: Scores, errors: Record<string, string>): void {
  for (const part of ['entities', 'quantities', 'attributions'] as const) {
    const value = pred[part];
    if (value === undefined || errors[part] !== undefined) continue;
    try {
      scoreDocument(doc, { [part]: value } as Prediction, scores);
    } catch (e) {
      errors[part] = `${doc.name}: scoring ${part} failed (output breaks the contract?): ${errorText(e)}`;
    }
  }
}

/** Strict F1 over PERSON, ORGANIZATION, LOCATION and DATE only (the types most peers attempt). */
function coreEntityF1(s: Scores): number | null {
  if (s.entities === null) return null;
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const t of ['PERSON', 'ORGANIZATION', 'LOCATION', 'DATE']) {
    const x = s.entities.strict[t];
    if (x === undefined) continue;
    c.tp += x.tp;
    c.fp += x.fp;
    c.fn += x.fn;
  }
  return prf(c).f1;
}

function accuracySummary(s: Scores): Record<string, number> {
  const out = summarize(s);
  const core = coreEntityF1(s);
  if (core !== null) out['entities.coreStrictF1'] = core;
  return out;
}

// ---------------------------------------------------------------- peers

function countPrediction(p: Prediction): number {
  return (p.entities?.length ?? 0) + (p.quantities?.length ?? 0) + (p.attributions?.length ?? 0);
}

async function runPeer(name: string, gold: GoldDocument[], corpus: Corpus, details: Map<string, string>): Promise<PeerResult | Failure> {
  const load = PEERS[name];
  if (load === undefined) return { error: `unknown peer ${name}` };
  let adapter: PeerAdapter;
  const t0 = performance.now();
  try {
    adapter = await load();
  } catch (e) {
    log(`  ${name}: failed to load: ${errorText(e)}`);
    return { error: `load: ${errorText(e)}` };
  }
  const loadMs = performance.now() - t0;
  // Accuracy first: it is also the warm-up before the timed passes.
  let accuracy: Record<string, number> | Failure;
  const t1 = performance.now();
  try {
    const scores = scoresFor(adapter.parts);
    const errors: Record<string, string> = {};
    for (const doc of gold) scoreParts(doc, adapter.run(doc.text), scores, errors);
    accuracy = accuracySummary(scores);
    for (const part of Object.keys(errors)) for (const k of Object.keys(accuracy)) if (k.startsWith(`${part}.`)) delete accuracy[k];
    for (const e of Object.values(errors)) log(`  ${name} accuracy error: ${e}`);
    details.set(name, formatScores(scores, name));
  } catch (e) {
    accuracy = { error: errorText(e) };
  }
  const accMs = performance.now() - t1;
  let tp: Measured;
  try {
    tp = timePasses(corpus.articles, corpus.bytes, (a) => countPrediction(adapter.run(a)), {
      runs: PEER_RUNS,
      budgetMs: PEER_CAP_MS,
      capMs: PEER_CAP_MS,
      warmup: false,
    });
  } catch (e) {
    tp = { error: errorText(e) };
  }
  log(`  ${name.padEnd(17)} load ${fmtInt(loadMs)} ms, gold pass ${fmtInt(accMs)} ms; ${describe(tp)}  [${elapsed()}]`);
  let installedBytes: number | null = null;
  try {
    const pkg = name === 'recognizers-text' ? '@microsoft/recognizers-text-suite' : name;
    installedBytes = dirBytes(join(rootDir, 'node_modules', pkg));
  } catch {
    installedBytes = null;
  }
  return { name, version: adapter.version, job: adapter.job, loadMs, throughput: tp, accuracy, installedBytes };
}

// ---------------------------------------------------------------- report

const pct = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(1)}`);
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '—' : `${(bytes / MB).toFixed(2)} MB`);
const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} kB`);

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  align?: Array<'l' | 'r'>;
  note?: string;
}

function throughputRow(label: string, m: Measured | undefined, extra: string[] = []): string[] {
  if (m === undefined) return [label, '—', '—', '—', '—', '—', ...extra];
  if (isFailure(m)) return [label, 'FAILED', '', '', '', m.error.slice(0, 60), ...extra];
  return [
    label,
    fmtInt(m.charsPerSec),
    fmt(m.mbPerSec, 2),
    fmt(m.articlesPerSec, 1),
    fmt(m.medianMs, 1),
    m.partial === true ? `partial: ${fmtInt(m.charsDone ?? 0)} chars` : `${m.runs}`,
    ...extra,
  ];
}

const ACCURACY_COLUMNS: Array<[string, string]> = [
  ['entities.strictF1', 'ent F1'],
  ['entities.overlapF1', 'ent ovl F1'],
  ['entities.coreStrictF1', 'P/O/L/D F1'],
  ['entities.PERSON.strictF1', 'PER'],
  ['entities.ORGANIZATION.strictF1', 'ORG'],
  ['entities.LOCATION.strictF1', 'LOC'],
  ['entities.DATE.strictF1', 'DATE'],
  ['entities.NATIONALITY.strictF1', 'NAT'],
  ['entities.personCanonical', 'PER canon'],
  ['quantities.spanF1', 'qty span F1'],
  ['quantities.valueF1', 'qty value F1'],
  ['attributions.contentF1', 'attr F1'],
  ['attributions.withSourceF1', 'attr+src F1'],
];

function accuracyRow(label: string, a: Record<string, number> | Failure | undefined, errors: Record<string, string> = {}): string[] {
  if (a === undefined) return [label, ...ACCURACY_COLUMNS.map(() => '—')];
  if (isFailure(a)) return [label, `FAILED: ${a.error.slice(0, 50)}`, ...ACCURACY_COLUMNS.slice(1).map(() => '')];
  return [label, ...ACCURACY_COLUMNS.map(([k]) => (errors[k.split('.')[0] ?? ''] !== undefined ? 'ERR' : pct(a[k])))];
}

/**
 * How the machine speed check moved, within this run and since the previous
 * one: a throughput "regression" on a machine that ran the fixed workload
 * that much slower says more about the machine than about the code.
 */
function machineNote(r: Results): string {
  const check = r.machineCheck;
  if (check === undefined) return '';
  const pct = (a: number, b: number) => `${Math.abs((a / b - 1) * 100).toFixed(0)} % ${a > b ? 'slower' : 'faster'}`;
  const notes: string[] = [];
  const before = r.comparedWith?.machineCheckStartMs;
  if (before !== undefined && Math.abs(check.startMs / before - 1) > 0.1) {
    notes.push(`machine speed check ${fmt(check.startMs, 1)} ms vs ${fmt(before, 1)} ms in the previous run: the machine was ${pct(check.startMs, before)}`);
  }
  if (Math.abs(check.endMs / check.startMs - 1) > 0.1) {
    notes.push(`the machine's speed changed during this run: the check was ${pct(check.endMs, check.startMs)} at the end`);
  }
  return notes.join('\n  ');
}

function sections(r: Results): Section[] {
  const d = r.depeche;
  const out: Section[] = [];
  const c1 = r.corpus['1MB'];
  out.push({
    title: `depeche ${d.version} throughput — seeds corpus ${mb(c1?.bytes)} (${fmtInt(c1?.chars ?? 0)} chars, ${c1?.articles ?? 0} articles), median of ${RUNS} passes after a warm-up`,
    headers: ['function', 'chars/s', 'MB/s', 'articles/s', 'ms/pass', 'passes'],
    rows: Object.entries(d.throughput).map(([k, m]) => throughputRow(k, m)),
  });
  const g = d.growth;
  out.push({
    title: 'growth — extract, same text as articles vs as one document',
    headers: ['input', 'chars/s', 'MB/s', 'articles/s', 'ms/pass', 'passes'],
    rows: [
      throughputRow('1 MB as articles', g.articles1MB),
      throughputRow('1 MB, one document', g.document1MB),
      throughputRow(`${mb(r.corpus['10MB']?.bytes)}, one document`, g.document10MB),
    ],
    note:
      g.ratio10MBto1MB === null
        ? 'ratio 10 MB / 1 MB: —'
        : g.paired !== undefined && !isFailure(g.paired)
          ? `ratio 10 MB document / 1 MB articles: ${g.ratio10MBto1MB.toFixed(3)} (linear = 1.0), timed in turn in one process over ${g.paired.rounds} rounds: ${fmt(g.paired.documentMBps)} / ${fmt(g.paired.articlesMBps)} MB/s`
          : `ratio 10 MB document / 1 MB articles: ${g.ratio10MBto1MB.toFixed(3)} (linear = 1.0)`,
  });
  const cs = d.coldStart;
  const rss = d.peakRss;
  const size = d.size;
  out.push({
    title: 'start-up, memory and size',
    headers: ['metric', 'value'],
    align: ['l', 'l'],
    rows: [
      ['cold start: import + first extract (median)', isFailure(cs) ? `FAILED: ${cs.error}` : `${fmt(cs.importAndFirstCallMs, 1)} ms (import ${fmt(cs.importMs, 1)} + first call ${fmt(cs.firstCallMs, 1)}; ${cs.runs} fresh processes)`],
      [
        'machine speed check (fixed JS workload, start / end of run)',
        r.machineCheck === undefined ? '—' : `${fmt(r.machineCheck.startMs, 1)} ms / ${fmt(r.machineCheck.endMs, 1)} ms (lower is faster; see below)`,
      ],
      ['cold start: from process start / whole process', isFailure(cs) ? '—' : `${fmt(cs.sinceProcessStartMs, 1)} ms / ${fmt(cs.wallMs, 1)} ms wall`],
      ['peak RSS, extract on the 10 MB document (one string, all results kept)', isFailure(rss) ? `FAILED: ${rss.error}` : `${fmt(rss.peakMB, 1)} MB (before extract ${fmt(rss.baselineMB, 1)} MB, +${fmt(rss.deltaMB, 1)} MB; ${fmt(rss.ms / 1000, 2)} s, ${fmtInt(rss.results)} results)`],
      ['peak RSS, extractStream over the 10 MB file (read in chunks, results dropped)', streamRssText(d.stream)],
      ['peak RSS, extractStream, the same file with a new word in four (growing vocabulary)', streamRssText(d.streamVocabulary)],
      ['package (npm pack --dry-run)', isFailure(size) ? `FAILED: ${size.error}` : `${kb(size.tarballBytes)} tarball, ${kb(size.unpackedBytes)} unpacked, ${size.files ?? '—'} files`],
      ['dist/ / loaded by import', isFailure(size) ? '—' : `${kb(size.distBytes)} / ${kb(size.esmBytes)}`],
    ],
  });
  const ex = d.throughput['extract'];
  const exRate = ex !== undefined && !isFailure(ex) ? ex.charsPerSec : NaN;
  const peerRows: string[][] = [throughputRow(`depeche extract`, ex, ['1', '—', kb(isFailure(size) ? null : size.unpackedBytes), 'entities, quantities, attributions'])];
  for (const [name, p] of Object.entries(r.peers)) {
    if (isFailure(p)) {
      peerRows.push([name, 'FAILED', '', '', '', p.error.slice(0, 60), '', '', '', '']);
      continue;
    }
    const rate = isFailure(p.throughput) ? NaN : p.throughput.charsPerSec;
    peerRows.push(throughputRow(`${name} ${p.version}`, p.throughput, [Number.isFinite(rate) && Number.isFinite(exRate) ? `${(exRate / rate).toFixed(1)}×` : '—', fmtInt(p.loadMs), kb(p.installedBytes), p.job]));
  }
  out.push({
    title: `peers on the same 1 MB corpus (each pass capped at ${PEER_CAP_MS / 1000} s; "partial" = rate from what was done)`,
    headers: ['system', 'chars/s', 'MB/s', 'articles/s', 'ms/pass', 'passes', 'depeche ×', 'load ms', 'installed', 'job'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    rows: peerRows,
  });
  const accRows = [accuracyRow('depeche', d.accuracy, d.accuracyErrors)];
  for (const [name, p] of Object.entries(r.peers)) accRows.push(accuracyRow(name, isFailure(p) ? p : p.accuracy));
  out.push({
    title: 'accuracy on the seed gold (F1 %, strict spans unless noted; — = not attempted)',
    headers: ['system', ...ACCURACY_COLUMNS.map(([, h]) => h)],
    rows: accRows,
    note:
      Object.values(d.accuracyErrors).map((e) => `ERR depeche ${e}. `).join('') +
      'P/O/L/D = PERSON+ORGANIZATION+LOCATION+DATE only; qty value = exact span and value; attr = content ≥80% overlap; +src = and the same source. ' +
      'The seed gold is also the set the pipelines were developed on: depeche figures here are not a held-out estimate.',
  });
  out.push({
    title: 'targets (reported, not asserted)',
    headers: ['target', 'goal', 'measured', 'status'],
    align: ['l', 'l', 'l', 'l'],
    rows: r.targets.map((t) => [t.name, t.target, t.value, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED']),
  });
  const cmp = r.comparedWith;
  out.push({
    title: cmp === null ? 'regressions: no previous results.json to compare with' : `regressions vs previous run (${cmp.date}, ${cmp.commit ?? 'no commit'}${cmp.quick === true ? ', quick' : ''}${cmp.sameMachine ? '' : ', OTHER MACHINE'}): depeche figures > 10 % worse`,
    headers: ['metric', 'previous', 'current', 'worse by'],
    rows: r.regressions.map((x) => [x.metric, fmt(x.previous, 1), fmt(x.current, 1), `${(x.worse * 100).toFixed(1)} %`]),
    ...(cmp !== null ? { note: [r.regressions.length === 0 ? 'none' : '', machineNote(r)].filter((x) => x !== '').join('\n  ') } : {}),
  });
  return out;
}

function printReport(r: Results): void {
  const m = r.machine;
  console.log(`\ndepeche benchmarks — ${m.date}${QUICK ? ' (BENCH_QUICK)' : ''}`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; Node ${m.node}; ${m.platform}; commit ${m.commit ?? '?'}${m.dirty === true ? ' (+ uncommitted src changes)' : ''}`);
  for (const s of sections(r)) {
    console.log(`\n${s.title}`);
    if (s.rows.length > 0) console.log(textTable(s.headers, s.rows, s.align));
    if (s.note !== undefined) console.log(`  ${s.note}`);
  }
}

function markdown(r: Results, details: Map<string, string>): string {
  const m = r.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\`${QUICK ? ' with `BENCH_QUICK=1`' : ''} on ${m.date}. Do not edit by hand.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory, ${m.platform}`,
    `- Node ${m.node} (V8 ${m.v8})`,
    `- Commit: ${m.commit ?? 'unknown'}${m.dirty === true ? ' with uncommitted changes in src/' : ''}; package built from dist/ (\`npm run build\`)`,
    `- Settings: ${Object.entries(r.settings).map(([k, v]) => `${k}=${String(v)}`).join(', ')}`,
    '- 1 MB = 2^20 bytes of UTF-8; chars/s counts UTF-16 code units.',
  ];
  for (const s of sections(r)) {
    lines.push('', `## ${s.title}`, '');
    if (s.rows.length > 0) lines.push(mdTable(s.headers, s.rows, s.align));
    if (s.note !== undefined) lines.push('', s.note);
  }
  lines.push('', '## Accuracy details', '', '<details><summary>Full scorer tables</summary>', '', '```text');
  for (const text of details.values()) lines.push(text, '');
  lines.push('```', '', '</details>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const mach = machine(rootDir);
  log(`depeche benchmarks${QUICK ? ' (BENCH_QUICK)' : ''}: ${mach.cpu}, ${mach.cores} cores, Node ${mach.node}`);
  ensureBuilt();
  const lib = (await import(pathToFileURL(distFile).href)) as Lib;
  const version = packageVersion();

  log('corpus…');
  const c1 = loadCorpus('1MB', MB);
  const c10 = loadCorpus('10MB', 10 * MB);
  log(`  ${mb(c1.bytes)} (${c1.articles.length} articles), ${mb(c10.bytes)} (${c10.articles.length} articles) in benchmarks/.corpus/`);

  const checkStart = machineCheck();
  log(`machine speed check: ${fmt(checkStart, 1)} ms`);

  log('depeche throughput (1 MB as articles)…');
  const tp = throughput(lib, c1);

  log('growth (one document, fresh processes)…');
  const doc1 = await documentRun(c1, RUNS, FN_BUDGET_MS, QUICK ? 30_000 : 60_000);
  const document1MB = doc1.rate;
  log(`  1 MB document       ${describe(document1MB)}  [${elapsed()}]`);
  // Time limit for the 10 MB document: 3× what a linear pipeline would need (30 s to 180 s).
  const expected10 = isFailure(document1MB) ? NaN : (document1MB.medianMs * c10.chars) / c1.chars;
  const timeout10 = Number.isFinite(expected10) ? Math.min(180_000, Math.max(30_000, expected10 * 3 * DOC10_RUNS)) : 60_000;
  const doc10 = await documentRun(c10, DOC10_RUNS, QUICK ? 10_000 : 40_000, timeout10);
  const document10MB = doc10.rate;
  const rss = doc10.rss;
  log(`  10 MB document      ${describe(document10MB)}  [${elapsed()}]`);
  const stream = await streamRun(c10, timeout10);
  log(`  10 MB extractStream ${describe(stream.rate)}  [${elapsed()}]`);
  const streamVocabulary = await streamRun(vocabularyCorpus(c10), timeout10);
  log(`  10 MB extractStream, growing vocabulary ${describe(streamVocabulary.rate)}  [${elapsed()}]`);
  const articles1MB = tp['extract'] ?? { error: 'not measured' };
  const paired = await pairedGrowth(c1, c10, DOC10_RUNS, timeout10 * 2);
  log(`  growth, in turn in one process: ${isFailure(paired) ? paired.error : `1 MB articles ${fmt(paired.articlesMBps)} MB/s, 10 MB document ${fmt(paired.documentMBps)} MB/s`}  [${elapsed()}]`);
  const ratio = !isFailure(paired)
    ? paired.documentMBps / paired.articlesMBps
    : !isFailure(articles1MB) && !isFailure(document10MB)
      ? document10MB.mbPerSec / articles1MB.mbPerSec
      : null;

  log('cold start, size…');
  const firstSeed = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0] ?? '';
  const cs = await coldStart(join(seedsDir, firstSeed));
  const size = packageSize();
  log(`  cold ${isFailure(cs) ? cs.error : `${fmt(cs.importAndFirstCallMs, 1)} ms`}; RSS ${isFailure(rss) ? rss.error : `${fmt(rss.peakMB, 1)} MB`}  [${elapsed()}]`);

  log('accuracy on the seed gold…');
  const gold = loadGold(join(benchDir, 'gold'), seedsDir);
  const details = new Map<string, string>();
  const scores = emptyScores();
  const accuracyErrors: Record<string, string> = {};
  for (const doc of gold) {
    const { pred, errors: errs } = depechePrediction(lib, doc.text);
    for (const e of errs) {
      const fn = e.split(':')[0] ?? 'extract';
      const part = fn === 'extract' ? 'extract' : fn.replace(/^extract/u, '').toLowerCase();
      accuracyErrors[part] ??= `${doc.name}: ${e}`;
    }
    scoreParts(doc, pred, scores, accuracyErrors);
  }
  for (const e of Object.values(accuracyErrors)) log(`  depeche accuracy error: ${e}`);
  const accuracy = accuracySummary(scores);
  for (const part of Object.keys(accuracyErrors)) for (const k of Object.keys(accuracy)) if (k.startsWith(`${part}.`)) delete accuracy[k];
  details.set('depeche', formatScores(scores, 'depeche'));

  log(`peers (${PEER_NAMES.length === 0 ? 'none' : PEER_NAMES.join(', ')})…`);
  const peers: Record<string, PeerResult | Failure> = {};
  for (const name of PEER_NAMES) peers[name] = await runPeer(name, gold, c1, details);

  const checkEnd = machineCheck();
  log(`machine speed check at the end: ${fmt(checkEnd, 1)} ms`);

  const results: Results = {
    schema: 1,
    machine: mach,
    settings: { quick: QUICK, runs: RUNS, peerCapSeconds: PEER_CAP_MS / 1000, peerRuns: PEER_RUNS, doc10Runs: DOC10_RUNS, coldRuns: COLD_RUNS },
    corpus: {
      '1MB': { chars: c1.chars, bytes: c1.bytes, articles: c1.articles.length },
      '10MB': { chars: c10.chars, bytes: c10.bytes, articles: c10.articles.length },
    },
    depeche: {
      version,
      throughput: tp,
      growth: { articles1MB, document1MB, document10MB, ratio10MBto1MB: ratio, paired },
      coldStart: cs,
      peakRss: rss,
      stream,
      streamVocabulary,
      size,
      accuracy,
      accuracyErrors,
    },
    peers,
    targets: [],
    regressions: [],
    comparedWith: null,
    machineCheck: { startMs: checkStart, endMs: checkEnd },
  };
  results.targets = targets(results);

  let previous: Results | null = null;
  if (existsSync(resultsFile)) {
    try {
      previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
      results.regressions = regressions(previous, results, 0.1);
      results.comparedWith = {
        date: previous.machine.date,
        commit: previous.machine.commit,
        quick: typeof previous.settings['quick'] === 'boolean' ? previous.settings['quick'] : null,
        sameMachine: previous.machine.cpu === mach.cpu && previous.machine.cores === mach.cores && previous.machine.node === mach.node,
        ...(previous.machineCheck !== undefined ? { machineCheckStartMs: previous.machineCheck.startMs } : {}),
      };
    } catch (e) {
      log(`could not read the previous results.json (${errorText(e)}): no comparison`);
    }
  }

  printReport(results);
  if (VERBOSE) for (const text of details.values()) console.log(`\n${text}`);

  if (NO_SAVE) {
    log('\nBENCH_NO_SAVE=1: nothing written.');
  } else {
    if (previous !== null) copyFileSync(resultsFile, previousFile);
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(reportFile, markdown(results, details));
    log(`\nwrote benchmarks/RESULTS.md and benchmarks/results.json${previous !== null ? ' (previous kept as results.previous.json)' : ''}`);
  }
  log(`done in ${elapsed()}`);
  if (results.regressions.length > 0) log(`${results.regressions.length} depeche figure(s) more than 10 % worse than the previous run (see above).`);
}

function streamRssText(stream: Results['depeche']['stream']): string {
  if (stream === undefined) return '—';
  const rss = stream.rss;
  if (isFailure(rss)) return `FAILED: ${rss.error}`;
  const rate = isFailure(stream.rate) ? '' : `, ${fmt(stream.rate.mbPerSec)} MB/s`;
  return `${fmt(rss.peakMB, 1)} MB (after import ${fmt(rss.baselineMB, 1)} MB, +${fmt(rss.deltaMB, 1)} MB; ${fmt(rss.ms / 1000, 2)} s${rate}, ${fmtInt(rss.results)} results)`;
}

function targets(r: Results): Target[] {
  const d = r.depeche;
  const ex = d.throughput['extract'];
  const fr = r.peers['fr-compromise'];
  const frRate = fr !== undefined && !isFailure(fr) && !isFailure(fr.throughput) ? fr.throughput.charsPerSec : null;
  const out: Target[] = [];
  out.push(
    ex === undefined || isFailure(ex)
      ? { name: 'extract throughput (1 core, seeds corpus)', target: `≥ ${TARGET.extractMBps} MB/s`, value: 'failed', met: false }
      : { name: 'extract throughput (1 core, seeds corpus)', target: `≥ ${TARGET.extractMBps} MB/s`, value: `${fmt(ex.mbPerSec)} MB/s`, met: ex.mbPerSec >= TARGET.extractMBps },
  );
  out.push(
    ex === undefined || isFailure(ex) || frRate === null
      ? { name: 'extract vs fr-compromise (same run)', target: `≥ ${TARGET.vsFrCompromise}×`, value: frRate === null ? 'fr-compromise not measured' : 'failed', met: null }
      : { name: 'extract vs fr-compromise (same run)', target: `≥ ${TARGET.vsFrCompromise}×`, value: `${fmt(ex.charsPerSec / frRate, 1)}×`, met: ex.charsPerSec / frRate >= TARGET.vsFrCompromise },
  );
  const cs = d.coldStart;
  out.push({
    name: 'cold start (import + first call)',
    target: `≤ ${TARGET.coldStartMs} ms`,
    value: isFailure(cs) ? 'failed' : `${fmt(cs.importAndFirstCallMs, 1)} ms`,
    met: isFailure(cs) ? false : cs.importAndFirstCallMs <= TARGET.coldStartMs,
  });
  const rss = d.peakRss;
  out.push({
    name: 'peak RSS, 10 MB document as one string (all results kept)',
    target: `≤ ${TARGET.peakRssMB} MB`,
    value: isFailure(rss) ? rss.error : `${fmt(rss.peakMB, 1)} MB`,
    met: isFailure(rss) ? false : rss.peakMB <= TARGET.peakRssMB,
  });
  const streamRss = d.stream?.rss;
  out.push({
    name: 'peak RSS, 10 MB file through extractStream',
    target: `≤ ${TARGET.peakRssMB} MB`,
    value: streamRss === undefined ? 'not measured' : isFailure(streamRss) ? streamRss.error : `${fmt(streamRss.peakMB, 1)} MB`,
    met: streamRss === undefined || isFailure(streamRss) ? false : streamRss.peakMB <= TARGET.peakRssMB,
  });
  const ratio = d.growth.ratio10MBto1MB;
  out.push({
    name: '10 MB document vs 1 MB rate (linear growth)',
    target: `within ${TARGET.growthTolerance * 100} % (ratio ≥ ${1 - TARGET.growthTolerance})`,
    value: ratio === null ? (isFailure(d.growth.document10MB) ? `10 MB: ${d.growth.document10MB.error}` : 'failed') : `${fmt(ratio, 3)}`,
    met: ratio === null ? false : ratio >= 1 - TARGET.growthTolerance,
  });
  return out;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
