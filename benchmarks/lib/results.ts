/**
 * The shape of `benchmarks/results.json`, and the comparison of two runs
 * (used by run.ts before it overwrites the file, and by compare.ts).
 */
import { isFailure, type Failure, type Machine, type Measured } from './measure.js';

export interface ColdStart {
  runs: number;
  /** Medians over the runs, ms. `importAndFirstCallMs` is the figure the target is about. */
  importMs: number;
  firstCallMs: number;
  importAndFirstCallMs: number;
  /** From process start (Node bootstrap included) to the end of the first call. */
  sinceProcessStartMs: number;
  /** Wall time of the whole child process as seen by the parent (spawn to exit). */
  wallMs: number;
}

export interface PeakRss {
  chars: number;
  /** Peak RSS of the child before `extract` (after import; for a one-string run, after reading the corpus too). */
  baselineMB: number;
  peakMB: number;
  deltaMB: number;
  ms: number;
  results: number;
}

export interface PackageSize {
  /** From `npm pack --dry-run --json`: tarball and unpacked sizes, bytes. */
  tarballBytes: number | null;
  unpackedBytes: number | null;
  files: number | null;
  /** Total size of dist/, bytes. */
  distBytes: number;
  /** Size of what an ESM import loads (dist/index.js and the chunks it imports), bytes. */
  esmBytes: number;
}

export interface PeerResult {
  name: string;
  version: string;
  job: string;
  /** In-process dynamic import plus model construction, ms. */
  loadMs: number;
  throughput: Measured;
  accuracy: Record<string, number> | Failure;
  /** Size of node_modules/<name> (own directory only), bytes. */
  installedBytes: number | null;
}

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface Regression {
  metric: string;
  previous: number;
  current: number;
  /** Signed change in the bad direction, as a fraction (0.12 = 12 % worse). */
  worse: number;
}

export interface Results {
  schema: 1;
  machine: Machine;
  settings: Record<string, string | number | boolean>;
  corpus: Record<string, { chars: number; bytes: number; articles: number }>;
  depeche: {
    version: string;
    throughput: Record<string, Measured>;
    growth: {
      articles1MB: Measured;
      document1MB: Measured;
      document10MB: Measured;
      /** 10 MB document rate over 1 MB articles rate, both from `paired` when it ran, else from the separate runs. */
      ratio10MBto1MB: number | null;
      /** Medians of the two, timed in turn in one fresh process (absent in older results). */
      paired?: { articlesMBps: number; documentMBps: number; rounds: number } | Failure;
    };
    coldStart: ColdStart | Failure;
    peakRss: PeakRss | Failure;
    /** `extractStream` over the 10 MB file (absent in older results). */
    stream?: { rate: Measured; rss: PeakRss | Failure };
    /** `extractStream` over the 10 MB file with a growing vocabulary (`vocabularyCorpus`; absent in older results). */
    streamVocabulary?: { rate: Measured; rss: PeakRss | Failure };
    size: PackageSize | Failure;
    accuracy: Record<string, number> | Failure;
    /** Parts whose run or scoring failed (part name -> message); their figures are left out. */
    accuracyErrors: Record<string, string>;
  };
  peers: Record<string, PeerResult | Failure>;
  targets: Target[];
  regressions: Regression[];
  /** What the regressions were computed against. */
  comparedWith: { date: string; commit: string | null; quick: boolean | null; sameMachine: boolean; machineCheckStartMs?: number } | null;
  /** `machineCheck()` in ms at the start and at the end of the run (absent in older results). */
  machineCheck?: { startMs: number; endMs: number };
}

type Better = 'higher' | 'lower';

/** Every depeche figure that a regression check looks at, with its good direction. */
export function depecheMetrics(r: Results): Record<string, { value: number; better: Better }> {
  const out: Record<string, { value: number; better: Better }> = {};
  const put = (k: string, m: Measured) => {
    if (!isFailure(m) && Number.isFinite(m.charsPerSec)) out[k] = { value: m.charsPerSec, better: 'higher' };
  };
  for (const [fn, m] of Object.entries(r.depeche.throughput)) put(`throughput.${fn}.charsPerSec`, m);
  put('growth.document1MB.charsPerSec', r.depeche.growth.document1MB);
  put('growth.document10MB.charsPerSec', r.depeche.growth.document10MB);
  const cs = r.depeche.coldStart;
  if (!isFailure(cs)) out['coldStart.importAndFirstCallMs'] = { value: cs.importAndFirstCallMs, better: 'lower' };
  const rss = r.depeche.peakRss;
  if (!isFailure(rss)) out['peakRss.peakMB'] = { value: rss.peakMB, better: 'lower' };
  const stream = r.depeche.stream;
  if (stream !== undefined) {
    put('stream.charsPerSec', stream.rate);
    if (!isFailure(stream.rss)) out['stream.peakMB'] = { value: stream.rss.peakMB, better: 'lower' };
  }
  const vocabulary = r.depeche.streamVocabulary;
  if (vocabulary !== undefined && !isFailure(vocabulary.rss)) out['streamVocabulary.peakMB'] = { value: vocabulary.rss.peakMB, better: 'lower' };
  const size = r.depeche.size;
  if (!isFailure(size)) out['size.distBytes'] = { value: size.distBytes, better: 'lower' };
  return out;
}

/** Depeche metrics more than `threshold` worse than in `previous` (slower, bigger). */
export function regressions(previous: Results, current: Results, threshold = 0.1): Regression[] {
  const before = depecheMetrics(previous);
  const now = depecheMetrics(current);
  const out: Regression[] = [];
  for (const [metric, cur] of Object.entries(now)) {
    const prev = before[metric];
    if (prev === undefined || prev.value <= 0) continue;
    const worse = cur.better === 'higher' ? (prev.value - cur.value) / prev.value : (cur.value - prev.value) / prev.value;
    if (worse > threshold) out.push({ metric, previous: prev.value, current: cur.value, worse });
  }
  return out;
}

/** All depeche metrics side by side (for compare.ts). */
export function diff(previous: Results, current: Results): Array<{ metric: string; previous: number | null; current: number | null; change: number | null; better: Better }> {
  const before = depecheMetrics(previous);
  const now = depecheMetrics(current);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  return keys.map((metric) => {
    const p = before[metric];
    const c = now[metric];
    const better = c?.better ?? p?.better ?? 'higher';
    return {
      metric,
      previous: p?.value ?? null,
      current: c?.value ?? null,
      change: p !== undefined && c !== undefined && p.value !== 0 ? (c.value - p.value) / p.value : null,
      better,
    };
  });
}
