import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import DownloadBlock from '@site/src/components/DownloadBlock';
import type {DownloadLinks} from '../types';
import styles from './styles.module.css';

/** The period selector: a real <select> with its <label>. */
export function PeriodSelect({periods, value, onChange, id}: {periods: string[]; value: string; onChange: (p: string) => void; id: string}): React.ReactNode {
  return (
    <div className={styles.controls}>
      <label htmlFor={id}>
        <Translate id="etalonnage.period.label">Période</Translate>
      </label>{' '}
      <select id={id} name="periode" value={value} onChange={(e) => onChange(e.target.value)}>
        {[...periods].reverse().map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The download block of the page's table; nothing when the table has no rows (no empty download is offered). */
export function Downloads({links, what}: {links: DownloadLinks | null; what: string}): React.ReactNode {
  return links ? <DownloadBlock links={links} what={what} /> : null;
}

/** The "*" after an illustrative value; the legend under the table explains it. */
export function IllustrativeMark(): React.ReactNode {
  return (
    <>
      <span aria-hidden="true" className={styles.mark}>
        *
      </span>
      <span className="visually-hidden">{translate({id: 'etalonnage.mark.illustrative', message: ' (valeur illustrative)'})}</span>
    </>
  );
}

/** A computed or target number, with the mark when it is illustrative (Cell.i). */
export function Num({cell}: {cell: {t: string; i?: boolean}}): React.ReactNode {
  return (
    <>
      {cell.t}
      {cell.i && <IllustrativeMark />}
    </>
  );
}

export function Legend({illustrative, missing}: {illustrative: boolean; missing: string}): React.ReactNode {
  return (
    <p className={styles.small}>
      {illustrative && (
        <>
          <span className={styles.mark}>*</span>{' '}
          <Translate id="etalonnage.legend.illustrative">Valeur illustrative, ou calculée à partir d'au moins une valeur illustrative (rang, médiane, écart, variation) : exemple, à ne pas citer.</Translate>{' '}
        </>
      )}
      <Translate id="etalonnage.legend.missing" values={{missing}}>
        {'{missing} : valeur non disponible (jamais comptée comme zéro).'}
      </Translate>
    </p>
  );
}

export function BackLink({href}: {href: string}): React.ReactNode {
  return (
    <p className={styles.back}>
      <Link to={href}>
        ← <Translate id="etalonnage.back">Étalonnage : tous les indicateurs</Translate>
      </Link>
    </p>
  );
}

/**
 * A table's horizontal scroll area: on a phone the table scrolls here, not the
 * page. Labelled and focusable so a keyboard can scroll it (WCAG 2.1.1).
 */
export function TableScroll({label, children}: {label: string; children: React.ReactNode}): React.ReactNode {
  return (
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
