/** A pull request that breaks a CSV is annotated on the line: scripts/ci/annotate.ts. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {annotation, annotations, escapeData, parseReport, summary} from '../../../scripts/ci/annotate';
import type {ValidationReport} from '../../../scripts/pipeline/types';

const siteDir = path.resolve(__dirname, '../../..');

const report: ValidationReport = {
  valid: false,
  locale: 'fr',
  stats: {files: 2, rows: 10, accepted: 9, rejected: 1, ignored: 0},
  files: [],
  errors: [
    {file: 'data/valeurs/2010-2011.csv', line: 7, column: 4, field: 'valeur', type: 'type-error', code: 'number.not-a-number', params: {}, message: '« 12,5,3 » n’est pas un nombre.\nÉcrivez 12,5.'},
  ],
  warnings: [{file: 'data/valeurs/2010-2011.csv', line: 0, column: 0, field: null, type: 'encoding-warning', code: 'encoding.windows-1252', params: {}, message: 'Fichier en windows-1252 : 100 % lisible.'}],
};

describe('GitHub annotations from the validation report', () => {
  it('puts the file, line and column on each error', () => {
    expect(annotation('error', report.errors[0]!)).toBe(
      '::error file=data/valeurs/2010-2011.csv,line=7,col=4,title=type-error (valeur)::« 12,5,3 » n’est pas un nombre.%0AÉcrivez 12,5.',
    );
  });

  it('annotates a whole-file warning without line, and escapes % and newlines', () => {
    expect(annotations(report)[1]).toBe('::warning file=data/valeurs/2010-2011.csv,title=encoding-warning::Fichier en windows-1252 : 100 %25 lisible.');
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
  });

  it('reads the report even after npm’s banner lines', () => {
    const text = `\n> cego-site@0.1.0 validate\n> tsx scripts/validate.ts --json\n\n${JSON.stringify(report)}`;
    expect(parseReport(text).errors).toHaveLength(1);
    expect(() => parseReport('rien')).toThrow();
  });

  it('summarises for the pull request page', () => {
    expect(summary(report)).toContain('| erreur | `data/valeurs/2010-2011.csv` | 7 | 4 |');
  });

  it('exits 1 on an invalid report, 0 on a valid one, 2 on garbage', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-annotate-'));
    const run = (r: unknown): {status: number | null; stdout: string} => {
      const f = path.join(dir, 'r.json');
      fs.writeFileSync(f, typeof r === 'string' ? r : JSON.stringify(r));
      const env = {...process.env};
      delete env.GITHUB_STEP_SUMMARY;
      return spawnSync(process.execPath, [path.join(siteDir, 'node_modules/tsx/dist/cli.mjs'), path.join(siteDir, 'scripts/ci/annotate.ts'), f], {encoding: 'utf8', env});
    };
    const bad = run(report);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error file=data/valeurs/2010-2011.csv,line=7,col=4');
    expect(run({...report, valid: true, errors: []}).status).toBe(0);
    expect(run('pas du json').status).toBe(2);
    fs.rmSync(dir, {recursive: true, force: true});
  }, 60_000);
});
