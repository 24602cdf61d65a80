/**
 * A table of French DATE constructions from news, positive and negative, run
 * through the public `extractEntities` with a fixed publication date. Each row
 * gives the DATE entities in text order, "surface" or "surface=value".
 *
 * Conventions (gold GUIDELINES.md, the seed gold and the dev sets' "Annotation
 * choices"): absolute dates drop a leading le/en/du/depuis/jusqu'au/d'ici à;
 * relative dates and seasons keep their determiner ("la semaine dernière",
 * "l'automne"); times of day are DATE, "GMT" kept, "heure locale" / "heure de
 * Paris" left out; the two bounds of a range are one DATE; "il y a N jours" is a
 * duration (a quantity), not a DATE; habits ("chaque année", "tous les
 * mardis", "le dimanche" of a habit) are no DATE; a date inside the name of a
 * street, a square, a movement or a collective is no DATE.
 *
 * Values come from the resolver: the tense of the clause picks the year of a
 * yearless date (future → the next one, past → the last one).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** A Wednesday. */
const REFERENCE_DATE = '2025-03-12';

type Row = [text: string, expected: string[]];

/** The DATE entities of `text`, "surface=value" when a value was resolved. */
function dates(text: string): string[] {
  return extractEntities(text, { referenceDate: REFERENCE_DATE })
    .filter((e) => e.type === 'DATE')
    .map((e) => (e.value === undefined ? e.text : `${e.text}=${e.value}`));
}

function check(text: string, expected: string[]): void {
  expect(dates(text)).toEqual(expected);
}

describe('DATE constructions: absolute dates in every typography, years in digits and words', () => {
  it.each<Row>([
    ["Le sommet s'ouvrira le 1er mars à Bruxelles.", ["1er mars=2026-03-01"]],
    ["Le traité a été signé le 1er mars 2025 à Genève.", ["1er mars 2025=2025-03-01"]],
    // A yearless "23/03" after the article of a day (a two-digit month: "3/4" is a fraction).
    ["Le vote aura lieu le 23/03 au Parlement.", ["23/03=2025-03-23"]],
    ["La réunion est prévue le 03.03.2025 selon le document.", ["03.03.2025=2025-03-03"]],
    ["Le contrat court jusqu'au 31/12/2026.", ["31/12/2026=2026-12-31"]],
    ["Les ventes ont reculé en mars 2025.", ["mars 2025=2025-03"]],
    ["Les élections auront lieu en 2025.", ["2025=2025"]],
    // "l'an 2000": the year alone, as "l'exercice 2025" → "2025" (dev sets); "an" is the cue, not a period.
    ["Le bug de l'an 2000 n'a pas eu lieu.", ["2000=2000"]],
    ["Il est né le 14 juillet 1989 à Lyon.", ["14 juillet 1989=1989-07-14"]],
    ["Le scrutin du 7 mai a surpris.", ["7 mai=2024-05-07"]],
    ["Depuis le 2 janvier, les prix ont augmenté.", ["2 janvier=2025-01-02"]],
    ["Le décret est paru le 15 sept. 2024.", ["15 sept. 2024=2024-09-15"]],
    ["Le 11 novembre, les cérémonies ont réuni des milliers de personnes.", ["11 novembre=2024-11-11"]],
    ["Rendez-vous mardi 18 mars à Lille.", ["mardi 18 mars=2025-03-18"]],
    ["Le texte a été adopté le 28 février dernier.", ["28 février dernier=2025-02-28"]],
    ["Il a été libéré le 5 mars 2025 vers midi.", ["5 mars 2025=2025-03-05", "midi=T12:00"]],
    // The tense picks the year of a yearless date: future → next, past → last.
    ["La mesure entrera en vigueur le 1er janvier prochain.", ["1er janvier prochain=2026-01-01"]],
    ["L'accord date de février 2024.", ["février 2024=2024-02"]],
    // Years in words after a cue that leaves no count reading.
    ["La réforme a été votée en deux mille vingt-trois.", ["deux mille vingt-trois=2023"]],
    // "de 2024" dates the event, as dev's "manifestations de 2018" → "2018" ("Coupe du monde 2026" is a name: no DATE).
    ["Les Jeux olympiques de 2024 ont coûté cher.", ["2024=2024"]],
    ["L'usine a fermé en 1998.", ["1998=1998"]],
    ["La crise de 2008 a laissé des traces.", ["2008=2008"]],
    ["La société a été fondée en mai 1968.", ["mai 1968=1968-05"]],
    ["Le premier tour est fixé au 13 avril 2025.", ["13 avril 2025=2025-04-13"]],
    ["Le jugement du 4/9/2023 a été cassé.", ["4/9/2023=2023-09-04"]],
    ["Le décret a été publié le 2025-02-14 au Journal officiel.", ["2025-02-14=2025-02-14"]],
    ["Il a quitté ses fonctions en l'an deux mille.", ["deux mille=2000"]],
    ["Le barrage a été inauguré en mille neuf cent soixante-douze.", ["mille neuf cent soixante-douze=1972"]],
    ["Le 1er avril, les tarifs ont augmenté.", ["1er avril=2024-04-01"]],
  ])('%s', check);
});

