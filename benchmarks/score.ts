/**
 * The scorer shared by `npm run bench:accuracy` and `npm run bench`: compares
 * predicted entities, quantities and attributions with the seed gold.
 * Counts are micro-averaged over documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldSpan { start: number; end: number; text: string }
export interface GoldEntity extends GoldSpan { type: string; canonical?: string }
export interface GoldQuantity extends GoldSpan { kind: string; value: number | null; unit?: string; approximate?: boolean }
export interface GoldAttribution {
  kind: string;
  source: (Partial<GoldSpan> & { canonical?: string }) | null;
  cue: GoldSpan | null;
  content: GoldSpan;
}
export interface GoldDocument {
  name: string;
  text: string;
  entities: GoldEntity[];
  quantities: GoldQuantity[];
  attributions: GoldAttribution[];
}

/** What a system returns for one document; every part is optional (peers do only some jobs). */
export interface Prediction {
  entities?: readonly { start: number; end: number; type: string; canonical?: string }[];
  quantities?: readonly { start: number; end: number; kind: string; value: number | null; unit?: string }[];
  attributions?: readonly {
    kind: string;
    content: { start: number; end: number };
    cue: { start: number; end: number } | null;
    source: { start: number; end: number; text: string; canonical?: string } | null;
  }[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface PRF { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

/** Load the gold files of a folder with their texts (from `seedsDir`). */
export function loadGold(goldDir: string, seedsDir: string): GoldDocument[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/u, '');
      const data = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Omit<GoldDocument, 'name' | 'text'>;
      return { name, text: readFileSync(join(seedsDir, `${name}.txt`), 'utf8'), ...data };
    });
}

/**
 * One-to-one matching: each gold item pairs with an unused predicted item that
 * `same` accepts, preferring one that `better` also accepts (e.g. the same
 * attribution kind when a quote and its "cité par" share a content).
 */
