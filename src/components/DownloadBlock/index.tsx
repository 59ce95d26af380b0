import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Where each file of one table is (built by src/lib/open-data/table.ts downloadLinks). */
export interface DownloadLinks {
  xlsx: string;
  csvExcel: string;
  csv: string;
  json: string;
  /** The open-data page, which lists every download with its size. */
  openData: string;
}

/**
 * The download block of a data page: the workbook, the CSV for French Excel, the
 * CSV and JSON for programs, and one line saying which file suits whom. Plain
 * <a download> links: the files are written after the build, they are not routes.
 */
export default function DownloadBlock({links, what, headingId}: {links: DownloadLinks; what: string; headingId?: string}): React.ReactNode {
  const id = headingId ?? `telecharger-${links.csv.replace(/^.*\//, '').replace(/\.csv$/, '')}`;
  return (
    <section className={styles.block} aria-labelledby={id}>
      <p id={id} className={styles.title}>
        <strong>
          <Translate id="opendata.block.title">Télécharger les données</Translate>
        </strong>{' '}
        ({what})
      </p>
      <ul className={styles.files}>
        <li>
          <a href={links.xlsx} download data-download="xlsx">
            <Translate id="opendata.block.xlsx">Classeur Excel (.xlsx)</Translate>
          </a>
        </li>
        <li>
          <a href={links.csvExcel} download data-download="csv-excel">
            <Translate id="opendata.block.csvExcel">CSV pour Excel en français</Translate>
          </a>
        </li>
        <li>
          <a href={links.csv} download data-download="csv">
            CSV
          </a>
        </li>
        <li>
          <a href={links.json} download data-download="json">
            JSON
          </a>
        </li>
      </ul>
      <p className={styles.help}>
        <Translate id="opendata.block.help">
          Le classeur Excel se lit et se calcule tel quel. Le CSV pour Excel en français (point-virgule, virgule décimale)
          s'ouvre d'un double-clic dans un tableur réglé en français. Le CSV (virgule, point décimal) et le JSON sont pour
          les programmes.
        </Translate>{' '}
        <Link to={links.openData}>
          {translate({id: 'opendata.block.all', message: 'Toutes les données ouvertes'})}
        </Link>
      </p>
    </section>
  );
}