describe('DATE constructions: weekdays, with prochain/dernier and parts of the day', () => {
  it.each<Row>([
    ["Le ministre s'est exprimé lundi devant les députés.", ["lundi=2025-03-10"]],
    ["Le Conseil se réunira mardi prochain.", ["mardi prochain=2025-03-18"]],
    ["Les combats ont repris jeudi dernier.", ["jeudi dernier=2025-03-06"]],
    ["L'attaque a eu lieu samedi matin.", ["samedi matin=2025-03-08"]],
    ["Il s'exprimera mercredi soir à la télévision.", ["mercredi soir=2025-03-12"]],
    ["Les négociations reprendront vendredi après-midi.", ["vendredi après-midi=2025-03-14"]],
    // "en fin de matinée" is not part of the DATE span (a vague part of the day after the weekday).
    ["Le président a été reçu dimanche en fin de matinée.", ["dimanche=2025-03-09"]],
    ["La grève continue ce lundi.", ["ce lundi=2025-03-10"]],
    ["Le marché a chuté dès l'ouverture mardi.", ["mardi=2025-03-11"]],
    ["Le premier ministre a démissionné vendredi 7 mars.", ["vendredi 7 mars=2025-03-07"]],
    ["Le texte sera examiné mercredi midi.", ["mercredi midi=2025-03-12"]],
    ["Lundi, le ministre a confirmé l'accord.", ["Lundi=2025-03-10"]],
    ["Le vote a eu lieu dans la nuit de mardi.", ["la nuit de mardi=2025-03-11"]],
    ["Le dirigeant est attendu jeudi prochain à Rome.", ["jeudi prochain=2025-03-13"]],
  ])('%s', check);
});

describe('DATE constructions: relative dates (determiner kept)', () => {
  it.each<Row>([
    ["Le gouvernement a annoncé hier un plan d'aide.", ["hier=2025-03-11"]],
    ["Le suspect a été arrêté avant-hier à Marseille.", ["avant-hier=2025-03-10"]],
    ["Le verdict sera rendu demain.", ["demain=2025-03-13"]],
    ["Les pompiers interviendront après-demain.", ["après-demain=2025-03-14"]],
    // "la veille", "le lendemain": relative DATEs with their article, no value (dev7, dev10).
    ["La veille, la police avait bouclé le quartier.", ["La veille"]],
    ["Le lendemain, le maire a démissionné.", ["Le lendemain"]],
    ["Les chiffres ont été publiés la semaine dernière.", ["la semaine dernière=2025-W10"]],
    ["Le texte sera présenté la semaine prochaine.", ["la semaine prochaine=2025-W12"]],
    // "il y a N jours" is a duration (a quantity), not a DATE (dev23, dev24).
    ["L'accident s'est produit il y a trois jours.", []],
    ["Le chantier reprendra dans deux semaines.", ["dans deux semaines=2025-03-26"]],
    // "d'ici à" is left out of an absolute date.
    ["La France veut réduire ses émissions d'ici à 2030.", ["2030=2030"]],
    ["Les manifestants occupent la place depuis lundi.", ["lundi=2025-03-10"]],
    ["Le chômage a baissé le mois dernier.", ["le mois dernier=2025-02"]],
    ["La production a augmenté l'an dernier.", ["l'an dernier=2024"]],
    ["L'inflation devrait ralentir l'année prochaine.", ["l'année prochaine=2026"]],
    ["Il a été élu cette année.", ["cette année=2025"]],
    ["Les résultats sont attendus ce mois-ci.", ["ce mois-ci=2025-03"]],
    ["Le trafic reste perturbé aujourd'hui.", ["aujourd'hui=2025-03-12"]],
    ["Il s'est rendu sur place ce matin.", ["ce matin=2025-03-12"]],
    ["Le club jouera ce week-end à domicile.", ["ce week-end=2025-W11-WE"]],
    ["Le bâtiment a été évacué hier soir.", ["hier soir=2025-03-11"]],
    ["Le sommet a eu lieu le mois précédent.", ["le mois précédent"]],
    // "des" (de + les) is a contracted article: left out, as "au" before a season.
    ["Les ventes ont bondi au cours des derniers mois.", ["derniers mois"]],
    ["Le nouveau stade ouvrira d'ici à la fin de l'année.", ["la fin de l'année=2025"]],
    ["Il l'a répété avant-hier soir.", ["avant-hier soir=2025-03-10"]],
    ["Le projet sera voté dans trois mois.", ["dans trois mois=2025-06"]],
    ["Les ventes ont reculé ces derniers mois.", ["ces derniers mois"]],
    ["Il a été hospitalisé la semaine précédente.", ["la semaine précédente"]],
  ])('%s', check);
});

