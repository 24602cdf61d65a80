/**
 * fr-compromise (French compromise): people, places and organisations; its
 * `Date` tag for dates; `numbers()` for quantities (it has no money,
 * percentage or quotation views, so every number is a count).
 */
import { createRequire } from 'node:module';
import type { Prediction } from '../score.js';
import { countsOf, entitiesOf, type ViewLike } from './compromise-common.js';
import { bySpan, Locator, packageVersion, type PeerAdapter } from './types.js';

// Loaded untyped: fr-compromise ships .ts type sources that fail our strict type check.
const fr = createRequire(import.meta.url)('fr-compromise') as (text: string) => unknown;

export function create(): PeerAdapter {
  return {
    name: 'fr-compromise',
    version: packageVersion('fr-compromise'),
    job: 'people/places/organizations, #Date, numbers',
    parts: ['entities', 'quantities'],
    run(text: string): Prediction {
      const doc = fr(text) as unknown as ViewLike & { people(): ViewLike; places(): ViewLike; organizations(): ViewLike; numbers(): ViewLike };
      const loc = new Locator(text);
      const entities = [
        ...entitiesOf(text, doc.people(), 'PERSON', loc),
        ...entitiesOf(text, doc.places(), 'LOCATION', new Locator(text)),
        ...entitiesOf(text, doc.organizations(), 'ORGANIZATION', new Locator(text)),
        ...entitiesOf(text, doc.match('#Date+'), 'DATE', new Locator(text)),
      ];
      const quantities = countsOf(text, doc.numbers(), [], new Locator(text));
      return { entities: bySpan(entities), quantities: bySpan(quantities) };
    },
  };
}
