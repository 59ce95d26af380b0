/**
 * The practice directory shows each facet's values in alphabetical order of
 * their labels. That order is sorted at build time (data.ts), so that the page
 * builds no collator while it hydrates; the page only follows it.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {inLabelOrder, loadDirectoryData} from '../../../src/plugins/practice-directory/data';
import {sortFacetValues, type DirectoryData} from '../../../src/plugins/practice-directory/types';

const siteDir = path.resolve(__dirname, '../../..');

describe("the directory's facet order", () => {
  it('puts accented labels where a French reader looks for them, not after Z', () => {
    const labels = inLabelOrder(
      [
        ['z', 'Zonage'],
        ['e', 'Éthique'],
        ['d', 'Dossiers'],
        ['f', 'Formation'],
      ],
      'fr',
    );
    expect(Object.values(labels)).toEqual(['Dossiers', 'Éthique', 'Formation', 'Zonage']);
  });

  it('refuses a code made only of digits (JavaScript would move it first), with a message that says what to change', () => {
    expect(() => inLabelOrder([['b', 'Bêta'], ['2010', 'Année']], 'fr')).toThrow(/2010.*chiffres.*lettre.*data\/.*reseaux\.csv/);
  });

  it("the site's facets, in both languages, come in the order of their labels", async () => {
    for (const locale of ['fr', 'en'] as const) {
      const data = await loadDirectoryData(siteDir, locale);
      const collator = new Intl.Collator(locale);
      for (const attribute of ['network', 'themes', 'channels', 'agencies'] as const) {
        const names = Object.values(data.labels[attribute]);
        expect(names.length, `${locale} ${attribute}`).toBeGreaterThan(1);
        expect(names, `${locale} ${attribute}`).toEqual([...names].sort(collator.compare));
      }
    }
  });

  it('sorts the values the search answers with in that order, years newest first, an unknown value last', () => {
    const themes = inLabelOrder(
      [
        ['f', 'Formation'],
        ['e', 'Éthique'],
        ['d', 'Dossiers'],
      ],
      'fr',
    );
    const data: DirectoryData = {locale: 'fr', labels: {network: {}, themes, channels: {}, agencies: {}}, records: []};
    const items = [{value: 'inconnu'}, {value: 'f'}, {value: 'e'}, {value: 'd'}];
    expect(sortFacetValues(items, 'themes', data).map((i) => i.value)).toEqual(['d', 'e', 'f', 'inconnu']);
    expect(sortFacetValues([{value: '2009'}, {value: '2012'}, {value: '2010'}], 'year', data).map((i) => i.value)).toEqual(['2012', '2010', '2009']);
  });
});

