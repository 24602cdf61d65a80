import { describe, expect, it } from 'vitest';
import { prepare } from '../../text/prepare.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_INDEX, defaultDateRefiners, defaultDateRules, findCandidates, findDates, indexRules } from './index.js';
import { needsDirection, resolveDate } from './resolve.js';

/** A Friday. */
const REF = new Date('2024-03-29T00:00:00Z');

type Row = [input: string, text: string, start: number, value: string | undefined];

/** Runs findDates and checks the one date it should find in `input`. */
function expectDate([input, text, start, value]: Row): void {
  const found = findDates(prepare(input), REF);
  const hit = found.find((e) => e.start === start);
  expect(found.map((e) => e.text)).toContain(text);
  expect(hit?.text).toBe(text);
  expect(hit?.end).toBe(start + text.length);
  expect(hit?.value).toBe(value);
  expect(hit?.type).toBe('DATE');
}

describe('dates: day and month (day-month)', () => {
  it.each<Row>([
    // A day named by its date, the month capitalised after a glued hyphen.
    ['Le défilé du 14-Juillet a eu lieu.', '14-Juillet', 13, '2023-07-14'],
    ['Le 1er-Mai, les syndicats défileront.', '1er-Mai', 3, '2024-05-01'],
    ['Les cérémonies du 8-Mai 1945 ont commencé.', '8-Mai 1945', 18, '1945-05-08'],
    ['Il est arrivé le 4 septembre 2023 à Moscou.', '4 septembre 2023', 17, '2023-09-04'],
    ['Le sommet a eu lieu le 1er mars.', '1er mars', 23, '2024-03-01'],
    ['a indiqué le 28 mars l’agence KCNA', '28 mars', 13, '2024-03-28'],
    ['Rendez-vous lundi 25 mars 2024 à Paris.', 'lundi 25 mars 2024', 12, '2024-03-25'],
    ['Le 15 sept. 2023, il a parlé.', '15 sept. 2023', 3, '2023-09-15'],
    ['Le 28 mars dernier, il a parlé.', '28 mars dernier', 3, '2024-03-28'],
    ['Le 11 septembre 2001, tout a changé.', '11 septembre 2001', 3, '2001-09-11'],
    ['Il a été tué le 12 fevrier 2023.', '12 fevrier 2023', 16, '2023-02-12'],
    ['Il a été tué le 31 février 2023.', '31 février 2023', 16, undefined],
    // The weekday picks the year: 13 April is a Saturday in 2024, not in 2023.
    ['Il est arrivé samedi 13 avril à Kiev.', 'samedi 13 avril', 14, '2024-04-13'],
  ])('%s → %s', (...row) => expectDate(row));
});

