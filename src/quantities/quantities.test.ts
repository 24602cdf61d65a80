import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { prepare } from '../text/prepare.js';
import type { Entity } from '../types.js';
import { countryMentions, findQuantities } from './index.js';
import { quantitiesOf, quantityAt, shapeOf } from './test-helpers.js';

/**
 * Known failures of peer libraries (Recognizers-Text, fr-compromise,
 * Duckling) that depeche must get right.
 */
describe('peer failures', () => {
  it.each([
    // Recognizers-Text: every "un/une" read as 1
    ['Recognizers-Text', 'Un homme a parlé à une journaliste.', []],
    // Recognizers-Text: "M." read as metres
    ['Recognizers-Text', 'M. Poutine a reçu M. Kim.', []],
    // Recognizers-Text: "récent" read as 100
    ['Recognizers-Text', 'Un accord récent a été signé.', []],
  ] as const)('%s: %s → nothing', (_peer, input, want) => {
    expect(quantitiesOf(input)).toEqual(want);
  });

  it.each([
    // Recognizers-Text drops the modifiers: depeche keeps them as fields
    ['Recognizers-Text', 'environ 7.000 conteneurs', '7.000', 7000, true, undefined],
    ['Recognizers-Text', 'au moins 10 000 conteneurs', '10 000', 10000, true, { min: 10000, max: null }],
    ['Recognizers-Text', 'jusqu’à 4,8 millions de projectiles', '4,8 millions', 4800000, true, { min: null, max: 4800000 }],
    // fr-compromise: 7.000 → 7, 79,99 → 7999, "au moins 10 000" → −10
    ['fr-compromise', 'il a expédié 7.000 conteneurs', '7.000', 7000, false, undefined],
    ['fr-compromise', 'ANNUEL 79,99 €', '79,99 €', 79.99, false, undefined],
    ['fr-compromise', 'au moins 10 000', '10 000', 10000, true, { min: 10000, max: null }],
    // Duckling: "mille cent" → 1000 + 100
    ['Duckling', 'mille cent soldats', 'mille cent', 1100, false, undefined],
  ] as const)('%s: %s → %s = %d', (_peer, input, text, value, approximate, range) => {
    const q = quantityAt(input, text);
    expect(q?.value).toBe(value);
    expect(q?.approximate).toBe(approximate);
    expect(q?.range).toEqual(range);
  });

  it('Duckling: "entre 12 euros et 15 euros" is a range, never 12.15', () => {
    const found = quantitiesOf('entre 12 euros et 15 euros');
    expect(found.map(shapeOf)).toEqual([
      { text: '12 euros et 15 euros', start: 6, value: null, kind: 'money', unit: 'EUR', approximate: true, range: { min: 12, max: 15 } },
    ]);
  });

  it('fr-compromise: "au moins 10 000" is never negative', () => {
    for (const q of quantitiesOf('Séoul a identifié au moins 10 000 conteneurs')) expect(q.value).toBeGreaterThan(0);
  });
});

