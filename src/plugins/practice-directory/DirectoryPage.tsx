/**
 * /meilleures-pratiques: the faceted directory of practice sheets (react-instantsearch).
 * Local client over this route's JSON index by default; Algolia (algoliasearch/lite)
 * when customFields.algolia is set. Before hydration and without JavaScript, the
 * page lists every sheet.
 */
import React, {useEffect, useId, useMemo, useState, type FormEvent} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import BrowserOnly from '@docusaurus/BrowserOnly';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
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
import {createRouting} from './routing';
import type {AlgoliaSettings, DirectoryData, FacetAttribute, PracticeRecord} from './types';
import styles from './styles.module.css';

type SearchClient = InstantSearchProps['searchClient'];

const LOCAL_INDEX = 'pratiques';

function facetLegend(attribute: FacetAttribute): string {
  switch (attribute) {
    case 'network':
      return translate({id: 'directory.facet.network', message: 'Réseau ou groupe de travail'});
    case 'themes':
      return translate({id: 'directory.facet.themes', message: 'Thème'});
    case 'channels':
      return translate({id: 'directory.facet.channels', message: 'Mode de prestation'});
    case 'agencies':
      return translate({id: 'directory.facet.agencies', message: 'Organisme'});
    case 'year':
      return translate({id: 'directory.facet.year', message: 'Année'});
  }
}

function countLabel(n: number): string {
  return n === 1
    ? translate({id: 'directory.count.one', message: '1 fiche'})
    : translate({id: 'directory.count.many', message: '{n} fiches'}, {n: String(n)});
}

function labelOf(data: DirectoryData, attribute: FacetAttribute, value: string): string {
  return attribute === 'year' ? value : (data.labels[attribute][value] ?? value);
}

function PracticeCard({hit, data}: {hit: PracticeRecord; data: DirectoryData}): React.ReactNode {
  const lang = hit.textLang !== data.locale ? hit.textLang : undefined;
  return (
    <li className={styles.hit}>
      <h3 className={styles.hitTitle} lang={lang}>
        <Link to={hit.permalink}>{hit.title}</Link>
      </h3>
      <p className={styles.hitMeta}>
        {hit.outsideBody
          ? translate({id: 'directory.hit.outside', message: 'Pratique externe : {body}'}, {body: hit.outsideBody})
          : labelOf(data, 'network', hit.network)}{' '}
        · {hit.year} · {hit.channels.map((c) => labelOf(data, 'channels', c)).join(', ')}
      </p>
      <p className={styles.hitDescription} lang={lang}>
        {hit.description}
      </p>
    </li>
  );
}

/** Without JavaScript (and before hydration): every sheet, newest first. */
function StaticList({data}: {data: DirectoryData}): React.ReactNode {
  return (
    <section aria-labelledby="directory-all-title">
      <h2 id="directory-all-title" className={styles.resultsTitle}>
        <Translate id="directory.results.title">Fiches</Translate>
      </h2>
      <ul className={styles.hits}>
        {data.records.map((r) => (
          <PracticeCard key={r.objectID} hit={r} data={data} />
        ))}
      </ul>
    </section>
  );
}

