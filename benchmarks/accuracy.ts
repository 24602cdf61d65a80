/**
 * `npm run bench:accuracy`: depeche against the human-checked seed gold.
 *
 *   npm run bench:accuracy                  tables per pipeline
 *   npm run bench:accuracy -- --errors      also list every miss and false alarm
 *   npm run bench:accuracy -- --json        the flat summary as JSON
 *   npm run bench:accuracy -- --only 001    documents whose name contains "001"
 *   npm run bench:accuracy -- --set dev     the held-out development set (benchmarks/dev/), not the seeds
 *   npm run bench:accuracy -- --set dev2    the second held-out set (benchmarks/dev2/); dev3 the third
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { close, emptyScores, formatScores, loadGold, scoreDocument, summarize, type GoldDocument, type Prediction } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const set = (args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined) ?? 'seeds';
const heldOut = /^dev\d*$/u.test(set);
const [goldDir, textDir] = heldOut ? [join(here, set, 'gold'), join(here, set)] : [join(here, 'gold'), join(here, '..', 'seeds')];
const docs = loadGold(goldDir, textDir).filter((d) => only === undefined || d.name.includes(only));
const scores = emptyScores();
for (const doc of docs) {
  const pred = extract(doc.text);
  scoreDocument(doc, pred, scores);
  if (args.includes('--errors')) printErrors(doc, pred);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(summarize(scores), null, 2));
} else {
  console.log(`${heldOut ? `Held-out ${set} gold` : 'Seed gold'}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.text.length, 0)} characters\n`);
  console.log(formatScores(scores));
}

function printErrors(doc: GoldDocument, pred: Prediction): void {
  const key = (e: { start: number; end: number; type?: string; kind?: string }) => `${e.start}:${e.end}:${e.type ?? e.kind ?? ''}`;
  const show = (label: string, items: readonly { start: number; end: number }[], extra: (x: never) => string) => {
    for (const it of items) console.log(`  ${label} ${JSON.stringify(doc.text.slice(it.start, it.end))} @${it.start} ${extra(it as never)}`);
  };
  console.log(`== ${doc.name}`);
  const gE = new Set(doc.entities.map(key));
  const pE = new Set((pred.entities ?? []).map(key));
  show('E-miss ', doc.entities.filter((e) => !pE.has(key(e))), (e: { type: string; canonical?: string }) => `${e.type} ${e.canonical ?? ''}`);
  show('E-false', (pred.entities ?? []).filter((e) => !gE.has(key(e))), (e: { type: string; canonical?: string }) => `${e.type} ${e.canonical ?? ''}`);
  const gC = new Map(doc.entities.filter((e) => e.type === 'PERSON').map((e) => [key(e), e.canonical ?? e.text]));
  for (const e of pred.entities ?? []) {
    const want = gC.get(key(e));
    if (want !== undefined && want !== e.canonical) console.log(`  E-canon ${JSON.stringify(e.canonical)} should be ${JSON.stringify(want)} @${e.start}`);
  }
  const qk = (q: { start: number; end: number; value: number | null }) => `${q.start}:${q.end}:${q.value}`;
  const gQ = new Set(doc.quantities.map(qk));
  const pQ = new Set((pred.quantities ?? []).map(qk));
  show('Q-miss ', doc.quantities.filter((q) => !pQ.has(qk(q))), (q: { kind: string; value: number | null }) => `${q.kind} ${q.value}`);
  show('Q-false', (pred.quantities ?? []).filter((q) => !gQ.has(qk(q))), (q: { kind: string; value: number | null }) => `${q.kind} ${q.value}`);
  // Attributions are paired as the scorer pairs them (contents overlapping by >= 80 % of their union, same
  // kind); a pair whose contents differ only at the edges is listed as A-edge, not as a miss and a false alarm.
  type GoldAttr = GoldDocument['attributions'][number];
  type PredAttr = NonNullable<Prediction['attributions']>[number];
  const preds = pred.attributions ?? [];
  const used = new Set<number>();
  const partner = (g: GoldAttr): number => {
    const same = preds.findIndex((p, k) => !used.has(k) && p.content.start === g.content.start && p.content.end === g.content.end);
    return same >= 0 ? same : preds.findIndex((p, k) => !used.has(k) && p.kind === g.kind && close(g.content, p.content));
  };
  const quote = (a: GoldAttr | PredAttr) => JSON.stringify(doc.text.slice(a.content.start, a.content.end).slice(0, 70));
  for (const g of doc.attributions) {
    const j = partner(g);
    const want = g.source?.canonical ?? g.source?.text ?? null;
    const a = preds[j];
    if (a === undefined) {
      console.log(`  A-miss  ${g.kind} ${quote(g)} @${g.content.start} src=${want ?? 'null'}`);
      continue;
    }
    used.add(j);
    if (a.content.start !== g.content.start || a.content.end !== g.content.end) {
      console.log(`  A-edge  ${a.kind} gold ${g.content.start}-${g.content.end} ${quote(g)} | got ${a.content.start}-${a.content.end} ${quote(a)}`);
    }
    const got = a.source === null ? null : (a.source.canonical ?? a.source.text);
    if ((want ?? '').toLowerCase() !== (got ?? '').toLowerCase() && (want ?? '').toLowerCase() !== (a.source?.text ?? '').toLowerCase()) {
      console.log(`  A-src   ${JSON.stringify(doc.text.slice(a.content.start, a.content.end).slice(0, 50))} @${a.content.start} source ${JSON.stringify(a.source?.text ?? null)} → ${JSON.stringify(got)}, gold ${JSON.stringify(g.source?.text ?? null)} → ${JSON.stringify(want)}`);
    }
  }
  preds.forEach((a, k) => {
    if (!used.has(k)) console.log(`  A-false ${a.kind} ${quote(a)} @${a.content.start} src=${a.source?.canonical ?? a.source?.text ?? 'null'}`);
  });
}
