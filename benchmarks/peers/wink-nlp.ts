/**
 * wink-nlp with its English lite model (the only model it ships): its entity
 * recogniser finds dates, times, cardinals, money, percentages and durations
 * (the lite model has no person/organisation/place entities). wink gives no
 * character offsets: token offsets are found by locating each token's text in
 * order. It gives no numeric values either, so values are null.
 */
import winkNLP, { type ItemEntity } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Prediction } from '../score.js';
import { bySpan, packageVersion, tokenOffsets, trimSpan, type Entity, type PeerAdapter, type QuantityPrediction } from './types.js';

const QUANTITY: Record<string, { kind: string; unit?: string }> = {
  CARDINAL: { kind: 'count' },
  MONEY: { kind: 'money' },
  PERCENT: { kind: 'percent', unit: '%' },
  DURATION: { kind: 'duration' },
};

export function create(): PeerAdapter {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'wink-nlp',
    version: `${packageVersion('wink-nlp')} + wink-eng-lite-web-model ${packageVersion('wink-eng-lite-web-model')}`,
    job: 'entities (English model): DATE/TIME, CARDINAL/MONEY/PERCENT/DURATION',
    parts: ['entities', 'quantities'],
    run(text: string): Prediction {
      const doc = nlp.readDoc(text);
      const offsets = tokenOffsets(text, doc.tokens().out(its.value) as string[]);
      const entities: Entity[] = [];
      const quantities: QuantityPrediction[] = [];
      doc.entities().each((e: ItemEntity) => {
        const [a, b] = e.out(its.span) as unknown as [number, number];
        const first = offsets[a];
        const last = offsets[b];
        if (first == null || last == null) return;
        const s = trimSpan(text, first.start, last.end);
        if (s === null) return;
        const type = e.out(its.type) as string;
        if (type === 'DATE' || type === 'TIME') {
          entities.push({ ...s, type: 'DATE' });
          return;
        }
        const q = QUANTITY[type];
        if (q !== undefined) quantities.push({ ...s, kind: q.kind, value: null, ...(q.unit !== undefined ? { unit: q.unit } : {}) });
      });
      return { entities: bySpan(entities), quantities: bySpan(quantities) };
    },
  };
}
