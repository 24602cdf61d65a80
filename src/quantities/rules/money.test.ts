import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../index.js';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'ANNUEL\n\n79,99 €\n\n19 €', text: '79,99 €', value: 79.99, kind: 'money', unit: 'EUR', start: 8 },
  { input: '1 € par mois pendant 6 mois', text: '1 €', value: 1, kind: 'money', unit: 'EUR', start: 0 },
  { input: 'un contrat de 3,5Md€ signé', text: '3,5Md€', value: 3500000000, kind: 'money', unit: 'EUR', start: 14 },
  { input: 'l’Etat investira 12 Mds d’euros', text: '12 Mds d’euros', value: 12000000000, kind: 'money', unit: 'EUR', start: 17 },
  { input: 'il a levé 2 M$ hier', text: '2 M$', value: 2000000, kind: 'money', unit: 'USD', start: 10 },
  { input: '1,5 milliard de dollars', text: '1,5 milliard de dollars', value: 1500000000, kind: 'money', unit: 'USD', start: 0 },
  { input: '4,8 millions d’euros', text: '4,8 millions d’euros', value: 4800000, kind: 'money', unit: 'EUR', start: 0 },
  { input: '500 000 wons nord-coréens', text: '500 000 wons nord-coréens', value: 500000, kind: 'money', unit: 'KPW', start: 0 },
  { input: '20 roubles', text: '20 roubles', value: 20, kind: 'money', unit: 'RUB', start: 0 },
  { input: '3 livres sterling', text: '3 livres sterling', value: 3, kind: 'money', unit: 'GBP', start: 0 },
  { input: '10 000 francs CFA', text: '10 000 francs CFA', value: 10000, kind: 'money', unit: 'XOF', start: 0 },
  { input: '100 yuans', text: '100 yuans', value: 100, kind: 'money', unit: 'CNY', start: 0 },
  { input: 'un budget de 50 k€', text: '50 k€', value: 50000, kind: 'money', unit: 'EUR', start: 13 },
  { input: 'il a payé $5 de plus', text: '$5', value: 5, kind: 'money', unit: 'USD', start: 10 },
  { input: '50 centimes d’euro', text: '50 centimes d’euro', value: 0.5, kind: 'money', unit: 'EUR', start: 0 },
  { input: '1 000 000 de dollars', text: '1 000 000 de dollars', value: 1000000, kind: 'money', unit: 'USD', start: 0 },
  { input: '100 ₩', text: '100 ₩', value: 100, kind: 'money', unit: 'KRW', start: 0 },
  // The dirham abbreviated, as the Moroccan press writes it.
  { input: 'le budget prévoit 140 milliards de DH pour la santé', text: '140 milliards de DH', value: 140000000000, kind: 'money', unit: 'MAD', start: 18 },
  { input: 'le ticket coûte 500 Dhs', text: '500 Dhs', value: 500, kind: 'money', unit: 'MAD', start: 16 },
  // Loose capitals after digits are still the currency.
  { input: 'vendu pour 20 Euros', text: '20 Euros', value: 20, kind: 'money', unit: 'EUR', start: 11 },
];

describe('money: currencies with ISO 4217 codes', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});

