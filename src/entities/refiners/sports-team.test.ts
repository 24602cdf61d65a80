import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** "TYPE:text@start=canonical" for every entity whose text is one of `surfaces`. */
function typed(text: string, surfaces: readonly string[]): string[] {
  return extractEntities(text)
    .filter((e) => surfaces.includes(e.text))
    .map((e) => `${e.type}:${e.text}@${e.start}=${e.canonical}`);
}

// [phenomenon, input, surfaces looked at, expected entities among them]
const CASES: [string, string, string[], string[]][] = [
  [
    'a score right after a verb of result reports a match; "face à" names the opponent',
    "Toulon s'est imposé 31-17 face à Pau, samedi à Toulon.",
    ['Toulon', 'Pau'],
    ['ORGANIZATION:Toulon@0=Toulon', 'ORGANIZATION:Pau@33=Pau', 'LOCATION:Toulon@47=Toulon'],
  ],
  [
    'a span of years after a verb is no score',
    'La réforme, adoptée en 2019, a été appliquée 2019-2024 à Paris face à Lyon.',
    ['Paris', 'Lyon'],
    ['LOCATION:Paris@57=Paris', 'LOCATION:Lyon@70=Lyon'],
  ],
  [
    'a score in brackets: the countries that play are teams, the venue stays a place',
    "Le Japon a battu l'Italie (27-19) à Tokyo, devant 40 000 spectateurs.",
    ['Japon', 'Italie', 'Tokyo'],
    ['ORGANIZATION:Japon@3=Japon', 'ORGANIZATION:Italie@19=Italie', 'LOCATION:Tokyo@36=Tokyo'],
  ],
  [
    'clubs named by their city, the dateline town and a trip away stay places',
    'Marseille, 2 avril (AFP) – Toulouse a dominé Nantes (2-0) dimanche. Les Toulousains iront à Lille samedi.',
    ['Marseille', 'Toulouse', 'Nantes', 'Lille'],
    ['LOCATION:Marseille@0=Marseille', 'ORGANIZATION:Toulouse@27=Toulouse', 'ORGANIZATION:Nantes@45=Nantes', 'LOCATION:Lille@92=Lille'],
  ],
  [
    'a dateline town in capitals closed by a full stop and a dash, or by a dash, stays a place',
    'Top 14 : Bordeaux bat Toulouse\n\nBORDEAUX. - Bordeaux a battu Toulouse (27-24) samedi.',
    ['BORDEAUX', 'Bordeaux', 'Toulouse'],
    ['ORGANIZATION:Bordeaux@9=Bordeaux', 'ORGANIZATION:Toulouse@22=Toulouse', 'LOCATION:BORDEAUX@32=Bordeaux', 'ORGANIZATION:Bordeaux@44=Bordeaux', 'ORGANIZATION:Toulouse@61=Toulouse'],
  ],
  [
    'a dateline town closed by a dash alone',
    'Lens – Lens a battu Rennes (3-1) samedi.',
    ['Lens', 'Rennes'],
    ['LOCATION:Lens@0=Lens', 'ORGANIZATION:Lens@7=Lens', 'ORGANIZATION:Rennes@20=Rennes'],
  ],
  [
    'a name coordinated with a team is a team, with a place a place',
    'Brest (1-1) reste derrière Lyon, Nice et Lille, et jouera à Lorient ou Vannes.',
    ['Brest', 'Lyon', 'Nice', 'Lille', 'Lorient'],
    ['ORGANIZATION:Brest@0=Brest', 'ORGANIZATION:Lyon@27=Lyon', 'ORGANIZATION:Nice@33=Nice', 'ORGANIZATION:Lille@41=Lille', 'LOCATION:Lorient@60=Lorient'],
  ],
  [
    'after "par", "contre" and "que" the country is the team; after "en" and "de" the place',
    "Battue par l'Espagne (3-2), l'Allemagne jouera contre le Portugal en Suisse, a dit le sélectionneur de l'Allemagne.",
    ['Espagne', 'Allemagne', 'Portugal', 'Suisse'],
    [
      'ORGANIZATION:Espagne@13=Espagne',
      'ORGANIZATION:Allemagne@30=Allemagne',
      'ORGANIZATION:Portugal@57=Portugal',
      'LOCATION:Suisse@69=Suisse',
      'LOCATION:Allemagne@105=Allemagne',
    ],
  ],
  [
    'the home nations play as teams; a capital "A" without its accent locates too',
    "L'Angleterre a battu le pays de Galles (24-10). A Cardiff, la foule s'est tue.",
    ['Angleterre', 'pays de Galles', 'Cardiff'],
    ['ORGANIZATION:Angleterre@2=Angleterre', 'ORGANIZATION:pays de Galles@24=pays de Galles', 'LOCATION:Cardiff@50=Cardiff'],
  ],
  [
    'a gap in the ranking before "de" names the team',
    'Nice a gagné (2-1) et revient à deux points de Lyon, à Lens.',
    ['Nice', 'Lyon', 'Lens'],
    ['ORGANIZATION:Nice@0=Nice', 'ORGANIZATION:Lyon@47=Lyon', 'LOCATION:Lens@55=Lens'],
  ],
  [
    'no score in the text: countries and cities stay places',
    "Le Japon a battu un record d'exportations vers l'Italie, selon Tokyo.",
    ['Japon', 'Italie', 'Tokyo'],
    ['LOCATION:Japon@3=Japon', 'LOCATION:Italie@49=Italie', 'LOCATION:Tokyo@63=Tokyo'],
  ],
  [
    'a span of years in brackets is no score',
    'La France (2017-2022) a signé. La Belgique a suivi.',
    ['France', 'Belgique'],
    ['LOCATION:France@3=France', 'LOCATION:Belgique@34=Belgique'],
  ],
  [
    'national teams by their press nickname, in any text',
    'Les Bleus affronteront les All Blacks, puis les Lions de la Teranga retrouveront les Fennecs.',
    ['Bleus', 'All Blacks', 'Lions de la Teranga', 'Fennecs'],
    [
      'ORGANIZATION:Bleus@4=équipe de France',
      'ORGANIZATION:All Blacks@27=équipe de Nouvelle-Zélande de rugby',
      'ORGANIZATION:Lions de la Teranga@48=équipe du Sénégal de football',
      'ORGANIZATION:Fennecs@85=équipe d\'Algérie de football',
    ],
  ],
];

describe('sports teams named by their country or city', () => {
  it.each(CASES)('%s', (_name, input, surfaces, expected) => {
    expect(typed(input, surfaces)).toEqual(expected);
  });
});
