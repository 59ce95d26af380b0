/**
 * Fixture data folders: tests/fixtures/pipeline/_base (reference tables and a
 * small catalogue) overlaid with one case folder, copied to a temporary
 * folder named after the case so report paths read "<case>/valeurs/x.csv".
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../../scripts/pipeline/index';
import type { ValidationReport } from '../../../scripts/pipeline/types';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES = join(REPO, 'tests/fixtures/pipeline');
/** Every fixture case folder (each laid over _base). */
export const CASE_NAMES = readdirSync(FIXTURES).filter((n) => n !== '_base').sort();
/** Fixed so "future period" cases do not change with the calendar. */
export const CURRENT_YEAR = 2026;

export function fixtureDir(name: string, as = name): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cego-pipeline-')), as);
  cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
  if (name !== '_base') cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A data folder named `data` holding the base tables plus the given files (text or bytes). */
export function dataDirWith(files: Record<string, string | Buffer>, name = 'data'): string {
  const dir = fixtureDir('_base', name);
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export type Flat = [file: string, line: number, column: number, type: string];

/** The report as Frictionless tests see it: every entry as [file, line, column, type]. */
export function flatten(report: ValidationReport): Flat[] {
  return [...report.errors, ...report.warnings]
    .map((e): Flat => [e.file, e.line, e.column, e.type])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : 1));
}

export async function load(dir: string) {
  return loadDataset(dir, { currentYear: CURRENT_YEAR });
}
