import React from 'react';
import {translate} from '@docusaurus/Translate';
import {sortRows, type Sort} from './sort';
import styles from './styles.module.css';

export interface Column {
  key: string;
  label: React.ReactNode;
  /** A number column: right-aligned, sorted highest first on the first click. */
  numeric?: boolean;
  sortable?: boolean;
  /** First sort direction when the column is chosen (default: asc for text, desc for numbers). */
  firstDir?: 'asc' | 'desc';
}

export interface Row {
  id: string;
  cells: Record<string, React.ReactNode>;
  /** Sort keys: null (missing) always sorts last. */
  sort: Record<string, number | string | null>;
}

interface Props {
  caption: React.ReactNode;
  columns: Column[];
  rows: Row[];
  /** Key of the column rendered as the row header (<th scope="row">). */
  rowHeader: string;
  sort: Sort;
  onSort: (s: Sort) => void;
  locale: string;
  footer?: React.ReactNode;
  testId?: string;
}

/**
 * A table sortable by any column: real <button>s in the <th>, aria-sort on the
 * sorted column. Missing values stay at the bottom whatever the direction.
 */
export default function SortableTable({caption, columns, rows, rowHeader, sort, onSort, locale, footer, testId}: Props): React.ReactNode {
  const sorted = sortRows(rows, sort, locale);
  return (
    <div className={styles.tableWrap} role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className={styles.table} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={ariaSort}>
                  {c.sortable === false ? (
                    c.label
                  ) : (
                    <button
                      type="button"
                      className={styles.sortButton}
                      data-sort-key={c.key}
                      onClick={() =>
                        onSort({
                          key: c.key,
                          dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : (c.firstDir ?? (c.numeric ? 'desc' : 'asc')),
                        })
                      }>
                      {c.label}
                      {'\u00a0'}
                      <span aria-hidden="true" className={styles.sortIcon}>
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      <span className="visually-hidden">
                        {' '}
                        {translate({id: 'etalonnage.table.sortHint', message: '(trier)'})}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} data-row={r.id}>
              {columns.map((c) =>
                c.key === rowHeader ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {r.cells[c.key]}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {r.cells[c.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
    </div>
  );
}
