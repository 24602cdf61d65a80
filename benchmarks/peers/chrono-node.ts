/**
 * chrono-node's French parser (`chrono.fr`): dates and periods, with their
 * offsets (`index`, `text`), resolved against a fixed reference date.
 */
import * as chrono from 'chrono-node';
import type { Prediction } from '../score.js';
import { bySpan, packageVersion, trimSpan, type Entity, type PeerAdapter } from './types.js';

const REFERENCE = new Date('2024-06-15T12:00:00Z');

export function create(): PeerAdapter {
  return {
    name: 'chrono-node',
    version: packageVersion('chrono-node'),
    job: 'dates (chrono.fr)',
    parts: ['entities'],
    run(text: string): Prediction {
      const entities: Entity[] = [];
      for (const r of chrono.fr.parse(text, REFERENCE)) {
        const s = trimSpan(text, r.index, r.index + r.text.length);
        if (s !== null) entities.push({ ...s, type: 'DATE' });
      }
      return { entities: bySpan(entities) };
    },
  };
}
