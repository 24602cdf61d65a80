import { describe, it, expect } from 'vitest';
import {
  AUXILIARY_FORMS,
  REPORTING_LEMMAS,
  REPORTING_VERB_FORMS,
  type ReportingVerbTense,
} from './generated/reporting-verbs';
import data from './data/reporting-verbs.json';

describe('REPORTING_VERB_FORMS lookup', () => {
  const cases: readonly [form: string, lemma: string, tense?: ReportingVerbTense][] = [
    ['déclaré', 'déclarer', 'participle'],
    ['déclarée', 'déclarer', 'participle'],
    ['déclarés', 'déclarer', 'participle'],
    ['déclarées', 'déclarer', 'participle'],
    ['affirme', 'affirmer', 'present'],
    ['affirment', 'affirmer', 'present'],
    ['indiquait', 'indiquer', 'imparfait'],
    ['indiquaient', 'indiquer', 'imparfait'],
    ['déclara', 'déclarer', 'passe-simple'],
    ['déclarèrent', 'déclarer', 'passe-simple'],
    ['déclarerait', 'déclarer', 'conditionnel'],
    ['déclareraient', 'déclarer', 'conditionnel'],
    ['déclarera', 'déclarer', 'futur'],
    ['déclareront', 'déclarer', 'futur'],
    ['soulignant', 'souligner', 'participe-present'],
    ['déclarer', 'déclarer', 'infinitive'],
    ['dit', 'dire', 'present'],
    ['disent', 'dire', 'present'],
    ['dirent', 'dire', 'passe-simple'],
    ['reconnu', 'reconnaître', 'participle'],
    ['reconnaît', 'reconnaître', 'present'],
    ['prévenu', 'prévenir', 'participle'],
    ['averti', 'avertir', 'participle'],
    ['démenti', 'démentir', 'participle'],
    ['dément', 'démentir', 'present'],
    ['ajoute', 'ajouter', 'present'],
    ['estiment', 'estimer', 'present'],
    ['martèle', 'marteler', 'present'],
    ['martelé', 'marteler', 'participle'],
    ['répliqué', 'répliquer', 'participle'],
    ['rétorque', 'rétorquer', 'present'],
    ['conclut', 'conclure', 'present'],
    ['admis', 'admettre', 'participle'],
    ['écrit', 'écrire', 'present'],
    ['tweeté', 'tweeter', 'participle'],
    ['promis', 'promettre', 'participle'],
    ['prédit', 'prédire', 'present'],
    ['croit', 'croire', 'present'],
    ['soutient', 'soutenir', 'present'],
    ['assène', 'asséner', 'present'],
    ['assené', 'asséner', 'participle'],
    ['exclamé', "s'exclamer", 'participle'],
    ['écrié', "s'écrier", 'participle'],
    ['plaint', 'se plaindre', 'present'],
    ['insurgé', "s'insurger", 'participle'],
    ['fait valoir', 'faire valoir', 'present'],
    ['font savoir', 'faire savoir', 'present'],
    ['mis en garde', 'mettre en garde', 'participle'],
    ['analyse', 'analyser', 'present'],
    ['exclu', 'exclure', 'participle'],
    ['fait état', 'faire état', 'present'],
    ['implique', 'impliquer', 'present'],
    ['faisant état', 'faire état', 'participe-present'],
    ['met en garde', 'mettre en garde', 'present'],
  ];

  it.each(cases)('%s -> %s', (form, lemma, tense) => {
    const v = REPORTING_VERB_FORMS.get(form);
    expect(v, form).toBeDefined();
    expect(v?.lemma).toBe(lemma);
    if (tense) expect(v?.tenses).toContain(tense);
  });

  it('gives the first tense in a fixed order and lists all of them', () => {
    expect(REPORTING_VERB_FORMS.get('dit')).toMatchObject({
      lemma: 'dire',
      tense: 'present',
      tenses: ['present', 'participle', 'passe-simple'],
    });
  });

  it('links a base verb form to its pronominal reporting lemma', () => {
    expect(REPORTING_VERB_FORMS.get('dit')?.pronominalLemma).toBe('se dire');
    expect(REPORTING_VERB_FORMS.get('demandé')?.pronominalLemma).toBe('se demander');
    expect(REPORTING_VERB_FORMS.get('exclame')?.pronominal).toBe(true);
    expect(REPORTING_VERB_FORMS.get('déclare')?.pronominal).toBeUndefined();
  });

  it('marks forms that are also common non-verb words as ambiguous', () => {
    for (const form of ['note', 'relève', 'lance', 'juge', 'tonne', 'prévenu', 'accusé', 'communiqué', 'critique']) {
      expect(REPORTING_VERB_FORMS.get(form)?.ambiguous, form).toBe(true);
    }
    for (const form of ['déclaré', 'affirme', 'dit', 'souligne', 'a-t-il']) {
      expect(REPORTING_VERB_FORMS.get(form)?.ambiguous, form).toBeUndefined();
    }
  });

  it('marks lemmas with a frequent non-reporting sense as polysemous', () => {
    expect(REPORTING_VERB_FORMS.get('lancé')?.polysemous).toBe(true);
    expect(REPORTING_VERB_FORMS.get('poursuit')?.polysemous).toBe(true);
    expect(REPORTING_VERB_FORMS.get('déclaré')?.polysemous).toBeUndefined();
  });

  it('does not contain words that are not reporting-verb forms', () => {
    for (const w of ['selon', 'appel', 'rapport', 'le', 'que', 'fait', 'mis', 'met']) {
      expect(REPORTING_VERB_FORMS.has(w), w).toBe(false);
    }
  });

  it('keys are lower-case NFC with straight apostrophes and no stray whitespace', () => {
    for (const key of REPORTING_VERB_FORMS.keys()) {
      expect(key).toBe(key.normalize('NFC').toLowerCase());
      expect(key).not.toMatch(/[\u2019\u2018]/);
      expect(key).toBe(key.trim());
      expect(key).not.toMatch(/\s{2}/);
    }
  });

  it('every value has a tense among its tenses and a known lemma', () => {
    const lemmas = new Set(REPORTING_LEMMAS.map((l) => l.lemma));
    for (const [key, v] of REPORTING_VERB_FORMS) {
      expect(v.tenses[0], key).toBe(v.tense);
      expect(lemmas.has(v.lemma), key).toBe(true);
      if (v.pronominalLemma !== undefined) expect(lemmas.has(v.pronominalLemma), key).toBe(true);
      for (const alt of v.alternatives ?? []) expect(lemmas.has(alt), key).toBe(true);
    }
  });
});

