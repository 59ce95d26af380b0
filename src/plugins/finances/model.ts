/**
 * Page models, computed at build time in Node: every number is already
 * formatted (src/lib/format.ts) so the browser never formats anything and
 * hydration always matches. Components only lay the strings out.
 */
import {downloadLinks} from '../../lib/open-data/table';
import type {FinanceData, FinanceFinding, FinanceRow, Statement} from '../../../scripts/pipeline/finances';
import {RATING_LEVELS, type RatingDistribution, type RatingLevel} from '../../../scripts/pipeline/evaluations';
import type {SiteCatalog} from '../../lib/catalog';
import {formatCurrency, formatDate, formatNumber, formatPercent, type FormatLocale} from '../../lib/format';
import type {
  ChartSeriesPoint,
  ConferencePageData,
  DownloadLinks,
  Footnote,
  StatementTable,
  StatementsPageData,
  TableRow,
} from './types';

export const STATEMENTS_ROUTE = 'centre/etats-financiers';
export const STATEMENTS_DOWNLOAD_DIR = 'centre/etats-financiers/donnees';
export const CONFERENCES_ROUTE = 'dejeuners-conferences';
export const CONFERENCES_DOWNLOAD_DIR = 'dejeuners-conferences/donnees';

const money = (cents: number, locale: FormatLocale, signed = false): string =>
  formatCurrency(cents / 100, locale, {signed});

/** Fiscal year "2006-2007" → its closing date "2007-03-31". */
export function yearEnd(exercice: string): string {
  return `${exercice.slice(5, 9)}-03-31`;
}

export const SECTION_LABELS: Record<Statement, Record<string, {fr: string; en: string}>> = {
  resultats: {
    revenus: {fr: 'Revenus', en: 'Revenue'},
    depenses: {fr: 'Dépenses', en: 'Expenses'},
    excedent: {fr: 'Excédent', en: 'Surplus'},
  },
  bilan: {
    actif: {fr: 'Actif (à court terme)', en: 'Assets (current)'},
    passif: {fr: 'Passif (à court terme)', en: 'Liabilities (current)'},
    excedent: {fr: 'Excédent', en: 'Surplus'},
    'passif-et-excedent': {fr: 'Passif et excédent', en: 'Liabilities and surplus'},
  },
};

function findingText(f: FinanceFinding, locale: FormatLocale): string {
  const label = f.target.label[locale];
  const reported = money(f.target.cents, locale);
  const computed = money(f.computed, locale);
  const gap = money(Math.abs(f.difference), locale);
  if (locale === 'fr') {
    const what =
      f.check === 'somme'
        ? 'la somme des postes donne'
        : f.check === 'excedent-exercice'
          ? 'les revenus moins les dépenses donnent'
          : f.check === 'excedent-fin'
            ? 'l\'excédent au début plus l\'excédent de l\'exercice donnent'
            : f.check === 'report'
              ? 'l\'excédent à la fin de l\'exercice précédent est de'
              : f.check === 'equilibre'
                ? 'le passif plus l\'excédent donnent'
                : f.check === 'concordance'
                  ? 'l\'état des résultats donne'
                  : 'les cotisations par organisme totalisent';
    return `${label} ${f.exercice} : ${reported} dans les états publiés, alors que ${what} ${computed}. Écart d'arrondi de ${gap} présent dans les états financiers publiés, reproduit tel quel.`;
  }
  const what =
    f.check === 'somme'
      ? 'the items add up to'
      : f.check === 'excedent-exercice'
        ? 'revenue minus expenses gives'
        : f.check === 'excedent-fin'
          ? 'opening surplus plus surplus for the year gives'
          : f.check === 'report'
            ? 'the previous year’s closing surplus is'
            : f.check === 'equilibre'
              ? 'liabilities plus surplus give'
              : f.check === 'concordance'
                ? 'the statement of operations gives'
                : 'contributions per agency add up to';
  return `${label} ${f.exercice}: ${reported} in the published statements, while ${what} ${computed}. This ${gap} rounding difference is in the published financial statements and is reproduced as published.`;
}