function SearchField(): React.ReactNode {
  const {query, refine} = useSearchBox();
  const [value, setValue] = useState(query);
  useEffect(() => setValue(query), [query]);
  return (
    <div className={styles.searchField}>
      <label htmlFor="directory-query" className={styles.searchLabel}>
        <Translate id="directory.query.label">Rechercher une pratique</Translate>
      </label>
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
  const id = useId();
  const sorted = useMemo(
    () =>
      [...items].sort((a, b) =>
        attribute === 'year'
          ? Number(b.value) - Number(a.value)
          : labelOf(data, attribute, a.value).localeCompare(labelOf(data, attribute, b.value), data.locale),
      ),
    [items, attribute, data],
  );
  return (
    <fieldset className={styles.facet} data-facet={attribute}>
      <legend className={styles.legend}>{facetLegend(attribute)}</legend>
      {sorted.length === 0 ? (
        <p className={styles.empty}>
          <Translate id="directory.facet.none">Aucune valeur pour ces critères.</Translate>
        </p>
      ) : (
        <ul className={styles.facetList}>
          {sorted.map((item) => {
            const inputId = `${id}-${item.value}`;
            return (
              <li key={item.value}>
                <input type="checkbox" id={inputId} value={item.value} checked={item.isRefined} onChange={() => refine(item.value)} />
                <label htmlFor={inputId}>
                  {labelOf(data, attribute, item.value)}{' '}
                  <span className={styles.count}>
                    <span aria-hidden="true">{item.count}</span>
                    <span className="visually-hidden">({countLabel(item.count)})</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
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
  const n = results?.nbHits ?? 0;
  // InstantSearch renders once with placeholder results before the first answer.
  const ready = Boolean(results) && !(results as unknown as {__isArtificial?: boolean}).__isArtificial;
  return (
    <section aria-labelledby="directory-results-title" className={styles.results}>
      <h2 id="directory-results-title" className={styles.resultsTitle} tabIndex={-1}>
        <Translate id="directory.results.title">Fiches</Translate>
      </h2>
      <p role="status" aria-live="polite" className={styles.status} data-testid="directory-count">
        {ready &&
          (n === 0
            ? translate({id: 'directory.results.none', message: 'Aucune fiche ne correspond à ces critères.'})
            : n === 1
              ? translate({id: 'directory.results.one', message: '1 fiche correspond à ces critères.'})
              : translate({id: 'directory.results.many', message: '{n} fiches correspondent à ces critères.'}, {n: String(n)}))}
      </p>
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

const FACET_ORDER: FacetAttribute[] = ['network', 'themes', 'channels', 'agencies', 'year'];

function Directory({data, algolia}: {data: DirectoryData; algolia: AlgoliaSettings | null}): React.ReactNode {
  const [client, setClient] = useState<SearchClient | null>(() =>
    algolia ? null : (createLocalSearchClient(data) as unknown as SearchClient),
  );
  useEffect(() => {
    if (!algolia) return;
    let cancelled = false;
    void import('algoliasearch/lite').then(({liteClient}) => {
      if (!cancelled) setClient(liteClient(algolia.appId, algolia.apiKey) as unknown as SearchClient);
    });
    return () => {
      cancelled = true;
    };
  }, [algolia]);
  const showResults = (e: FormEvent) => {
    e.preventDefault();
    document.getElementById('directory-results-title')?.focus();
  };
  const indexName = algolia?.indexName ?? LOCAL_INDEX;
  const routing = useMemo(() => createRouting(indexName), [indexName]);
  if (!client) return <StaticList data={data} />;
  return (
    <InstantSearch
      searchClient={client}
      indexName={indexName}
      routing={routing as unknown as InstantSearchProps['routing']}
      future={{preserveSharedStateOnUnmount: true}}>
      <Configure hitsPerPage={200} {...(algolia ? {filters: `kind:practice AND lang:${data.locale}`} : {})} />
      <div className={styles.layout} data-testid="directory">
        <div className={styles.filters}>
          <form role="search" onSubmit={showResults} aria-label={translate({id: 'directory.form.label', message: 'Filtrer les fiches'})}>
            <SearchField />
            {FACET_ORDER.map((attribute) => (
              <Facet key={attribute} attribute={attribute} data={data} />
            ))}
            {/* Filters apply as they change; the button takes keyboard and screen-reader users to the results. */}
            <button type="submit" className={`button button--primary button--sm ${styles.submit}`}>
              <Translate id="directory.form.submit">Afficher les fiches</Translate>
            </button>
          </form>
        </div>
        <div className={styles.main}>
          <ActiveFilters data={data} />
          <Results data={data} />
        </div>
      </div>
    </InstantSearch>
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
        <BrowserOnly fallback={<StaticList data={data} />}>{() => <Directory data={data} algolia={algolia} />}</BrowserOnly>
      </main>
    </Layout>
  );
}
