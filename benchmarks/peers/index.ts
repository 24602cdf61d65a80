/**
 * The peer libraries, loaded on demand (a peer that fails to load or to run is
 * reported, not fatal). Each adapter maps the peer's output to a Prediction
 * with offsets into the original text, so `score.ts` scores it like depeche.
 */
import type { PeerAdapter } from './types.js';

export type { PeerAdapter } from './types.js';

export const PEERS: Record<string, () => Promise<PeerAdapter>> = {
  'fr-compromise': async () => (await import('./fr-compromise.js')).create(),
  compromise: async () => (await import('./compromise.js')).create(),
  'wink-nlp': async () => (await import('./wink-nlp.js')).create(),
  'recognizers-text': async () => (await import('./recognizers-text.js')).create(),
  'chrono-node': async () => (await import('./chrono-node.js')).create(),
};
