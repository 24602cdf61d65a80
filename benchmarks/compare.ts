/**
 * Compare two benchmark runs: every depeche figure side by side, and the ones
 * more than 10 % worse (slower, bigger) flagged. Exit code 1 if any is.
 *
 *   npx tsx benchmarks/compare.ts                          results.previous.json vs results.json
 *   npx tsx benchmarks/compare.ts old.json new.json [--threshold 0.05]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from './lib/corpus.js';
import { diff, regressions, type Results } from './lib/results.js';
import { textTable } from './lib/table.js';
import { isFailure } from './lib/measure.js';

const args = process.argv.slice(2);
const ti = args.indexOf('--threshold');
const threshold = ti >= 0 ? Number(args[ti + 1]) : 0.1;
const files = args.filter((a, i) => !a.startsWith('--') && (ti < 0 || i !== ti + 1));
const oldFile = files[0] ?? join(benchDir, 'results.previous.json');
const newFile = files[1] ?? join(benchDir, 'results.json');

const read = (f: string): Results => {
  try {
    return JSON.parse(readFileSync(f, 'utf8')) as Results;
  } catch (e) {
    console.error(`cannot read ${f}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
};
const before = read(oldFile);
const after = read(newFile);

console.log(`before: ${before.machine.date} ${before.machine.commit ?? ''} ${before.settings['quick'] === true ? '(quick)' : ''} — ${before.machine.cpu}, Node ${before.machine.node}`);
console.log(`after:  ${after.machine.date} ${after.machine.commit ?? ''} ${after.settings['quick'] === true ? '(quick)' : ''} — ${after.machine.cpu}, Node ${after.machine.node}`);
if (before.machine.cpu !== after.machine.cpu || before.machine.node !== after.machine.node) console.log('warning: different machine or Node version');

const flagged = new Set(regressions(before, after, threshold).map((r) => r.metric));
const f = (x: number | null) => (x === null ? '—' : Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2));
console.log(
  `\n${textTable(
    ['metric', 'before', 'after', 'change', ''],
    diff(before, after).map((d) => [
      d.metric,
      f(d.previous),
      f(d.current),
      d.change === null ? '—' : `${d.change >= 0 ? '+' : ''}${(d.change * 100).toFixed(1)} %`,
      flagged.has(d.metric) ? `WORSE (${d.better} is better)` : '',
    ]),
    ['l', 'r', 'r', 'r', 'l'],
  )}`,
);

const peerNames = [...new Set([...Object.keys(before.peers), ...Object.keys(after.peers)])];
if (peerNames.length > 0) {
  const rate = (r: Results, n: string) => {
    const p = r.peers[n];
    return p === undefined || isFailure(p) || isFailure(p.throughput) ? null : p.throughput.charsPerSec;
  };
  console.log(`\npeers (chars/s)\n${textTable(['peer', 'before', 'after'], peerNames.map((n) => [n, f(rate(before, n)), f(rate(after, n))]))}`);
}

console.log(flagged.size === 0 ? `\nno depeche figure more than ${(threshold * 100).toFixed(0)} % worse` : `\n${flagged.size} depeche figure(s) more than ${(threshold * 100).toFixed(0)} % worse`);
process.exitCode = flagged.size === 0 ? 0 : 1;
