/**
 * The one entry point that checks data, in any host: files in (name, bytes,
 * kind or not), one report and the checked data out. The Node adapter
 * (index.ts) hands it a whole data folder; the browser checker hands it the
 * files a contributor dropped, with the site catalogue (site-catalogue.ts) as
 * the published data they are checked against.
 *
 *   const { report, dataset } = await checkData([{ name: 'x.csv', source: bytes }], { base: catalogue });
 */
import { sniffEncoding, sourceSize, type ByteSource } from './bytes';
import { catalogueHandler, CATALOGUE_SCHEMA } from './catalogue';
import { readEvaluations, type RatingDistribution } from './evaluations';
import { checkFinances, type FinanceData } from './finances';
import { detectKind, DATA_FOLDER_FILES, KIND_SCHEMAS, VALUES_DIR } from './kinds';
import { buildDataset, checkChannelMix, finaliseValues, observationKey, type ObservationTable } from './normalise';
import { readAgencies, readChannels, readConferences, readNetworks, readSources, readThemes, referenceOf } from './reference';
import { Reporter } from './report';
import type { SiteCatalogue } from './site-catalogue';
import { readTable, type TableInput } from './table';
import type { MessageCode, Params } from './messages';
import type { Agency, Channel, Conference, FileKind, Indicator, Locale, Network, NormalisedDataset, Observation, ReportEntryType, Source, Theme, ValidationReport } from './types';
import { VALUES_SCHEMA, createValuesState, markValues, valuesHandler } from './values';

/** One file to check. */
export interface DataInput {
  /** The name shown in the report ("valeurs/2011-saaq.csv", or the file name on the page). */
  name: string;
  source: ByteSource;
  /** What the file is; recognised from its header when absent. */
  kind?: FileKind | null;
}

export interface Progress {
  file: string;
  /** 1: encoding scan, 2: rows. */
  pass: 1 | 2;
  bytesRead: number;
  /** Size of the file, when the source knows it. */
  bytesTotal: number | null;
}

export interface CheckOptions {
  /** Published data the inputs are checked against; anything not among the inputs comes from it. */
  base?: SiteCatalogue | null;
  /** Last year that is not in the future (default: the current year). */
  currentYear?: number;
  /** Language of the report's messages (default fr). */
  locale?: Locale;
  /** Rounding tolerance of the financial statements, in dollars (overrides parametres.csv). */
  tolerance?: number;
  /**
   * Tables that must be there (a data folder): each one neither among the
   * inputs nor in `base` is reported missing, with its file name in
   * `missingName`. Default: none.
   */
  require?: readonly (FileKind | 'values-folder')[];
  /** Display name of a required table that is missing (default: its file name in a data folder). */
  missingName?: (kind: FileKind | 'values-folder') => string;
  /** Bytes read, per file and pass, for progress bars. */
  onProgress?: (p: Progress) => void;
  /**
   * Largest file read, in bytes (default: no limit). A bigger file is not
   * read: one `file.too-large` error (the checker page sets it, so a huge
   * file dropped by mistake gets a message, not a frozen tab).
   */
  maxBytes?: number;
  /** Entries found before reading (a host's file listing: a file not read, a subfolder…). */
  notes?: readonly { file: string; type: ReportEntryType; code: MessageCode; params: Params }[];
}

export interface CheckResult {
  report: ValidationReport;
  /** What each input was read as; `detected` when recognised from the header. */
  kinds: { file: string; kind: FileKind | null; detected: boolean }[];
  /** The benchmark data: the inputs' accepted rows (over the published ones when `base` is given). */
  dataset: NormalisedDataset;
  networks: Network[];
  conferences: Conference[];
  /** Null when no financial statement was read or given. */
  finances: FinanceData | null;
  /** Null when no evaluations file was read or given. */
  evaluations: RatingDistribution[] | null;
}

const SINGLE: readonly FileKind[] = [
  'catalogue',
  'agencies',
  'channels',
  'themes',
  'sources',
  'networks',
  'conferences',
  'evaluations',
  'statement-operations',
  'balance-sheet',
  'finance-parameters',
  'contributions',
];