// Through the whole pipeline: the entities of the text say which country a shared currency name belongs to.
describe('money: a currency name several countries use, read from the countries of the text', () => {
  it.each([
    ['À Belgrade, le prix du pain a atteint 117 dinars.', '117 dinars', 117, 'RSD'],
    ['À Libreville, au Gabon, le litre coûte 800 francs CFA.', '800 francs CFA', 800, 'XAF'],
    ['À Dakar, au Sénégal, le litre coûte 800 francs CFA.', '800 francs CFA', 800, 'XOF'],
    ['Au Pakistan, le litre coûte 250 roupies.', '250 roupies', 250, 'PKR'],
    ['Manille a promis 1 million de pesos aux familles philippines.', '1 million de pesos', 1_000_000, 'PHP'],
    ['Le Kenya a emprunté 500 millions de shillings.', '500 millions de shillings', 500_000_000, 'KES'],
    ['La Norvège a versé 2 milliards de couronnes au fonds.', '2 milliards de couronnes', 2e9, 'NOK'],
    ['À Istanbul, le pain coûte désormais 15 livres.', '15 livres', 15, 'TRY'],
    ['À Jakarta, l’indemnité atteint 50 millions de roupies.', '50 millions de roupies', 50e6, 'IDR'],
    ['Le dollar canadien est passé sous les 70 cents américains.', '70 cents américains', 0.7, 'USD'],
    // One country's currency, named alone; "soles" only in a story on Peru (else fish).
    ['Le ticket de bus coûte 50 gourdes.', '50 gourdes', 50, 'HTG'],
    ['À Lima, au Pérou, le menu coûte 15 soles.', '15 soles', 15, 'PEN'],
    // Plain dollars in a story on a country with its own dollar are its dollars, not the US dollar.
    ['À Montréal, au Québec, Ottawa versera 60 millions $ aux écoles.', '60 millions $', 60e6, 'CAD'],
    ['Le Canada a débloqué 2 milliards de dollars pour l’Ontario et le Québec.', '2 milliards de dollars', 2e9, 'CAD'],
    ['À Sydney, en Australie, le billet coûte $5 de plus.', '$5', 5, 'AUD'],
    ['Les États-Unis et le Canada : Washington taxe 3 milliards de dollars d’acier, a dit Trump aux Américains.', '3 milliards de dollars', 3e9, 'USD'],
    ['Le salaire minimum atteint 3 000 nakfas.', '3 000 nakfas', 3000, 'ERN'],
  ])('%s → %s', (input, text, value, unit) => {
    const q = extractQuantities(input).find((x) => x.text === text);
    expect(q).toMatchObject({ text, kind: 'money', value, unit, start: input.indexOf(text) });
  });

  it.each(['Il a reçu 300 francs.', 'Le roi a reçu trois couronnes.', 'Il a acheté 20 livres.', 'Le pêcheur a vendu 200 soles.'])('%s: no money without a country', (input) => {
    expect(extractQuantities(input).filter((q) => q.kind === 'money')).toEqual([]);
  });
});

// A bare scale right after an amount takes its currency ("dont 12 milliards"); not across a sentence, nor with a counted noun.
describe('money: "un" before a capitalised currency name is a name, not one unit', () => {
  it.each(['Paris a battu un Real privé de deux titulaires.', 'Il a cité un Rand très inspiré.'])('%s', (input) => {
    expect(extractQuantities(input).filter((q) => q.kind === 'money')).toEqual([]);
  });
  it('"un dollar" in lower case is one dollar', () => {
    expect(extractQuantities('Le ticket coûte un dollar.').map((q) => [q.text, q.value, q.unit])).toEqual([['un dollar', 1, 'USD']]);
  });
});

