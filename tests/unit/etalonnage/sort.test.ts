import {describe, expect, it} from 'vitest';
import {parseSort, sortParam, sortRows} from '../../../src/plugins/etalonnage/components/sort';

const rows = [
  {id: 'a', sort: {valeur: 12, organisme: 'Régie des rentes du Québec'}},
  {id: 'b', sort: {valeur: null, organisme: 'Commission des normes du travail'}},
  {id: 'c', sort: {valeur: 30, organisme: 'Élections'}},
  {id: 'd', sort: {valeur: 12, organisme: 'Société de l’assurance automobile'}},
];

describe('table sort', () => {
  it('sorts numbers both ways and keeps missing values at the bottom', () => {
    expect(sortRows(rows, {key: 'valeur', dir: 'desc'}, 'fr').map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, {key: 'valeur', dir: 'asc'}, 'fr').map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('keeps ties in their original order (stable)', () => {
    expect(sortRows(rows, {key: 'valeur', dir: 'desc'}, 'fr').filter((r) => r.sort.valeur === 12).map((r) => r.id)).toEqual(['a', 'd']);
  });

  it('sorts names in the page locale (É with E)', () => {
    expect(sortRows(rows, {key: 'organisme', dir: 'asc'}, 'fr').map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('reads and writes the ?tri= parameter', () => {
    const keys = ['valeur', 'ecart-mediane'];
    expect(parseSort('ecart-mediane-asc', keys)).toEqual({key: 'ecart-mediane', dir: 'asc'});
    expect(parseSort('valeur-desc', keys)).toEqual({key: 'valeur', dir: 'desc'});
    expect(parseSort('valeur-up', keys)).toBeNull();
    expect(parseSort('inconnu-asc', keys)).toBeNull();
    expect(parseSort(null, keys)).toBeNull();
    expect(sortParam({key: 'ecart-mediane', dir: 'desc'})).toBe('ecart-mediane-desc');
  });
});
