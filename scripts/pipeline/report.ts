/**
 * Collecting report entries and rendering them for people. An entry is a
 * typed record (Frictionless style) with a message code and its parameters;
 * its text is rendered in French or English (messages.ts), so the CLI, the
 * site build, CI and the browser checker print the same words.
 *
 * The report is plain JSON, the same object `npm run validate -- --json`
 * prints: {valid, locale, stats, files, errors, warnings}.
 */
import { renderMessage, countText, numberText, type MessageCode, type Params } from './messages';
import type { FileKind, FileReport, Locale, ReportEntry, ReportEntryType, ValidationReport } from './types';

/** Entry types that never make the data invalid. */
const WARNING_TYPES: ReadonlySet<ReportEntryType> = new Set([
  'encoding-warning',
  'unsafe-text',
  'rounding-difference',
  'excel-leftover',
  'published-change',
  'file-name',
]);

export function isWarningType(type: ReportEntryType): boolean {
  return WARNING_TYPES.has(type);
}

interface Draft {
  file: string;
  line: number;
  column: number;
  field: string | null;
  type: ReportEntryType;
  code: MessageCode;
  params: Params;
}

/** Counts of one file while it is read. */
export class FileCounter implements FileReport {
  rows = 0;
  accepted = 0;
  rejected = 0;
  ignored = 0;
  encoding: FileReport['encoding'] = null;
  delimiter: FileReport['delimiter'] = null;
  constructor(
    readonly file: string,
    readonly kind: FileKind | null,
  ) {}
}

export class Reporter {
  private readonly entries: Draft[] = [];
  private readonly fileList: FileCounter[] = [];
  private readonly byName = new Map<string, FileCounter>();
  /** Rows of files not in the list (the accounting of a table read outside a file). */
  private readonly loose = new FileCounter('', null);

  add<C extends MessageCode>(file: string, line: number, column: number, field: string | null, type: ReportEntryType, code: C, params: Params = {}): void {
    this.entries.push({ file, line, column, field, type, code, params });
  }

  /** The counter of a file, created on first use (files are listed in the order they are read). */
  file(name: string, kind: FileKind | null = null): FileCounter {
    let f = this.byName.get(name);
    if (!f) {
      f = new FileCounter(name, kind);
      this.byName.set(name, f);
      this.fileList.push(f);
    }
    return f;
  }

  /** Where the report stands for one file, to go back to it (rollback) when a reading is undone. */
  mark(name: string): () => void {
    const f = this.file(name);
    const entries = this.entries.length;
    const { rows, accepted, rejected, ignored, encoding, delimiter } = f;
    return () => {
      this.entries.length = entries;
      Object.assign(f, { rows, accepted, rejected, ignored, encoding, delimiter });
    };
  }

  /** Move one accepted row of a file to rejected (a duplicate found after reading). */
  reject(name: string): void {
    const f = this.byName.get(name) ?? this.loose;
    f.accepted--;
    f.rejected++;
  }

  get errorCount(): number {
    let n = 0;
    for (const e of this.entries) if (!isWarningType(e.type)) n++;
    return n;
  }

  toReport(locale: Locale = 'fr'): ValidationReport {
    const order = (a: ReportEntry, b: ReportEntry): number =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
    const render = (d: Draft): ReportEntry => ({ ...d, message: renderMessage(d.code, d.params, locale) });
    const errors = this.entries.filter((e) => !isWarningType(e.type)).map(render).sort(order);
    const warnings = this.entries.filter((e) => isWarningType(e.type)).map(render).sort(order);
    const files: FileReport[] = this.fileList.map((f) => ({
      file: f.file,
      kind: f.kind,
      encoding: f.encoding,
      delimiter: f.delimiter,
      rows: f.rows,
      accepted: f.accepted,
      rejected: f.rejected,
      ignored: f.ignored,
    }));
    const sum = (k: 'rows' | 'accepted' | 'rejected' | 'ignored') => files.reduce((s, f) => s + f[k], this.loose[k]);
    return {
      valid: errors.length === 0,
      locale,
      stats: { files: files.length, rows: sum('rows'), accepted: sum('accepted'), rejected: sum('rejected'), ignored: sum('ignored') },
      files,
      errors,
      warnings,
    };
  }
}

/** Merge several reports into one, entries in the order a reader expects (file, line, column). */
export function mergeReports(...reports: (ValidationReport | null | undefined)[]): ValidationReport {
  const list = reports.filter((r): r is ValidationReport => !!r);
  const order = (a: ReportEntry, b: ReportEntry): number =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  const errors = list.flatMap((r) => r.errors).sort(order);
  const warnings = list.flatMap((r) => r.warnings).sort(order);
  const files = list.flatMap((r) => r.files ?? []);
  const stats = { files: 0, rows: 0, accepted: 0, rejected: 0, ignored: 0 };
  for (const r of list) {
    stats.files += r.stats.files;
    stats.rows += r.stats.rows;
    stats.accepted += r.stats.accepted;
    stats.rejected += r.stats.rejected;
    stats.ignored += r.stats.ignored ?? 0;
  }
  return { valid: errors.length === 0, locale: list[0]?.locale ?? 'fr', stats, files, errors, warnings };
}

