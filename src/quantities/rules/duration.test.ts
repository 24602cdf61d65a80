import { describe, expect, it } from 'vitest';
import { expected, quantitiesOf, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  // A race time in seconds and hundredths; margins in fractions of a second.
  { input: 'le 50 m en 20 s 91.', text: '20 s 91', value: 20.91, kind: 'duration', unit: 'second', start: 11 },
  { input: 'battu de 52 centièmes', text: '52 centièmes', value: 0.52, kind: 'duration', unit: 'second', start: 9 },
  { input: 'avec 7 centièmes d’avance', text: '7 centièmes', value: 0.07, kind: 'duration', unit: 'second', start: 5 },
  { input: 'à trois dixièmes de seconde', text: 'trois dixièmes de seconde', value: 0.3, kind: 'duration', unit: 'second', start: 2 },
  { input: 'Pour 6 mois', text: '6 mois', value: 6, kind: 'duration', unit: 'month', start: 5 },
  { input: 'pendant 6 mois', text: '6 mois', value: 6, kind: 'duration', unit: 'month', start: 8 },
  { input: 'Pendant 1 an', text: '1 an', value: 1, kind: 'duration', unit: 'year', start: 8 },
  { input: 'leur sommet trois mois plus tôt', text: 'trois mois', value: 3, kind: 'duration', unit: 'month', start: 12 },
  { input: 'il y a passé un an et demi', text: 'un an et demi', value: 1.5, kind: 'duration', unit: 'year', start: 13 },
  { input: 'une demi-heure de retard', text: 'une demi-heure', value: 0.5, kind: 'duration', unit: 'hour', start: 0 },
  { input: 'deux heures et demie de débat', text: 'deux heures et demie', value: 2.5, kind: 'duration', unit: 'hour', start: 0 },
  { input: 'il faut deux heures et quart de trajet', text: 'deux heures et quart', value: 2.25, kind: 'duration', unit: 'hour', start: 8 },
  { input: 'pendant 24 heures', text: '24 heures', value: 24, kind: 'duration', unit: 'hour', start: 8 },
  // A compact "h" word that measures time (a time of day is a DATE).
  { input: 'le vol a duré 2h30', text: '2h30', value: 2.5, kind: 'duration', unit: 'hour', start: 14 },
  { input: 'il a marché pendant 24h', text: '24h', value: 24, kind: 'duration', unit: 'hour', start: 20 },
  { input: 'les 48h de garde à vue', text: '48h', value: 48, kind: 'duration', unit: 'hour', start: 4 },
  { input: 'un film de 2h15', text: '2h15', value: 2.25, kind: 'duration', unit: 'hour', start: 11 },
  // A day of hours or more is never a time of day.
  { input: 'une grève de 24 h a commencé', text: '24 h', value: 24, kind: 'duration', unit: 'hour', start: 13 },
  { input: 'contre près d’1h30 jusqu’ici', text: '1h30', value: 1.5, kind: 'duration', unit: 'hour', approximate: true, start: 14 },
  // A compound time gap is counted in its smaller unit.
  { input: 'avec 2 min 14 s d’avance', text: '2 min 14 s', value: 134, kind: 'duration', unit: 'second', start: 5 },
  // Hours written "h": a length after a duration word, beyond a day, or with smaller units after it.
  // A race time with a second mark: seconds and hundredths.
  { input: 'il a gagné en 9"58', text: '9"58', value: 9.58, kind: 'duration', unit: 'second', start: 14 },
  { input: 'elle a couru en 21″34.', text: '21″34', value: 21.34, kind: 'duration', unit: 'second', start: 16 },
  { input: 'en 27\'30" sur 10 000 m', text: '27\'30"', value: 1650, kind: 'duration', unit: 'second', start: 3 },
  { input: 'en 1′45″32', text: '1′45″32', value: 105.32, kind: 'duration', unit: 'second', start: 3 },
  { input: 'il a couru en 2 h 01 min 09 s', text: '2 h 01 min 09 s', value: 7269, kind: 'duration', unit: 'second', start: 14 },
  // A race time: the digits after "s" are tenths or hundredths of a second.
  { input: 'il a bouclé le parcours en 23 min 41 s 6, devant Dupont', text: '23 min 41 s 6', value: 1421.6, kind: 'duration', unit: 'second', start: 27 },
  { input: '41e à 1 min 32 s 7 après trois fautes', text: '1 min 32 s 7', value: 92.7, kind: 'duration', unit: 'second', start: 6 },
  { input: 'en 20 min 58 s 35.', text: '20 min 58 s 35', value: 1258.35, kind: 'duration', unit: 'second', start: 3 },
  // Two-digit minutes after "h" need no unit of their own (a time of day is a DATE).
  { input: 'le Belge passe sous les 2 h 09.', text: '2 h 09', value: 129, kind: 'duration', unit: 'minute', approximate: true, range: { min: null, max: 129 }, start: 24 },
  { input: 'il a couru en 2 h 04, un record', text: '2 h 04', value: 124, kind: 'duration', unit: 'minute', start: 14 },
  // Hours per period are a length even after "à".
  { input: 'des promenades réduites à une heure par jour', text: 'une heure', value: 1, kind: 'duration', unit: 'hour', start: 26 },
  { input: 'le trajet prend 3 h 20 min', text: '3 h 20 min', value: 200, kind: 'duration', unit: 'minute', start: 16 },
  { input: 'une coupure de 48 h', text: '48 h', value: 48, kind: 'duration', unit: 'hour', start: 15 },
  { input: 'le vol a duré 11 h', text: '11 h', value: 11, kind: 'duration', unit: 'hour', start: 14 },
  { input: 'pendant deux décennies et 3 mois', text: 'deux décennies et 3 mois', value: 243, kind: 'duration', unit: 'month', start: 8 },
  { input: 'à 62 ans et 9 mois', text: '62 ans et 9 mois', value: 753, kind: 'duration', unit: 'month', start: 2 },
  // A race time listed with commas and closed by "et", counted in its last unit; days and hours in a row.
  { input: 'après 64 jours, 19 heures, 22 minutes et 49 secondes de course', text: '64 jours, 19 heures, 22 minutes et 49 secondes', value: 5599369, kind: 'duration', unit: 'second', start: 6 },
  { input: 'en 10 jours et 4 heures', text: '10 jours et 4 heures', value: 244, kind: 'duration', unit: 'hour', start: 3 },
  { input: 'en 2 jours 3 heures', text: '2 jours 3 heures', value: 51, kind: 'duration', unit: 'hour', start: 3 },
  { input: 'condamné à 27 ans et trois mois', text: '27 ans et trois mois', value: 327, kind: 'duration', unit: 'month', start: 11 },
  // Seconds after minutes without their unit, when a preposition or punctuation follows (not a noun: "3 fois").
  { input: 'une avance de 4 minutes 20 sur le peloton', text: '4 minutes 20', value: 260, kind: 'duration', unit: 'second', start: 14 },
  { input: 'il a gagné en 1 min 45.', text: '1 min 45', value: 105, kind: 'duration', unit: 'second', start: 14 },
  { input: 'pendant 10 minutes 3 fois par jour', text: '10 minutes', value: 10, kind: 'duration', unit: 'minute', start: 8 },
  { input: 'en 90 minutes 22 joueurs', text: '90 minutes', value: 90, kind: 'duration', unit: 'minute', start: 3 },
  // Decades and centuries in years: the API's duration units stop at the year.
  { input: 'trois décennies', text: 'trois décennies', value: 30, kind: 'duration', unit: 'year', start: 0 },
  { input: 'un siècle', text: 'un siècle', value: 100, kind: 'duration', unit: 'year', start: 0 },
  { input: 'une décennie et demie', text: 'une décennie et demie', value: 15, kind: 'duration', unit: 'year', start: 0 },
  { input: '10 secondes', text: '10 secondes', value: 10, kind: 'duration', unit: 'second', start: 0 },
  { input: 'deux semaines', text: 'deux semaines', value: 2, kind: 'duration', unit: 'week', start: 0 },
  { input: 'des dizaines d’années', text: 'des dizaines d’années', value: 10, kind: 'duration', unit: 'year', approximate: true, start: 0 },
];

