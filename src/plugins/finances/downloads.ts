/**
 * CSV and JSON downloads written by the plugin's postBuild into the locale's
 * build folder: <out>/centre/etats-financiers/donnees/etats-financiers.{csv,json}
 * and <out>/dejeuners-conferences/donnees/evaluations.{csv,json}. Amounts are
 * numbers in dollars ("." decimal, no grouping); CSV through src/lib/csv-export
 * (UTF-8 BOM, formulas neutralised).
 */
import type {FinanceData} from '../../../scripts/pipeline/finances';
import {RATING_LEVELS, type RatingDistribution} from '../../../scripts/pipeline/evaluations';
import type {SiteCatalog} from '../../lib/catalog';
import {toCsv, type CsvCell} from '../../lib/csv-export';
import {CONFERENCES_DOWNLOAD_DIR, STATEMENTS_DOWNLOAD_DIR, levelLabel, yearEnd} from './model';
import type {PageLocale} from './types';

export interface DownloadFile {
  path: string;
  content: string;
}

const LICENCE = 'Creative Commons Attribution 4.0 International (CC BY 4.0)';

const H = {
  fr: {
    statements: ['exercice', 'fin_exercice', 'etat', 'section', 'poste', 'libelle', 'nature', 'montant', 'source', 'note', 'licence'],
    evaluations: ['conference', 'date', 'titre', 'participants', 'evaluations', 'niveau', 'libelle_niveau', 'nombre', 'statut', 'note', 'licence'],
    statement: {resultats: 'etat-des-resultats', bilan: 'bilan'},
    nature: {ligne: 'ligne', total: 'total'},
    status: {publie: 'publié', illustratif: 'illustratif'},
  },
  en: {
    statements: ['fiscal_year', 'year_end', 'statement', 'section', 'item', 'label', 'kind', 'amount', 'source', 'note', 'licence'],
    evaluations: ['conference', 'date', 'title', 'participants', 'evaluations', 'level', 'level_label', 'count', 'status', 'note', 'licence'],
    statement: {resultats: 'statement-of-operations', bilan: 'balance-sheet'},
    nature: {ligne: 'line', total: 'total'},
    status: {publie: 'published', illustratif: 'illustrative'},
  },
} as const;

export function statementsDownloads(data: FinanceData, locale: PageLocale): DownloadFile[] {
  const h = H[locale];
  const rows: CsvCell[][] = data.rows.map((r) => [
    r.exercice,
    yearEnd(r.exercice),
    h.statement[r.statement],
    r.section,
    r.poste,
    r.label[locale],
    h.nature[r.nature],
    r.cents / 100,
    r.source,
    r.note ? r.note[locale] : null,
    LICENCE,
  ]);
  const json = {
    licence: LICENCE,
    unit: locale === 'fr' ? 'dollars canadiens' : 'Canadian dollars',
    roundingTolerance: data.toleranceCents / 100,
    fiscalYears: data.years.map((y) => ({year: y, end: yearEnd(y)})),
    rows: data.rows.map((r) => ({
      fiscalYear: r.exercice,
      statement: h.statement[r.statement],
      section: r.section,
      item: r.poste,
      label: r.label[locale],
      kind: h.nature[r.nature],
      amount: r.cents / 100,
      source: r.source,
      note: r.note ? r.note[locale] : null,
    })),
    roundingDifferences: data.findings
      .filter((f) => f.type === 'rounding-difference')
      .map((f) => ({
        fiscalYear: f.exercice,
        statement: h.statement[f.statement],
        check: f.check,
        item: f.target.poste,
        reported: f.target.cents / 100,
        computed: f.computed / 100,
        difference: f.difference / 100,
        from: f.inputs.map((i) => i.poste),
      })),
  };
  return [
    {path: `${STATEMENTS_DOWNLOAD_DIR}/etats-financiers.csv`, content: toCsv(h.statements, rows)},
    {path: `${STATEMENTS_DOWNLOAD_DIR}/etats-financiers.json`, content: `${JSON.stringify(json, null, 2)}\n`},
  ];
}

export function evaluationsDownloads(catalog: SiteCatalog, distributions: RatingDistribution[], locale: PageLocale): DownloadFile[] {
  const h = H[locale];
  const rows: CsvCell[][] = [];
  for (const d of distributions) {
    const c = catalog.conferences.find((x) => x.slug === d.conference)!;
    for (const level of RATING_LEVELS) {
      rows.push([c.slug, c.date, c.title[locale], c.participants, c.evaluations, level, levelLabel(level, locale), d.counts[level], h.status[d.status], d.note, LICENCE]);
    }
  }
  const json = {
    licence: LICENCE,
    conferences: catalog.conferences.map((c) => {
      const d = distributions.find((x) => x.conference === c.slug);
      return {
        conference: c.slug,
        date: c.date,
        title: c.title[locale],
        participants: c.participants,
        evaluations: c.evaluations,
        ratings: d ? {status: h.status[d.status], counts: d.counts, note: d.note} : null,
      };
    }),
  };
  return [
    {path: `${CONFERENCES_DOWNLOAD_DIR}/evaluations.csv`, content: toCsv(h.evaluations, rows)},
    {path: `${CONFERENCES_DOWNLOAD_DIR}/evaluations.json`, content: `${JSON.stringify(json, null, 2)}\n`},
  ];
}
