/**
 * npm run validate checks data/finances/ and data/evaluations-conferences.csv
 * too: the seeded statements pass with their three rounding warnings, a
 * statement altered by 1 000 $ makes the command fail with the line named.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../../..');
const temps: string[] = [];

function validate(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], {cwd: root, encoding: 'utf8', timeout: 170_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

type Entry = {file: string; line: number; column: number; type: string};
const where = (entries: Entry[]) => entries.map((e) => [e.file, e.line, e.column, e.type]);

afterAll(() => {
  for (const t of temps) fs.rmSync(t, {recursive: true, force: true});
});

describe('npm run validate and the financial statements', {timeout: 180_000}, () => {
  it('passes on data/ with exactly the three rounding warnings of the finances', () => {
    const r = validate('--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {valid: boolean; warnings: Entry[]};
    expect(report.valid).toBe(true);
    expect(where(report.warnings.filter((w) => w.file.startsWith('data/finances/')))).toEqual([
      ['data/finances/bilan.csv', 20, 7, 'rounding-difference'],
      ['data/finances/etat-des-resultats.csv', 24, 7, 'rounding-difference'],
      ['data/finances/etat-des-resultats.csv', 34, 7, 'rounding-difference'],
    ]);
  });

  it('fails (exit 1) on a statement altered by 1 000 $, naming the line', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-cli-finances-'));
    temps.push(base);
    const dir = path.join(base, 'data');
    fs.cpSync(path.join(root, 'data'), dir, {recursive: true});
    const file = path.join(dir, 'finances', 'etat-des-resultats.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('2006-2007,depenses,honoraires,ligne,Honoraires,Fees,110003', '2006-2007,depenses,honoraires,ligne,Honoraires,Fees,111003'));
    const text = validate('--data', dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('data/finances/etat-des-resultats.csv:34:7');
    expect(text.stdout).toContain('lignes 25 à 33');
    const json = validate('--data', dir, '--json');
    expect(json.code).toBe(1);
    expect(where((JSON.parse(json.stdout) as {errors: Entry[]}).errors)).toEqual([['data/finances/etat-des-resultats.csv', 34, 7, 'total-mismatch']]);
  });
});