describe('duration: time units', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});

describe('duration: a number after a race time that counts a noun stays a count', () => {
  it.each([
    ['Pendant 3 jours, 12 heures par jour, ils ont marché.', [['3 jours', 3], ['12 heures', 12]]],
    ['Il a 30 ans et 2 enfants.', [['30 ans', 30], ['2', 2]]],
    ['5 heures, 30 minutes plus tard, tout a recommencé.', [['5 heures', 5], ['30 minutes', 30]]],
  ])('a list not closed by "et", or a count after "et", stays apart: %s', (input, want) => {
    expect(quantitiesOf(input).map((q) => [q.text, q.value])).toEqual(want);
  });

  it('"1 min 52 s 3 tours plus tard"', () => {
    expect(quantitiesOf('Il a couru 1 min 52 s 3 tours plus tard.').map((q) => [q.text, q.value])).toEqual([['1 min 52 s', 112], ['3', 3]]);
  });
});

describe('duration: "seconde" as an ordinal', () => {
  it.each(['Il a ruiné le pays une seconde fois.', 'Une seconde vague arrive.'])('%s has no quantity', (input) => {
    expect(quantitiesOf(input)).toEqual([]);
  });

  it.each([
    { input: 'Il a réagi en une seconde.', text: 'une seconde', value: 1, kind: 'duration', unit: 'second', start: 14 } as Row,
    { input: 'Une seconde plus tard, tout a explosé.', text: 'Une seconde', value: 1, kind: 'duration', unit: 'second', start: 0 } as Row,
  ])('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});

describe('duration: a compact "h" word that is a time of day or an idiom is no quantity', () => {
  it.each(['Rendez-vous à 7h30 devant la mairie.', 'La newsletter de 7h30 est partie.', 'Le service est ouvert 24h/24 et 7j/7.', 'Il est arrivé vers 19h.'])(
    '%s',
    (input) => {
      expect(quantitiesOf(input)).toEqual([]);
    },
  );
});