/** Negative cases: none of these is a quantity. */
describe('not quantities', () => {
  it.each([
    ['un (article)', 'Un homme est mort.'],
    ['une (article)', 'Elle a rencontré une délégation.'],
    ["l'un des", 'l’un des dirigeants'],
    ['M. (honorific)', 'M. Poutine'],
    ['récent', 'un récent rapport'],
    ['007', 'le chef du 007 russe'],
    ['KN-23', 'des missiles KN-23'],
    ['G7', 'le sommet du G7'],
    ['Ore18', 'La newsletter Ore18 pour'],
    ['year after en', 'en 1948, puis'],
    ['year after depuis', 'Depuis 2016, il est directeur'],
    ['year after a noun', 'élections 2024.'],
    ['ISO-like date', 'date 2023-09 La principale agence'],
    ['day and month', 'le 4 septembre 2023'],
    ['day range', 'du 25 au 27 mars'],
    ['7h30', 'La newsletter de 7h30'],
    ['15:30', 'à 15:30'],
    ['à 15 heures', 'rendez-vous à 15 heures'],
    ['première', 'la première visite'],
    ['deuxième', 'la deuxième fois'],
    ['1er', 'le 1er mars'],
    ['2e', 'le 2e régiment'],
    ['numéro un', 'le numéro un nord-coréen'],
    ['numéro deux', 'le numéro deux du régime'],
    ['article 5', 'l’article 5 du traité'],
    ['résolution 2231', 'la résolution 2231'],
    ['phone', 'appelez le 01 23 45 67 89'],
    ['URL', 'sur www.site2024.fr'],
    ['mille-feuille', 'un mille-feuille'],
    ['fraction', 'les deux tiers des électeurs'],
    ['neuf (new)', 'un véhicule neuf, remis à neuf'],
    ['name', 'Les Trois Mousquetaires'],
    ['Boeing 737', 'un avion Boeing 737'],
    ['model of a brand in camel case', 'le nouvel iPhone 16 est sorti'],
    ['zéro after a noun', 'il a promis une tolérance zéro.'],
    ['time of day in h', 'le couvre-feu commence à 22 h'],
    ['time of day in h after de', 'le couvre-feu de 22 h'],
    ['un jour (idiom)', 'un jour, il reviendra'],
    ['identifier longer than a double holds', `la transaction ${'9'.repeat(20)} a été bloquée`],
    ['digits beyond any finite value', '1'.repeat(400)],
    ['score in parentheses', 'en battant Liverpool (1-0) à Anfield'],
    ['score after a noun', 'un score de 3–2.'],
    ['score before a preposition', 'une victoire 2-1 face à Lyon'],
    ['département number in brackets', 'Les secours de la Dordogne (24) sont mobilisés.'],
    ['postcode in brackets', 'Elle habite à Quimperlé (29300) depuis peu.'],
    ['labels in a list after a plural label noun', 'Les lignes 16 et 18 seront prêtes.'],
    ['labels in a list with commas', 'Les articles 3, 4 ou 5 sont visés.'],
    ['a label whose noun is left out', 'Le bouclage de la 15 par l’ouest est prévu, la 17 en 2027.'],
    ['a named month', 'Après un mois de juillet très chaud, la récolte commence.'],
    ['a named month with elision', 'Le mois d’août a été sec.'],
    ['a number called', 'Les patients devront appeler le 15 avant de venir.'],
    ['a help line to dial', 'Composez le 3919 en cas de besoin.'],
    ['a number that names', 'L’allocation familiale dite 800+ sera revalorisée.'],
    ['a name given', 'Le gang surnommé 400 sème la terreur.'],
    ['a league', 'Ligue 1 : Rennes renverse Lens, la Formule 1 roule.'],
    ['near zero', 'Par des températures proches de zéro, la croissance reste proche de zéro.'],
    ['a kick-off time in brackets after its day', 'Il recevra samedi (21 heures) l’Olympique de Marseille.'],
    ['a year as the subject of a singular verb', '“2025 a été une année record”, dit-il. 2026 sera plus dure.'],
    ['an emphatic negation', '« Pas une couronne du budget n’ira à l’Ukraine », il n’a pas un euro.'],
    ['a date naming a square', 'Ils se sont massés sur la place du 13-Mai.'],
    ['a date naming a boulevard', 'Le boulevard du 30-Juin est bloqué.'],
    ['new-built housing', 'Le marché du neuf reste sinistré, mais le neuf reprendra.'],
    ['a time of day after "à partir de"', 'Un couvre-feu est imposé à partir de 18 heures, puis à partir de 6h30.'],
    ['a score before "grâce à"', 'Les visiteurs menaient 3-14 grâce à un essai.'],
    ['a score with "à"', 'Montréal a battu Toronto 4 à 2 samedi, les Alouettes ont gagné 24 à 17.'],
    ['the serial of a reference after its year', 'La loi 2024-123 a été promulguée, le dossier 2023/456 aussi.'],
    ['house numbers', 'Il habite au 12 rue de la Paix, le siège est au 3 bis place du Marché.'],
    ['a ranking named "top"', 'Top 14 : Toulouse s’impose. Le film entre dans le top 10.'],
    ['the points of a tie-break', 'Il a conclu 7-6 [7/5], puis 7-6 (8/6).'],
    ['a swimming event named by its strokes', 'Elle nage le 4 nages et le quatre nages.'],
    ['labels listed after a name and its number', "Les véhicules Crit'Air 3, 4 et 5 sont interdits."],
  ])('%s: %s', (_label, input) => {
    expect(quantitiesOf(input)).toEqual([]);
  });
});

