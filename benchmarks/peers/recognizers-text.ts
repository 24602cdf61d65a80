/**
 * Microsoft Recognizers-Text, French culture: the number, percentage,
 * currency and dimension models, built once and reused. The suite package
 * only exposes the one-shot `recognize*` functions (which rebuild their models
 * on every call), so the recognizer classes are loaded from the packages the
 * suite depends on, resolved from the suite's own location.
 *
 * Results overlap between models (a currency contains a number): currency,
 * percentage and dimension spans win, numbers inside them are dropped.
 * Result `end` is inclusive. Values come from `resolution.value` (a string;
 * French decimal commas are read as decimals).
 */
import { createRequire } from 'node:module';
import type { Prediction } from '../score.js';
import { bySpan, currencyCode, Locator, packageVersion, parseNumber, trimSpan, type PeerAdapter, type QuantityPrediction } from './types.js';

interface ModelResult {
  start: number;
  end: number;
  text: string;
  typeName?: string;
  resolution?: { value?: unknown; unit?: string; isoCurrency?: string } | null;
}
interface Model {
  parse(query: string): ModelResult[];
}
interface NumberModule {
  Culture: { French: string };
  NumberRecognizer: new (culture: string) => { getNumberModel(): Model; getPercentageModel(): Model };
}
interface UnitModule {
  NumberWithUnitRecognizer: new (culture: string) => { getCurrencyModel(): Model; getDimensionModel(): Model };
}

const DIMENSION_UNITS: Record<string, string> = {
  kilometer: 'km', kilometre: 'km', meter: 'm', metre: 'm', centimeter: 'cm', millimeter: 'mm',
  ton: 't', tonne: 't', kilogram: 'kg', gram: 'g', liter: 'l', litre: 'l', 'square kilometer': 'km²', hectare: 'ha',
  mile: 'mi', foot: 'ft', inch: 'in', pound: 'lb',
};

export function create(): PeerAdapter {
  const req = createRequire(import.meta.url);
  const suite = createRequire(req.resolve('@microsoft/recognizers-text-suite'));
  const N = suite('@microsoft/recognizers-text-number') as NumberModule;
  const U = suite('@microsoft/recognizers-text-number-with-unit') as UnitModule;
  const numbers = new N.NumberRecognizer(N.Culture.French);
  const units = new U.NumberWithUnitRecognizer(N.Culture.French);
  const models: Array<[string, Model]> = [
    ['currency', units.getCurrencyModel()],
    ['percent', numbers.getPercentageModel()],
    ['dimension', units.getDimensionModel()],
    ['number', numbers.getNumberModel()],
  ];
  return {
    name: 'recognizers-text',
    version: packageVersion('@microsoft/recognizers-text-suite'),
    job: 'French number, percent, currency, dimension models',
    parts: ['quantities'],
    run(text: string): Prediction {
      const out: QuantityPrediction[] = [];
      for (const [kind, model] of models) {
        const loc = new Locator(text);
        for (const r of model.parse(text)) {
          let start = r.start;
          let end = r.end + 1;
          if (text.slice(start, end).toLowerCase() !== r.text.toLowerCase()) {
            const f = loc.find(r.text);
            if (f === null) continue;
            ({ start, end } = f);
          }
          const s = trimSpan(text, start, end);
          if (s === null) continue;
          if (out.some((q) => s.start < q.end && q.start < s.end)) continue;
          const value = parseNumber(r.resolution?.value);
          const unitName = r.resolution?.unit;
          let unit: string | undefined;
          if (kind === 'currency') unit = currencyCode(r.resolution?.isoCurrency ?? unitName);
          else if (kind === 'percent') unit = '%';
          else if (kind === 'dimension' && unitName !== undefined) unit = DIMENSION_UNITS[unitName.toLowerCase()] ?? unitName;
          out.push({
            ...s,
            kind: kind === 'currency' ? 'money' : kind === 'dimension' ? 'measure' : kind === 'number' ? 'count' : kind,
            value,
            ...(unit !== undefined ? { unit } : {}),
          });
        }
      }
      return { quantities: bySpan(out) };
    },
  };
}
