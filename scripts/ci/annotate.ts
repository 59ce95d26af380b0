/**
 * Turns the validator's JSON report (npm run validate -- --json) into GitHub
 * Actions annotations, so a pull request that breaks a CSV shows the error on
 * the line of the file, in the "Files changed" tab:
 *
 *   npm run --silent validate -- --json > validation.json
 *   npx tsx scripts/ci/annotate.ts validation.json     (or on standard input)
 *
 * Errors become ::error, warnings ::warning. Writes a Markdown summary to
 * $GITHUB_STEP_SUMMARY when set. Exit code: 0 valid, 1 not valid, 2 unreadable report.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ReportEntry, ValidationReport} from '../pipeline/types';

/** Escaping of workflow commands: data (the message) and property values. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(level: 'error' | 'warning', e: ReportEntry): string {
  const props = [`file=${escapeProperty(e.file)}`];
  if (e.line > 0) props.push(`line=${e.line}`);
  if (e.line > 0 && e.column > 0) props.push(`col=${e.column}`);
  props.push(`title=${escapeProperty(`${e.type}${e.field ? ` (${e.field})` : ''}`)}`);
  return `::${level} ${props.join(',')}::${escapeData(e.message)}`;
}

/** The report in the text, tolerating lines printed before the JSON (npm's banner). */
export function parseReport(text: string): ValidationReport {
  const start = text.indexOf('{');
  if (start < 0) throw new Error('aucun rapport JSON dans la sortie du validateur');
  const report = JSON.parse(text.slice(start)) as ValidationReport;
  if (typeof report.valid !== 'boolean' || !Array.isArray(report.errors) || !Array.isArray(report.warnings)) {
    throw new Error('rapport JSON inattendu : {valid, stats, errors, warnings} attendu');
  }
  return report;
}

export function annotations(report: ValidationReport): string[] {
  return [...report.errors.map((e) => annotation('error', e)), ...report.warnings.map((e) => annotation('warning', e))];
}

export function summary(report: ValidationReport): string {
  const head = report.valid
    ? `### Données valides ✅\n\n${report.stats.rows} lignes lues dans ${report.stats.files} fichier(s).`
    : `### Données non valides ❌\n\n${report.errors.length} erreur(s) : corrigez-les dans le fichier indiqué (numéro de ligne tel qu'Excel l'affiche, en-tête = ligne 1).`;
  const rows = [...report.errors.map((e) => ['erreur', e] as const), ...report.warnings.map((e) => ['avertissement', e] as const)]
    .slice(0, 100)
    .map(([lvl, e]) => `| ${lvl} | \`${e.file}\` | ${e.line || ''} | ${e.column || ''} | ${e.message.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  return rows.length ? `${head}\n\n| niveau | fichier | ligne | colonne | message |\n| --- | --- | ---: | ---: | --- |\n${rows.join('\n')}\n` : `${head}\n`;
}

function main(argv: string[]): number {
  let report: ValidationReport;
  try {
    const text = argv[0] ? fs.readFileSync(argv[0], 'utf8') : fs.readFileSync(0, 'utf8');
    report = parseReport(text);
  } catch (e) {
    console.error(`annotate : rapport de validation illisible (${(e as Error).message})`);
    return 2;
  }
  for (const line of annotations(report)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(report));
  console.log(report.valid ? `Données valides (${report.warnings.length} avertissement(s)).` : `Données non valides : ${report.errors.length} erreur(s).`);
  return report.valid ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
