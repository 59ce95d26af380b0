/**
 * /meilleures-pratiques: the faceted directory of practice sheets.
 *
 * The page opens as plain HTML that the server wrote: the search field, every
 * facet with its counts, and every sheet, newest first (the same with or
 * without JavaScript). The search engine (react-instantsearch, ./InteractiveDirectory.tsx,
 * a chunk of its own) loads only when the reader first uses the form, or at
 * once when the address carries a search (a shared link). It starts out of
 * sight and, at its first answer, takes over in one step with what the reader
 * had typed or ticked meanwhile, giving the focus back to the same control. Opening the page thus costs neither InstantSearch's code nor its
 * renders (measured: `npm run bench -- load`, `npm run audit:lighthouse`).
 * Local client over this route's JSON index by default; Algolia
 * (algoliasearch/lite) when customFields.algolia is set.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import {FACET_ORDER, FacetFieldset, type FacetItem, PracticeCard, QueryLabel, ResultsHeader, SubmitButton, formLabel} from './parts';
import {searchToRoute, type DirectoryRoute} from './routing';
import {FACETS, facetValues, type AlgoliaSettings, type DirectoryData, type FacetAttribute} from './types';
import type InteractiveDirectoryType from './InteractiveDirectory';
import type {FocusTarget, SearchClient, TakeOverApi} from './InteractiveDirectory';
import styles from './styles.module.css';

/** Every value of a facet over all the sheets, with its count (what InstantSearch shows before any filter). */
function staticFacet(data: DirectoryData, attribute: FacetAttribute): FacetItem[] {
  const counts = new Map<string, number>();
  for (const r of data.records) for (const v of facetValues(r, attribute)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({value, count, isRefined: false}));
}

/**
 * The form's state as a directory route: what the reader typed and ticked. The
 * fields bear the address's parameter names, so the form reads like the address.
 */
function readForm(form: HTMLFormElement): DirectoryRoute {
  // URLSearchParams takes a FormData of text fields as it is (the DOM typings here lack that overload).
  return searchToRoute(`?${new URLSearchParams(new FormData(form) as unknown as string[][]).toString()}`);
}

/** Where the focus is in the static directory, to give it back once the engine has taken over. */
function focusIn(form: HTMLFormElement): FocusTarget | null {
  const el = document.activeElement;
  if (el instanceof HTMLElement && el.id === 'directory-results-title') return {kind: 'results'};
  if (!(el instanceof HTMLElement) || !form.contains(el)) return null;
  if (el instanceof HTMLInputElement && el.id === 'directory-query') return {kind: 'query', start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length};
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return {kind: 'facet', attribute: el.closest('fieldset')?.dataset.facet ?? '', value: el.value};
  return {kind: 'submit'};
}

