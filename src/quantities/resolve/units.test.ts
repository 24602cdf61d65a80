import { describe, expect, it } from 'vitest';
import { resolveCurrency, resolveDuration, resolveMeasure } from './units.js';

describe('resolveCurrency: ISO 4217', () => {
  it.each([
    ['€', '€', undefined, 'EUR', 1],
    ['$', '$', undefined, 'USD', 1],
    ['£', '£', undefined, 'GBP', 1],
    ['₩', '₩', undefined, 'KRW', 1],
    ['₽', '₽', undefined, 'RUB', 1],
    ['euros', 'euros', undefined, 'EUR', 1],
    ['dollars', 'dollars', 'canadiens', 'CAD', 2],
    ['livres', 'livres', 'sterling', 'GBP', 2],
    ['francs', 'francs', 'cfa', 'XOF', 2],
    ['wons', 'wons', 'nord-coreens', 'KPW', 2],
    ['wons', 'wons', undefined, 'KRW', 1],
    ['yuans', 'yuans', undefined, 'CNY', 1],
    ['roubles', 'roubles', undefined, 'RUB', 1],
    ['USD', 'usd', undefined, 'USD', 1],
    ['DA', 'da', undefined, 'DZD', 1],
    ['DT', 'dt', undefined, 'TND', 1],
    ['marks', 'marks', 'convertibles', 'BAM', 2],
  ])('%s (+ %s) → %s', (text, fold, next, unit, used) => {
    expect(resolveCurrency(text, fold, next)).toMatchObject({ unit, used });
  });

  it.each([
    ['livres', 'livres', 'de'],
    ['francs', 'francs', undefined],
    ['usd', 'usd', undefined],
    ['da', 'da', undefined],
    ['fr', 'fr', undefined],
    ['marks', 'marks', undefined],
  ])('%s (+ %s) is not a currency on its own', (text, fold, next) => {
    expect(resolveCurrency(text, fold, next)).toBeNull();
  });

  it.each([
    ['bolivars', 'VES'], ['takas', 'BDT'], ['bahts', 'THB'], ['ringgits', 'MYR'], ['rupiahs', 'IDR'], ['dongs', 'VND'],
    ['kyats', 'MMK'], ['afghanis', 'AFN'], ['tenges', 'KZT'], ['laris', 'GEL'], ['drams', 'AMD'], ['leva', 'BGN'],
    ['denars', 'MKD'], ['birrs', 'ETB'], ['cedis', 'GHS'], ['kwanzas', 'AOA'], ['ariary', 'MGA'], ['ouguiyas', 'MRU'],
    ['lempiras', 'HNL'], ['quetzales', 'GTQ'], ['soums', 'UZS'], ['bolivianos', 'BOB'],
  ])('%s names one currency: %s', (fold, unit) => {
    expect(resolveCurrency(fold, fold, undefined)).toEqual({ unit, used: 1, factor: 1 });
  });

  // A name several countries use, without a qualifier: the currency of the country the document names most.
  it.each([
    ['dinars', { RS: 3, FR: 1 }, 'RSD'],
    ['dinars', { DZ: 2, RS: 1 }, 'DZD'],
    ['couronnes', { SE: 4 }, 'SEK'],
    ['couronnes', { DK: 2, SE: 1 }, 'DKK'],
    ['pesos', { PH: 4 }, 'PHP'],
    ['pesos', { AR: 1, MX: 2 }, 'MXN'],
    ['rials', { IR: 5, US: 9 }, 'IRR'],
    ['riyals', { QA: 2 }, 'QAR'],
    ['riyals', {}, 'SAR'],
    ['roupies', { PK: 1 }, 'PKR'],
    ['roupies', {}, 'INR'],
    ['shillings', { UG: 1, KE: 0 }, 'UGX'],
    ['francs', { CH: 1 }, 'CHF'],
    ['fr', { CH: 1 }, 'CHF'],
    ['marks', { BA: 2, RS: 1 }, 'BAM'],
    ['roubles', { BY: 2, RU: 1 }, 'BYN'],
    ['roubles', { UA: 2 }, 'RUB'],
    ['livres', { SD: 3 }, 'SDG'],
    ['livres', { LB: 1, FR: 2 }, 'LBP'],
  ])('%s in a document naming %o → %s', (fold, counts, unit) => {
    expect(resolveCurrency(fold, fold, 'pour', new Map(Object.entries(counts)))).toEqual({ unit, used: 1, factor: 1 });
  });

  it.each([
    [{ GA: 2, CM: 1 }, 'XAF'],
    [{ SN: 1 }, 'XOF'],
    [{}, 'XOF'],
    [{ FR: 3 }, 'XOF'],
  ])('francs CFA in a document naming %o → %s', (counts, unit) => {
    expect(resolveCurrency('francs', 'francs', 'cfa', new Map(Object.entries(counts)))).toEqual({ unit, used: 2, factor: 1 });
  });

  it.each([
    ['dinars', { FR: 2 }],
    ['pesos', {}],
    ['shillings', { GB: 3 }],
    ['francs', { FR: 5 }],
    ['couronnes', { FR: 4 }],
    ['livres', { FR: 4 }],
  ])('%s with no country of its own named (%o) is not a currency', (fold, counts) => {
    expect(resolveCurrency(fold, fold, undefined, new Map(Object.entries(counts)))).toBeNull();
  });

  it('reads sub-units with their factor', () => {
    expect(resolveCurrency('centimes', 'centimes', undefined)).toEqual({ unit: 'EUR', used: 1, factor: 0.01 });
  });
});

