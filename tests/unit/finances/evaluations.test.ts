/**
 * Rating distributions of the breakfast conferences (scripts/pipeline/evaluations.ts):
 * each must add up to the number of evaluations in data/dejeuners-conferences.csv.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEvaluations} from '../../../scripts/pipeline/index';

const root = path.resolve(__dirname, '../../..');
const FILE = 'data/evaluations-conferences.csv';
const temps: string[] = [];

function fixture(edit: (lines: string[]) => void): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-evaluations-'));
  temps.push(base);
  const dir = path.join(base, 'data');
  fs.mkdirSync(dir);
  fs.copyFileSync(path.join(root, 'data/dejeuners-conferences.csv'), path.join(dir, 'dejeuners-conferences.csv'));
  const lines = fs.readFileSync(path.join(root, FILE), 'utf8').split('\n');
  edit(lines);
  fs.writeFileSync(path.join(dir, 'evaluations-conferences.csv'), lines.join('\n'));
  return dir;
}

afterAll(() => {
  for (const t of temps) fs.rmSync(t, {recursive: true, force: true});
});

describe('conference evaluations', () => {
  it('the seeded (illustrative) distributions add up to the published evaluation counts', async () => {
    const {distributions, report} = await loadEvaluations(path.join(root, 'data'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(distributions.map((d) => [d.conference, d.total, d.status])).toEqual([
      ['2006-05-30-alphabetisation', 92, 'illustratif'],
      ['2006-09-21-apprentissage-en-ligne', 68, 'illustratif'],
      ['2006-12-14-simplification-formulaires-ramq', 47, 'illustratif'],
    ]);
  });

  it('a distribution that does not add up is an error on its last line naming its lines', async () => {
    const {report} = await loadEvaluations(fixture((l) => (l[2] = l[2]!.replace(',36,', ',37,'))));
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.type])).toEqual([[FILE, 5, 3, 'total-mismatch']]);
    expect(report.errors[0]!.message).toContain('lignes 2, 3, 4, 5');
    expect(report.errors[0]!.message).toContain('93');
    expect(report.errors[0]!.message).toContain('ligne 2)');
  });

  it('refuses an unknown conference, an unknown level, a non-integer count and a published distribution without source', async () => {
    const {report} = await loadEvaluations(
      fixture((l) => {
        l[1] = l[1]!.replace('2006-05-30-alphabetisation', '2006-05-31-alphabetisation');
        l[6] = l[6]!.replace(',satisfait,', ',content,');
        l[7] = l[7]!.replace(',3,', ',2.5,');
        l[12] = l[12]!.replace(',illustratif,', ',publie,');
      }),
    );
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.type])).toEqual([
      [FILE, 2, 1, 'foreign-key'],
      [FILE, 5, 3, 'total-mismatch'],
      [FILE, 7, 2, 'constraint-error'],
      [FILE, 8, 3, 'constraint-error'],
      [FILE, 9, 3, 'total-mismatch'],
      [FILE, 13, 4, 'constraint-error'],
    ]);
  });
});