/** The directory as the server renders it, and as it stays until the form is first used. */
function StaticDirectory({
  data,
  formRef,
  onUse,
  onIntent,
}: {
  data: DirectoryData;
  formRef: React.RefObject<HTMLFormElement | null>;
  onUse: () => void;
  onIntent: () => void;
}): React.ReactNode {
  const idPrefix = useId();
  const showResults = (e: FormEvent) => {
    e.preventDefault();
    document.getElementById('directory-results-title')?.focus();
  };
  return (
    <div className={styles.layout} data-testid="directory" data-engine="static">
      <div className={styles.filters}>
        <form ref={formRef} role="search" onSubmit={showResults} onChange={onUse} onInput={onUse} onFocus={onIntent} onPointerEnter={onIntent} aria-label={formLabel()}>
          <div className={styles.searchField}>
            <QueryLabel />
            <input id="directory-query" name="q" type="search" className={styles.searchInput} defaultValue="" autoComplete="off" aria-controls="directory-results" />
          </div>
          {FACET_ORDER.map((attribute) => (
            <FacetFieldset key={attribute} attribute={attribute} data={data} items={staticFacet(data, attribute)} idPrefix={`${idPrefix}-${attribute}`} />
          ))}
          <SubmitButton />
        </form>
      </div>
      <div className={styles.main}>
        <div className={styles.active}>
          <button type="button" className={`button button--outline button--primary button--sm ${styles.clear}`} disabled>
            <Translate id="directory.clear">Effacer la recherche et les filtres</Translate>
          </button>
        </div>
        <section aria-labelledby="directory-results-title" className={styles.results}>
          <ResultsHeader count={data.records.length} />
          <ul id="directory-results" className={styles.hits} data-testid="directory-hits">
            {data.records.map((r) => (
              <PracticeCard key={r.objectID} hit={r} data={data} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

interface Loaded {
  Interactive: typeof InteractiveDirectoryType;
  client: SearchClient;
  /** A shared link: the engine starts from the address, not from the (untouched) static form. */
  fromAddress: boolean;
}

function Directory({data, algolia}: {data: DirectoryData; algolia: AlgoliaSettings | null}): React.ReactNode {
  const formRef = useRef<HTMLFormElement | null>(null);
  const loading = useRef<Promise<[typeof import('./InteractiveDirectory'), SearchClient]> | null>(null);
  const used = useRef(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [ready, setReady] = useState(false);

  /** Starts loading the search engine (on intent: focus or pointer over the form). */
  const load = useCallback(() => {
    loading.current ??= Promise.all([
      import('./InteractiveDirectory'),
      algolia ? import('algoliasearch/lite').then(({liteClient}) => liteClient(algolia.appId, algolia.apiKey) as unknown as SearchClient) : null,
    ]).then(([m, remote]) => [m, remote ?? m.localClient(data)] as [typeof import('./InteractiveDirectory'), SearchClient]);
    return loading.current;
  }, [algolia, data]);

  /** First use of the form, or a shared link: the engine starts, hidden, beside the static directory. */
  const use = useCallback(
    (fromAddress = false) => {
      if (used.current) return;
      used.current = true;
      load()
        .then(([m, client]) => setLoaded({Interactive: m.default, client, fromAddress}))
        .catch(() => {
          // The engine did not load (network): the page stays as it is, and the next use tries again.
          used.current = false;
          loading.current = null;
        });
    },
    [load],
  );

  /** The handover (InteractiveDirectory's TakeOverOnce): the static form's state and focus now, then the switch. */
  const takeOver = useMemo<TakeOverApi>(
    () => ({
      read() {
        const form = formRef.current;
        return {route: form && !loaded?.fromAddress ? readForm(form) : null, focus: form ? focusIn(form) : null};
      },
      reveal: () => setReady(true),
    }),
    [loaded],
  );

  // A shared link (a search in the address): the engine takes over at once.
  useEffect(() => {
    const route = searchToRoute(window.location.search);
    if (route.q || FACETS.some((a) => route[a]?.length)) use(true);
  }, [use]);

  return (
    <>
      {!ready && <StaticDirectory data={data} formRef={formRef} onUse={() => use()} onIntent={() => void load()} />}
      {loaded && (
        // Until its first answer the engine renders out of sight (InstantSearch draws nothing before it
        // starts): the static directory stays in place, so nothing the reader types is lost.
        <div hidden={!ready}>
          <loaded.Interactive data={data} algolia={algolia} client={loaded.client} takeOver={takeOver} visible={ready} />
        </div>
      )}
    </>
  );
}

export default function DirectoryPage({data}: {data: DirectoryData}): React.ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const algolia = (siteConfig.customFields?.algolia as AlgoliaSettings | null | undefined) ?? null;
  const title = translate({id: 'directory.title', message: 'Meilleures pratiques'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'directory.description',
        message: 'Répertoire des fiches de meilleures pratiques du Centre : recherche par réseau, thème, mode de prestation, organisme et année.',
      })}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.intro}>
          <Translate
            id="directory.intro"
            values={{
              byNetwork: (
                <Link to="/meilleures-pratiques/par-reseau">
                  <Translate id="directory.intro.byNetwork">par réseau d'échange</Translate>
                </Link>
              ),
            }}>
            {'Trouvez une pratique par mots clés ou en combinant les filtres ; l\'adresse de la page garde vos choix, pour la partager. Les fiches sont aussi présentées {byNetwork}, avec la façon de les lire.'}
          </Translate>
        </p>
        <Directory data={data} algolia={algolia} />
      </main>
    </Layout>
  );
}
