/**
 * compromise (English): people, places, organisations; money, percentages and
 * other numbers; quotations (direct quotes without a speaker).
 */
import nlp from 'compromise';
import type { Prediction } from '../score.js';
import { countsOf, entitiesOf, matches, spanOf, type ViewLike } from './compromise-common.js';
import { bySpan, currencyCode, Locator, packageVersion, type AttributionPrediction, type PeerAdapter, type QuantityPrediction } from './types.js';

interface Doc extends ViewLike {
  people(): ViewLike;
  places(): ViewLike;
  organizations(): ViewLike;
  numbers(): ViewLike;
  money(): ViewLike;
  percentages(): ViewLike;
  quotations(): ViewLike;
}

export function create(): PeerAdapter {
  return {
    name: 'compromise',
    version: packageVersion('compromise'),
    job: 'people/places/organizations, money/percentages/numbers, quotations',
    parts: ['entities', 'quantities', 'attributions'],
    run(text: string): Prediction {
      const doc = nlp(text) as unknown as Doc;
      const entities = [
        ...entitiesOf(text, doc.people(), 'PERSON', new Locator(text)),
        ...entitiesOf(text, doc.places(), 'LOCATION', new Locator(text)),
        ...entitiesOf(text, doc.organizations(), 'ORGANIZATION', new Locator(text)),
      ];
      const quantities: QuantityPrediction[] = [];
      let loc = new Locator(text);
      for (const m of matches(doc.money())) {
        const s = spanOf(text, m, loc);
        if (s === null) continue;
        const v = m.money?.num ?? m.number?.num;
        const unit = currencyCode(m.money?.currency ?? m.number?.unit);
        quantities.push({ ...s, kind: 'money', value: typeof v === 'number' && Number.isFinite(v) ? v : null, ...(unit !== undefined ? { unit } : {}) });
      }
      loc = new Locator(text);
      for (const m of matches(doc.percentages())) {
        const s = spanOf(text, m, loc);
        if (s === null) continue;
        const v = m.number?.num;
        quantities.push({ ...s, kind: 'percent', value: typeof v === 'number' && Number.isFinite(v) ? v : null, unit: '%' });
      }
      quantities.push(...countsOf(text, doc.numbers(), [...quantities], new Locator(text)));
      const attributions: AttributionPrediction[] = [];
      loc = new Locator(text);
      for (const m of matches(doc.quotations())) {
        const s = spanOf(text, m, loc);
        if (s !== null) attributions.push({ kind: 'direct', content: s, cue: null, source: null });
      }
      return {
        entities: bySpan(entities),
        quantities: bySpan(quantities),
        attributions: attributions.sort((a, b) => a.content.start - b.content.start),
      };
    },
  };
}