describe('DATE constructions: periods: parts of months and years, quarters, seasons, decades, centuries', () => {
  it.each<Row>([
    ["Les travaux commenceront début mars.", ["début mars=2025-03"]],
    ["Le festival se tiendra mi-juillet.", ["mi-juillet=2025-07"]],
    ["Le chantier sera achevé fin 2024.", ["fin 2024=2024"]],
    ["Une décision est attendue courant 2026.", ["courant 2026=2026"]],
    ["Le chiffre d'affaires a progressé au premier trimestre.", ["premier trimestre=2025-Q1"]],
    ["Les embauches reprendront au second semestre.", ["second semestre=2025-H2"]],
    // Seasons keep their article ("l'automne"), "à" stays out; with a year the article goes ("été 2023").
    ["Les élections se tiendront à l'automne.", ["l'automne=2025-FA"]],
    ["Les prix de l'énergie grimperont cet hiver.", ["cet hiver=2025-WI"]],
    ["La sécheresse de l'été dernier a frappé le Sud.", ["l'été dernier=2024-SU"]],
    ["La saison 2024-2025 a été décevante.", ["2024-2025=2024/2025"]],
    // Decades and centuries are absolute: "les"/"la" left out ("fin des années 1990", dev sets); value = the prefix.
    ["La ville s'est transformée dans les années 1990.", ["années 1990=199"]],
    ["Le XXe siècle a été marqué par deux guerres.", ["XXe siècle=19"]],
    ["Le bénéfice a reculé au troisième trimestre 2024.", ["troisième trimestre 2024=2024-Q3"]],
    ["Le projet sera lancé au printemps 2026.", ["printemps 2026=2026-SP"]],
    ["L'entreprise a été rachetée à la fin des années 1980.", ["fin des années 1980=198"]],
    ["La loi a été votée au début du XXIe siècle.", ["début du XXIe siècle=20"]],
    ["Les vendanges ont commencé fin août.", ["fin août=2024-08"]],
    ["Le stock sera épuisé d'ici la mi-avril.", ["mi-avril=2025-04"]],
    ["Le rapport sera publié au premier semestre 2025.", ["premier semestre 2025=2025-H1"]],
    ["L'été 2023 a été le plus chaud jamais mesuré.", ["été 2023=2023-SU"]],
    ["La crise s'est aggravée à la mi-2024.", ["mi-2024=2024"]],
    ["Les résultats sont attendus en fin d'année.", ["fin d'année=2025"]],
    ["Les soldes d'hiver commencent en janvier.", ["janvier=2025-01"]],
    ["Au XIXe siècle, la ville comptait dix mille habitants.", ["XIXe siècle=18"]],
    ["Les travaux reprendront fin juin.", ["fin juin=2025-06"]],
  ])('%s', check);
});

