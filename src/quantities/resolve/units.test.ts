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
  ])('%s (+ %s) → %s', (text, fold, next, unit, used) => {
    expect(resolveCurrency(text, fold, next)).toMatchObject({ unit, used });
  });

  it.each([
    ['livres', 'livres', 'de'],
    ['francs', 'francs', undefined],
    ['usd', 'usd', undefined],
  ])('%s (+ %s) is not a currency on its own', (text, fold, next) => {
    expect(resolveCurrency(text, fold, next)).toBeNull();
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
    ['km²', 'km²', undefined, 'km2'],
    ['kilomètres', 'kilometres', 'carres', 'km2'],
    ['litres', 'litres', undefined, 'L'],
    ['barils', 'barils', undefined, 'bbl'],
    ['degrés', 'degres', undefined, '°C'],
    ['milles', 'milles', 'nautiques', 'nmi'],
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
