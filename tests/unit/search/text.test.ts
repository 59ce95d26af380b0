import {describe, expect, it} from 'vitest';
import {fold, stemEn, stemFr, terms, words} from '../../../src/lib/search/text';

describe('French text processing for search', () => {
  it('folds accents, case, ligatures and typographic apostrophes', () => {
    expect(fold('Échange À L’ŒUVRE')).toBe("echange a l'oeuvre");
  });

  it('splits elisions with straight and curly apostrophes', () => {
    expect(words("l'équipement d’échange qu’un jusqu'à lorsqu'il", 'fr')).toEqual(['equipement', 'echange', 'un', 'a', 'il']);
    expect(words('L’Équipe', 'fr')).toEqual(['equipe']);
  });

  it('makes "echange" and "equipement" match their accented, elided and plural forms', () => {
    expect(terms('echange', 'fr')).toEqual(terms("l'échange", 'fr'));
    expect(terms('echange', 'fr')).toEqual(terms('échanges', 'fr'));
    expect(terms('equipement', 'fr')).toEqual(terms("l'équipement", 'fr'));
    expect(terms('equipement', 'fr')).toEqual(terms('d’équipements', 'fr'));
  });

  it('conflates inflections but keeps derived words apart', () => {
    expect(stemFr('echanger')).toBe(stemFr('echange'));
    expect(stemFr('sondages')).toBe(stemFr('sondage'));
    expect(stemFr('nationaux')).toBe(stemFr('national'));
    expect(stemFr('premiere')).toBe(stemFr('premier'));
    expect(stemFr('equipe')).not.toBe(stemFr('equipement'));
  });

  it('drops French stop words', () => {
    expect(terms('la gestion des courriels et du téléphone', 'fr')).toEqual(['gestion', 'courriel', 'telephon']);
  });
});

describe('English text processing for search', () => {
  it('stems plurals and -ing/-ed forms, drops possessives and stop words', () => {
    expect(stemEn('surveys')).toBe(stemEn('survey'));
    expect(stemEn('policies')).toBe(stemEn('policy'));
    expect(stemEn('planning')).toBe(stemEn('planned'));
    expect(terms("The Centre's reports", 'en')).toEqual(['centr', 'report']);
  });
});