describe('resolveMeasure: SI-style symbols', () => {
  it.each([
    ['km', 'km', undefined, 'km'],
    ['m', 'm', undefined, 'm'],
    ['mm', 'mm', undefined, 'mm'],
    ['kg', 'kg', undefined, 'kg'],
    ['t', 't', undefined, 't'],
    ['tonnes', 'tonnes', undefined, 't'],
    ['km²', 'km²', undefined, 'km²'],
    ['kilomètres', 'kilometres', 'carres', 'km²'],
    ['litres', 'litres', undefined, 'L'],
    ['barils', 'barils', undefined, 'bbl'],
    ['degrés', 'degres', undefined, '°C'],
    ['milles', 'milles', 'nautiques', 'nmi'],
    ['miles', 'miles', undefined, 'mi'],
    ['milles', 'milles', undefined, 'nmi'],
    ['degrés', 'degres', 'fahrenheit', '°F'],
    ['térawattheures', 'terawattheures', undefined, 'TWh'],
    ['hectopascals', 'hectopascals', undefined, 'hPa'],
    ['hPa', 'hpa', undefined, 'hPa'],
    ['gigaoctets', 'gigaoctets', undefined, 'Go'],
    ['Go', 'go', undefined, 'Go'],
    ['onces', 'onces', undefined, 'oz'],
    ['pouces', 'pouces', undefined, 'in'],
    ['µg', 'µg', undefined, 'µg'],
    ['cl', 'cl', undefined, 'cL'],
    ['kV', 'kv', undefined, 'kV'],
    ['ppm', 'ppm', undefined, 'ppm'],
  ])('%s → %s', (text, fold, next, unit) => {
    expect(resolveMeasure(text, fold, next)?.unit).toBe(unit);
  });

  it('"M" (the honorific) is never a unit', () => {
    expect(resolveMeasure('M', 'm', undefined)).toBeNull();
  });
});

describe('resolveDuration', () => {
  it.each([
    ['secondes', 'second'],
    ['minutes', 'minute'],
    ['heures', 'hour'],
    ['jours', 'day'],
    ['semaines', 'week'],
    ['mois', 'month'],
    ['an', 'year'],
    ['annees', 'year'],
    ['decennies', 'decade'],
    ['siecles', 'century'],
  ])('%s → %s', (fold, unit) => {
    expect(resolveDuration(fold)).toBe(unit);
  });
});
