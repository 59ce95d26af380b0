/**
 * The directory once the reader uses it: react-instantsearch over the local
 * client (this route's JSON index) or Algolia (algoliasearch/lite) when
 * customFields.algolia is set. A chunk of its own, loaded by ./DirectoryPage.tsx
 * on the first use of the form (or at once when the URL carries a search), so
 * that opening the page costs neither InstantSearch's code nor its renders.
 */
import React, {useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  Configure,
  InstantSearch,
  useClearRefinements,
  useCurrentRefinements,
  useHits,
  useInstantSearch,
  useRefinementList,
  useSearchBox,
  type InstantSearchProps,
} from 'react-instantsearch';
import {createLocalSearchClient} from './localClient';
import {createRouting, routeToSearch, routeToState, type DirectoryRoute} from './routing';
import {FACET_ORDER, FacetFieldset, PracticeCard, QueryLabel, ResultsHeader, SubmitButton, facetLegend, formLabel, labelOf} from './parts';
import type {AlgoliaSettings, DirectoryData, FacetAttribute, PracticeRecord} from './types';
import styles from './styles.module.css';

export type SearchClient = InstantSearchProps['searchClient'];

const LOCAL_INDEX = 'pratiques';

/** The control that had the focus in the static form, to give it back in this one. */
export type FocusTarget =
  | {kind: 'query'; start: number; end: number}
  | {kind: 'facet'; attribute: string; value: string}
  | {kind: 'submit'}
  | {kind: 'results'};

/** What the static directory hands over when this one takes its place. */
export interface TakeOver {
  /** The static form's state, or null to keep the engine's (read from the address). */
  route: DirectoryRoute | null;
  focus: FocusTarget | null;
}

/** The static directory's side of the handover: its state now, and the switch. */
export interface TakeOverApi {
  read(): TakeOver;
  reveal(): void;
}

function SearchField(): React.ReactNode {
  const {query, refine} = useSearchBox();
  const [value, setValue] = useState(query);
  useEffect(() => setValue(query), [query]);
  return (
    <div className={styles.searchField}>
      <QueryLabel />
      <input
        id="directory-query"
        type="search"
        className={styles.searchInput}
        value={value}
        autoComplete="off"
        aria-controls="directory-results"
        onChange={(e) => {
          setValue(e.target.value);
          refine(e.target.value);
        }}
      />
    </div>
  );
}

function Facet({attribute, data}: {attribute: FacetAttribute; data: DirectoryData}): React.ReactNode {
  const {items, refine} = useRefinementList({attribute, limit: 200, operator: 'or'});
  return <FacetFieldset attribute={attribute} data={data} items={items} idPrefix={useId()} onToggle={refine} />;
}