describe('REPORTING_LEMMAS', () => {
  it('has at least 120 unique lemmas, matching the JSON source', () => {
    expect(REPORTING_LEMMAS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(REPORTING_LEMMAS.map((l) => l.lemma)).size).toBe(REPORTING_LEMMAS.length);
    expect(REPORTING_LEMMAS.map((l) => l.lemma)).toEqual(data.verbs.map((v) => v.lemma));
  });

  it('includes the core news reporting verbs', () => {
    const lemmas = new Set(REPORTING_LEMMAS.map((l) => l.lemma));
    for (const l of [
      'dire', 'déclarer', 'affirmer', 'indiquer', 'souligner', 'estimer', 'assurer', 'ajouter', 'expliquer',
      'préciser', 'annoncer', 'démentir', 'nier', 'reconnaître', 'avertir', 'accuser', 'confirmer', 'marteler',
      "s'exclamer", 'se dire', 'faire valoir', 'mettre en garde',
    ]) {
      expect(lemmas.has(l), l).toBe(true);
    }
  });

  it('every lemma has a participle form and an infinitive', () => {
    const participles = new Map<string, number>();
    const infinitives = new Set<string>();
    for (const v of REPORTING_VERB_FORMS.values()) {
      for (const lemma of [v.lemma, ...(v.pronominalLemma ? [v.pronominalLemma] : []), ...(v.alternatives ?? [])]) {
        if (v.tenses.includes('participle')) participles.set(lemma, (participles.get(lemma) ?? 0) + 1);
        if (v.tenses.includes('infinitive')) infinitives.add(lemma);
      }
    }
    for (const l of REPORTING_LEMMAS) {
      expect(participles.get(l.lemma) ?? 0, l.lemma).toBeGreaterThan(0);
      expect(infinitives.has(l.lemma), l.lemma).toBe(true);
    }
  });

  it('describes pronominal and multi-word lemmas consistently', () => {
    for (const l of REPORTING_LEMMAS) {
      if (l.pronominal) expect(l.lemma, l.lemma).toMatch(/^(se |s')/);
      // A tail is written as tokens: an elided article stands alone ("promouvoir l'idée", tail "l' idée").
      if (l.tail !== undefined) expect(l.lemma).toBe(`${l.verb} ${l.tail}`.replace("' ", "'"));
      else if (!l.pronominal) expect(l.verb).toBe(l.lemma);
    }
  });
});

describe('AUXILIARY_FORMS', () => {
  it('holds the third-person auxiliaries of compound tenses', () => {
    for (const a of [
      'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'eut', 'aura', 'auront',
      'est', 'sont', 'était', 'étaient', 'serait', 'seraient', 'sera', 'seront', 'ayant', 'étant',
    ]) {
      expect(AUXILIARY_FORMS.has(a), a).toBe(true);
    }
    expect(AUXILIARY_FORMS.get('aurait')).toEqual({ aux: 'avoir', tenses: ['conditionnel'] });
    expect(AUXILIARY_FORMS.get('est')?.aux).toBe('être');
  });

  it('auxiliaries are not in the forms map', () => {
    for (const a of AUXILIARY_FORMS.keys()) expect(REPORTING_VERB_FORMS.has(a), a).toBe(false);
  });
});