/** The same report with every message rendered in another language (from its code and parameters). */
export function localiseReport(report: ValidationReport, locale: Locale): ValidationReport {
  const tr = (e: ReportEntry): ReportEntry => ({ ...e, message: renderMessage(e.code, e.params as Params, locale) });
  return { ...report, locale, errors: report.errors.map(tr), warnings: report.warnings.map(tr) };
}

// ---------------------------------------------------------------------------
// Text

export interface FormatOptions {
  /** Entries shown per list (errors, warnings); the rest is summarised as "+N autres". Default 20. */
  max?: number;
  /** Language of the text (default: the report's). */
  locale?: Locale;
  /** The command a contributor runs again (default: npm run validate). */
  command?: string;
}

const WORDS = {
  fr: {
    whole: 'fichier entier',
    line: 'ligne',
    column: 'colonne',
    valid: 'Données valides',
    invalid: 'Données non valides',
    error: ['erreur', 'erreurs'],
    warning: ['avertissement', 'avertissements'],
    read: ['ligne lue', 'lignes lues'],
    in: 'dans',
    file: ['fichier', 'fichiers'],
    accepted: ['acceptée', 'acceptées'],
    rejected: ['rejetée', 'rejetées'],
    ignored: ['ignorée (reste d’Excel)', 'ignorées (restes d’Excel)'],
    errorsTitle: 'Erreurs à corriger',
    warningsTitle: 'Avertissements',
    other: ['autre', 'autres'],
    full: (cmd: string) => `liste complète : ${cmd} -- --json`,
    fix: (cmd: string) => `Corrigez les fichiers indiqués (numéros de ligne tels qu’affichés par un éditeur de texte, en-tête = ligne 1), puis relancez : ${cmd}`,
  },
  en: {
    whole: 'whole file',
    line: 'line',
    column: 'column',
    valid: 'Data valid',
    invalid: 'Data not valid',
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    read: ['line read', 'lines read'],
    in: 'in',
    file: ['file', 'files'],
    accepted: ['accepted', 'accepted'],
    rejected: ['rejected', 'rejected'],
    ignored: ['ignored (Excel leftover)', 'ignored (Excel leftovers)'],
    errorsTitle: 'Errors to correct',
    warningsTitle: 'Warnings',
    other: ['other', 'others'],
    full: (cmd: string) => `full list: ${cmd} -- --json`,
    fix: (cmd: string) => `Correct the files named above (line numbers as a text editor shows them, header = line 1), then run again: ${cmd}`,
  },
} as const;

/** "x.csv:2:4  — ligne 2, colonne 4 (valeur)". */
export function entryPlace(e: ReportEntry, locale: Locale = 'fr'): string {
  const w = WORDS[locale];
  if (e.line === 0) return `${e.file}  — ${w.whole}`;
  const place = e.column > 0 ? `${e.file}:${e.line}:${e.column}` : `${e.file}:${e.line}`;
  const human = e.column > 0 ? `${w.line} ${e.line}, ${w.column} ${e.column}${e.field ? ` (${e.field})` : ''}` : `${w.line} ${e.line}`;
  return `${place}  — ${human}`;
}

function formatList(title: string, entries: ReportEntry[], max: number, what: readonly [string, string], locale: Locale, command: string): string[] {
  if (entries.length === 0) return [];
  const w = WORDS[locale];
  const out = ['', `${title} (${numberText(entries.length, locale)})`];
  entries.slice(0, max).forEach((e, i) => {
    out.push(`  ${i + 1}. ${entryPlace(e, locale)}`);
    out.push(`     ${e.message}`);
  });
  if (entries.length > max) {
    const n = entries.length - max;
    const words = locale === 'fr' ? [`${w.other[0]} ${what[0]}`, `${w.other[1]} ${what[1]}`] : [`other ${what[0]}`, `other ${what[1]}`];
    out.push(`  +${countText(n, words[0], words[1], locale)} (${w.full(command)})`);
  }
  return out;
}

/** The report as plain text for contributors, the terminal and the build log, in the report's language. */
export function formatReport(report: ValidationReport, options: FormatOptions = {}): string {
  const locale = options.locale ?? report.locale ?? 'fr';
  const r = locale === report.locale ? report : localiseReport(report, locale);
  const w = WORDS[locale];
  const max = options.max ?? 20;
  const command = options.command ?? 'npm run validate';
  const { stats } = r;
  const c = (n: number, pair: readonly [string, string]) => countText(n, pair[0], pair[1], locale);
  const warn = r.warnings.length ? c(r.warnings.length, w.warning) : '';
  const head = r.valid
    ? `✔ ${w.valid}${warn ? ` (${warn})` : ''}.`
    : `✘ ${w.invalid}${locale === 'fr' ? ' : ' : ': '}${c(r.errors.length, w.error)}${warn ? `, ${warn}` : ''}.`;
  const ignored = stats.ignored ? `, ${c(stats.ignored, w.ignored)}` : '';
  const lines = [
    head,
    `  ${c(stats.rows, w.read)} ${w.in} ${c(stats.files, w.file)}${locale === 'fr' ? ' : ' : ': '}${c(stats.accepted, w.accepted)}, ${c(stats.rejected, w.rejected)}${ignored}.`,
    ...formatList(w.errorsTitle, r.errors, max, w.error, locale, command),
    ...formatList(w.warningsTitle, r.warnings, max, w.warning, locale, command),
  ];
  if (!r.valid) lines.push('', w.fix(command));
  return lines.join('\n');
}
