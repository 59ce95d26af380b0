/**
 * The data pipeline in Node: a data folder (data/ or one laid out like it)
 * in, checked data and one report out. This file is the edge with the file
 * system; the checks themselves are the core (core.ts), which the browser
 * checker runs unchanged in a Web Worker.
 *
 *   const result = await loadDataFolder('data');        // everything the build checks
 *   const { dataset, report } = await loadDataset('data');
 *   console.log(formatReport(report));
 *
 * The site build calls loadDatasetOrThrow (and the plugins loadDataFolderOrThrow),
 * which fail with the same French text the CLI (npm run validate) prints.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import { CHUNK_BYTES, configurePlatform, type OpenChunks } from './bytes';
import { checkData, type CheckOptions, type CheckResult, type DataInput } from './check';
import { DATA_FOLDER_FILES, VALUES_DIR, kindOfPath } from './kinds';
import { formatReport, mergeReports, type FormatOptions } from './report';
import type { RatingDistribution } from './evaluations';
import type { FinanceData } from './finances';
import type { FileKind, NormalisedDataset, ReportEntryType, ValidationReport } from './types';

export * from './core';

// Node 20's TextDecoder reads Windows-1252 as Latin-1: iconv-lite decodes it
// here; buffer.isUtf8 (simdutf) validates UTF-8 faster than a fatal TextDecoder.
configurePlatform({
  isUtf8: (bytes) => isUtf8(bytes),
  windows1252: () => {
    const d = iconv.getDecoder('win1252');
    return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '' };
  },
});

export const CATALOGUE_FILE = DATA_FOLDER_FILES.catalogue;
export { VALUES_DIR } from './kinds';

export interface LoadOptions {
  /** Last year that is not in the future (default: the current year). */
  currentYear?: number;
  /** Language of the messages (default fr). */
  locale?: CheckOptions['locale'];
  /** Rounding tolerance of the financial statements, in dollars. */
  tolerance?: number;
  onProgress?: CheckOptions['onProgress'];
}

/**
 * A file on disk as a byte source, opened afresh for each pass. Its chunks
 * are read into one buffer, again and again (see OpenChunks): no fresh
 * memory per chunk, which on a small VM costs more than the read itself.
 */
export function fileSource(path: string): OpenChunks {
  const open = async function* (): AsyncGenerator<Uint8Array> {
    const fh = await openFile(path, 'r');
    try {
      const buf = new Uint8Array(CHUNK_BYTES);
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) return;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  } as OpenChunks;
  open.size = statSync(path).size;
  return open;
}

/** Files named as the contributor sees them: relative to the data folder's parent, with "/". */
export function displayer(dataDir: string): (name: string) => string {
  const root = resolve(dataDir);
  const base = dirname(root);
  return (name) => relative(base, join(root, name)).split(sep).join('/');
}

interface Note {
  file: string;
  type: ReportEntryType;
  code: 'folder.not-csv' | 'folder.subfolder' | 'folder.values-missing' | 'folder.unknown-file' | 'folder.txt-read';
  params: Record<string, string>;
}

/**
 * The files of a data folder, each with its kind from its place: the
 * tables at fixed names, every file of valeurs/ (a .txt too: Excel's
 * "Unicode Text" default name). What is not read is reported, never
 * silently skipped: another extension, a subfolder, an unknown CSV.
 */
export function readDataFolder(dataDir: string): { inputs: DataInput[]; notes: Note[] } {
  const display = displayer(dataDir);
  const inputs: DataInput[] = [];
  const notes: Note[] = [];
  const add = (rel: string, kind: FileKind) => inputs.push({ name: display(rel), source: fileSource(join(dataDir, rel)), kind });
  const skip = (name: string) => name.startsWith('.') || /\.md$/i.test(name);

  for (const [kind, rel] of Object.entries(DATA_FOLDER_FILES)) if (existsSync(join(dataDir, rel))) add(rel, kind as FileKind);
  // unknown files beside the known ones
  for (const sub of ['', 'finances']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (skip(name) || !/\.(csv|txt|tsv)$/i.test(name) || kindOfPath(rel) || !statSync(join(dataDir, rel)).isFile()) continue;
      notes.push({ file: display(rel), type: 'source-error', code: 'folder.unknown-file', params: { name: rel } });
    }
  }

  const valuesDir = join(dataDir, VALUES_DIR);
  if (!existsSync(valuesDir)) {
    notes.push({ file: display(VALUES_DIR), type: 'source-error', code: 'folder.values-missing', params: { dir: VALUES_DIR } });
  } else {
    for (const name of readdirSync(valuesDir).sort()) {
      if (skip(name)) continue;
      const rel = `${VALUES_DIR}/${name}`;
      if (statSync(join(dataDir, rel)).isDirectory()) {
        notes.push({ file: display(rel), type: 'source-error', code: 'folder.subfolder', params: { name, dir: VALUES_DIR } });
      } else if (/\.csv$/i.test(name)) add(rel, 'values');
      else if (/\.(txt|tsv)$/i.test(name)) {
        add(rel, 'values');
        notes.push({ file: display(rel), type: 'file-name', code: 'folder.txt-read', params: { name } });
      } else notes.push({ file: display(rel), type: 'source-error', code: 'folder.not-csv', params: { name, dir: VALUES_DIR } });
    }
  }
  return { inputs, notes };
}

/** The tables a data folder must hold. */
const REQUIRED: readonly FileKind[] = ['agencies', 'channels', 'themes', 'sources', 'catalogue'];