function pctChange(prev: number, cur: number, locale: FormatLocale): string {
  if (prev === 0) return cur === 0 ? '–' : locale === 'fr' ? 's.o.' : 'n/a';
  return formatPercent(Math.round(((cur - prev) / Math.abs(prev)) * 1000) / 10, locale, {signed: true, decimals: 1});
}

function share(part: number, total: number, locale: FormatLocale): string {
  if (total === 0 || part === 0) return '–';
  return formatPercent(Math.round((part / total) * 1000) / 10, locale, {decimals: 1});
}

function amountText(cents: number | undefined, locale: FormatLocale): string {
  if (cents === undefined) return locale === 'fr' ? 'n.d.' : 'n/a';
  return cents === 0 ? '–' : money(cents, locale);
}

export function downloads(base: string): {statements: DownloadLinks; evaluations: DownloadLinks} {
  return {
    statements: downloadLinks(base, STATEMENTS_DOWNLOAD_DIR, 'etats-financiers'),
    evaluations: downloadLinks(base, CONFERENCES_DOWNLOAD_DIR, 'evaluations'),
  };
}

export function statementsPage(data: FinanceData, catalog: SiteCatalog, locale: FormatLocale, base: string): StatementsPageData {
  const years = data.years;
  const last = years[years.length - 1]!;
  const previous = years.length > 1 ? years[years.length - 2]! : null;
  const warnings = data.findings.filter((f) => f.type === 'rounding-difference');

  // Footnotes: rounding differences first, then notes on lines.
  const footnotes: Footnote[] = [];
  const markers = new Map<string, number[]>(); // "poste|statement|exercice" → footnote numbers
  const mark = (key: string, n: number) => {
    const list = markers.get(key) ?? [];
    if (!list.includes(n)) markers.set(key, [...list, n]);
  };
  for (const f of warnings) {
    const n = footnotes.length + 1;
    footnotes.push({n, id: `note-${n}`, text: findingText(f, locale), kind: 'arrondi'});
    mark(`${f.statement}|${f.target.poste}|${f.exercice}`, n);
  }
  const noted = new Map<string, number>();
  for (const r of data.rows) {
    if (!r.note || !r.note[locale]) continue;
    const text = r.note[locale];
    let n = noted.get(text);
    if (n === undefined) {
      n = footnotes.length + 1;
      footnotes.push({n, id: `note-${n}`, text, kind: 'note'});
      noted.set(text, n);
    }
    mark(`${r.statement}|${r.poste}|label`, n);
  }

  const table = (statement: Statement): StatementTable => {
    const rows = data.rows.filter((r) => r.statement === statement);
    const byYear = new Map<string, Map<string, FinanceRow>>();
    for (const r of rows) {
      const m = byYear.get(r.exercice) ?? new Map<string, FinanceRow>();
      m.set(r.poste, r);
      byYear.set(r.exercice, m);
    }
    const expenseTotals = new Map<string, number>();
    for (const y of years) {
      const t = rows.find((r) => r.exercice === y && r.section === 'depenses' && r.nature === 'total');
      if (t) expenseTotals.set(y, t.cents);
    }
    // Lines in the order of the latest year, then any older line no longer used.
    const order: {section: string; poste: string}[] = [];
    const seen = new Set<string>();
    for (const y of [...years].reverse()) {
      for (const r of rows.filter((x) => x.exercice === y)) {
        if (seen.has(r.poste)) continue;
        seen.add(r.poste);
        order.push({section: r.section, poste: r.poste});
      }
    }
    const sectionOrder = Object.keys(SECTION_LABELS[statement]);
    const sections = sectionOrder
      .map((section) => {
        const tableRows: TableRow[] = order
          .filter((o) => o.section === section)
          .map((o) => {
            const cells = years.map((y) => byYear.get(y)?.get(o.poste));
            const latest = [...cells].reverse().find((c): c is FinanceRow => !!c)!;
            const prev = previous ? byYear.get(previous)?.get(o.poste) : undefined;
            const cur = byYear.get(last)?.get(o.poste);
            return {
              poste: o.poste,
              label: latest.label[locale],
              total: latest.nature === 'total',
              labelNotes: markers.get(`${statement}|${o.poste}|label`) ?? [],
              amounts: years.map((y, i) => ({
                text: amountText(cells[i]?.cents, locale),
                notes: markers.get(`${statement}|${o.poste}|${y}`) ?? [],
              })),
              // No change reads as the amounts do (a dash), not as "0 $".
              change: prev && cur ? (cur.cents === prev.cents ? '–' : money(cur.cents - prev.cents, locale, true)) : '',
              changePercent: prev && cur ? pctChange(prev.cents, cur.cents, locale) : '',
              shares:
                section === 'depenses' && statement === 'resultats'
                  ? years.map((y, i) => (cells[i] && expenseTotals.has(y) ? share(cells[i]!.cents, expenseTotals.get(y)!, locale) : ''))
                  : null,
            };
          });
        return {id: section, title: SECTION_LABELS[statement][section]![locale], rows: tableRows};
      })
      .filter((s) => s.rows.length > 0);
    return {id: statement, sections};
  };

  const total = (y: string, statement: Statement, section: string) =>
    data.rows.find((r) => r.exercice === y && r.statement === statement && r.section === section && r.nature === 'total')?.cents ?? 0;
  const opening = data.rows.find((r) => r.exercice === years[0] && r.poste === 'excedent-debut');
  const surplus: ChartSeriesPoint[] = [];
  if (opening) {
    const start = Number(years[0]!.slice(0, 4));
    surplus.push({label: formatDate(`${start}-03-31`, locale), value: opening.cents, text: money(opening.cents, locale)});
  }
  for (const y of years) {
    const c = total(y, 'resultats', 'excedent');
    surplus.push({label: formatDate(yearEnd(y), locale), value: c, text: money(c, locale)});
  }

  const contributionsLine = (y: string) => data.rows.find((r) => r.exercice === y && r.poste === 'cotisation-organismes');
  const agencyName = (code: string) => catalog.agencies.find((a) => a.code === code)?.name[locale] ?? code;
  const contributions = years.map((y) => {
    const list = data.contributions.filter((c) => c.exercice === y);
    const line = contributionsLine(y);
    return {
      exercice: y,
      totalText: line ? money(line.cents, locale) : '',
      illustrative: list.some((c) => c.status === 'illustratif'),
      agencies: list.map((c) => ({
        code: c.agency,
        name: agencyName(c.agency),
        text: money(c.cents, locale),
        shareText: line && line.cents ? share(c.cents, line.cents, locale) : '',
      })),
    };
  });

  const source = catalog.sources.find((s) => s.code === data.rows[0]?.source);
  return {
    locale,
    years,
    yearEnds: years.map((y) => formatDate(yearEnd(y), locale)),
    last,
    previous,
    tables: [table('resultats'), table('bilan')],
    footnotes,
    toleranceText: money(data.toleranceCents, locale),
    chart: {
      groups: years.map((y) => ({
        label: y,
        values: [
          {value: total(y, 'resultats', 'revenus'), text: money(total(y, 'resultats', 'revenus'), locale)},
          {value: total(y, 'resultats', 'depenses'), text: money(total(y, 'resultats', 'depenses'), locale)},
        ],
      })),
      max: Math.max(...years.flatMap((y) => [total(y, 'resultats', 'revenus'), total(y, 'resultats', 'depenses')]), 1),
      ticks: ticks(Math.max(...years.flatMap((y) => [total(y, 'resultats', 'revenus'), total(y, 'resultats', 'depenses')]), 1), locale),
    },
    surplus: {points: surplus, ticks: ticks(Math.max(...surplus.map((p) => p.value), 1), locale)},
    contributions,
    source: source ? source.title[locale] : null,
    downloads: downloads(base).statements,
  };
}