function ActiveFilters({data}: {data: DirectoryData}): React.ReactNode {
  const {items, refine} = useCurrentRefinements();
  const clear = useClearRefinements({excludedAttributes: []});
  const refinements = items.flatMap((group) => group.refinements.map((r) => ({group, r})));
  return (
    <div className={styles.active}>
      {refinements.length > 0 && (
        <ul className={styles.chips} aria-label={translate({id: 'directory.active.label', message: 'Filtres appliqués'})}>
          {refinements.map(({group, r}) => {
            const attribute = group.attribute as FacetAttribute;
            const text = r.type === 'query' ? `« ${r.label} »` : `${facetLegend(attribute)} : ${labelOf(data, attribute, String(r.value))}`;
            return (
              <li key={`${group.attribute}:${r.value}`}>
                <button type="button" className={styles.chip} onClick={() => refine(r)}>
                  <span className="visually-hidden">{translate({id: 'directory.active.remove', message: 'Retirer le filtre'})} </span>
                  {text} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className={`button button--outline button--primary button--sm ${styles.clear}`} disabled={!clear.canRefine} onClick={() => clear.refine()}>
        <Translate id="directory.clear">Effacer la recherche et les filtres</Translate>
      </button>
    </div>
  );
}

function Results({data}: {data: DirectoryData}): React.ReactNode {
  const {items} = useHits<PracticeRecord>();
  const {results, status} = useInstantSearch();
  // InstantSearch renders once with placeholder results before the first answer.
  const ready = Boolean(results) && !(results as unknown as {__isArtificial?: boolean}).__isArtificial;
  return (
    <section aria-labelledby="directory-results-title" className={styles.results}>
      <ResultsHeader count={ready ? (results?.nbHits ?? 0) : null} />
      {status === 'error' && (
        <p className={styles.empty}>
          <Translate id="directory.results.error">La recherche est momentanément indisponible.</Translate>
        </p>
      )}
      <ul id="directory-results" className={styles.hits} data-testid="directory-hits">
        {items.map((hit) => (
          <PracticeCard key={hit.objectID} hit={hit} data={data} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The handover, out of sight: the static form's state (read again at every
 * answer, since the reader may still be typing) is applied until an answer
 * matches it; then this directory is shown in place of the static one, and in
 * that same step the focus goes back to the control the reader was on.
 */
function TakeOverOnce({takeOver, visible, indexName}: {takeOver: TakeOverApi; visible: boolean; indexName: string}): React.ReactNode {
  const {results, setUiState} = useInstantSearch();
  const ready = Boolean(results) && !(results as unknown as {__isArtificial?: boolean}).__isArtificial;
  const applied = useRef<string | null>(null);
  const focus = useRef<FocusTarget | null>(null);
  useEffect(() => {
    if (!ready || visible) return;
    const handover = takeOver.read();
    const key = handover.route ? routeToSearch(handover.route) : null;
    if (key !== null && key !== applied.current) {
      applied.current = key;
      setUiState(routeToState(handover.route!, indexName));
      return; // shown once an answer to this state is in
    }
    focus.current = handover.focus;
    takeOver.reveal();
  }, [ready, results, visible, takeOver, setUiState, indexName]);
  useLayoutEffect(() => {
    if (visible && focus.current) refocus(focus.current);
  }, [visible]);
  return null;
}

/** Gives the focus back to the control the reader was on in the static form. */
function refocus(target: FocusTarget): void {
  const form = document.querySelector<HTMLFormElement>('[data-testid="directory"] form[role="search"]');
  let el: HTMLElement | null = null;
  if (target.kind === 'results') el = document.getElementById('directory-results-title');
  else if (target.kind === 'query') {
    const input = form?.querySelector<HTMLInputElement>('#directory-query') ?? null;
    input?.focus();
    input?.setSelectionRange(Math.min(target.start, input.value.length), Math.min(target.end, input.value.length));
    return;
  } else if (target.kind === 'facet') {
    el = form?.querySelector<HTMLInputElement>(`fieldset[data-facet="${CSS.escape(target.attribute)}"] input[value="${CSS.escape(target.value)}"]`) ?? null;
  } else el = form?.querySelector<HTMLButtonElement>('button[type="submit"]') ?? null;
  el?.focus();
}

/** The search client: the local one over this route's index, or Algolia's (loaded with this chunk's caller). */
export function localClient(data: DirectoryData): SearchClient {
  return createLocalSearchClient(data) as unknown as SearchClient;
}

export default function InteractiveDirectory({
  data,
  algolia,
  client,
  takeOver,
  visible,
}: {
  data: DirectoryData;
  algolia: AlgoliaSettings | null;
  client: SearchClient;
  takeOver: TakeOverApi;
  visible: boolean;
}): React.ReactNode {
  const showResults = (e: FormEvent) => {
    e.preventDefault();
    document.getElementById('directory-results-title')?.focus();
  };
  const indexName = algolia?.indexName ?? LOCAL_INDEX;
  const routing = useMemo(() => createRouting(indexName), [indexName]);
  return (
    <InstantSearch
      searchClient={client}
      indexName={indexName}
      routing={routing as unknown as InstantSearchProps['routing']}
      future={{preserveSharedStateOnUnmount: true}}>
      <Configure hitsPerPage={200} {...(algolia ? {filters: `kind:practice AND lang:${data.locale}`} : {})} />
      <div className={styles.layout} data-testid="directory" data-engine="instantsearch">
        <div className={styles.filters}>
          <form role="search" onSubmit={showResults} aria-label={formLabel()}>
            <SearchField />
            {FACET_ORDER.map((attribute) => (
              <Facet key={attribute} attribute={attribute} data={data} />
            ))}
            <SubmitButton />
          </form>
        </div>
        <div className={styles.main}>
          <ActiveFilters data={data} />
          <Results data={data} />
          <TakeOverOnce takeOver={takeOver} visible={visible} indexName={indexName} />
        </div>
      </div>
    </InstantSearch>
  );
}
