/**
 * Rule `measure`: a number with a unit of length, mass, area, volume,
 * temperature or power: "105 mm", "5 km", "300 kilomètres carrés",
 * "2 tonnes", "80 barils", "−10 °C", "200 milles nautiques", "30 km/h",
 * "150 kilomètres par heure" (km/h), "1,6 gramme par litre" (g/L).
 */
import type { PreparedDocument } from '../../types.js';
import { SCALES_BEFORE } from '../data/units.js';
import { resolveMeasure } from '../resolve/units.js';
import type { NumberCore, UnitMatch } from './types.js';

/**
 * The measure unit after a number, if any.
 *
 * @example
 * // "des obus de 155 mm"
 * readMeasure(doc, core) // { kind: 'measure', unit: 'mm', to: core.to + 1, … }
 */
export function readMeasure(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  const tokens = doc.tokens;
  // "un kilomètre", "une tonne": the article is one of a unit written out, never of a symbol ("un m").
  if (core.loneOne && (tokens[core.to]?.text.length ?? 0) <= 2) return null;
  let j = core.to;
  // "des milliers de tonnes", "3 millions de barils"
  if (core.nounLike && (tokens[j]?.fold === 'de' || tokens[j]?.fold === "d'")) j++;
  const t = tokens[j];
  if (t === undefined || t.newlineBefore) return null;
  const at = (unit: string, to: number): UnitMatch => ({ kind: 'measure', unit, from: core.from, to, factor: 1, add: 0 });
  // "−10 °C", "30 °"
  if (t.text === '°' && tokens[j + 1]?.text === 'C' && !(tokens[j + 1]?.spaceBefore ?? true)) return at('°C', j + 2);
  if (t.text === '°C') return at('°C', j + 1);
  const next = tokens[j + 1];
  const resolved = resolveMeasure(t.text, t.fold, next?.newlineBefore === true ? undefined : next?.fold);
  if (resolved === null) return null;
  // A one-letter symbol must stand alone: "5 m", not "5 m." ending a sentence about "M."
  if (t.text.length === 1 && next !== undefined && !next.spaceBefore && next.kind === 'word') return null;
  // "130 km/h", "80 µg/m³", "1,6 g/L", "8 t/ha": a rate written with a slash is one unit
  const end0 = j + resolved.used;
  const den = tokens[end0]?.text === '/' && tokens[end0]?.spaceBefore === false && tokens[end0 + 1]?.spaceBefore === false
    ? SLASH_DENOMINATORS.get(tokens[end0 + 1]?.text ?? '') : undefined;
  if (den !== undefined && !resolved.unit.includes('/')) return at(`${resolved.unit}/${den}`, end0 + 2);
  // "150 kilomètres par heure", "1,6 gramme par litre": a physical rate is one unit. ("barils par jour" stays barrels.)
  const end = end0;
  if (tokens[end]?.key === 'par') {
    const per = PER_UNITS.get(tokens[end + 1]?.fold ?? '');
    if (per !== undefined && !resolved.unit.includes('/') && !isFlow(resolved.unit, per)) return at(`${resolved.unit}/${per}`, end + 2);
  }
  return at(resolved.unit, end);
}

/**
 * A volume per unit of time is a flow ("0,4 mètre cube par seconde", "200 litres par seconde"): the gold keeps
 * the volume as the unit and "par seconde" outside, as "barils par jour" (dev19, dev26).
 */
function isFlow(unit: string, per: string): boolean {
  return VOLUME_UNITS.has(unit) && TIME_DENOMINATORS.has(per);
}

/** The unit of a measure read on a scale named before it: none ("magnitude 6,0"). */
export const NO_UNIT = '';

/**
 * A measure on a scale named right before the number, the scale word in the
 * span and no unit: "de magnitude 6,0", "une réplique de magnitude 5,5".
 *
 * @example
 * // "un séisme de magnitude 6,0"
 * readScaleBefore(doc, core) // { kind: 'measure', unit: '', from: core.from - 1, … }
 */
export function readScaleBefore(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  if (core.source !== 'digits') return null;
  const scale = doc.tokens[core.from - 1];
  if (scale === undefined || scale.sentence !== doc.tokens[core.from]?.sentence || !SCALES_BEFORE.has(scale.fold)) return null;
  return { kind: 'measure', unit: NO_UNIT, from: core.from - 1, to: core.to, factor: 1, add: 0 };
}

/** Unit symbols after a slash, as written → as returned: "km/h", "µg/m³", "g/L", "t/ha". */
const SLASH_DENOMINATORS: ReadonlyMap<string, string> = new Map([
  ['h', 'h'], ['s', 's'], ['m³', 'm³'], ['m3', 'm³'], ['m²', 'm²'], ['m2', 'm²'], ['km²', 'km²'], ['km2', 'km²'],
  ['L', 'L'], ['l', 'L'], ['ha', 'ha'], ['kg', 'kg'], ['an', 'an'], ['j', 'j'],
]);

/** Units of volume (a volume over time is a flow, read as the volume). */
const VOLUME_UNITS: ReadonlySet<string> = new Set(['m³', 'L', 'hL', 'mL', 'cL', 'cm³', 'bbl', 'gal']);
/** Denominators that are units of time. */
const TIME_DENOMINATORS: ReadonlySet<string> = new Set(['s', 'h']);

/** Denominators of physical rates after "par": "par heure" → "/h", "par litre" → "/L", "par seconde" → "/s". */
const PER_UNITS: ReadonlyMap<string, string> = new Map([
  ['heure', 'h'], ['litre', 'L'], ['seconde', 's'], ['metre', 'm'], ['kilogramme', 'kg'], ['kilo', 'kg'],
]);
