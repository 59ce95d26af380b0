import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import {formatCurrency, formatNumber, formatPercent, type FormatLocale} from '@site/src/lib/format';
import styles from './styles.module.css';

type Unit = 'nombre' | 'pourcentage' | 'dollars' | 'minutes' | 'texte';

interface FigureProps {
  /** The number itself (formatted per locale at build time), or text when unite="texte". */
  valeur: number | string;
  unite?: Unit;
  /** What the number counts, e.g. "appels traités en 2010-2011". */
  libelle: string;
  /** Marks a figure that is not in a source document. */
  illustratif?: boolean;
}

function format(valeur: number | string, unite: Unit, locale: FormatLocale): string {
  if (typeof valeur === 'string') return valeur;
  switch (unite) {
    case 'pourcentage':
      return formatPercent(valeur, locale);
    case 'dollars':
      return formatCurrency(valeur, locale);
    case 'minutes':
      return `${formatNumber(valeur, locale)}\u00A0min`;
    default:
      return formatNumber(valeur, locale);
  }
}

/** One key figure, shown as a figure rather than buried in prose. */
export function ChiffreCle({valeur, unite = 'nombre', libelle, illustratif = false}: FigureProps): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale: FormatLocale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  return (
    <div className={styles.figure}>
      <dt className={styles.label}>{libelle}</dt>
      <dd className={styles.value}>
        {format(valeur, unite, locale)}
        {illustratif && (
          <span className={styles.illustrative}>
            {' '}
            <Translate id="keyFigure.illustrative">(donnée illustrative)</Translate>
          </span>
        )}
      </dd>
    </div>
  );
}

/** A row of key figures with a caption naming their source. */
export default function ChiffresCles({source, children}: {source?: string; children: React.ReactNode}): React.ReactNode {
  return (
    <section className={styles.wrapper} aria-label={source}>
      <dl className={styles.grid}>{children}</dl>
      {source && (
        <p className={styles.source}>
          <Translate id="keyFigure.source">Source :</Translate> {source}
        </p>
      )}
    </section>
  );
}
