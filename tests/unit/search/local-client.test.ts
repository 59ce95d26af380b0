import {describe, expect, it} from 'vitest';
import {createLocalSearchClient, type LocalRequest} from '../../../src/plugins/practice-directory/localClient';
import type {DirectoryData, PracticeRecord} from '../../../src/plugins/practice-directory/types';

function rec(p: Partial<PracticeRecord> & {permalink: string}): PracticeRecord {
  return {
    objectID: p.permalink,
    title: 'Titre',
    description: 'Description',
    textLang: 'fr',
    network: 'crc',
    themes: [],
    channels: [],
    agencies: [],
    year: 2010,
    status: 'publiee',
    ...p,
  };
}

const data: DirectoryData = {
  locale: 'fr',
  labels: {
    network: {crc: 'Gestion des centres de relations clientèle', satisfaction: 'Mesure de la satisfaction'},
    themes: {telephonie: 'Téléphonie', sondages: 'Sondages', qualite: 'Assurance qualité'},
    channels: {telephone: 'Téléphone', web: 'Web', courriel: 'Courriel'},
    agencies: {RRQ: 'Régie des rentes du Québec', SAAQ: "Société de l'assurance automobile du Québec"},
  },
  records: [
    rec({permalink: '/p/a', title: 'Téléphonie IP', description: "Remplacer l'équipement téléphonique", themes: ['telephonie'], channels: ['telephone'], agencies: ['RRQ'], year: 2008}),
    rec({permalink: '/p/b', title: 'Sondages en ligne', description: 'Interroger la clientèle sur le Web', network: 'satisfaction', themes: ['sondages'], channels: ['web'], year: 2006}),
    rec({permalink: '/p/c', title: 'Gestion des courriels', description: 'Répondre aux courriels', themes: ['qualite'], channels: ['courriel', 'web'], agencies: ['SAAQ', 'RRQ'], year: 2008}),
    rec({permalink: '/p/d', title: 'Sessions de calibrage', description: "Écoute d'appels en équipe", themes: ['qualite'], channels: ['telephone'], agencies: ['SAAQ'], year: 2010}),
  ],
};

const client = createLocalSearchClient(data);
const FACETS = ['network', 'themes', 'channels', 'agencies', 'year'];

async function one(params: LocalRequest['params']) {
  const {results} = await client.search([{indexName: 'pratiques', params}]);
  return results[0]!;
}

describe('local InstantSearch client of the practice directory', () => {
  it('answers an empty query with every sheet and the counts of every facet value', async () => {
    const r = await one({query: '', facets: FACETS, hitsPerPage: 20});
    expect(r.nbHits).toBe(4);
    expect(r.facets.network).toEqual({crc: 3, satisfaction: 1});
    expect(r.facets.channels).toEqual({telephone: 2, web: 2, courriel: 1});
    expect(r.facets.agencies).toEqual({RRQ: 2, SAAQ: 2});
    expect(r.facets.year).toEqual({'2008': 2, '2006': 1, '2010': 1});
  });

  it('counts facets over the hits of a two-facet filter (AND between facets, OR within one)', async () => {
    const r = await one({query: '', facets: ['*'], facetFilters: [['channels:telephone', 'channels:courriel'], ['year:2008']]});
    expect(r.hits.map((h) => h.permalink).sort()).toEqual(['/p/a', '/p/c']);
    expect(r.facets.themes).toEqual({telephonie: 1, qualite: 1});
    expect(r.facets.agencies).toEqual({RRQ: 2, SAAQ: 1});
  });

  it('answers each request of a multi-query (disjunctive faceting) in order', async () => {
    const {results} = await client.search([
      {indexName: 'pratiques', params: {facets: FACETS, facetFilters: [['network:crc'], ['themes:qualite']]}},
      {indexName: 'pratiques', params: {facets: ['network'], hitsPerPage: 0, facetFilters: [['themes:qualite']]}},
    ]);
    expect(results[0]!.nbHits).toBe(2);
    expect(results[1]!.hits).toEqual([]);
    expect(results[1]!.facets).toEqual({network: {crc: 2}});
  });

  it('matches the query without accents, with elisions, on facet labels, and as a prefix', async () => {
    expect((await one({query: 'equipement'})).hits.map((h) => h.permalink)).toEqual(['/p/a']);
    expect((await one({query: 'équipe'})).hits.map((h) => h.permalink)).toContain('/p/d');
    expect((await one({query: 'telephonie'})).hits[0]!.permalink).toBe('/p/a');
    expect((await one({query: 'satisfaction'})).hits.map((h) => h.permalink)).toEqual(['/p/b']);
    expect((await one({query: 'cour'})).hits.map((h) => h.permalink)).toEqual(['/p/c']);
    const r = await one({query: 'courriels', facets: ['year']});
    expect(r.facets).toEqual({year: {'2008': 1}});
  });

  it('pages the hits', async () => {
    const r = await one({query: '', hitsPerPage: 3, page: 1});
    expect(r.hits).toHaveLength(1);
    expect(r.nbPages).toBe(2);
    expect(r.page).toBe(1);
  });
});