/**
 * Read and check a whole data folder: what `npm run validate` and the site
 * build check. Never throws on bad data: every problem is in the report.
 */
export async function loadDataFolder(dataDir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const display = displayer(dataDir);
  const { inputs, notes } = readDataFolder(dataDir);
  const hasFinances = existsSync(join(dataDir, 'finances'));
  const result = await checkData(inputs, {
    currentYear: options.currentYear,
    locale: options.locale,
    tolerance: options.tolerance,
    onProgress: options.onProgress,
    require: hasFinances ? [...REQUIRED, 'statement-operations', 'balance-sheet'] : REQUIRED,
    missingName: (k) => display(k === 'values-folder' ? VALUES_DIR : DATA_FOLDER_FILES[k as Exclude<FileKind, 'values'>]),
    notes,
  });
  return result;
}

export interface LoadResult {
  dataset: NormalisedDataset;
  report: ValidationReport;
}

/** The benchmark dataset and the report of a data folder. */
export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { dataset, report } = await loadDataFolder(dataDir, options);
  return { dataset, report };
}

/** An Error whose message is the report in French (the build's failure). */
function dataError(title: string, report: ValidationReport, options: FormatOptions): Error {
  const err = new Error(`${title}\n${formatReport(report, options)}`);
  err.name = 'DataValidationError';
  return err;
}

/**
 * For the site build: everything the data folder holds, or an Error whose
 * message is the French report (same text as npm run validate). Warnings go
 * to `warn` when given.
 */
export async function loadDataFolderOrThrow(
  dataDir: string,
  options: LoadOptions & FormatOptions & { warn?: (text: string) => void } = {},
): Promise<CheckResult> {
  const result = await loadDataFolder(dataDir, options);
  if (!result.report.valid) throw dataError(`Données non valides (${basename(resolve(dataDir))}/)`, result.report, options);
  if (result.report.warnings.length && options.warn) options.warn(formatReport(result.report, options));
  return result;
}

/** For the site build: the benchmark dataset, or the French report as an Error. */
export async function loadDatasetOrThrow(
  dataDir: string,
  options: LoadOptions & FormatOptions & { warn?: (text: string) => void } = {},
): Promise<NormalisedDataset> {
  return (await loadDataFolderOrThrow(dataDir, options)).dataset;
}

/** The inputs of a data folder that are of the given kinds (or tables they need). */
function subset(dataDir: string, kinds: readonly FileKind[]): DataInput[] {
  return readDataFolder(dataDir).inputs.filter((i) => kinds.includes(i.kind!));
}

/**
 * The reference tables of a data folder and the site's own tables
 * (networks, breakfast conferences), checked alone: what the site's pages
 * and practice sheets refer to by code.
 */
export async function loadSiteTables(dataDir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const display = displayer(dataDir);
  const kinds: FileKind[] = ['agencies', 'channels', 'themes', 'sources', 'networks', 'conferences'];
  return checkData(subset(dataDir, kinds), {
    ...options,
    require: kinds,
    missingName: (k) => display(DATA_FOLDER_FILES[k as Exclude<FileKind, 'values'>]),
  });
}

/** The financial statements of a data folder (data/finances/), checked alone. */
export async function loadFinances(dataDir: string, options: LoadOptions = {}): Promise<{ data: FinanceData; report: ValidationReport }> {
  const display = displayer(dataDir);
  const inputs = subset(dataDir, ['statement-operations', 'balance-sheet', 'finance-parameters', 'contributions', 'sources', 'agencies']);
  const result = await checkData(inputs, {
    ...options,
    require: ['statement-operations', 'balance-sheet'],
    missingName: (k) => display(DATA_FOLDER_FILES[k as Exclude<FileKind, 'values'>]),
  });
  return { data: result.finances!, report: result.report };
}

/** The breakfast conference evaluations of a data folder, checked against the conferences. */
export async function loadEvaluations(dataDir: string, options: LoadOptions = {}): Promise<{ distributions: RatingDistribution[]; report: ValidationReport }> {
  const display = displayer(dataDir);
  if (!existsSync(join(dataDir, DATA_FOLDER_FILES.evaluations))) return { distributions: [], report: mergeReports() };
  const inputs = subset(dataDir, ['evaluations', 'conferences', 'networks', 'sources', 'agencies']);
  const result = await checkData(inputs, { ...options, missingName: (k) => display(DATA_FOLDER_FILES[k as Exclude<FileKind, 'values'>]) });
  return { distributions: result.evaluations ?? [], report: result.report };
}

/**
 * The report of the Centre's own data (financial statements and conference
 * evaluations) in a folder, or null when it has none.
 */
export async function checkCentreData(dataDir: string, options: LoadOptions = {}): Promise<ValidationReport | null> {
  const reports: ValidationReport[] = [];
  if (existsSync(join(dataDir, 'finances'))) reports.push((await loadFinances(dataDir, options)).report);
  if (existsSync(join(dataDir, DATA_FOLDER_FILES.evaluations))) reports.push((await loadEvaluations(dataDir, options)).report);
  return reports.length ? mergeReports(...reports) : null;
}

/** Files the site should watch so `npm start` reloads when a CSV changes. */
export function dataFiles(dataDir: string): string[] {
  return [join(dataDir, '*.csv'), join(dataDir, VALUES_DIR, '*'), join(dataDir, 'finances', '*.csv')];
}
