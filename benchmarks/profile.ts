/**
 * `npm run bench:profile`: where `extract` spends its time. Runs `extract` on
 * the 1 MB seeds corpus (split into articles) in a fresh `node --cpu-prof`
 * process against the BUILT package (dist/index.js), then reads the
 * .cpuprofile and prints the functions with the most self time.
 *
 *   npm run build && npm run bench:profile
 *   npm run bench:profile -- --document       the 1 MB corpus as ONE document (super-linear hot spots)
 *   npm run bench:profile -- --passes 5       passes over the corpus (default 3)
 *   npm run bench:profile -- --top 30         rows to print (default 15)
 *   npm run bench:profile -- --file x.cpuprofile   only analyse an existing profile
 *
 * The profile is kept in benchmarks/.profile/ (git-ignored) and can be opened
 * in Chrome DevTools (Performance panel) or https://www.speedscope.app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { benchDir, loadCorpus, MB, rootDir } from './lib/corpus.js';
import { textTable } from './lib/table.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  location: string;
  selfMs: number;
  share: number;
}

/** Self time per function (samples × their time deltas), largest first. */
export function selfTimes(profile: CpuProfile): { total: number; functions: HotFunction[]; files: Array<{ file: string; selfMs: number; share: number }> } {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    // timeDeltas[i] is the time between sample i-1 and sample i: sample i lasted until sample i+1.
    for (let i = 0; i < samples.length; i++) {
      const id = samples[i];
      const dt = deltas[i + 1] ?? 0;
      if (id !== undefined) selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
    }
  } else {
    // No sample list: spread the duration over hit counts.
    const hits = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
    const per = hits === 0 ? 0 : (profile.endTime - profile.startTime) / hits;
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * per);
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, HotFunction>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node === undefined || us === 0) continue;
    const cf = node.callFrame;
    const name = cf.functionName === '' ? '(anonymous)' : cf.functionName;
    const file = cf.url === '' ? '' : shortUrl(cf.url);
    const location = file === '' ? '' : `${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
    const key = `${name}@${location}`;
    const f = fns.get(key) ?? { name, location, selfMs: 0, share: 0 };
    f.selfMs += us / 1000;
    fns.set(key, f);
    const fileKey = file === '' ? name : file;
    files.set(fileKey, (files.get(fileKey) ?? 0) + us / 1000);
  }
  const functions = [...fns.values()].sort((a, b) => b.selfMs - a.selfMs);
  for (const f of functions) f.share = total === 0 ? 0 : f.selfMs / (total / 1000);
  const fileList = [...files.entries()]
    .map(([file, selfMs]) => ({ file, selfMs, share: total === 0 ? 0 : selfMs / (total / 1000) }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { total: total / 1000, functions, files: fileList };
}

function shortUrl(url: string): string {
  const path = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  return path.startsWith(rootDir) ? relative(rootDir, path) : path.startsWith('node:') ? path : basename(path);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const top = Number(arg('--top') ?? 15);
  let file = arg('--file');
  if (file === undefined) {
    const distFile = join(rootDir, 'dist', 'index.js');
    if (!existsSync(distFile)) {
      console.error('dist/index.js is missing: run `npm run build` first (the profile is of the built package).');
      process.exit(1);
    }
    const corpus = loadCorpus('1MB', MB);
    const document = process.argv.includes('--document');
    const passes = arg('--passes') ?? (document ? '1' : '3');
    const dir = join(benchDir, '.profile');
    mkdirSync(dir, { recursive: true });
    const before = new Set(readdirSync(dir));
    const childArgs = document ? ['doc', distFile, corpus.file, passes] : ['profile', distFile, corpus.file, passes];
    console.error(`profiling extract on ${corpus.file.replace(`${rootDir}/`, '')} ${document ? 'as one document' : `(${corpus.articles.length} articles)`}, ${passes} pass(es)…`);
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(benchDir, 'child.mjs'), ...childArgs], {
      cwd: rootDir,
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (r.status !== 0) {
      console.error(`the profiled process failed (${r.status ?? r.signal ?? r.error?.message ?? '?'}): ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
      process.exit(1);
    }
    console.error(`  ${r.stdout.trim()}`);
    const made = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    file = made[0];
    if (file === undefined) {
      console.error('no .cpuprofile was written');
      process.exit(1);
    }
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const { total, functions, files } = selfTimes(profile);
  console.log(`\n${relative(process.cwd(), file)}: ${(total / 1000).toFixed(2)} s sampled\n`);
  console.log(`top ${top} functions by self time`);
  console.log(
    textTable(
      ['#', 'self ms', 'self %', 'function', 'location'],
      functions.slice(0, top).map((f, i) => [String(i + 1), f.selfMs.toFixed(1), (f.share * 100).toFixed(1), clip(f.name, 70), f.location]),
      ['r', 'r', 'r', 'l', 'l'],
    ),
  );
  console.log('\nself time by file');
  console.log(
    textTable(
      ['self ms', 'self %', 'file'],
      files.slice(0, 10).map((f) => [f.selfMs.toFixed(1), (f.share * 100).toFixed(1), clip(f.file, 90)]),
      ['r', 'r', 'l'],
    ),
  );
}

main();
