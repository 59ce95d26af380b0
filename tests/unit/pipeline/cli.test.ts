/**
 * The validator's contract, as contributors and CI use it:
 * npx tsx scripts/validate.ts [--data DIR] [--json] [--out FILE];
 * exit 0 valid (warnings allowed), 1 not valid, 2 usage error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, fixtureDir } from './helpers';

function validate(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 170_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run validate', { timeout: 180_000 }, () => {
  it('--json : rapport JSON et code 0 pour des données valides (avertissements permis)', () => {
    const r = validate('--data', fixtureDir('texte-dangereux'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['valid', 'locale', 'stats', 'files', 'errors', 'warnings']);
    expect(report.valid).toBe(true);
    expect(report.locale).toBe('fr');
    expect(Object.keys(report.stats)).toEqual(['files', 'rows', 'accepted', 'rejected', 'ignored']);
    // row accounting per file: read = accepted + rejected + ignored
    for (const f of report.files) expect(f.rows).toBe(f.accepted + f.rejected + f.ignored);
    expect(report.files.map((f: { file: string }) => f.file)).toContain('texte-dangereux/valeurs/contribution.csv');
    expect(report.warnings.length).toBe(3);
    for (const e of report.warnings) {
      expect(e).toEqual(
        expect.objectContaining({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number), type: 'unsafe-text', code: expect.stringMatching(/^text\./), params: expect.any(Object), message: expect.any(String) }),
      );
    }
  });

  it('code 1 et rapport lisible quand les données ne sont pas valides', () => {
    const r = validate('--data', fixtureDir('nombres-virgule-decimale'), '--max', '3');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Données non valides');
    expect(r.stdout).toContain('nombres-virgule-decimale/valeurs/contribution.csv:2:4');
    expect(r.stdout).toContain('ligne 2, colonne 4 (valeur)');
    expect(r.stdout).toMatch(/\+5\s+autres erreurs/);
  });

  it('--json donne file, line, column, type, message pour chaque erreur', () => {
    const r = validate('--data', fixtureDir('doublons'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e: { file: string; line: number; column: number; type: string }) => [e.file, e.line, e.column, e.type])).toEqual([
      ['doublons/valeurs/a.csv', 4, 0, 'primary-key'],
      ['doublons/valeurs/b.csv', 3, 0, 'primary-key'],
    ]);
  });

  it('--out écrit le jeu de données normalisé', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cego-out-')), 'sous-dossier', 'jeu.json');
    const r = validate('--data', fixtureDir('valide-point-virgule'), '--out', out);
    expect(r.code).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(dataset)).toEqual(['agencies', 'channels', 'themes', 'sources', 'indicators', 'observations', 'periods']);
    expect(dataset.observations).toHaveLength(8);
  });

  it('--out n’écrit rien quand les données ne sont pas valides', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cego-out-')), 'jeu.json');
    const r = validate('--data', fixtureDir('periodes'), '--out', out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('code 2 pour une option inconnue, une option sans valeur ou un dossier introuvable', () => {
    expect(validate('--nimporte').code).toBe(2);
    expect(validate('--data').code).toBe(2);
    const missing = validate('--data', join(tmpdir(), 'cego-dossier-qui-n-existe-pas'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('introuvable');
  });
});
