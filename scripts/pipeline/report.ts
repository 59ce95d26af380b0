/**
 * Collecting report entries and rendering them for people. Messages are French
 * and say what is wrong, what was expected and how to fix it; the CLI, the
 * site build and CI all print the same text (formatReport).
 */
import type { ReportEntry, ReportEntryType, ValidationReport } from './types';

/** Entry types that never make the data invalid. */
const WARNING_TYPES: ReadonlySet<ReportEntryType> = new Set(['encoding-warning', 'unsafe-text', 'rounding-difference']);

export function isWarningType(type: ReportEntryType): boolean {
  return WARNING_TYPES.has(type);
}

export class Reporter {
  readonly errors: ReportEntry[] = [];
  readonly warnings: ReportEntry[] = [];
  files = 0;
  rows = 0;
  accepted = 0;
  rejected = 0;

  add(file: string, line: number, column: number, field: string | null, type: ReportEntryType, message: string): void {
    const entry: ReportEntry = { file, line, column, field, type, message };
    (isWarningType(type) ? this.warnings : this.errors).push(entry);
  }

  toReport(): ValidationReport {
    const order = (a: ReportEntry, b: ReportEntry): number =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
    const errors = [...this.errors].sort(order);
    const warnings = [...this.warnings].sort(order);
    return {
      valid: errors.length === 0,
      stats: { files: this.files, rows: this.rows, accepted: this.accepted, rejected: this.rejected },
      errors,
      warnings,
    };
  }
}

/** « x » with French quotes and no-break spaces; long cells are shortened. */
export function q(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `«\u00a0${shown.replace(/\n/g, '⏎')}\u00a0»`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('fr-CA')}\u00a0${n > 1 ? many : one}`;
}

export interface FormatOptions {
  /** Entries shown per list (errors, warnings); the rest is summarised as "+N autres". Default 20. */
  max?: number;
}

function where(e: ReportEntry): string {
  if (e.line === 0) return `${e.file}  — fichier entier`;
  const place = e.column > 0 ? `${e.file}:${e.line}:${e.column}` : `${e.file}:${e.line}`;
  const human = e.column > 0 ? `ligne ${e.line}, colonne ${e.column}${e.field ? ` (${e.field})` : ''}` : `ligne ${e.line}`;
  return `${place}  — ${human}`;
}

function formatList(title: string, entries: ReportEntry[], max: number, what: [string, string]): string[] {
  if (entries.length === 0) return [];
  const out = ['', `${title} (${entries.length.toLocaleString('fr-CA')})`];
  entries.slice(0, max).forEach((e, i) => {
    out.push(`  ${i + 1}. ${where(e)}`);
    out.push(`     ${e.message}`);
  });
  if (entries.length > max) out.push(`  +${plural(entries.length - max, `autre ${what[0]}`, `autres ${what[1]}`)} (liste complète : npm run validate -- --json)`);
  return out;
}

/** The report as plain French text for contributors, the terminal and the build log. */
export function formatReport(report: ValidationReport, options: FormatOptions = {}): string {
  const max = options.max ?? 20;
  const { stats } = report;
  const head = report.valid
    ? `✔ Données valides${report.warnings.length ? ` (${plural(report.warnings.length, 'avertissement', 'avertissements')})` : ''}.`
    : `✘ Données non valides : ${plural(report.errors.length, 'erreur', 'erreurs')}${report.warnings.length ? `, ${plural(report.warnings.length, 'avertissement', 'avertissements')}` : ''}.`;
  const lines = [
    head,
    `  ${plural(stats.rows, 'ligne lue', 'lignes lues')} dans ${plural(stats.files, 'fichier', 'fichiers')} : ${plural(stats.accepted, 'acceptée', 'acceptées')}, ${plural(stats.rejected, 'rejetée', 'rejetées')}.`,
    ...formatList('Erreurs à corriger', report.errors, max, ['erreur', 'erreurs']),
    ...formatList('Avertissements', report.warnings, max, ['avertissement', 'avertissements']),
  ];
  if (!report.valid) {
    lines.push('', 'Corrigez les fichiers indiqués (numéros de ligne tels qu’affichés par un éditeur de texte, en-tête = ligne 1), puis relancez : npm run validate');
  }
  return lines.join('\n');
}