describe('DATE constructions: ranges: both bounds one DATE', () => {
  it.each<Row>([
    ["Le salon se tiendra du 3 au 5 mars.", ["3 au 5 mars=2025-03-03/2025-03-05"]],
    ["Le taux a doublé entre 2019 et 2022.", ["2019 et 2022=2019/2022"]],
    ["Les ventes ont chuté de janvier à mars.", ["janvier à mars=2025-01/2025-03"]],
    // "la nuit de samedi à dimanche": one relative DATE with its article (dev sets).
    ["Des violences ont éclaté dans la nuit de samedi à dimanche.", ["la nuit de samedi à dimanche=2025-03-08/2025-03-09"]],
    ["Il a dirigé la société de 2012 à 2016.", ["2012 à 2016=2012/2016"]],
    ["L'exposition est ouverte du 1er avril au 30 septembre 2025.", ["1er avril au 30 septembre 2025=2025-04-01/2025-09-30"]],
    ["Le festival aura lieu les 18 et 19 juillet.", ["18 et 19 juillet=2025-07-18/2025-07-19"]],
    // "entre" is left out; the inner "le" stays inside the span.
    ["Les trains ne circuleront pas entre le 10 et le 14 avril.", ["10 et le 14 avril=2025-04-10/2025-04-14"]],
    ["Il a présidé le club entre 2001 et 2008.", ["2001 et 2008=2001/2008"]],
    ["Les travaux dureront de mars à juin 2026.", ["mars à juin 2026=2026-03/2026-06"]],
    ["Les pluies sont attendues entre lundi et mercredi.", ["lundi et mercredi=2025-03-17/2025-03-19"]],
  ])('%s', check);
});

describe('DATE constructions: times of day', () => {
  it.each<Row>([
    ["Le conseil se réunira à 14 h 30.", ["14 h 30=T14:30"]],
    ["Les secours sont arrivés vers 6h.", ["6h=T06:00"]],
    ["Le cortège partira à midi.", ["midi=T12:00"]],
    ["Le couvre-feu commence à minuit.", ["minuit=T00:00"]],
    ["Le match débutera à 21 heures.", ["21 heures=T21:00"]],
    // "heure de Paris" / "heure locale" left out of the time; "GMT" kept (dev sets).
    ["Le décollage est prévu à 14h30 heure de Paris.", ["14h30=T14:30"]],
    ["L'explosion a eu lieu à 13h24 GMT.", ["13h24 GMT=T13:24"]],
    ["La séance a été levée à 23h15.", ["23h15=T23:15"]],
    ["Les bureaux de vote ferment à 20 heures.", ["20 heures=T20:00"]],
    ["Il a été interpellé à 4h du matin.", ["4h du matin=T04:00"]],
    ["L'alerte a été donnée vers 3 heures du matin.", ["3 heures du matin=T03:00"]],
    ["Le train est arrivé à 18 h 45 mercredi.", ["18 h 45=T18:45", "mercredi=2025-03-12"]],
    ["Le séisme s'est produit jeudi à 10h42 heure locale.", ["jeudi=2025-03-06", "10h42=T10:42"]],
  ])('%s', check);
});

describe('DATE constructions: holidays and named days', () => {
  it.each<Row>([
    ["Le défilé du 14-Juillet a attiré des milliers de spectateurs.", ["14-Juillet=2024-07-14"]],
    ["Les cimetières sont fleuris à la Toussaint.", ["Toussaint=2024-11-01"]],
    ["Les magasins seront ouverts à Noël.", ["Noël=2025-12-25"]],
    ["Les feux d'artifice du Nouvel An ont été annulés.", ["Nouvel An=2025-01-01"]],
    // Movable feasts are DATEs with no value; fixed ones resolve like a day and month.
    ["Le ramadan commencera fin février.", ["ramadan", "fin février=2026-02"]],
    ["Les fidèles ont célébré l'Aïd dans le calme.", ["Aïd"]],
    ["Les ventes ont grimpé avant Pâques.", ["Pâques"]],
    // The days around a feast are one DATE: "pont de …", "week-end de …", "lundi de …".
    ["Le pont de l'Ascension sera chargé sur les routes.", ["pont de l'Ascension"]],
    ["Les vacances de la Toussaint commencent samedi.", ["Toussaint=2024-11-01", "samedi=2025-03-08"]],
    ["Le 1er-Mai, les syndicats défileront à Paris.", ["1er-Mai=2025-05-01"]],
    ["Le réveillon de la Saint-Sylvestre s'est déroulé sans incident.", ["Saint-Sylvestre=2024-12-31"]],
    ["Les commémorations du 8-Mai ont eu lieu sous la pluie.", ["8-Mai=2024-05-08"]],
    ["Le trafic sera dense pendant le week-end de Pentecôte.", ["week-end de Pentecôte"]],
  ])('%s', check);
});

