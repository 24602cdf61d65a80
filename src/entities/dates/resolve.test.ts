import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, isoWeekday, needsDirection, resolveDate } from './resolve.js';
import type { DateExpr, Direction } from './types.js';

/** A Friday. */
const REF = new Date('2024-03-29T00:00:00Z');

describe('resolveDate: absolute dates need no reference', () => {
  it.each<[string, DateExpr, string | undefined]>([
    ['day', { kind: 'calendar', year: 2023, month: 9, day: 4 }, '2023-09-04'],
    ['month', { kind: 'calendar', year: 2023, month: 9 }, '2023-09'],
    ['year', { kind: 'calendar', year: 1948 }, '1948'],
    ['day with time', { kind: 'calendar', year: 2024, month: 3, day: 25, time: { hour: 7, minute: 30 } }, '2024-03-25T07:30'],
    ['impossible day', { kind: 'calendar', year: 2023, month: 2, day: 29 }, undefined],
    ['leap day', { kind: 'calendar', year: 2024, month: 2, day: 29 }, '2024-02-29'],
    ['decade', { kind: 'decade', decade: 1990 }, '199'],
    ['century', { kind: 'century', century: 20 }, '19'],
    ['season with year', { kind: 'season', season: 'SP', year: 2023 }, '2023-SP'],
    ['time', { kind: 'time', time: { hour: 19, minute: 0 } }, 'T19:00'],
    ['year range', { kind: 'range', from: { kind: 'calendar', year: 2019 }, to: { kind: 'calendar', year: 2022 } }, '2019/2022'],
    ['vague', { kind: 'vague' }, undefined],
    ['relative without reference', { kind: 'weekday', weekday: 1 }, undefined],
    ['no year without reference', { kind: 'calendar', month: 3, day: 28 }, undefined],
  ])('%s', (_name, expr, value) => {
    expect(resolveDate(expr, null)).toBe(value);
  });
});

describe('resolveDate: against 2024-03-29 (Friday)', () => {
  it.each<[string, DateExpr, Direction, string | undefined]>([
    ['lundi (past)', { kind: 'weekday', weekday: 1 }, 'past', '2024-03-25'],
    ['vendredi (past) is the day itself', { kind: 'weekday', weekday: 5 }, 'past', '2024-03-29'],
    ['samedi (past)', { kind: 'weekday', weekday: 6 }, 'past', '2024-03-23'],
    ['mardi (future)', { kind: 'weekday', weekday: 2 }, 'future', '2024-04-02'],
    ['ce lundi', { kind: 'weekday', weekday: 1, shift: 0 }, 'future', '2024-03-25'],
    ['ce dimanche', { kind: 'weekday', weekday: 7, shift: 0 }, 'past', '2024-03-31'],
    ['vendredi dernier', { kind: 'weekday', weekday: 5, shift: -1 }, 'past', '2024-03-22'],
    ['vendredi prochain', { kind: 'weekday', weekday: 5, shift: 1 }, 'past', '2024-04-05'],
    ['mardi soir à 20h', { kind: 'weekday', weekday: 2, dayPart: 'evening', time: { hour: 20, minute: 0 } }, 'past', '2024-03-26T20:00'],
    ['hier', { kind: 'offset', unit: 'day', offset: -1 }, 'past', '2024-03-28'],
    ['demain', { kind: 'offset', unit: 'day', offset: 1 }, 'past', '2024-03-30'],
    ['cette semaine', { kind: 'offset', unit: 'week', offset: 0 }, 'past', '2024-W13'],
    ['la semaine dernière', { kind: 'offset', unit: 'week', offset: -1 }, 'past', '2024-W12'],
    ['ce week-end', { kind: 'offset', unit: 'weekend', offset: 0 }, 'past', '2024-W13-WE'],
    ['le mois dernier', { kind: 'offset', unit: 'month', offset: -1 }, 'past', '2024-02'],
    ['le mois prochain', { kind: 'offset', unit: 'month', offset: 1 }, 'past', '2024-04'],
    ['dans 10 mois', { kind: 'offset', unit: 'month', offset: 10 }, 'past', '2025-01'],
    ['ce trimestre', { kind: 'offset', unit: 'quarter', offset: 0 }, 'past', '2024-Q1'],
    ['premier trimestre 2022', { kind: 'year-period', period: 'quarter', index: 1, year: 2022 }, 'past', '2022-Q1'],
    ['premier trimestre (past): it has begun', { kind: 'year-period', period: 'quarter', index: 1 }, 'past', '2024-Q1'],
    ['deuxième trimestre (past): last year’s', { kind: 'year-period', period: 'quarter', index: 2 }, 'past', '2023-Q2'],
    ['deuxième trimestre (future)', { kind: 'year-period', period: 'quarter', index: 2 }, 'future', '2024-Q2'],
    ['second semestre (past)', { kind: 'year-period', period: 'half', index: 2 }, 'past', '2023-H2'],
    ['premier semestre (future): not over yet', { kind: 'year-period', period: 'half', index: 1 }, 'future', '2024-H1'],
    ["l'année dernière", { kind: 'offset', unit: 'year', offset: -1 }, 'past', '2023'],
    ['septembre (past)', { kind: 'calendar', month: 9 }, 'past', '2023-09'],
    ['samedi 13 avril (past): the year where it is a Saturday', { kind: 'calendar', month: 4, day: 13, weekday: 6 }, 'past', '2024-04-13'],
    ['lundi 13 avril: no nearby year fits, the tense decides', { kind: 'calendar', month: 4, day: 13, weekday: 1 }, 'past', '2023-04-13'],
    ['septembre (future)', { kind: 'calendar', month: 9 }, 'future', '2024-09'],
    ['mars (past) is the reference month', { kind: 'calendar', month: 3 }, 'past', '2024-03'],
    ['mars dernier', { kind: 'calendar', month: 3, shift: -1 }, 'past', '2023-03'],
    ['mars prochain', { kind: 'calendar', month: 3, shift: 1 }, 'past', '2025-03'],
    ['28 mars', { kind: 'calendar', month: 3, day: 28 }, 'past', '2024-03-28'],
    ['2 avril (past, within a week)', { kind: 'calendar', month: 4, day: 2 }, 'past', '2024-04-02'],
    ['15 avril (past)', { kind: 'calendar', month: 4, day: 15 }, 'past', '2023-04-15'],
    ['15 avril (future)', { kind: 'calendar', month: 4, day: 15 }, 'future', '2024-04-15'],
    ["l'automne dernier", { kind: 'season', season: 'FA', shift: -1 }, 'past', '2023-FA'],
    ['cet hiver (in spring)', { kind: 'season', season: 'WI', shift: 0 }, 'past', '2024-WI'],
    ['cet été', { kind: 'season', season: 'SU', shift: 0 }, 'past', '2024-SU'],
    ['le printemps dernier (now spring)', { kind: 'season', season: 'SP', shift: -1 }, 'past', '2023-SP'],
    [
      '25 au 27 mars',
      { kind: 'range', from: { kind: 'calendar', day: 25 }, to: { kind: 'calendar', month: 3, day: 27 } },
      'past',
      '2024-03-25/2024-03-27',
    ],
    [
      '28 au 2 avril 2024',
      { kind: 'range', from: { kind: 'calendar', day: 28 }, to: { kind: 'calendar', year: 2024, month: 4, day: 2 } },
      'past',
      '2024-03-28/2024-04-02',
    ],
    [
      '28 décembre au 2 janvier 2024',
      { kind: 'range', from: { kind: 'calendar', month: 12, day: 28 }, to: { kind: 'calendar', year: 2024, month: 1, day: 2 } },
      'past',
      '2023-12-28/2024-01-02',
    ],
    [
      'lundi à mercredi',
      { kind: 'range', from: { kind: 'weekday', weekday: 1 }, to: { kind: 'weekday', weekday: 3 } },
      'past',
      '2024-03-25/2024-03-27',
    ],
    [
      'vendredi à lundi',
      { kind: 'range', from: { kind: 'weekday', weekday: 5 }, to: { kind: 'weekday', weekday: 1 } },
      'future',
      '2024-03-29/2024-04-01',
    ],
  ])('%s', (_name, expr, direction, value) => {
    expect(resolveDate(expr, REF, direction)).toBe(value);
  });

  it('uses the UTC day of the reference date', () => {
    expect(resolveDate({ kind: 'offset', unit: 'day', offset: 0 }, new Date('2024-03-29T23:30:00Z'))).toBe('2024-03-29');
  });

  it('ignores an invalid reference date', () => {
    expect(resolveDate({ kind: 'offset', unit: 'day', offset: 0 }, new Date('nope'))).toBeUndefined();
  });
});

