/**
 * What the directory's two renderings share: the static one (server, first
 * paint, and until the reader uses the filters) and the interactive one
 * (InstantSearch, ./InteractiveDirectory.tsx, loaded on first use). Both draw
 * the same form, facets and cards from these pieces, so the page does not
 * change when one takes over from the other.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {URL_PARAMS} from './routing';
import {sortFacetValues, type DirectoryData, type FacetAttribute, type PracticeRecord} from './types';
import styles from './styles.module.css';

export const FACET_ORDER: FacetAttribute[] = ['network', 'themes', 'channels', 'agencies', 'year'];

export function facetLegend(attribute: FacetAttribute): string {
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

export function countLabel(n: number): string {
  return n === 1
    ? translate({id: 'directory.count.one', message: '1 fiche'})
    : translate({id: 'directory.count.many', message: '{n} fiches'}, {n: String(n)});
}

export function labelOf(data: DirectoryData, attribute: FacetAttribute, value: string): string {
  return attribute === 'year' ? value : (data.labels[attribute][value] ?? value);
}

export function PracticeCard({hit, data}: {hit: PracticeRecord; data: DirectoryData}): React.ReactNode {
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

export interface FacetItem {
  value: string;
  count: number;
  isRefined: boolean;
}

/** One facet: a fieldset of checkboxes with their counts (read by screen readers too). */
export function FacetFieldset({
  attribute,
  data,
  items,
  idPrefix,
  onToggle,
}: {
  attribute: FacetAttribute;
  data: DirectoryData;
  items: readonly FacetItem[];
  idPrefix: string;
  /** Absent in the static rendering: the checkbox keeps its own state until the interactive one takes over. */
  onToggle?: (value: string) => void;
}): React.ReactNode {
  const sorted = sortFacetValues(items, attribute, data);
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
            const inputId = `${idPrefix}-${item.value}`;
            return (
              <li key={item.value}>
                {onToggle ? (
                  <input type="checkbox" id={inputId} name={URL_PARAMS[attribute]} value={item.value} checked={item.isRefined} onChange={() => onToggle(item.value)} />
                ) : (
                  <input type="checkbox" id={inputId} name={URL_PARAMS[attribute]} value={item.value} defaultChecked={item.isRefined} />
                )}
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

/** The label of the query field, the same in both renderings. */
export function QueryLabel(): React.ReactNode {
  return (
    <label htmlFor="directory-query" className={styles.searchLabel}>
      <Translate id="directory.query.label">Rechercher une pratique</Translate>
    </label>
  );
}

/** The results' heading and count ("12 fiches correspondent à ces critères."). */
export function ResultsHeader({count}: {count: number | null}): React.ReactNode {
  return (
    <>
      <h2 id="directory-results-title" className={styles.resultsTitle} tabIndex={-1}>
        <Translate id="directory.results.title">Fiches</Translate>
      </h2>
      <p role="status" aria-live="polite" className={styles.status} data-testid="directory-count">
        {count !== null &&
          (count === 0
            ? translate({id: 'directory.results.none', message: 'Aucune fiche ne correspond à ces critères.'})
            : count === 1
              ? translate({id: 'directory.results.one', message: '1 fiche correspond à ces critères.'})
              : translate({id: 'directory.results.many', message: '{n} fiches correspondent à ces critères.'}, {n: String(count)}))}
      </p>
    </>
  );
}

/** The button that takes keyboard and screen-reader users to the results (filters apply as they change). */
export function SubmitButton(): React.ReactNode {
  return (
    <button type="submit" className={`button button--primary button--sm ${styles.submit}`}>
      <Translate id="directory.form.submit">Afficher les fiches</Translate>
    </button>
  );
}

export function formLabel(): string {
  return translate({id: 'directory.form.label', message: 'Filtrer les fiches'});
}