describe('DATE constructions: dates inside names', () => {
  it.each<Row>([
    // A street, a square, a movement or a group named after a date: no DATE (the name is an entity of its own).
    ["La manifestation est partie de la place du 13-Mai.", []],
    ["Le Mouvement du 23 mars a revendiqué l'attaque.", []],
    ["Le cortège a descendu l'avenue du 8-Mai-1945.", []],
    // GUIDELINES has no rule for "loi de 1905"; the year dates the law, as dev's "manifestations de 2018" → "2018".
    ["La loi de 1905 sépare les Églises et l'État.", ["1905=1905"]],
    ["Le collectif du 5-Décembre appelle à manifester.", []],
    ["Le bus s'arrête rue du 4-Septembre.", []],
    ["La Coupe du monde 2026 se jouera en Amérique du Nord.", []],
    ["L'accord de Paris de 2015 reste la référence.", ["2015=2015"]],
    ["Le lycée du 19-Mars-1962 a fermé.", []],
  ])('%s', check);
});

describe('DATE constructions: numbers that are not dates', () => {
  it.each<Row>([
    ["Le livre a été tiré en 2 000 exemplaires.", []],
    // "le 15" with no month is a number (a phone number here), not a day.
    ["Pour les urgences, composez le 15.", []],
    ["Les manifestants étaient entre 1 000 à 2 000.", []],
    ["Le véhicule roulait à 130 km/h.", []],
    ["La commune compte 2025 habitants.", []],
    ["Le club a remporté le match 3-1.", []],
    ["Il a été condamné à 15 ans de prison.", []],
    ["Le vol AF 1954 a été dérouté.", []],
    ["La route nationale 20 est coupée.", []],
    ["Le score final est de 24 à 12.", []],
    ["Il a obtenu 1 500 voix.", []],
    ["Le texte compte 2 030 articles.", []],
    ["Le Boeing 747 a atterri sans encombre.", []],
    ["Le prix a atteint 1 990 euros.", []],
    ["La ligne 14 du métro est fermée.", []],
    ["Le lot numéro 2024 a été vendu.", []],
    ["Il a parcouru 1 200 kilomètres.", []],
    ["Le colis pèse 2 kg.", []],
    ["Le taux est passé de 3/4 à 1/2.", []],
  ])('%s', check);
});

describe('DATE constructions: datelines', () => {
  it.each<Row>([
    ["PARIS, 12 mars (AFP) - Le gouvernement a présenté son budget.", ["12 mars=2025-03-12"]],
    ["Kiev, 9 janvier (Reuters) - Des frappes ont visé la capitale.", ["9 janvier=2025-01-09"]],
    ["Dakar, 3 février (AFP) – Le président a dissous l'Assemblée.", ["3 février=2025-02-03"]],
    // A dateline is never ahead of the story: the last 5 April.
    ["Jérusalem, 5 avril (AFP) — L'armée a annoncé une opération.", ["5 avril=2024-04-05"]],
    ["Berlin, 28 février 2025 (AFP) - Le chancelier a parlé.", ["28 février 2025=2025-02-28"]],
  ])('%s', check);
});

describe('DATE constructions: habits and words that are not dates', () => {
  it.each<Row>([
    ["Chaque année, le festival attire des milliers de visiteurs.", []],
    ["Il travaille la nuit dans un entrepôt.", []],
    ["Le marché se tient tous les mardis.", []],
    ["Il a vécu des mois difficiles.", []],
    ["Depuis des années, la ville décline.", []],
    // A season capitalised inside its sentence is a name (dev11's "Printemps marseillais").
    ["Le Printemps arabe a bouleversé la région.", []],
    ["Il a été élu pour la première fois.", []],
    ["Le journal Le Monde a publié une enquête.", []],
    ["La guerre de Cent Ans a duré plus d'un siècle.", []],
    ["Il n'a pas dormi de la nuit.", []],
    // A day named after a feast: one DATE with no value (movable feast).
    ["Le lundi de Pâques est férié.", ["lundi de Pâques"]],
  ])('%s', check);
});

describe('DATE constructions: GAPS', () => {
  it.fails.each<Row>([
    // "jusqu'au" in the present: the period runs until a coming day. The tense reader takes "est" for a passé composé
    // ("est ouverte" / "est resté" look alike) and picks the last 15 April. Missing: telling a present passive from a
    // passé composé with "être", or a forward reading of "jusqu'au" in the present.
    ["La consultation est ouverte jusqu'au 15 avril.", ["15 avril=2025-04-15"]],
    // "le dimanche" of a habit in the present is no date. Missing: a habit reading of article + bare weekday; the
    // tense reader cannot tell "sont fermés" (present) from a passé composé, and no dev set has the construction to
    // check a rule against narrative "le samedi" (a specific day).
    ["Les magasins sont fermés le dimanche.", []],
  ])('%s', check);
});
