import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.js';
import { isFinal } from './sentences.js';

/** [text, start, headline] of every sentence; the slice rule is checked too. */
function sents(input: string): [string, number, boolean][] {
  const doc = prepare(input);
  return doc.sentences.map((s) => {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    return [s.text, s.start, s.headline];
  });
}

/** Sentence texts only. */
function texts(input: string): string[] {
  return prepare(input).sentences.map((s) => s.text);
}

describe('sentences: abbreviations and initials do not end a sentence', () => {
  it.each<[string, string[]]>([
    ['M. Poutine est arrivé. Il repart.', ['M. Poutine est arrivé.', 'Il repart.']],
    ['Mme Kim est là. Elle parle.', ['Mme Kim est là.', 'Elle parle.']],
    ['Mme. Kim est là.', ['Mme. Kim est là.']],
    ['MM. Dupont et Durand sont venus.', ['MM. Dupont et Durand sont venus.']],
    ['Le Dr. Martin soigne. Le Dr Durand aussi.', ['Le Dr. Martin soigne.', 'Le Dr Durand aussi.']],
    ['Il habite à St. Louis. Elle non.', ['Il habite à St. Louis.', 'Elle non.']],
    ['En 52 av. J.-C. César conquit la Gaule.', ['En 52 av. J.-C. César conquit la Gaule.']],
    ['J. Biden a parlé. K. Harris aussi.', ['J. Biden a parlé.', 'K. Harris aussi.']],
    ['Le président Joe R. Biden a parlé.', ['Le président Joe R. Biden a parlé.']],
    ['Voir p. 12 du rapport.', ['Voir p. 12 du rapport.']],
    ['Le député F. Le Gall a voté.', ['Le député F. Le Gall a voté.']],
    // A letter after a lower-case word, then a sentence opener: the dot ends the sentence.
    ['Il préfère le plan B. Les autres hésitent.', ['Il préfère le plan B.', 'Les autres hésitent.']],
    ['Ils parlent au nom de la génération Z. Selon eux, rien ne change.', ['Ils parlent au nom de la génération Z.', 'Selon eux, rien ne change.']],
    // "etc." may end a sentence.
    ['Des chars, des obus, etc. Le reste suit.', ['Des chars, des obus, etc.', 'Le reste suit.']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('sentences: final punctuation', () => {
  it.each<[string, [string, number, boolean][]]>([
    ['Il part. Elle reste.', [['Il part.', 0, false], ['Elle reste.', 9, false]]],
    ['Vraiment ? Oui !', [['Vraiment ?', 0, false], ['Oui !', 11, false]]],
    ['Il attend… Rien ne vient.', [['Il attend…', 0, false], ['Rien ne vient.', 11, false]]],
    ['Il attend... Rien.', [['Il attend...', 0, false], ['Rien.', 13, false]]],
    // Scraped double dot.
    ['Il est né en 2000.. En 2010 il part.', [['Il est né en 2000..', 0, false], ['En 2010 il part.', 20, false]]],
    // A number may open a sentence.
    ['Il est parti. 7.000 conteneurs ont été livrés.', [['Il est parti.', 0, false], ['7.000 conteneurs ont été livrés.', 14, false]]],
  ])('%j', (input, expected) => {
    expect(sents(input)).toEqual(expected);
  });

  it.each<[string]>([
    ['Il a vu 2.5 fois plus.'],
    ['Le site lemonde.fr dit ça.'],
    ['Il part. et revient.'], // lower case after the dot: not a new sentence
    ['Il coûte 79,99 €. et plus'],
  ])('no split in %j', (input) => {
    expect(texts(input)).toEqual([input]);
  });

  it('isFinal', () => {
    expect(['.', '!', '?', '…', '...', '..'].every(isFinal)).toBe(true);
    expect([',', ';', ':', '»'].some(isFinal)).toBe(false);
  });
});

describe('sentences: quotations', () => {
  it.each<[string, string[]]>([
    ['« Nous partons. Nous revenons. »', ['« Nous partons. Nous revenons. »']],
    ['Il a dit : « Nous partons. Nous revenons. » Puis il est parti.', ['Il a dit : « Nous partons. Nous revenons. »', 'Puis il est parti.']],
    ['« Nous partons. » Il est parti.', ['« Nous partons. »', 'Il est parti.']],
    ['« Nous partons », a-t-il dit. Il est parti.', ['« Nous partons », a-t-il dit.', 'Il est parti.']],
    ['“Nous partons. Nous revenons.” Il part.', ['“Nous partons. Nous revenons.”', 'Il part.']],
    ['"Nous partons. Nous revenons." Il part.', ['"Nous partons. Nous revenons."', 'Il part.']],
    ['‹ Nous partons. Nous revenons. › Il part.', ['‹ Nous partons. Nous revenons. ›', 'Il part.']],
    // A quotation that never closes is cut at a blank line.
    ['« Nous partons. Nous revenons.\n\nAutre paragraphe.', ['« Nous partons. Nous revenons.', 'Autre paragraphe.']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('a quotation going on over a single line break stays in one sentence', () => {
    expect(texts('Il a dit : « Nous partons.\nNous revenons. » Fin.')).toEqual([
      'Il a dit : « Nous partons.\nNous revenons. »',
      'Fin.',
    ]);
  });

  it('a stray opening mark does not swallow the rest of a long text', () => {
    const body = 'Une phrase ici. '.repeat(200);
    const doc = prepare(`« ${body}`);
    expect(doc.sentences.length).toBeGreaterThan(50);
  });
});

describe('sentences: lines, blank lines and headlines', () => {
  it.each<[string, [string, number, boolean][]]>([
    [
      'Poutine à Pyongyang\n\nLe président russe est arrivé.',
      [['Poutine à Pyongyang', 0, true], ['Le président russe est arrivé.', 21, false]],
    ],
    [
      'ACTUALITES INTERNATIONALES\nLe texte commence ici.',
      [['ACTUALITES INTERNATIONALES', 0, true], ['Le texte commence ici.', 27, false]],
    ],
    // A line in capitals is a headline even with a final dot.
    ['LA CORÉE DU NORD TIRE UN MISSILE.\nSuite.', [['LA CORÉE DU NORD TIRE UN MISSILE.', 0, true], ['Suite.', 34, false]]],
    // A line break ends a sentence even without punctuation.
    ['Accueil\nMonde\nAsie', [['Accueil', 0, true], ['Monde', 8, true], ['Asie', 14, true]]],
    ['Premier paragraphe.\n\nSecond paragraphe.', [['Premier paragraphe.', 0, false], ['Second paragraphe.', 21, false]]],
    ['Une phrase.\r\n\r\nUne autre.', [['Une phrase.', 0, false], ['Une autre.', 15, false]]],
    // Leading and trailing whitespace is not part of any sentence.
    ['  \n Texte court.  \n', [['Texte court.', 4, false]]],
    // A sentence that goes on over a line break in the middle of a paragraph is cut at the line.
    ['Il est arrivé\nà Pyongyang.', [['Il est arrivé', 0, true], ['à Pyongyang.', 14, false]]],
  ])('%j', (input, expected) => {
    expect(sents(input)).toEqual(expected);
  });

  it('a title line without final punctuation inside a paragraph is a headline', () => {
    const doc = prepare('Texte.\nLire aussi\nSuite du texte.');
    expect(doc.sentences.map((s) => [s.text, s.headline])).toEqual([
      ['Texte.', false],
      ['Lire aussi', true],
      ['Suite du texte.', false],
    ]);
  });
});

describe('sentences: token bookkeeping', () => {
  it('tokenStart/tokenEnd partition the tokens and tokens know their sentence', () => {
    const doc = prepare('M. Kim parle. « Oui. Non. » Fin\n\nTitre');
    let next = 0;
    doc.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.tokenStart).toBe(next);
      expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
      expect(doc.tokens[s.tokenStart]?.start).toBe(s.start);
      expect(doc.tokens[s.tokenEnd - 1]?.end).toBe(s.end);
      for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(doc.tokens[t]?.sentence).toBe(i);
      next = s.tokenEnd;
    });
    expect(next).toBe(doc.tokens.length);
  });

  it.each(['', '   ', '\n\n\t'])('no sentence in %j', (input) => {
    const doc = prepare(input);
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });
});

describe('sentences: a wire dateline is a segment of its own', () => {
  it.each<[string, string[]]>([
    ['Gaza, 15 janv. 2025 (AFP) - Au moins 62 personnes ont été tuées.', ['Gaza, 15 janv. 2025 (AFP) -', 'Au moins 62 personnes ont été tuées.']],
    ['WASHINGTON (Reuters) — Le Sénat a voté.', ['WASHINGTON (Reuters) —', 'Le Sénat a voté.']],
    // A place, a comma, a day and a month (and a year) opening a line, without an agency.
    ['Banda Aceh (Indonésie), 28 décembre - Des étudiants sont entrés.', ['Banda Aceh (Indonésie), 28 décembre -', 'Des étudiants sont entrés.']],
    ['Titre\nPARIS, 5 mars 2025 – Le Sénat a voté.', ['Titre', 'PARIS, 5 mars 2025 –', 'Le Sénat a voté.']],
    ['Il est parti, le 5 mars - Le Sénat a voté.', ['Il est parti, le 5 mars - Le Sénat a voté.']],
    ['Le Sénat a voté. Lyon, 5 mars - Le Sénat a voté.', ['Le Sénat a voté.', 'Lyon, 5 mars - Le Sénat a voté.']],
    // A regional dateline: a capitalised place alone at the start of a line.
    ['Périgueux - Aux urgences, l’attente s’allonge.', ['Périgueux -', 'Aux urgences, l’attente s’allonge.']],
    ['Titre\nLa Roche-sur-Yon - Le conseil a voté.', ['Titre', 'La Roche-sur-Yon -', 'Le conseil a voté.']],
    ['Le ministre - Paul Durand - a parlé.', ['Le ministre - Paul Durand - a parlé.']],
    // Not a dateline: a parenthesis in the middle of a long sentence, or a hyphen glued to a word.
    ['Le ministre a rappelé que la loi (article 5) - votée hier - entrera en vigueur demain.', ['Le ministre a rappelé que la loi (article 5) - votée hier - entrera en vigueur demain.']],
    ['La loi (Sapin) - votée hier - entrera en vigueur.', ['La loi (Sapin) - votée hier - entrera en vigueur.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});