describe('the "un" of a ratio is a count, the article before a counted noun is not', () => {
  it.each([
    ['La SNCF n’a pu assurer qu’un train sur trois.', ['un', 'trois']],
    ['Elle n’a fait rouler qu’un train sur quatre et le métro est resté fermé.', ['un', 'quatre']],
    ['Un Français sur deux a renoncé aux soins.', ['Un', 'deux']],
    ['Une entreprise sur 10 a fermé.', ['Une', '10']],
    ['Un jeune diplômé sur cinq est au chômage.', ['Un', 'cinq']],
    // A singular form after a plural number is a verb, not the counted noun: the ratio closes.
    ['Un Français sur cinq renonce aux soins.', ['Un', 'cinq']],
    ['Seul un train sur trois circulera jeudi.', ['un', 'trois']],
    ['Un sur deux a voté.', ['Un', 'deux']],
    ['Il a lu un roman sur trois générations de marins.', ['trois']],
    ['Il a posé un livre sur deux tables.', ['deux']],
  ])('%s', (input, texts) => {
    expect(quantitiesOf(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('labels and named months: the neighbours that stay quantities', () => {
  it.each([
    ['Il faut 16 et 18 élèves par classe.', ['16', '18']],
    ['Il a fallu un mois de travail.', ['un mois']],
    ['Il a vu les 3 films ce soir et 5 autres.', ['3', '5']],
    ['Il a appelé 15 personnes.', ['15']],
    ['La ville a rénové 12 rues et 3 places.', ['12', '3']],
    // A pair going down with "à" is a score only with nothing counted after it.
    ['Ils étaient 4 à 2 heures du matin, le taux est passé de 4 à 2 %.', ['4', '4', '2 %']],
    ['En 2025, 2000 ont manifesté et il a versé un euro.', ['2000', 'un euro']],
    ['Le satellite s’est séparé du dernier étage 54 minutes plus tard.', ['54 minutes']],
    ['Le forfait coûte cette saison 72 €, contre 69 € l’hiver dernier.', ['72 €', '69 €']],
    ['Le groupe 3 a perdu 5 % de ses voix.', ['5 %']],
    ['Lenzerheide - Devant 9\'500 spectateurs, il a gagné.', ['9\'500']],
    // "cette saison" is a time adverbial, no label of the number after it.
    ['L’affluence atteint cette saison 15100 spectateurs par match.', ['15100']],
    // Hours of something are a length, not a clock time.
    ['Jusqu’à 14 heures d’attente sur un brancard.', ['14 heures']],
    ['Genève – Selon 3 sources, il a gagné.', ['3']],
    ['En 48 heures une soixantaine de personnes sont arrivées.', ['48 heures', 'une soixantaine']],
    ['L’arrosage est interdit entre 8 heures et 20 heures, soit 12 heures.', ['12 heures']],
  ])('%s', (input, texts) => {
    expect(quantitiesOf(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('a multiplier takes no unit from the amount before it', () => {
  it.each([
    ['Le feu a brûlé 64 000 ha, soit l’équivalent de six fois Paris.', [['64 000 ha', 'measure', 'ha'], ['six', 'count', undefined]]],
    ['Le billet coûte 40 euros, soit deux fois plus qu’en 2020.', [['40 euros', 'money', 'EUR'], ['deux', 'count', undefined]]],
    ['Le prêt atteint 20 milliards de dollars, soit 12 milliards de plus.', [['20 milliards de dollars', 'money', 'USD'], ['12 milliards', 'money', 'USD']]],
  ])('%s', (input, rows) => {
    expect(quantitiesOf(input).map((q) => [q.text, q.kind, q.unit])).toEqual(rows);
  });
});

describe('countryMentions: the countries the entity ids name', () => {
  it('counts the two-letter country of iso, city, region and org ids, and nothing else', () => {
    const ids = ['iso:RS', 'city:RS:belgrade', 'region:SD:darfour-sud', 'org:SD:fsr', 'org:onu', 'org:Xy:z', 'person:RS', 'iso:RSX'];
    const entities = ids.map((id): Entity => ({ start: 0, end: 1, text: 'x', type: 'LOCATION', canonical: 'x', id, confidence: 1 }));
    expect([...countryMentions(entities)]).toEqual([['RS', 2], ['SD', 2]]);
  });
});

describe('findQuantities with entities', () => {
  it('drops a quantity that overlaps a DATE entity', () => {
    const text = 'il y a trois ans, 500 soldats';
    const date: Entity = { start: 0, end: 16, text: 'il y a trois ans', type: 'DATE', canonical: 'il y a trois ans', confidence: 1 };
    const found = findQuantities(prepare(text), { entities: [date] });
    expect(found.map((q) => q.text)).toEqual(['500']);
  });

  it('"il y a trois ans" is a duration through the whole pipeline, not a date', () => {
    const r = extract('Il y a trois ans, le pont s’est effondré.');
    expect(r.entities.filter((e) => e.type === 'DATE')).toEqual([]);
    expect(r.quantities.map((q) => [q.text, q.kind, q.value, q.unit])).toEqual([['trois ans', 'duration', 3, 'year']]);
  });

  it('drops a number inside the name of an organisation, keeps the same words as a quantity elsewhere', () => {
    const r = extract('Le maire a confié à 20 Minutes qu’il attendait depuis 20 minutes.');
    expect(r.entities.find((e) => e.text === '20 Minutes')?.type).toBe('ORGANIZATION');
    expect(r.quantities.map((q) => [q.text, q.kind, q.value])).toEqual([['20 minutes', 'duration', 20]]);
  });

  it('drops a number inside the name of a place ("avenue du 8-Mai-1945"), keeps a distance after it', () => {
    const r = extract('Ils défilent avenue du 8-Mai-1945 à Sétif, à 8 kilomètres du centre.');
    expect(r.entities.find((e) => e.text === 'avenue du 8-Mai-1945')?.type).toBe('LOCATION');
    expect(r.quantities.map((q) => [q.text, q.value])).toEqual([['8 kilomètres', 8]]);
  });

  it('drops the numbers of every organisation name, keeps the amounts between and after them', () => {
    const r = extract('Selon 20 Minutes, 3 euros ; selon France 24, 5 euros ; selon 20 Minutes, 7 %.');
    expect(r.quantities.map((q) => q.text)).toEqual(['3 euros', '5 euros', '7 %']);
  });

  it('keeps everything without entities', () => {
    expect(findQuantities(prepare('il y a trois ans'), { entities: null }).map((q) => q.text)).toEqual(['trois ans']);
  });

  it('returns spans that slice the input, sorted', () => {
    const text = 'Environ 7.000 conteneurs, 79,99 €, trente pour cent et un an et demi.';
    const found = quantitiesOf(text);
    expect(found.length).toBe(4);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (let i = 1; i < found.length; i++) expect((found[i]?.start ?? 0) > (found[i - 1]?.start ?? 0)).toBe(true);
  });

  it('reads long runs of digits and words piece by piece (speed is measured in benchmarks/)', () => {
    const text = `${'12 '.repeat(20000)} ${'deux '.repeat(20000)} ${'- '.repeat(20000)}`;
    const found = quantitiesOf(text);
    // "12 12 12 …" reads like a phone number; each "deux" is a count of its own.
    expect(found.length).toBe(20000);
    expect(new Set(found.map((q) => q.text))).toEqual(new Set(['deux']));
  });

  it('takes a nationality noun as the counted object ("62 Palestiniens")', () => {
    const text = 'Au moins 62 Palestiniens ont été tués.';
    const nationality: Entity = { start: 12, end: 24, text: 'Palestiniens', type: 'NATIONALITY', canonical: 'palestinien', confidence: 1 };
    const [q] = findQuantities(prepare(text), { entities: [nationality] });
    expect(q?.object).toEqual({ start: 12, end: 24, text: 'Palestiniens' });
    expect(findQuantities(prepare(text), { entities: null })[0]?.object).toBeUndefined();
  });
});
