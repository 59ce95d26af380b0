/**
 * A search client for InstantSearch that answers from the practice index built
 * with the site (no service): it implements the part of Algolia's search API
 * that the directory uses — query (all words, last one as a prefix, accents and
 * French elisions folded), facetFilters (AND of ORs), facets with counts,
 * hitsPerPage and page. InstantSearch accepts any object with search(requests).
 */
import MiniSearch from 'minisearch';
import {isStopWord, stem, words} from '../../lib/search/text';
import {FACETS, facetValues, type DirectoryData, type FacetAttribute, type PracticeRecord} from './types';

export interface LocalRequest {
  indexName: string;
  params?: {
    query?: string;
    facets?: string[] | string;
    facetFilters?: FacetFilters;
    hitsPerPage?: number;
    page?: number;
    maxValuesPerFacet?: number;
    [key: string]: unknown;
  };
}

export interface LocalResponse {
  index: string;
  hits: (PracticeRecord & {__position: number})[];
  nbHits: number;
  page: number;
  nbPages: number;
  hitsPerPage: number;
  processingTimeMS: number;
  exhaustiveNbHits: true;
  exhaustiveFacetsCount: true;
  query: string;
  params: string;
  facets: Record<string, Record<string, number>>;
}

function parseFilter(filter: string): {attribute: string; value: string; negated: boolean} | null {
  const i = filter.indexOf(':');
  if (i <= 0) return null;
  let value = filter.slice(i + 1);
  let negated = false;
  if (value.startsWith('-')) {
    negated = true;
    value = value.slice(1);
  } else if (value.startsWith('\\-')) value = value.slice(1);
  return {attribute: filter.slice(0, i), value, negated};
}

type FacetFilters = (string | string[])[] | string | undefined;

function matchesFilters(record: PracticeRecord, facetFilters: FacetFilters): boolean {
  if (!facetFilters) return true;
  const groups = typeof facetFilters === 'string' ? [facetFilters] : facetFilters;
  return groups.every((group) => {
    const alternatives = Array.isArray(group) ? group : [group];
    return alternatives.some((f) => {
      const parsed = parseFilter(f);
      if (!parsed || !(FACETS as readonly string[]).includes(parsed.attribute)) return false;
      const has = facetValues(record, parsed.attribute as FacetAttribute).includes(parsed.value);
      return parsed.negated ? !has : has;
    });
  });
}

export function createLocalSearchClient(data: DirectoryData) {
  const {records, labels, locale} = data;
  const docs = records.map((r, id) => ({
    id,
    title: r.title,
    description: r.description,
    facets: [
      labels.network[r.network] ?? r.network,
      r.outsideBody ?? '',
      ...r.themes.map((t) => labels.themes[t] ?? t),
      ...r.channels.map((c) => labels.channels[c] ?? c),
      ...r.agencies.flatMap((a) => [a, labels.agencies[a] ?? '']),
      String(r.year),
    ].join(' · '),
  }));
  const ms = new MiniSearch<(typeof docs)[number]>({
    fields: ['title', 'description', 'facets'],
    tokenize: (text) => words(text, locale),
    // Untranslated sheets are French under /en/: French stop words are kept out in both.
    processTerm: (term) => (isStopWord(term, locale) ? null : stem(term, locale)),
    searchOptions: {
      boost: {title: 3, description: 1.5, facets: 1},
      prefix: (term, i, all) => i === all.length - 1,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  ms.addAll(docs);

  /** Records matching the query, best first (or in the index order for an empty query). */
  function matching(query: string): PracticeRecord[] {
    const q = query.trim();
    if (!q) return records;
    if (words(q, locale).every((w) => isStopWord(w, locale))) return records;
    return ms.search(q).map((r) => records[r.id as number]!);
  }

  function answer(request: LocalRequest): LocalResponse {
    const start = Date.now();
    const p = request.params ?? {};
    const query = p.query ?? '';
    const hitsPerPage = p.hitsPerPage ?? 20;
    const page = p.page ?? 0;
    const maxValues = p.maxValuesPerFacet ?? 100;
    const found = matching(query).filter((r) => matchesFilters(r, p.facetFilters));
    const wanted = p.facets === undefined ? [] : Array.isArray(p.facets) ? p.facets : [p.facets];
    const attributes = (wanted.includes('*') ? [...FACETS] : wanted).filter((a): a is FacetAttribute =>
      (FACETS as readonly string[]).includes(a),
    );
    const facets: Record<string, Record<string, number>> = {};
    for (const attribute of attributes) {
      const counts: Record<string, number> = {};
      for (const r of found) for (const v of facetValues(r, attribute)) counts[v] = (counts[v] ?? 0) + 1;
      facets[attribute] = Object.fromEntries(
        Object.entries(counts)
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, maxValues),
      );
    }
    const hits = found.slice(page * hitsPerPage, (page + 1) * hitsPerPage).map((r, i) => ({...r, __position: page * hitsPerPage + i + 1}));
    return {
      index: request.indexName,
      hits,
      nbHits: found.length,
      page,
      nbPages: hitsPerPage > 0 ? Math.ceil(found.length / hitsPerPage) : 0,
      hitsPerPage,
      processingTimeMS: Date.now() - start,
      exhaustiveNbHits: true,
      exhaustiveFacetsCount: true,
      query,
      params: new URLSearchParams(
        Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
      ).toString(),
      facets,
    };
  }

  return {
    /** Algolia's multi-query contract: one result per request, in order. */
    search(requests: readonly LocalRequest[]): Promise<{results: LocalResponse[]}> {
      return Promise.resolve({results: requests.map(answer)});
    },
    /** Not used by the directory (facet lists are short); answers with no values. */
    searchForFacetValues(): Promise<{facetHits: never[]}[]> {
      return Promise.resolve([{facetHits: []}]);
    },
    clearCache(): Promise<void> {
      return Promise.resolve();
    },
  };
}

export type LocalSearchClient = ReturnType<typeof createLocalSearchClient>;