describe('needsDirection: does the tense of the clause matter?', () => {
  const REF = new Date('2024-03-29');
  const cases: Array<[string, DateExpr, Date | null, boolean]> = [
    ['a weekday', { kind: 'weekday', weekday: 1 }, REF, true],
    ['a day and month without a year', { kind: 'calendar', month: 3, day: 25 }, REF, true],
    ['a full date', { kind: 'calendar', year: 2024, month: 3, day: 25 }, REF, false],
    ['a season without a year', { kind: 'season', season: 'SU' }, REF, true],
    ['a season with a year', { kind: 'season', season: 'SU', year: 2023 }, REF, false],
    ['a quarter without a year', { kind: 'year-period', period: 'quarter', index: 2 }, REF, true],
    ['an offset', { kind: 'offset', unit: 'day', offset: -1 }, REF, false],
    ['a century', { kind: 'century', century: 20 }, REF, false],
    ['a range ending on a weekday', { kind: 'range', from: { kind: 'weekday', weekday: 1 }, to: { kind: 'weekday', weekday: 3 } }, REF, true],
    ['a weekday without a reference date', { kind: 'weekday', weekday: 1 }, null, false],
  ];
  it.each(cases)('%s', (_name, expr, ref, expected) => {
    expect(needsDirection(expr, ref)).toBe(expected);
  });

  it('when it does not, the direction changes nothing', () => {
    for (const [, expr, ref] of cases) {
      if (needsDirection(expr, ref)) continue;
      expect(resolveDate(expr, ref, 'future')).toBe(resolveDate(expr, ref, 'past'));
    }
  });
});

describe('calendar helpers', () => {
  it.each<[string, number, number]>([
    ['2024-03-29', 2024, 13],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2023-01-01', 2022, 52],
  ])('isoWeek(%s)', (iso, year, week) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(isoWeek({ year: y ?? 0, month: m ?? 0, day: d ?? 0 })).toEqual({ year, week });
  });

  it('adds days across months and years without mutating', () => {
    const day = { year: 2023, month: 12, day: 30 };
    expect(addDays(day, 3)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(day).toEqual({ year: 2023, month: 12, day: 30 });
    expect(isoWeekday({ year: 2024, month: 3, day: 29 })).toBe(5);
  });
});
