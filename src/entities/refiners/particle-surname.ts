/**
 * A later mention of a person whose family name holds particles keeps them: "M. dos Santos Caetano" after "Abílio dos
 * Santos Caetano", "Villalobos de la Fuente" after "Eduardo Villalobos de la Fuente". The lower-case particles
 * before a linked mention, and between two mentions of the same person, belong to the name when the full name has
 * them there; without a first name the rules read "Santos Caetano", or "Villalobos" and "de la Fuente" apart.
 */
import { changed } from '../candidate.js';
import { foldText } from '../../text/normalize.js';
import { NAME_PARTICLES } from '../data/name-context.js';
import type { Analysis, Candidate, Refiner } from '../types.js';

/** Most particles read around a mention ("de la", "dos"). */
const MAX_PARTICLES = 3;

/** The token at `i` is a lower-case particle of the sentence `sentence`, spaced from the word before. */
function particleAt(a: Analysis, i: number, sentence: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.sentence === sentence && a.shape[i] === 0 && NAME_PARTICLES.has(t.key) && !t.newlineBefore;
}

/** Does the full name `canonical` hold the words of `text`, word for word? */
function holds(canonical: string, text: string): boolean {
  return ` ${foldText(canonical)} `.includes(` ${foldText(text)} `);
}

/** `c` with the particles before it that the full name has there. */
function withParticlesBefore(a: Analysis, c: Candidate): Candidate {
  const sentence = a.doc.tokens[c.tokenStart]?.sentence ?? -1;
  let s = c.tokenStart;
  while (c.tokenStart - s < MAX_PARTICLES && particleAt(a, s - 1, sentence)) s--;
  // The longest run of particles the full name holds: "dos Santos Caetano", not "de dos Santos Caetano".
  for (; s < c.tokenStart; s++) {
    const start = a.doc.tokens[s]?.start ?? c.start;
    if (holds(c.canonical, a.doc.text.slice(start, c.end))) return changed(c, { start, tokenStart: s });
  }
  return c;
}

export const particleSurname: Refiner = (a, found) => {
  const out: Candidate[] = [];
  for (let n = 0; n < found.length; n++) {
    let c = found[n];
    if (c === undefined) continue;
    const sentence = a.doc.tokens[c.tokenStart]?.sentence ?? -1;
    // Only a person next to a particle (a cheap test first: most are not), and only a mention linked to a fuller
    // name: the full mention itself has nothing left out.
    const nearParticle = c.type === 'PERSON' && (particleAt(a, c.tokenStart - 1, sentence) || particleAt(a, c.tokenEnd, sentence));
    if (!nearParticle || foldText(a.doc.text.slice(c.start, c.end)) === foldText(c.canonical)) {
      out.push(c);
      continue;
    }
    const next = found[n + 1];
    // "Villalobos" + "de la" + "Fuente": two mentions of one person joined by the particles of the full name.
    if (next !== undefined && next.type === 'PERSON' && next.canonical === c.canonical && next.tokenStart >= c.tokenEnd && next.tokenStart - c.tokenEnd <= MAX_PARTICLES) {
      let between = true;
      for (let i = c.tokenEnd; i < next.tokenStart; i++) between &&= particleAt(a, i, sentence);
      if (between && holds(c.canonical, a.doc.text.slice(c.start, next.end))) {
        c = changed(c, { end: next.end, tokenEnd: next.tokenEnd });
        n++;
      }
    }
    const prev = out[out.length - 1];
    const extended = withParticlesBefore(a, c);
    out.push(prev !== undefined && prev.end > extended.start ? c : extended);
  }
  return out;
};
