import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

describe('work-title', () => {
  it.each([
    ['Le succès de l’été s’appelle Une nuit à Lorient. Il sort en juin.', 'Lorient'],
    ['Le documentaire Les Enfants de Mossoul, de Rana Haddad, a été primé.', 'Mossoul'],
  ])('a title ending on a place holds no place: %s', (input, place) => {
    expect(extractEntities(input).some((e) => e.text === place)).toBe(false);
  });
  it('the same title again holds no place either, a place alone stays one', () => {
    const text = 'Le roman Les Soirs de Quimper (Stock) a gagné. Les Soirs de Quimper suit trois sœurs. L’autrice vit à Quimper.';
    const places = extractEntities(text).filter((e) => e.text === 'Quimper');
    expect(places.map((e) => e.start)).toEqual([text.lastIndexOf('Quimper')]);
    expect(places[0]?.type).toBe('LOCATION');
  });
  it('a film shot in a place is no title', () => {
    expect(extractEntities('Le film a été tourné à Lorient.').find((e) => e.text === 'Lorient')?.type).toBe('LOCATION');
  });
});
