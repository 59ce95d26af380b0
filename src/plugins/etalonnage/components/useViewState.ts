import {useEffect, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {parseSort, sortParam, type Sort} from './sort';

export type {Sort} from './sort';

/**
 * The selected period and sort, kept in the query string (?periode=2009-2010&tri=valeur-desc)
 * so a view can be shared. The server HTML and the first client render use the
 * defaults (latest period, sorted by rank), so hydration matches; the query is
 * read once the page has hydrated.
 */
export function useViewState(periods: readonly string[], defaultSort: Sort, sortKeys: readonly string[]) {
  const location = useLocation();
  const history = useHistory();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const params = new URLSearchParams(hydrated ? location.search : '');
  const latest = periods[periods.length - 1] ?? '';
  const asked = params.get('periode');
  const period = asked && periods.includes(asked) ? asked : latest;
  const sort = parseSort(params.get('tri'), sortKeys) ?? defaultSort;

  const update = (next: {periode?: string; tri?: Sort}) => {
    const p = new URLSearchParams(location.search);
    if (next.periode !== undefined) p.set('periode', next.periode);
    if (next.tri !== undefined) p.set('tri', sortParam(next.tri));
    history.replace({pathname: location.pathname, search: `?${p.toString()}`, hash: location.hash});
  };
  return {
    hydrated,
    period,
    sort,
    setPeriod: (periode: string) => update({periode}),
    setSort: (tri: Sort) => update({tri}),
  };
}