// REF is 29 March 2024. With no tense to go by, a day within the coming quarter is the coming one; further, or in a
// dateline, the last one.
describe('dates: a day and month without a year or a tense', () => {
  it.each<Row>([
    ['Le mandat de la mission expire le 15 mai.', '15 mai', 34, '2024-05-15'],
    ['Le mandat de la mission expire le 15 septembre.', '15 septembre', 34, '2023-09-15'],
    ['Le sommet se tient le 8 mars.', '8 mars', 22, '2024-03-08'],
    ['Kiev, 20 avril (AFP) – Le président a parlé.', '20 avril', 6, '2023-04-20'],
    ['Le sommet aura lieu le 15 septembre.', '15 septembre', 23, '2024-09-15'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: a time with its time zone', () => {
  it.each<Row>([
    ['Les frappes ont commencé à 0h00 GMT.', '0h00 GMT', 27, 'T00:00'],
    ['Le vote clôt à 14h30 UTC, puis rien.', '14h30 UTC', 15, 'T14:30'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: written with digits (numeric-date)', () => {
  it.each<Row>([
    ['Elle a été signée le 4/9/2023 à Séoul.', '4/9/2023', 21, '2023-09-04'],
    ['Le document daté du 04.09.2023 a fuité.', '04.09.2023', 20, '2023-09-04'],
    ['Publié le 2023-09-04.', '2023-09-04', 10, '2023-09-04'],
    [' date 2023-09 La principale agence', '2023-09', 6, '2023-09'],
    ['Le mandat 2022-2023 a été difficile.', '2022-2023', 10, '2022/2023'],
    ['La saison 2022-23 est terminée.', '2022-23', 10, '2022/2023'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: months (month)', () => {
  it.each<Row>([
    ['En septembre, le président russe est venu.', 'septembre', 3, '2023-09'],
    ['depuis le début des transferts en juillet.', 'juillet', 34, '2023-07'],
    ['Il était ministre jusqu’en mai, puis a changé.', 'mai', 27, '2023-05'],
    ['L’accord a été signé en sept. 2023.', 'sept. 2023', 24, '2023-09'],
    ['En juillet dernier, il a parlé.', 'juillet dernier', 3, '2023-07'],
    ['Il partira en septembre prochain.', 'septembre prochain', 14, '2024-09'],
    ['Le sommet aura lieu en juin.', 'juin', 23, '2024-06'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: parts of a period (period-part)', () => {
  it.each<Row>([
    ['La Corée du Sud a déclaré début mars que', 'début mars', 26, '2024-03'],
    ['à Pyongyang en début de semaine pour discuter', 'début de semaine', 15, '2024-W13'],
    ['des missiles depuis le début de 2022.', 'début de 2022', 23, '2022'],
    ['Les combats ont repris mi-juillet.', 'mi-juillet', 23, '2023-07'],
    ['Ils ont repris à la mi-mars 2024.', 'mi-mars 2024', 20, '2024-03'],
    ['Le projet sera terminé fin 2023.', 'fin 2023', 23, '2023'],
    ['Il partira en fin d’année.', 'fin d’année', 14, '2024'],
    ['Il est revenu à la fin de l’année dernière.', 'la fin de l’année dernière', 16, '2023'],
    // A season with no year is relative like "l'été": the article stays.
    ['Le chantier reprendra à la fin de l’été.', 'la fin de l’été', 24, '2024-SU'],
    ['Depuis le début de l’année, les prix montent.', 'le début de l’année', 7, '2024'],
    ['Depuis le début de 2022, les prix montent.', 'début de 2022', 10, '2022'],
    ['Au début des années 2000, la ville a changé.', 'début des années 2000', 3, '200'],
    // The current century or decade: relative, the article kept, no calendar value.
    ['Un réchauffement de 2,5 °C d’ici à la fin du siècle.', 'la fin du siècle', 35, undefined],
    ['Le parc sera achevé à la fin de la décennie.', 'la fin de la décennie', 22, undefined],
    ['Au milieu du siècle dernier, la ville a doublé.', 'milieu du siècle dernier', 3, undefined],
  ])('%s → %s', (...row) => expectDate(row));

  it.each([
    ['Ils manifestent place du 13-Mai.'],
    ['Ils défilent rue du 4-Septembre.'],
  ])('a street named after a date is no date: %s', (input) => {
    expect(findDates(prepare(input), REF).map((e) => e.text)).toEqual([]);
  });

  it.each([
    ['La fin du siècle des Lumières a vu naître l’Encyclopédie.'],
    ['Au début du siècle de Périclès, Athènes domine.'],
  ])('an era named by its complement is no date: %s', (input) => {
    expect(findDates(prepare(input), REF).map((e) => e.text)).toEqual([]);
  });
});

describe('dates: years (year)', () => {
  it.each<Row>([
    ['Depuis 2016, il est directeur.', '2016', 7, '2016'],
    // After a noun of a yearly account or harvest.
    ['Le Bundestag adopte le budget 2026 de Friedrich Merz.', '2026', 30, '2026'],
    // An adjective of the noun between it and the year.
    ['Le conseil a voté le budget primitif 2026 de la ville.', '2026', 37, '2026'],
    ['L’exercice 2024 a été bon.', '2024', 11, '2024'],
    ['la République populaire de Corée en 1948, puis', '1948', 36, '1948'],
    ['sur les élections européennes. élections 2024. Les paiements', '2024', 41, '2024'],
    ['première visite en Corée du Nord depuis 2000.. En ce sens', '2000', 40, '2000'],
    ['au point mort depuis 2019 en raison de désaccords', '2019', 21, '2019'],
    ['la première étant en 2000 au début de son mandat', '2000', 21, '2000'],
    ['D’ici 2030, tout changera.', '2030', 6, '2030'],
    ['La loi de 2018 sur l’immigration.', '2018', 10, '2018'],
    ['Les assurés de la génération 1965 partiront plus tard.', '1965', 29, '1965'],
    // Before 1900, only after a cue with no count reading, or as a span of two years.
    ['Né à Bordeaux en 1872, il étudie à Paris.', '1872', 17, '1872'],
    ['Depuis 1789, la date est fériée.', '1789', 7, '1789'],
    ['Vers 1850, la ville comptait peu d’habitants.', '1850', 5, '1850'],
    ['Il est recherché depuis 1885 par la police.', '1885', 24, '1885'],
    // "pour" after a year is a preposition, save in "pour cent".
    ['Il est recherché depuis 1995 pour meurtre.', '1995', 24, '1995'],
    ['Il est recherché depuis 1885 pour meurtre.', '1885', 24, '1885'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: decades and centuries (decade, century)', () => {
  it.each<Row>([
    ['Dans les années 1990, tout allait bien.', 'années 1990', 9, '199'],
    ['Les années 80 ont été folles.', 'années 80', 4, '198'],
    ['Au XXe siècle, la guerre a ravagé l’Europe.', 'XXe siècle', 3, '19'],
    ['Il a vécu au XIXème siècle.', 'XIXème siècle', 13, '18'],
    ['Le XXIe siècle sera asiatique.', 'XXIe siècle', 3, '20'],
    ['Au Ve siècle, Rome tombe.', 'Ve siècle', 3, '04'],
  ])('%s → %s', (...row) => expectDate(row));

  it.each([
    'Il a vendu des 18 et 19 tonnes.',
    'Les ventes des 3 et 4 premiers mois.',
  ])('"des N et M" without a month is no date: %s', (text) => {
    expect(findDates(prepare(text), REF).map((e) => e.text)).toEqual([]);
  });

  it.each(['Le repas de midi est servi à la cantine.', 'Il a pris sa pause de midi.', 'La messe de minuit a été célébrée.'])('"midi" without a clock preposition, "minuit" after a noun\'s "de", is no date: %s', (text) => {
    expect(findDates(prepare(text), REF).map((e) => e.text)).toEqual([]);
  });

  it('"des 12 et des 13 mars" joins no days across a second determiner', () => {
    expect(findDates(prepare('Elle a acheté des 12 et des 13 mars.'), REF).map((e) => e.text)).toEqual(['13 mars']);
  });

  it('"Le siècle dernier" is not a century date', () => {
    expect(findDates(prepare('Le siècle dernier a vu deux guerres.'), REF).map((e) => e.text)).toEqual([]);
  });
});

describe('dates: ranges (range)', () => {
  it.each<Row>([
    ['s’est entretenu du 25 au 27 mars avec le ministre', '25 au 27 mars', 19, '2024-03-25/2024-03-27'],
    ['sa visite qui s’est déroulée de lundi à mercredi.', 'lundi à mercredi', 32, '2024-03-25/2024-03-27'],
    ['Il viendra du 28 février au 3 mars 2024.', '28 février au 3 mars 2024', 14, '2024-02-28/2024-03-03'],
    ['Les négociations se sont tenues entre 2019 et 2022.', '2019 et 2022', 38, '2019/2022'],
    ['Ils ont négocié de 2019 à 2022.', '2019 à 2022', 19, '2019/2022'],
    ['La guerre de 1870 à 1871 a tout changé.', '1870 à 1871', 13, '1870/1871'],
    ['Entre 1914 et 1918, le pays a perdu ses fils.', '1914 et 1918', 6, '1914/1918'],
    ['Elle était présente entre le 25 et le 27 mars.', '25 et le 27 mars', 29, '2024-03-25/2024-03-27'],
    ['Il a travaillé du lundi 25 au mercredi 27 mars.', 'lundi 25 au mercredi 27 mars', 18, '2024-03-25/2024-03-27'],
    // Two times of day are two dates, with their days or not.
    ['Le radar a détecté entre jeudi 6h et vendredi 6h dix avions.', 'vendredi 6h', 37, '2024-03-29T06:00'],
    ['La réunion se tiendra de 9h à 17h.', '9h', 25, 'T09:00'],
    ['La réunion se tiendra de 9h à 17h.', '17h', 30, 'T17:00'],
    ['Les élections auront lieu les 25 et 26 mars.', '25 et 26 mars', 30, '2024-03-25/2024-03-26'],
    // "des" (de + les), "ces", "aux" before two days of one month: the determiner is left out.
    ['lors de sa réunion des 18 et 19 décembre', '18 et 19 décembre', 23, '2023-12-18/2023-12-19'],
    ['Rendez-vous ces 3 et 4 juin à Lyon.', '3 et 4 juin', 16, '2024-06-03/2024-06-04'],
    ['Les résultats des 9 et 10 mars sont connus.', '9 et 10 mars', 18, '2024-03-09/2024-03-10'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: weekdays (weekday)', () => {
  it.each<Row>([
    ['selon un député qui a assisté lundi à une réunion', 'lundi', 30, '2024-03-25'],
    ['Poutine devrait arriver en Corée du Nord mardi soir, a rapporté l’AFP.', 'mardi soir', 41, '2024-04-02'],
    ['Dans un article rédigé mardi pour l’agence', 'mardi', 23, '2024-03-26'],
    ['a souligné ce lundi le porte-parole', 'ce lundi', 11, '2024-03-25'],
    ['Lundi dernier, il a parlé.', 'Lundi dernier', 0, '2024-03-25'],
    ['Il viendra vendredi prochain.', 'vendredi prochain', 11, '2024-04-05'],
    ['Il partira samedi après-midi.', 'samedi après-midi', 11, '2024-03-30'],
    ['sa visite à Pyongyang vendredi, selon les agences', 'vendredi', 22, '2024-03-29'],
    // An expectation points ahead: the coming December.
    ['Les économistes tablent sur une nouvelle baisse en décembre.', 'décembre', 51, '2024-12'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: days and units from the publication date (relative-day, relative-unit, season)', () => {
  it.each<Row>([
    ['Le Kremlin a envoyé cette semaine le chef', 'cette semaine', 20, '2024-W13'],
    ['La semaine dernière, la Maison Blanche a déclaré', 'La semaine dernière', 0, '2024-W12'],
    ['avoir programmé une visite le mois prochain à Pyongyang', 'le mois prochain', 27, '2024-04'],
    ['Austin a déclaré le mois dernier aux législateurs', 'le mois dernier', 17, '2024-02'],
    ['Kim s’est rendu en Extrême-Orient russe l’année dernière.', 'l’année dernière', 40, '2023'],
    ['à l’Ukraine au cours de l’année écoulée, n’en envoyant', 'l’année écoulée', 24, '2023'],
    ['Plus tôt cette année, Moscou a porté un coup', 'Plus tôt cette année', 0, '2024'],
    ['L’an dernier, il avait gagné.', 'L’an dernier', 0, '2023'],
    ['Ce mois-ci, les prix ont baissé.', 'Ce mois-ci', 0, '2024-03'],
    ['Le week-end dernier, il a plu.', 'Le week-end dernier', 0, '2024-W12-WE'],
    ['Il est arrivé hier soir.', 'hier soir', 14, '2024-03-28'],
    ['Aujourd’hui, la situation est calme.', 'Aujourd’hui', 0, '2024-03-29'],
    ['Il partira demain matin.', 'demain matin', 11, '2024-03-30'],
    ['Cette nuit, des missiles ont été tirés.', 'Cette nuit', 0, '2024-03-29'],
    ['Il viendra dans deux semaines, a-t-il dit.', 'dans deux semaines', 11, '2024-04-12'],
    ['Il reviendra dans trois jours.', 'dans trois jours', 13, '2024-04-01'],
    ['Au cours des derniers mois, la tension a monté.', 'derniers mois', 13, undefined],
    ['La veille, il avait parlé.', 'La veille', 0, undefined],
    // The part of that day belongs to it.
    ['Le corps a été retrouvé le lendemain matin.', 'le lendemain matin', 24, undefined],
    ['Il avait appelé la veille au soir.', 'la veille au soir', 16, undefined],
    ['Ces derniers mois, la tension a monté.', 'Ces derniers mois', 0, undefined],
    ['Cette année-là, il a perdu.', 'Cette année-là', 0, undefined],
    // A part of the story's day after "dans".
    ['Le ministre a atterri dans la matinée à Dakar.', 'la matinée', 27, undefined],
    ['La police a chargé dans la soirée.', 'la soirée', 24, undefined],
    ['Le convoi est arrivé dans l’après-midi à Pristina.', 'l’après-midi', 26, undefined],
    // A sports season and "les … qui viennent" are relative, with no calendar value.
    ['Le club a recruté 300 licenciés cette saison.', 'cette saison', 32, undefined],
    ['Il a marqué dix buts la saison dernière.', 'la saison dernière', 21, undefined],
    ['Le décret sera publié dans les semaines qui viennent.', 'les semaines qui viennent', 27, undefined],
    ['visiter le port spatial russe l’automne dernier. Kim', 'l’automne dernier', 30, '2023-FA'],
    ['Cet été, il partira.', 'Cet été', 0, '2024-SU'],
    ['Au printemps 2023, les troupes ont avancé.', 'printemps 2023', 3, '2023-SP'],
    ['Une baisse est attendue avant le week-end.', 'le week-end', 30, undefined],
    ['Il a plu pendant le week-end.', 'le week-end', 17, undefined],
    // A day or a period of the story, like "la veille"; the start of the school year after a preposition.
    ['Le même jour, un alpiniste a chuté.', 'Le même jour', 0, undefined],
    ['Il a été arrêté la même semaine.', 'la même semaine', 16, undefined],
    ['Le ministère demande un bilan avant la rentrée.', 'la rentrée', 36, undefined],
    ['Dès la rentrée, les cours reprendront.', 'la rentrée', 4, undefined],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: times (time, date-time)', () => {
  it.each<Row>([
    ['La newsletter Good Morning de 7h30', '7h30', 30, 'T07:30'],
    ['Il est arrivé à 19 heures 30.', '19 heures 30', 16, 'T19:30'],
    ['Le train part à 7 h 30.', '7 h 30', 16, 'T07:30'],
    // An instant to the second after "à": a finish or a launch.
    ['Il a franchi la ligne à 8 h 24 min 49 s, après 64 jours.', '8 h 24 min 49 s', 24, 'T08:24'],
    ['La fusée a décollé à 21 h 37 min 12 s.', '21 h 37 min 12 s', 21, 'T21:37'],
    // A time right after its day is one date with it; after "à" or "vers", a date of its own.
    ['Le radar a détecté jeudi 6h un avion.', 'jeudi 6h', 19, '2024-03-28T06:00'],
    ['Mis à jour le 29 mars 2024 10h15.', '29 mars 2024 10h15', 14, '2024-03-29T10:15'],
    ['Il a parlé mardi à 19h.', 'mardi', 11, '2024-03-26'],
    ['Il a parlé mardi à 19h.', '19h', 19, 'T19:00'],
    ['Il est arrivé le 25 mars à 7h30.', '7h30', 27, 'T07:30'],
    ['Le cortège est parti lundi vers 5h30.', '5h30', 32, 'T05:30'],
    // A relative period keeps its article; an absolute one does not.
    ['Le texte sera publié d’ici à la fin de l’année.', 'la fin de l’année', 29, '2024'],
    ['Il est arrivé à 8 heures du soir.', '8 heures du soir', 16, 'T20:00'],
    // "d'une zone" says where from: the clock time stays ("14 heures d'attente" is a length).
    ['Le feu est parti vers 14h30 d’une zone forestière.', '14h30', 22, 'T14:30'],
    // A window of two clock times: both bounds are times of day.
    ['L’arrosage est interdit entre 8 heures et 20 heures.', '8 heures', 30, 'T08:00'],
    ['L’arrosage est interdit entre 8 heures et 20 heures.', '20 heures', 42, 'T20:00'],
    ['Ouvert de 9 heures à 17 heures.', '17 heures', 21, 'T17:00'],
    // Named hours after a clock preposition.
    ['Les bureaux resteront ouverts jusqu’à minuit.', 'minuit', 38, 'T00:00'],
    ['Rendez-vous vers midi devant la mairie.', 'midi', 17, 'T12:00'],
    ['Depuis minuit, heure de Sydney, les comptes sont fermés.', 'minuit', 7, 'T00:00'],
    // "minuit" names only the hour, after any word.
    ['Il était près de minuit quand le vote a eu lieu.', 'minuit', 17, 'T00:00'],
    // "à partir de" opens a time of day like "dès".
    ['Un couvre-feu est imposé à partir de 18 heures dans la capitale.', '18 heures', 37, 'T18:00'],
    ['Le service reprend à partir de 6h30.', '6h30', 31, 'T06:30'],
    ['Les magasins ferment à partir de midi.', 'midi', 33, 'T12:00'],
    // A kick-off time in brackets after its day.
    ['Il recevra samedi (21 heures) l’Olympique de Marseille.', '21 heures', 19, 'T21:00'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: quarters and half-years (year-period)', () => {
  it.each<Row>([
    ['Le PIB a reculé au deuxième trimestre.', 'deuxième trimestre', 19, '2023-Q2'],
    ['Le PIB a progressé au premier trimestre.', 'premier trimestre', 22, '2024-Q1'],
    ['Les ventes du premier trimestre 2024 ont chuté.', 'premier trimestre 2024', 14, '2024-Q1'],
    ['Il sera livré au 3e trimestre.', '3e trimestre', 17, '2024-Q3'],
    ['La croissance du second semestre de 2023 a surpris.', 'second semestre de 2023', 17, '2023-H2'],
    ['Les prix ont baissé à la fin du premier trimestre.', 'fin du premier trimestre', 25, '2024-Q1'],
    ['Au troisième trimestre, les prix ont baissé.', 'troisième trimestre', 3, '2023-Q3'],
    ['Les livraisons reprendront au quatrième trimestre.', 'quatrième trimestre', 30, '2024-Q4'],
    ['Au 1er semestre, la dette a crû.', '1er semestre', 3, '2024-H1'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: nights named by their days (night-of)', () => {
  it.each<Row>([
    ['Les frappes ont fait trois morts la nuit de mercredi à jeudi.', 'la nuit de mercredi à jeudi', 33, '2024-03-27/2024-03-28'],
    ['Dans la nuit du 5 au 6 mars, des drones ont frappé.', 'la nuit du 5 au 6 mars', 5, '2024-03-05/2024-03-06'],
    ['Des tirs ont eu lieu la nuit de samedi.', 'la nuit de samedi', 21, '2024-03-23'],
    ['Il a dormi une nuit de lundi à mardi.', 'lundi à mardi', 23, '2024-03-25/2024-03-26'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: seasons with their article (season)', () => {
  it.each<Row>([
    ['Les combats durent depuis l’été.', 'l’été', 26, '2023-SU'],
    ['Les ventes ont chuté l’automne dernier.', 'l’automne dernier', 21, '2023-FA'],
    ['Il viendra le printemps prochain.', 'le printemps prochain', 11, '2025-SP'],
  ])('%s → %s', (...row) => expectDate(row));
});

describe('dates: holidays (holiday)', () => {
  it.each<Row>([
    ['Il reviendra à Noël.', 'Noël', 15, '2024-12-25'],
    ['La trêve de Noël 2023 a été brève.', 'Noël 2023', 12, '2023-12-25'],
    ['La réunion du Conseil du 23 mars a eu lieu.', '23 mars', 25, '2024-03-23'],
    ['Les cimetières seront fleuris pour la Toussaint.', 'Toussaint', 38, '2024-11-01'],
    ['Il partira à Pâques.', 'Pâques', 13, undefined],
    // The days around a feast are one period; more feasts.
    ['Les routes seront chargées pendant le pont de l’Ascension.', 'pont de l’Ascension', 38, undefined],
    ['Le trafic sera réduit le week-end de la Pentecôte.', 'week-end de la Pentecôte', 25, undefined],
    ['Le village fêtera l’Assomption avec un feu d’artifice.', 'Assomption', 20, '2024-08-15'],
    // New Year's Day, and a feast spelled in lower case after its article.
    ['Il rentrera pour le Nouvel An.', 'Nouvel An', 20, '2025-01-01'],
    ['Les magasins fermeront le jour de l’An.', 'jour de l’An', 26, '2025-01-01'],
    ['Les prix montent pendant le ramadan.', 'ramadan', 28, undefined],
  ])('%s → %s', (...row) => expectDate(row));

  it.each([['Ce fut un nouvel an de crise.'], ['Le jour de l’annonce, il est parti.'], ['Ce fut un ramadan difficile.']])('no feast: %s', (input) => {
    expect(findDates(prepare(input), REF).map((e) => e.text)).toEqual([]);
  });
});

describe('dates: a year after a season noun or as a subject', () => {
  it.each<Row>([
    ['La saison 2026 débutera le 8 mars.', '2026', 10, '2026'],
    ['La rentrée 2025 s’annonce tendue.', '2025', 11, '2025'],
    ['« 2025 a été une année record », dit-il.', '2025', 2, '2025'],
    ['C’était dur, mais 2026 sera meilleure.', '2026', 18, '2026'],
  ])('%s → %s', (...row) => expectDate(row));
  it.each([['Au total, 2000 ont manifesté.'], ['Il a compté 2000 a-t-il dit.']])('a count with a plural verb or no clause opening is no year: %s', (input) => {
    expect(findDates(prepare(input), REF)).toEqual([]);
  });
});

describe('dates: a night before a count, a season after "au"', () => {
  it.each<Row>([
    ['L’armée a fait état dans la nuit de 98 drones lancés.', 'la nuit', 25, undefined],
    ['Cela prendra au moins jusqu’au printemps.', 'printemps', 31, '2024-SP'],
    ['Le chantier reprendra au printemps.', 'printemps', 25, '2024-SP'],
  ])('%s → %s', (...row) => expectDate(row));
  it.each<Row>([['Il a annoncé à la mi-journée que l’armée prenait ses responsabilités.', 'la mi-journée', 15, undefined]])('the middle of the day: %s', (...row) => expectDate(row));
  it('a named day keeps the date alone: "mardi à la mi-journée"', () => {
    expect(findDates(prepare('Il viendra mardi à la mi-journée.'), REF).map((e) => e.text)).toEqual(['mardi']);
  });
  it('a night of two days keeps them: "dans la nuit de lundi à mardi"', () => {
    expect(findDates(prepare('Il a plu dans la nuit de lundi à mardi.'), REF).map((e) => e.text)).toEqual(['la nuit de lundi à mardi']);
  });
  it('"au été" is no French: "été" after "au" stays a participle', () => {
    expect(findDates(prepare('Il a vu le bateau qui est arrivé au été.'), REF)).toEqual([]);
  });
});

describe('dates: not dates', () => {
  it.each([
    ['La ville sera sous l’eau dans dix ans.'],
    ['Dans trente ans, la moitié des glaciers auront fondu.'],
    ['Le chantier sera fini dans deux années au plus tôt.'],
    ['Il sortira de prison dans 5 ans.'],
  ])('a horizon in years after "dans" is a duration, no date: %s', (input) => {
    expect(findDates(prepare(input), REF)).toEqual([]);
  });
  it.each<Row>([
    ['Le vote aura lieu dans trois jours.', 'dans trois jours', 18, '2024-04-01'],
    ['Il rendra sa copie dans six mois.', 'dans six mois', 19, '2024-09'],
  ])('days, weeks and months after "dans" stay a point ahead: %s', (...row) => expectDate(row));
  it('a day part after a named day is no date of its own: "vendredi dans la soirée"', () => {
    expect(findDates(prepare('Le braquage a eu lieu vendredi dans la soirée.'), REF).map((e) => e.text)).toEqual(['vendredi']);
  });
  it.each([['Les opposants promettent de manifester chaque jeudi.'], ['Le marché se tient tous les samedis sur la place.'], ['« L’Europe de demain sera verte », a-t-il dit.']])('a habit or a figurative future is no date: %s', (input) => {
    expect(findDates(prepare(input), REF)).toEqual([]);
  });
  it.each([
    ['Ils ont négocié pendant 6 mois.'],
    ['1 € par mois pendant 6 mois'],
    ['Il vit ici depuis trois ans.'],
    ['Il a envoyé 2000 soldats.'],
    ['Cela coûte 2023 euros.'],
    ['Article 2023 du code.'],
    ['Le missile KN-23 a été tiré.'],
    ['Le G7 se réunit.'],
    ['Il a livré 7.000 conteneurs.'],
    ['Plus de 2000 personnes sont mortes.'],
    ['Il y avait 1990 participants.'],
    ['Il a vendu 1500 exemplaires.'],
    ['La ville de 1500 âmes, à 1200 mètres.'],
    ['Le convoi de 1800 camions est parti.'],
    ['Ils étaient 1850, puis 1870.'],
    ['en 1500 exemplaires numérotés'],
    ['Le taux atteint 1990 pour cent.'],
    ['La récolte a été écoulée en un mois.'],
    // "il y a trois ans" is a duration (a quantity), as annotated news reads it.
    ['Il y a trois jours, il a parlé.'],
    ['Toussaint Louverture est né à Saint-Domingue.'],
    ['Les militants du Front du 12 avril ont manifesté.'],
    ['Le prix est passé de 1200 à 1500 euros.'],
    ['Entre 1000 et 1500 personnes ont défilé.'],
    ['Ascension sociale : le grand défi des quartiers.'],
    ['Ils ont visité l’île de Pâques.'],
    ['Il a chanté un noël ancien.'],
    ['Les comptes ont été passés au crible.'],
    ['Le film de 2h30 est long.'],
    ['Le trajet prend 37 minutes, contre près d’1h30 jusqu’ici.'],
    ['Des coupures allant jusqu’à 14 heures par jour.'],
    // Hours of something: a length.
    ['Jusqu’à 14 heures d’attente sur un brancard.'],
    ['Il vit à 8 heures de route de la capitale.'],
    ['Il est à ce jour la plus grande ville du pays.'],
    ['Dans une année marquée par la crise, le parti a tenu.'],
    ['La rentrée d’argent est faible.'],
    ['Le Midi a voté à droite.'],
    ['Il a travaillé pendant 8 heures.'],
    ['Il faut une surveillance 24h/24.'],
    ['La mission a duré 48h.'],
    ['Le vol a duré 11 h.'],
    ['L’attente a atteint 7 h 40 en moyenne.'],
    ['Le vol a dépassé 11h.'],
    ['Le trajet prend 3 h 20 min.'],
    ['Il a couru le marathon en 2 h 01 min 09 s.'],
    ['Il a terminé à 2 h 01 min 09 s du vainqueur.'],
    ['Il a regardé Mars dans le ciel.'],
    ['Mai Lan a chanté.'],
    ['Sept soldats ont été tués.'],
    ['Elle compte 1 500 habitants et 20 ans d’histoire.'],
    ['Le score était de 2-1.'],
    ['Il a été un été comme les autres.'],
    ['Cela a été dit au début de son mandat.'],
    ['trois mois plus tôt, quelques semaines après'],
    ['Il a été condamné dans 6 mois de prison.'],
    ['Il faut agir dans les 48 heures.'],
    ['Le score était de 3:10.'],
    ['En hiver, il fait froid.'],
    ['Il a dépassé ses objectifs trois trimestres de suite.'],
    ['le cinquième trimestre'],
    ['la nuit tombe'],
    ['Le premier ministre a parlé.'],
    ['Le troisième semestre est impossible.'],
    ['Les semestres se suivent.'],
  ])('%s', (input) => {
    expect(findDates(prepare(input), REF)).toEqual([]);
  });
});

describe('dates: the default rules are tried only at the forms that can start a date', () => {
  // The same rules in an index of their own are tried at every token: the gated pass must find the same candidates.
  const ungated = indexRules(defaultDateRules);
  const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const phrases = [
    'la semaine dernière, ce mois-ci, cette année-là, les trois derniers mois, ces dernières semaines, les semaines à venir',
    'il y a deux semaines, dans trois jours, plus tôt cette année, plus tard dans la journée, l’an passé',
    'hier soir, avant-hier, ce matin, la nuit dernière, la veille, le lendemain, mi-mars, mi-2023, fin mars',
    'le 1er mai, 1er juillet 2024, 25/03/2024, 2022-2023, 7h30, 14 h, les 25 et 26 mars, entre 2019 et 2022',
    'au XXe siècle, le Ve siècle, les années 1990, le deuxième trimestre, l’automne dernier, cet été, lundi 25 mars',
    // Determiners then the word the rule needs after them (`nextForm`), and determiners before plain nouns.
    'ce lundi soir, cet après-midi, ces deux dernières années, au cours des derniers mois, les 12 derniers mois, l’été 2023',
    'la veille au soir, le surlendemain, ce week-end, cette semaine-là, la nuit dernière, le printemps prochain, la maison, ce pays',
    'cette saison, la saison dernière, la saison des pluies, les jours qui viennent, les gens qui viennent',
  ];
  it.each([...phrases, ...seeds].map((t, k) => [k, t] as const))('text %i', (_k, text) => {
    const doc = prepare(text);
    expect(findCandidates(doc, DEFAULT_INDEX)).toEqual(findCandidates(doc, ungated));
  });
  it('where needsDirection says the tense does not matter, past and future give the same value', () => {
    let checked = 0;
    for (const text of [...phrases, ...seeds]) {
      // With the refiners' ranges and date-times.
      const doc = prepare(text);
      let found = findCandidates(doc, DEFAULT_INDEX);
      for (const refine of defaultDateRefiners) found = refine(doc, found);
      for (const m of found) {
        if (needsDirection(m.expr, REF)) continue;
        checked++;
        expect(resolveDate(m.expr, REF, 'future')).toBe(resolveDate(m.expr, REF, 'past'));
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('the phrases do give dates', () => {
    expect(findCandidates(prepare(phrases.join(' ')), DEFAULT_INDEX).length).toBeGreaterThan(30);
  });
});

describe('dates: output contract', () => {
  const text = 'Le Kremlin a envoyé cette semaine, du 25 au 27 mars, le chef du SVR. En 2000, puis le 4 septembre 2023 à 7h30.';
  const found = findDates(prepare(text), REF);

  it('slices the input, sorted, without overlaps', () => {
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (let k = 1; k < found.length; k++) expect(found[k]?.start ?? 0).toBeGreaterThanOrEqual(found[k - 1]?.end ?? 0);
  });

  it('gives a canonical form with straight apostrophes and single spaces', () => {
    const [e] = findDates(prepare('Il est venu l’année  dernière.'), REF);
    expect(e?.canonical).toBe("l'année dernière");
  });

  it('omits relative values without a reference date but keeps absolute ones', () => {
    const none = findDates(prepare('Lundi, le 4 septembre 2023, puis en juillet.'), null);
    expect(none.map((e) => [e.text, e.value])).toEqual([
      ['Lundi', undefined],
      ['4 septembre 2023', '2023-09-04'],
      ['juillet', undefined],
    ]);
  });

  it('handles empty and odd input', () => {
    expect(findDates(prepare(''), REF)).toEqual([]);
    expect(findDates(prepare('   \n\n  '), REF)).toEqual([]);
    expect(findDates(prepare('du du du au au 25 25 mars mars 2024-'), REF).length).toBeGreaterThan(0);
  });
});

describe('dates: a day and month after "depuis" or naming an event is past', () => {
  it.each<Row>([
    ['Les bombardements durent depuis le 15 mai.', '15 mai', 35, '2023-05-15'],
    ['L’attaque du 15 mai a fait dix morts.', '15 mai', 13, '2023-05-15'],
  ])('%s → %s', (...row) => expectDate(row));
});