function basename(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * Check files together. Never throws on bad data: every problem is in the
 * report, and the result holds what was accepted.
 */
export async function checkData(inputs: readonly DataInput[], options: CheckOptions = {}): Promise<CheckResult> {
  const reporter = new Reporter();
  const base = options.base ?? null;
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const hooks = options.onProgress
    ? { onProgress: (file: string, pass: 1 | 2, bytesRead: number, bytesTotal: number | null) => options.onProgress!({ file, pass, bytesRead, bytesTotal }) }
    : {};
  const require = new Set(options.require ?? []);
  for (const n of options.notes ?? []) reporter.add(n.file, 0, 0, null, n.type, n.code, n.params);
  const missingName = options.missingName ?? ((k: FileKind | 'values-folder') => (k === 'values-folder' ? VALUES_DIR : DATA_FOLDER_FILES[k as Exclude<FileKind, 'values'>]));

  // What each input is
  const kinds: CheckResult['kinds'] = [];
  const byKind = new Map<FileKind, TableInput>();
  const values: TableInput[] = [];
  for (const input of inputs) {
    let kind = input.kind ?? null;
    const detected = !kind;
    const size = sourceSize(input.source);
    if (options.maxBytes !== undefined && size !== null && size > options.maxBytes) {
      reporter.file(input.name, kind);
      const mb = (n: number) => Math.round((n / 1e6) * 10) / 10;
      reporter.add(input.name, 0, 0, null, 'source-error', 'file.too-large', { megabytes: mb(size), max: mb(options.maxBytes) });
      kinds.push({ file: input.name, kind, detected: false });
      continue;
    }
    if (!kind) {
      const guess = await detectKind(input.source, input.name);
      kind = guess.kind;
      if (!kind) {
        reporter.file(input.name, null);
        // say what the file is when it is not text at all (a workbook, a binary) or empty
        const sniff = guess.candidates.length ? await sniffEncoding(input.source) : null;
        if (sniff && !sniff.ok && (sniff.reason === 'xlsx' || sniff.reason === 'binary')) reporter.add(input.name, sniff.line, 0, null, 'encoding-error', `encoding.${sniff.reason}`);
        else if (!guess.candidates.length) reporter.add(input.name, 1, 0, null, 'missing-label', 'file.empty', { columns: [...VALUES_SCHEMA.required] });
        else {
          const best = guess.candidates[0];
          reporter.add(input.name, 1, 0, null, 'source-error', 'file.kind-unknown', { best: best && best.fit > 0 ? best.kind : null });
        }
      }
    }
    kinds.push({ file: input.name, kind, detected });
    if (!kind) continue;
    const table: TableInput = { name: input.name, source: input.source, kind };
    if (kind === 'values') values.push(table);
    else if (byKind.has(kind)) {
      reporter.file(input.name, kind);
      reporter.add(input.name, 0, 0, null, 'source-error', 'file.kind-twice', { table: KIND_SCHEMAS[kind].table, other: byKind.get(kind)!.name });
    } else byKind.set(kind, table);
  }
  const missing = (kind: FileKind) => {
    if (require.has(kind) && !byKind.has(kind)) reporter.add(missingName(kind), 0, 0, null, 'source-error', kind === 'catalogue' ? 'folder.catalogue-missing' : 'folder.reference-missing', { name: missingName(kind), file: missingName(kind) });
  };

  // Reference tables
  const table = async <T>(kind: FileKind, read: (t: TableInput) => Promise<T[]>, fromBase: T[] | undefined): Promise<T[] | null> => {
    const t = byKind.get(kind);
    if (t) return read(t);
    if (fromBase) return fromBase;
    missing(kind);
    return require.has(kind) ? [] : null;
  };
  const agencies = (await table<Agency>('agencies', (t) => readAgencies(t, reporter, hooks), base?.agencies)) ?? [];
  const channels = (await table<Channel>('channels', (t) => readChannels(t, reporter, hooks), base?.channels)) ?? [];
  const themes = (await table<Theme>('themes', (t) => readThemes(t, reporter, hooks), base?.themes)) ?? [];
  const sources = await table<Source>('sources', (t) => readSources(t, reporter, hooks), base?.sources);
  const agenciesRead = byKind.has('agencies') || !!base;
  const ref = referenceOf(agencies, channels, themes, sources ?? []);
  const agencyCodes = agenciesRead || require.has('agencies') ? new Set(ref.agencies.keys()) : null;
  const sourceCodes = sources ? ref.sources : null;

  const networks = (await table<Network>('networks', (t) => readNetworks(t, reporter, agencyCodes ?? new Set(), hooks, sourceCodes ?? undefined), base?.networks)) ?? [];
  const networkCodes = byKind.has('networks') || base ? new Set(networks.map((n) => n.code)) : null;
  const conferences = (await table<Conference>('conferences', (t) => readConferences(t, reporter, networkCodes ?? ANY, sourceCodes ?? ANY, hooks), base?.conferences)) ?? [];

  // Indicator catalogue
  let indicators = new Map<string, Indicator>();
  const catalogue = byKind.get('catalogue');
  if (catalogue) await readTable(catalogue, CATALOGUE_SCHEMA, reporter, (ctx) => catalogueHandler(ctx, reporter, ref, indicators), hooks);
  else if (base) indicators = new Map(base.indicators.map((i) => [i.id, i]));
  else missing('catalogue');

  // Values, over the published ones
  const state = createValuesState(ref, indicators, currentYear);
  for (const t of values) await readTable(t, VALUES_SCHEMA, reporter, (ctx) => valuesHandler(ctx, reporter, state), hooks, () => markValues(state));
  const replaced = new Set(values.map((t) => basename(t.name)));
  const publishedAll = base ? base.observations : [];
  // a published file contributed again under its own name replaces that file
  const published = publishedAll.filter((o) => !replaced.has(basename(o.origin.file)));
  const sameFile = new Map<string, Observation>();
  for (const o of publishedAll) if (replaced.has(basename(o.origin.file))) sameFile.set(observationKey(o.indicator, o.agency, o.period), o);
  const publishedByKey = new Map(published.map((o) => [observationKey(o.indicator, o.agency, o.period), o]));
  const finalised = finaliseValues(state, reporter, publishedByKey, sameFile);
  let observations: Observation[] | ObservationTable = finalised.observations;
  let periods = finalised.periods;
  let isNew: ((o: Observation) => boolean) | undefined;
  if (base) {
    const mine = finalised.observations.toArray();
    const newKeys = new Set(mine.map((o) => observationKey(o.indicator, o.agency, o.period)));
    const merged = [...published.filter((o) => !newKeys.has(observationKey(o.indicator, o.agency, o.period))), ...mine].sort(compareObservations);
    observations = merged;
    periods = [...new Set([...merged.map((o) => o.period)])].sort(comparePeriodStrings);
    const fresh = new Set(mine);
    isNew = (o) => fresh.has(o);
  }
  checkChannelMix(observations, [...indicators.values()], reporter, isNew);
  const dataset = buildDataset(ref, [...indicators.values()], { observations, periods });

  // The Centre's own data
  let finances: FinanceData | null = null;
  const financeKinds: FileKind[] = ['statement-operations', 'balance-sheet', 'finance-parameters', 'contributions'];
  if (financeKinds.some((k) => byKind.has(k)) || require.has('statement-operations') || require.has('balance-sheet')) {
    finances = await checkFinances(
      {
        resultats: byKind.get('statement-operations'),
        bilan: byKind.get('balance-sheet'),
        parameters: byKind.get('finance-parameters'),
        contributions: byKind.get('contributions'),
      },
      reporter,
      {
        currentYear,
        tolerance: options.tolerance,
        sources: sourceCodes,
        agencies: agencyCodes,
        base: base?.finances ?? null,
        requireStatements: require.has('statement-operations') || require.has('balance-sheet'),
        statementName: (s) => missingName(s === 'resultats' ? 'statement-operations' : 'balance-sheet'),
        hooks,
      },
    );
  } else if (base?.finances) finances = base.finances;

  let evaluations: RatingDistribution[] | null = base?.evaluations ?? null;
  const evaluationsInput = byKind.get('evaluations');
  if (evaluationsInput) {
    if (!byKind.has('conferences') && !base) {
      reporter.add(missingName('conferences'), 0, 0, null, 'source-error', 'evaluations.conferences-missing', { file: missingName('conferences') });
      reporter.file(evaluationsInput.name, 'evaluations');
      evaluations = [];
    } else evaluations = await readEvaluations(evaluationsInput, reporter, conferences, sourceCodes, hooks);
  }

  return {
    report: reporter.toReport(options.locale ?? 'fr'),
    kinds,
    dataset,
    networks,
    conferences,
    finances,
    evaluations,
  };
}

/** A set that has everything: a reference that is not available is not checked. */
const ANY: ReadonlySet<string> = { has: () => true, size: 0, [Symbol.iterator]: [][Symbol.iterator] } as unknown as ReadonlySet<string>;

function comparePeriodStrings(a: string, b: string): number {
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  return ya - yb || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The dataset order: indicator id, agency code, period (chronological). */
export function compareObservations(a: Observation, b: Observation): number {
  if (a.indicator !== b.indicator) return a.indicator < b.indicator ? -1 : 1;
  if (a.agency !== b.agency) return a.agency < b.agency ? -1 : 1;
  return comparePeriodStrings(a.period, b.period);
}