describe('money: a bare scale after an amount', () => {
  it.each([
    ['Le FMI a approuvé un prêt de 20 milliards de dollars, dont 12 milliards versés immédiatement.', '12 milliards', 12e9, 'money', 'USD'],
    ['Le budget atteint 3 milliards d’euros, contre 2,5 milliards l’an dernier.', '2,5 milliards', 2.5e9, 'money', 'EUR'],
    ['Il a reçu 20 milliards de dollars et 3 millions de personnes ont fui.', '3 millions', 3e6, 'count', undefined],
    ['Un prêt de 20 milliards de dollars. 12 milliards restent dus.', '12 milliards', 12e9, 'count', undefined],
    // A bare number set against an amount by "contre", "dont", "soit", or joined to it, takes its unit.
    ['Le kwanza vaut 900 kwanzas pour un dollar, contre 600 l’an dernier.', '600', 600, 'money', 'AOA'],
    ['Le chiffre d’affaires atteint 3 milliards d’euros, contre un chiffre de 2,5 milliards en 2023.', '2,5 milliards', 2.5e9, 'money', 'EUR'],
    ['La récolte pourrait passer de 120 000 à 150 000 tonnes.', '120 000', 120000, 'measure', 't'],
    ['Le taux de chômage atteint 9 %, contre 7 un an plus tôt.', '7', 7, 'percent', '%'],
    ['Il y a eu 20 blessés, contre 12 la veille.', '12', 12, 'count', undefined],
    // A bare scale shortly after a noun of money is money in the currency the text last used; none used, a count.
    ['Le coût atteint 2 milliards de francs suisses. Elle vise une fortune supérieure à 50 millions.', '50 millions', 5e7, 'money', 'CHF'],
    ['Le projet a coûté 3 milliards d’euros. Le budget de 2026 prévoit 4 milliards.', '4 milliards', 4e9, 'money', 'EUR'],
    ['Elle vise une fortune supérieure à 50 millions.', '50 millions', 5e7, 'count', undefined],
    ['Le projet a coûté 3 milliards d’euros. Le pays compte 50 millions.', '50 millions', 5e7, 'count', undefined],
    // The part of a prison sentence to serve: "ferme" is no counted noun.
    ['Il a été condamné à quatre ans d’emprisonnement, dont deux ferme.', 'deux', 2, 'duration', 'year'],
    ['Il possède deux fermes.', 'deux', 2, 'count', undefined],
    // A rate "pour un dollar" is an amount of the currency the sentence names before it; "contre" after it inherits it.
    ['Au marché noir, le kyat s’échangeait lundi autour de 4 400 pour un dollar, contre 2 100 au taux officiel.', '4 400', 4400, 'money', 'MMK'],
    ['Au marché noir, le kyat s’échangeait lundi autour de 4 400 pour un dollar, contre 2 100 au taux officiel.', '2 100', 2100, 'money', 'MMK'],
    ['La livre égyptienne est tombée à 50,2 pour un dollar.', '50,2', 50.2, 'money', 'EGP'],
    ['Le rand cotait 18,4 pour un dollar.', '18,4', 18.4, 'money', 'ZAR'],
    ['Il a compté 18 pour un dollar.', '18', 18, 'count', undefined],
    // The franc CFA abbreviated: XOF, or XAF in a story on Central Africa.
    ['Le gouvernement ivoirien a fixé à 2 800 FCFA le kilo de cacao.', '2 800 FCFA', 2800, 'money', 'XOF'],
    ['Au Cameroun, le litre coûte 840 FCFA.', '840 FCFA', 840, 'money', 'XAF'],
    ['Le ticket coûte 500 F CFA.', '500 F CFA', 500, 'money', 'XOF'],
    // A conversion in brackets is skipped: the number is set against the amount before it.
    ['Un sac coûte 2 500 afghanis (31 euros), contre 1 800 avant le séisme.', '1 800', 1800, 'money', 'AFN'],
    ['Les ventes ont atteint 127,8 milliards de dollars (environ 112 milliards d’euros), dont 35 milliards pour les voitures.', '35 milliards', 35e9, 'money', 'USD'],
    ['Le billet vaut 40 euros (environ 43 dollars), contre 35 l’an dernier.', '35', 35, 'money', 'EUR'],
  ])('%s → %s', (input, text, value, kind, unit) => {
    const q = extractQuantities(input).find((x) => x.text === text);
    expect(q).toMatchObject({ text, value, kind, start: input.indexOf(text) });
    expect(q?.unit).toBe(unit);
  });
});

describe('money: "livres" alone', () => {
  it('are books in a story on the United Kingdom', () => {
    expect(extractQuantities('Au Royaume-Uni, il a écrit 12 livres.').filter((q) => q.kind === 'money')).toEqual([]);
  });
  it('are pounds sterling after a scale noun in a story on the United Kingdom', () => {
    const q = extractQuantities('Au Royaume-Uni, le gel rapportera 8,4 milliards de livres.').find((x) => x.kind === 'money');
    expect(q).toMatchObject({ text: '8,4 milliards de livres', unit: 'GBP', value: 8.4e9 });
    expect(extractQuantities('Au Brésil, il a vendu 2 millions de livres.').filter((x) => x.kind === 'money')).toEqual([]);
  });
  it('are pounds sterling when a conversion in brackets follows', () => {
    const q = extractQuantities('Il a touché une prime d’environ 5 millions de livres (5,9 millions d’euros).').find((x) => x.text.includes('livres'));
    expect(q).toMatchObject({ text: '5 millions de livres', kind: 'money', unit: 'GBP', value: 5e6, approximate: true });
    expect(extractQuantities('Il a écrit 12 livres (un record).').filter((x) => x.kind === 'money')).toEqual([]);
  });
  it('are the currency of a region of a country that uses them', () => {
    const q = extractQuantities('Au Darfour-Sud, un sac de mil coûte 40 000 livres.').find((x) => x.kind === 'money');
    expect(q).toMatchObject({ text: '40 000 livres', unit: 'SDG', value: 40_000 });
  });
});
