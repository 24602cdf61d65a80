/** Timing helpers and machine description for the benchmark runner. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch } from 'node:os';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export interface Throughput {
  /** Characters (UTF-16 code units) per second. */
  charsPerSec: number;
  /** UTF-8 megabytes (2^20 bytes) per second. */
  mbPerSec: number;
  articlesPerSec: number;
  /** Median duration of one full pass, ms (or the duration of the partial pass). */
  medianMs: number;
  /** Measured full passes (warm-up excluded). */
  runs: number;
  /** True when a time cap stopped the first pass before the end: rates come from what was done. */
  partial?: boolean;
  /** Characters processed in the partial pass. */
  charsDone?: number;
  articlesDone?: number;
  /** Number of results returned by one pass (sanity check that the job was done). */
  results?: number;
}

export interface Failure {
  error: string;
}

export type Measured = Throughput | Failure;

export const isFailure = (m: unknown): m is Failure => typeof m === 'object' && m !== null && 'error' in m;

export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 300);
  return String(e).slice(0, 300);
}

export interface PassOptions {
  /** Measured passes wanted (after one warm-up pass unless `warmup` is false). */
  runs: number;
  /** Stop starting new passes after this many ms of measured time; always at least one pass. */
  budgetMs: number;
  /** Run one unmeasured pass first (default true). */
  warmup?: boolean;
  /**
   * Per-item time cap for slow systems: if one pass would exceed it, the pass is
   * cut there and the rate is computed from what was done.
   */
  capMs?: number;
}

/**
 * Time `fn` over every item of `items` (one "pass"), several times; the median
 * pass gives the rate. `fn` returns a count of results, summed per pass.
 */
export function timePasses(items: readonly string[], bytes: number, fn: (item: string) => number, opts: PassOptions): Throughput {
  const chars = items.reduce((n, s) => n + s.length, 0);
  const cap = opts.capMs ?? Infinity;
  const onePass = (): { ms: number; done: number; charsDone: number; results: number } => {
    let count = 0;
    let charsDone = 0;
    let done = 0;
    const t0 = performance.now();
    for (const item of items) {
      count += fn(item);
      charsDone += item.length;
      done++;
      if (performance.now() - t0 > cap) break;
    }
    return { ms: performance.now() - t0, done, charsDone, results: count };
  };
  if (opts.warmup !== false) onePass();
  const times: number[] = [];
  let results = 0;
  let spent = 0;
  while (times.length < opts.runs && (times.length === 0 || spent < opts.budgetMs)) {
    const p = onePass();
    if (p.done < items.length) {
      if (times.length > 0) break;
      // Too slow for a full pass within the cap: the rate comes from what was done.
      return {
        charsPerSec: (p.charsDone / p.ms) * 1000,
        mbPerSec: ((bytes * (p.charsDone / chars)) / MB_BYTES / p.ms) * 1000,
        articlesPerSec: (p.done / p.ms) * 1000,
        medianMs: p.ms,
        runs: 0,
        partial: true,
        charsDone: p.charsDone,
        articlesDone: p.done,
        results: p.results,
      };
    }
    times.push(p.ms);
    spent += p.ms;
    results = p.results;
  }
  const ms = median(times);
  return {
    charsPerSec: (chars / ms) * 1000,
    mbPerSec: (bytes / MB_BYTES / ms) * 1000,
    articlesPerSec: (items.length / ms) * 1000,
    medianMs: ms,
    runs: times.length,
    results,
  };
}

const MB_BYTES = 1024 * 1024;

/**
 * A fixed JavaScript workload that does not use depeche (string slices,
 * hashing, Map lookups, small objects: the kind of work a text pipeline
 * does), timed best of `runs` after a warm-up, in ms. Run at the start and at the end of a
 * benchmark, it shows how fast the machine was at the time: on a shared
 * machine the same build can run a third slower from one minute to the next.
 */
export function machineCheck(runs = 10): number {
  const words: string[] = [];
  for (let i = 0; i < 4000; i++) words.push(`mot${(i * 7919).toString(36)}`);
  const text = words.join(' ');
  const once = (): number => {
    const seen = new Map<string, { n: number }>();
    let pos = 0;
    let sum = 0;
    for (let pass = 0; pass < 40; pass++) {
      pos = 0;
      while (pos < text.length) {
        let end = text.indexOf(' ', pos);
        if (end < 0) end = text.length;
        const w = text.slice(pos, end);
        const hit = seen.get(w);
        if (hit === undefined) seen.set(w, { n: 1 });
        else hit.n++;
        sum += w.charCodeAt(w.length - 1);
        pos = end + 1;
      }
    }
    return sum;
  };
  // Warm-up: the workload is optimised before it is timed.
  for (let w = 0; w < 5; w++) once();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    once();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  v8: string;
  platform: string;
  date: string;
  commit: string | null;
  dirty: boolean | null;
}

export function machine(cwd: string): Machine {
  const cs = cpus();
  let cpu = cs[0]?.model.trim() ?? 'unknown';
  if (cpu === '' || cpu === 'unknown') {
    try {
      const m = /model name\s*:\s*(.+)/u.exec(readFileSync('/proc/cpuinfo', 'utf8'));
      if (m?.[1] !== undefined) cpu = m[1].trim();
    } catch {
      /* not Linux */
    }
  }
  let commit: string | null = null;
  let dirty: boolean | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    /* not a git checkout */
  }
  return {
    cpu,
    cores: cs.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()} ${arch()}`,
    date: new Date().toISOString(),
    commit,
    dirty,
  };
}

/** Human-readable number with thousands separators. */
export function fmtInt(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return Math.round(n).toLocaleString('en-US');
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '—';
  return n.toFixed(digits);
}
