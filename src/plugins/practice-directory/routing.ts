/**
 * The directory's state in the URL, readable and shareable:
 *   /meilleures-pratiques?q=courriel&reseau=crc&mode=telephone&mode=web&annee=2006
 * Facet values are catalogue codes, so a link works in both languages.
 */
import {FACETS, type FacetAttribute} from './types';

export const URL_PARAMS: Record<FacetAttribute, string> = {
  network: 'reseau',
  themes: 'theme',
  channels: 'mode',
  agencies: 'organisme',
  year: 'annee',
};

export type DirectoryRoute = {q?: string} & Partial<Record<FacetAttribute, string[]>>;

interface IndexUiState {
  query?: string;
  refinementList?: Record<string, string[]>;
}

export function routeToSearch(route: DirectoryRoute): string {
  const params = new URLSearchParams();
  if (route.q) params.set('q', route.q);
  for (const attribute of FACETS) for (const v of route[attribute] ?? []) params.append(URL_PARAMS[attribute], v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function searchToRoute(search: string): DirectoryRoute {
  const params = new URLSearchParams(search);
  const route: DirectoryRoute = {};
  const q = params.get('q');
  if (q) route.q = q;
  for (const attribute of FACETS) {
    const values = params.getAll(URL_PARAMS[attribute]).filter(Boolean);
    if (values.length) route[attribute] = values;
  }
  return route;
}

export function stateToRoute(uiState: Record<string, IndexUiState>, indexName: string): DirectoryRoute {
  const s = uiState[indexName] ?? {};
  const route: DirectoryRoute = {};
  if (s.query) route.q = s.query;
  for (const attribute of FACETS) {
    const values = s.refinementList?.[attribute];
    if (values?.length) route[attribute] = [...values];
  }
  return route;
}

export function routeToState(route: DirectoryRoute, indexName: string): Record<string, IndexUiState> {
  const refinementList: Record<string, string[]> = {};
  for (const attribute of FACETS) if (route[attribute]?.length) refinementList[attribute] = route[attribute]!;
  return {[indexName]: {query: route.q ?? '', refinementList}};
}

/** InstantSearch routing (router + state mapping) over window.history. */
export function createRouting(indexName: string) {
  let onPop: (() => void) | null = null;
  const sameFilters = (a: DirectoryRoute, b: DirectoryRoute) => routeToSearch({...a, q: ''}) === routeToSearch({...b, q: ''});
  const router = {
    $$type: 'cego-directory',
    read(): DirectoryRoute {
      return searchToRoute(window.location.search);
    },
    write(route: DirectoryRoute) {
      const url = `${window.location.pathname}${routeToSearch(route)}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      // A new filter is a new history entry; typing the query only updates the current one.
      if (sameFilters(route, searchToRoute(window.location.search))) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
    },
    createURL(route: DirectoryRoute): string {
      return `${window.location.pathname}${routeToSearch(route)}`;
    },
    onUpdate(callback: (route: DirectoryRoute) => void) {
      onPop = () => callback(searchToRoute(window.location.search));
      window.addEventListener('popstate', onPop);
    },
    dispose() {
      if (onPop) window.removeEventListener('popstate', onPop);
      onPop = null;
    },
  };
  const stateMapping = {
    $$type: 'cego-directory',
    stateToRoute: (uiState: Record<string, IndexUiState>) => stateToRoute(uiState, indexName),
    routeToState: (route: DirectoryRoute) => routeToState(route, indexName),
  };
  return {router, stateMapping};
}