/** Round axis ticks (in cents) up to the first "nice" step above max. */
function ticks(maxCents: number, locale: FormatLocale): {value: number; text: string}[] {
  const max = maxCents / 100;
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const out: {value: number; text: string}[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push({value: Math.round(v * 100), text: formatCurrency(v, locale)});
  return out;
}

const LEVEL_LABELS: Record<RatingLevel, {fr: string; en: string}> = {
  'tres-satisfait': {fr: 'Très satisfait', en: 'Very satisfied'},
  satisfait: {fr: 'Satisfait', en: 'Satisfied'},
  'peu-satisfait': {fr: 'Peu satisfait', en: 'Somewhat dissatisfied'},
  insatisfait: {fr: 'Insatisfait', en: 'Dissatisfied'},
};

export function levelLabel(level: RatingLevel, locale: FormatLocale): string {
  return LEVEL_LABELS[level][locale];
}

export function conferencePath(slug: string): string {
  return `/${CONFERENCES_ROUTE}/${slug}`;
}

export function conferencePage(
  slug: string,
  catalog: SiteCatalog,
  distributions: RatingDistribution[],
  locale: FormatLocale,
  base: string,
): ConferencePageData {
  const conf = catalog.conferences.find((c) => c.slug === slug)!;
  const network = catalog.networks.find((n) => n.code === conf.network);
  const source = catalog.sources.find((s) => s.code === conf.source);
  const d = distributions.find((x) => x.conference === slug);
  const count = (n: number | null) => (n === null ? (locale === 'fr' ? 'n.d.' : 'n/a') : formatNumber(n, locale));
  const maxParticipants = Math.max(...catalog.conferences.map((c) => c.participants ?? 0), 1);
  return {
    locale,
    slug,
    title: conf.title[locale],
    dateText: formatDate(conf.date, locale),
    speakers: conf.speakers,
    network: network
      ? {name: network.name[locale], path: `/${network.kind === 'reseau' ? 'reseaux' : 'groupes-de-travail'}/${network.code}`}
      : null,
    participantsText: count(conf.participants),
    evaluationsText: count(conf.evaluations),
    moreEvaluationsThanParticipants: conf.participants !== null && conf.evaluations !== null && conf.evaluations > conf.participants,
    summary: conf.summary[locale],
    source: source ? source.title[locale] : null,
    distribution: d
      ? {
          status: d.status,
          totalText: formatNumber(d.total, locale),
          note: d.note,
          max: Math.max(...RATING_LEVELS.map((l) => d.counts[l]), 1),
          rows: RATING_LEVELS.map((l) => ({
            level: l,
            label: levelLabel(l, locale),
            value: d.counts[l],
            text: formatNumber(d.counts[l], locale),
            percentText: d.total ? formatPercent(Math.round((d.counts[l] / d.total) * 1000) / 10, locale, {decimals: 1}) : '–',
          })),
        }
      : null,
    participation: {
      max: maxParticipants,
      totalText: formatNumber(catalog.conferences.reduce((s, c) => s + (c.participants ?? 0), 0), locale),
      rows: catalog.conferences.map((c) => ({
        slug: c.slug,
        path: conferencePath(c.slug),
        title: c.title[locale],
        dateText: formatDate(c.date, locale),
        shortDate: formatDate(c.date.slice(0, 7), locale),
        value: c.participants ?? 0,
        participantsText: count(c.participants),
        evaluationsText: count(c.evaluations),
        current: c.slug === slug,
      })),
    },
    downloads: distributions.length ? downloads(base).evaluations : null,
  };
}