function pair<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean, better?: (g: G, p: P) => boolean): Array<[G, P]> {
  const used = new Set<number>();
  const out: Array<[G, P]> = [];
  for (const g of gold) {
    let j = better === undefined ? -1 : pred.findIndex((p, k) => !used.has(k) && same(g, p) && better(g, p));
    if (j < 0) j = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j >= 0) {
      used.add(j);
      const p = pred[j];
      if (p !== undefined) out.push([g, p]);
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const exact = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;
/** Character overlap over the union ≥ 0.8: the same content give or take a word or two. */
export const close = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 && inter / union >= 0.8;
};

function counts(nGold: number, nPred: number, tp: number): Counts {
  return { tp, fp: nPred - tp, fn: nGold - tp };
}

export interface EntityScores {
  strict: Record<string, Counts>;
  overlap: Record<string, Counts>;
  canonical: { correct: number; total: number };
}
export interface QuantityScores {
  span: Counts;
  value: Counts;
  kindAgree: { correct: number; total: number };
  unitAgree: { correct: number; total: number };
}
export interface AttributionScores {
  contentExact: Counts;
  content: Counts;
  withSource: Counts;
  kind: { correct: number; total: number };
  cue: { correct: number; total: number };
}
export interface Scores {
  entities: EntityScores | null;
  quantities: QuantityScores | null;
  attributions: AttributionScores | null;
}

export function emptyScores(): Scores {
  return {
    entities: { strict: {}, overlap: {}, canonical: { correct: 0, total: 0 } },
    quantities: { span: zero(), value: zero(), kindAgree: { correct: 0, total: 0 }, unitAgree: { correct: 0, total: 0 } },
    attributions: {
      contentExact: zero(),
      content: zero(),
      withSource: zero(),
      kind: { correct: 0, total: 0 },
      cue: { correct: 0, total: 0 },
    },
  };
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').toLowerCase().replace(/[’‘]/gu, "'").trim();

/** Add one document's comparison to running scores (parts the prediction lacks are skipped). */
export function scoreDocument(gold: GoldDocument, pred: Prediction, into: Scores): void {
  if (pred.entities !== undefined && into.entities !== null) {
    const types = new Set([...gold.entities.map((e) => e.type), ...pred.entities.map((e) => e.type)]);
    for (const type of types) {
      const g = gold.entities.filter((e) => e.type === type);
      const p = pred.entities.filter((e) => e.type === type);
      into.entities.strict[type] ??= zero();
      into.entities.overlap[type] ??= zero();
      add(into.entities.strict[type], counts(g.length, p.length, pair(g, p, exact).length));
      const ov = pair(g, p, overlaps);
      add(into.entities.overlap[type], counts(g.length, p.length, ov.length));
      if (type === 'PERSON') {
        for (const [ge, pe] of ov) {
          into.entities.canonical.total++;
          if (norm(ge.canonical ?? ge.text) === norm(pe.canonical)) into.entities.canonical.correct++;
        }
        into.entities.canonical.total += g.length - ov.length;
      }
    }
  }
  if (pred.quantities !== undefined && into.quantities !== null) {
    const q = into.quantities;
    const g = gold.quantities;
    const p = pred.quantities;
    const spans = pair(g, p, exact);
    add(q.span, counts(g.length, p.length, spans.length));
    add(q.value, counts(g.length, p.length, pair(g, p, (a, b) => exact(a, b) && a.value === b.value).length));
    for (const [ga, pa] of spans) {
      q.kindAgree.total++;
      if (ga.kind === pa.kind) q.kindAgree.correct++;
      q.unitAgree.total++;
      if ((ga.unit ?? '') === (pa.unit ?? '')) q.unitAgree.correct++;
    }
  }
  if (pred.attributions !== undefined && into.attributions !== null) {
    const a = into.attributions;
    const g = gold.attributions;
    const p = pred.attributions;
    const sameKind = (x: GoldAttribution, y: { kind: string }) => x.kind === y.kind;
    add(a.contentExact, counts(g.length, p.length, pair(g, p, (x, y) => exact(x.content, y.content), sameKind).length));
    const matched = pair(g, p, (x, y) => close(x.content, y.content), sameKind);
    add(a.content, counts(g.length, p.length, matched.length));
    const withSource = pair(g, p, (x, y) => close(x.content, y.content) && sameSource(x, y), sameKind);
    add(a.withSource, counts(g.length, p.length, withSource.length));
    for (const [ga, pa] of matched) {
      a.kind.total++;
      if (ga.kind === pa.kind) a.kind.correct++;
      a.cue.total++;
      if ((ga.cue === null && pa.cue === null) || (ga.cue !== null && pa.cue !== null && exact(ga.cue, pa.cue))) a.cue.correct++;
    }
  }
}

const ANAPHORS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'qui', 'lui', 'ce dernier', 'cette dernière', 'ces derniers', 'ces dernières', 'celui-ci', 'celle-ci', 'même source', 'la même source', 'cette source']);

function sameSource(g: GoldAttribution, p: NonNullable<Prediction['attributions']>[number]): boolean {
  if (g.source === null || (g.source.canonical === undefined && g.source.text === undefined)) return p.source === null;
  if (p.source === null) return false;
  // The same mention (spans overlap) or the same referent (canonical names agree).
  // A pronoun or anaphor ("il", "ce dernier", "la même source") must also be resolved.
  const anaphor = ANAPHORS.has(norm(g.source.text));
  if (!anaphor && g.source.start !== undefined && g.source.end !== undefined && overlaps({ start: g.source.start, end: g.source.end }, p.source)) return true;
  const want = norm(g.source.canonical ?? g.source.text);
  return want === norm(p.source.canonical ?? p.source.text) || want === norm(p.source.text);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** Render the scores as aligned text tables. */
export function formatScores(s: Scores, label = 'depeche'): string {
  const lines: string[] = [];
  if (s.entities !== null) {
    lines.push(`${label} — entities            strict: P     R     F1   | overlap: P     R     F1   | gold  pred`);
    const all = { strict: zero(), overlap: zero() };
    for (const type of Object.keys(s.entities.strict).sort()) {
      const st = prf(s.entities.strict[type] ?? zero());
      const ov = prf(s.entities.overlap[type] ?? zero());
      add(all.strict, s.entities.strict[type] ?? zero());
      add(all.overlap, s.entities.overlap[type] ?? zero());
      lines.push(
        `  ${type.padEnd(28)} ${pct(st.precision)} ${pct(st.recall)} ${pct(st.f1)} |          ${pct(ov.precision)} ${pct(ov.recall)} ${pct(ov.f1)} | ${String(st.tp + st.fn).padStart(4)} ${String(st.tp + st.fp).padStart(5)}`,
      );
    }
    const st = prf(all.strict);
    const ov = prf(all.overlap);
    lines.push(`  ${'ALL'.padEnd(28)} ${pct(st.precision)} ${pct(st.recall)} ${pct(st.f1)} |          ${pct(ov.precision)} ${pct(ov.recall)} ${pct(ov.f1)} | ${String(st.tp + st.fn).padStart(4)} ${String(st.tp + st.fp).padStart(5)}`);
    const c = s.entities.canonical;
    lines.push(`  PERSON canonical accuracy: ${pct(c.total === 0 ? 0 : c.correct / c.total)} % (${c.correct}/${c.total})`);
  }
  if (s.quantities !== null) {
    const q = s.quantities;
    const sp = prf(q.span);
    const va = prf(q.value);
    lines.push(`${label} — quantities          P     R     F1`);
    lines.push(`  span (exact)               ${pct(sp.precision)} ${pct(sp.recall)} ${pct(sp.f1)}   (gold ${sp.tp + sp.fn}, pred ${sp.tp + sp.fp})`);
    lines.push(`  value (span + value)       ${pct(va.precision)} ${pct(va.recall)} ${pct(va.f1)}`);
    lines.push(`  kind agreement on spans: ${q.kindAgree.correct}/${q.kindAgree.total}; unit agreement: ${q.unitAgree.correct}/${q.unitAgree.total}`);
  }
  if (s.attributions !== null) {
    const a = s.attributions;
    const ex = prf(a.contentExact);
    const co = prf(a.content);
    const ws = prf(a.withSource);
    lines.push(`${label} — attributions        P     R     F1`);
    lines.push(`  content (exact)            ${pct(ex.precision)} ${pct(ex.recall)} ${pct(ex.f1)}   (gold ${ex.tp + ex.fn}, pred ${ex.tp + ex.fp})`);
    lines.push(`  content (≥80% overlap)     ${pct(co.precision)} ${pct(co.recall)} ${pct(co.f1)}`);
    lines.push(`  with source                ${pct(ws.precision)} ${pct(ws.recall)} ${pct(ws.f1)}`);
    lines.push(`  kind accuracy on matches: ${pct(a.kind.total === 0 ? 0 : a.kind.correct / a.kind.total)} % (${a.kind.correct}/${a.kind.total}); cue exact: ${a.cue.correct}/${a.cue.total}`);
  }
  return lines.join('\n');
}

/** A flat summary for JSON output and comparisons. */
export function summarize(s: Scores): Record<string, number> {
  const out: Record<string, number> = {};
  if (s.entities !== null) {
    const all = { strict: zero(), overlap: zero() };
    for (const type of Object.keys(s.entities.strict)) {
      out[`entities.${type}.strictF1`] = prf(s.entities.strict[type] ?? zero()).f1;
      add(all.strict, s.entities.strict[type] ?? zero());
      add(all.overlap, s.entities.overlap[type] ?? zero());
    }
    out['entities.strictF1'] = prf(all.strict).f1;
    out['entities.overlapF1'] = prf(all.overlap).f1;
    const c = s.entities.canonical;
    out['entities.personCanonical'] = c.total === 0 ? 0 : c.correct / c.total;
  }
  if (s.quantities !== null) {
    out['quantities.spanF1'] = prf(s.quantities.span).f1;
    out['quantities.valueF1'] = prf(s.quantities.value).f1;
  }
  if (s.attributions !== null) {
    out['attributions.contentF1'] = prf(s.attributions.content).f1;
    out['attributions.contentExactF1'] = prf(s.attributions.contentExact).f1;
    out['attributions.withSourceF1'] = prf(s.attributions.withSource).f1;
    const k = s.attributions.kind;
    out['attributions.kindAccuracy'] = k.total === 0 ? 0 : k.correct / k.total;
  }
  return out;
}
