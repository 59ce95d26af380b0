/**
 * Checks of the financial statements (scripts/pipeline/finances.ts), with the
 * exact place of every entry: [file, line, column, type]. Each case copies the
 * seeded data/finances/ to a temporary folder and alters one or two amounts.
 *
 * Line map of the seed (header = line 1):
 *   etat-des-resultats.csv  2005-2006: revenus 2–5, total 6; dépenses 7–15, total 16;
 *                           excedent-exercice 17, excedent-debut 18, excedent-fin 19
 *                           2006-2007: revenus 20–23, total 24; dépenses 25–33, total 34;
 *                           excedent-exercice 35, excedent-debut 36, excedent-fin 37
 *   bilan.csv               2005-2006: actif 2–7, total 8; passif 9–10, total 11; excédent 12; total 13
 *                           2006-2007: actif 14–19, total 20; passif 21–22, total 23; excédent 24; total 25
 * The amount (montant) is column 7.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {lineList} from '../../../scripts/pipeline/finances';
import {checkCentreData, loadFinances, mergeReports} from '../../../scripts/pipeline/index';
import {formatReport} from '../../../scripts/pipeline/report';
import type {ReportEntry} from '../../../scripts/pipeline/types';

const root = path.resolve(__dirname, '../../..');
const RES = 'data/finances/etat-des-resultats.csv';
const BIL = 'data/finances/bilan.csv';
const temps: string[] = [];

type Edits = Partial<Record<'etat-des-resultats.csv' | 'bilan.csv' | 'parametres.csv', (lines: string[]) => void>>;

/** A copy of data/ (finances and sources) in a temporary folder named data, altered by `edits`. */
function fixture(edits: Edits = {}): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-finances-'));
  temps.push(base);
  const dir = path.join(base, 'data');
  fs.mkdirSync(path.join(dir, 'finances'), {recursive: true});
  fs.copyFileSync(path.join(root, 'data/sources.csv'), path.join(dir, 'sources.csv'));
  for (const name of ['etat-des-resultats.csv', 'bilan.csv', 'parametres.csv'] as const) {
    const lines = fs.readFileSync(path.join(root, 'data/finances', name), 'utf8').split('\n');
    edits[name]?.(lines);
    fs.writeFileSync(path.join(dir, 'finances', name), lines.join('\n'));
  }
  return dir;
}

/** Set the amount (column 7) of a physical line (1-based). */
function amount(line: number, value: string): (lines: string[]) => void {
  return (lines) => {
    const cells = lines[line - 1]!.split(',');
    cells[6] = value;
    lines[line - 1] = cells.join(',');
  };
}
function all(...fns: ((lines: string[]) => void)[]): (lines: string[]) => void {
  return (lines) => fns.forEach((f) => f(lines));
}

const where = (entries: ReportEntry[]) => entries.map((e) => [e.file, e.line, e.column, e.type]);

const SEED_WARNINGS = [
  [BIL, 20, 7, 'rounding-difference'],
  [RES, 24, 7, 'rounding-difference'],
  [RES, 34, 7, 'rounding-difference'],
];

afterAll(() => {
  for (const t of temps) fs.rmSync(t, {recursive: true, force: true});
});

describe('seeded statements (2005-2006 and 2006-2007)', () => {
  it('are valid with exactly the three 1 $ rounding warnings of the published 2006-2007 statements', async () => {
    const {data, report} = await loadFinances(path.join(root, 'data'));
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(where(report.warnings)).toEqual(SEED_WARNINGS);
    // the three finance files, and sources.csv and organismes.csv whose codes they cite
    expect(report.stats).toEqual({files: 5, rows: 74, accepted: 74, rejected: 0, ignored: 0});
    expect(report.files.filter((f) => f.file.startsWith('data/finances/')).map((f) => [f.file, f.rows, f.accepted])).toEqual([
      ['data/finances/parametres.csv', 1, 1],
      ['data/finances/etat-des-resultats.csv', 36, 36],
      ['data/finances/bilan.csv', 24, 24],
    ]);
    expect(data.years).toEqual(['2005-2006', '2006-2007']);
    expect(data.toleranceCents).toBe(100);
    const [assets, revenue, expenses] = report.warnings;
    expect(revenue!.message).toContain('lignes 20 à 23');
    expect(revenue!.message).toContain('206\u00a0446\u00a0$');
    expect(expenses!.message).toContain('lignes 25 à 33');
    expect(assets!.message).toContain('lignes 14 à 19');
    expect(data.findings.map((f) => [f.check, f.target.poste, f.difference])).toEqual([
      ['somme', 'total-revenus', -100],
      ['somme', 'total-depenses', 100],
      ['somme', 'total-actif', -100],
    ]);
  });

  it('keep every published amount in integer cents', async () => {
    const {data} = await loadFinances(path.join(root, 'data'));
    const get = (ex: string, poste: string) => data.rows.find((r) => r.exercice === ex && r.poste === poste)!.cents;
    expect(get('2006-2007', 'cotisation-organismes')).toBe(20_000_000);
    expect(get('2006-2007', 'excedent-exercice')).toBe(4_642_400);
    expect(get('2005-2006', 'excedent-debut')).toBe(9_959_800);
    expect(get('2006-2007', 'excedent-fin')).toBe(18_786_000);
    expect(get('2006-2007', 'placement')).toBe(20_500_000);
    expect(data.rows.every((r) => Number.isInteger(r.cents))).toBe(true);
  });

  it('are checked by npm run validate (checkCentreData) with the same warnings', async () => {
    const report = await checkCentreData(path.join(root, 'data'));
    expect(report!.valid).toBe(true);
    expect(where(report!.warnings)).toEqual(SEED_WARNINGS);
    expect(formatReport(report!)).toContain('✔ Données valides (3\u00a0avertissements).');
  });
});

describe('a total off by 1 $', () => {
  it('is a warning on the total line naming the lines summed (a line changed)', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(4, '5176')}));
    expect(report.errors).toEqual([]);
    expect(where(report.warnings)).toEqual([[RES, 6, 7, 'rounding-difference'], ...SEED_WARNINGS].sort(sortEntries));
    const w = report.warnings.find((e) => e.line === 6)!;
    expect(w.field).toBe('montant');
    expect(w.message).toContain('Revenus 2005-2006');
    expect(w.message).toContain('lignes 2 à 5');
    expect(w.message).toContain('194\u00a0536\u00a0$');
  });

  it('in a reported total also shows in the surplus for the year (within tolerance: warnings only)', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(6, '194536')}));
    expect(report.valid).toBe(true);
    const extra = report.warnings.filter((e) => e.file === RES && e.line < 20);
    expect(where(extra)).toEqual([
      [RES, 6, 7, 'rounding-difference'],
      [RES, 17, 7, 'rounding-difference'],
    ]);
    expect(extra[1]!.message).toContain('ligne 6');
    expect(extra[1]!.message).toContain('ligne 16');
  });
});

describe('a statement altered by 1 000 $', () => {
  it('is rejected: error on the total line naming the lines summed', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(26, '111003')}));
    expect(report.valid).toBe(false);
    expect(where(report.errors)).toEqual([[RES, 34, 7, 'total-mismatch']]);
    expect(report.errors[0]!.message).toContain('lignes 25 à 33');
    expect(report.errors[0]!.message).toContain('Écart de 999\u00a0$');
    expect(report.errors[0]!.message).toContain('tolérance');
    // the other rounding warnings stay
    expect(where(report.warnings)).toEqual([SEED_WARNINGS[0], SEED_WARNINGS[1]]);
    expect(formatReport(report)).toContain('data/finances/etat-des-resultats.csv:34:7');
  });

  it('in a reported total is rejected on the total and on the surplus for the year', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(34, '161021')}));
    expect(where(report.errors)).toEqual([
      [RES, 34, 7, 'total-mismatch'],
      [RES, 35, 7, 'total-mismatch'],
    ]);
    expect(report.errors[1]!.message).toContain('ligne 24');
    expect(report.errors[1]!.message).toContain('ligne 34');
  });

  it('becomes a warning when the tolerance is raised (option or parametres.csv)', async () => {
    const dir = fixture({'etat-des-resultats.csv': amount(26, '111003')});
    const byOption = await loadFinances(dir, {tolerance: 1000});
    expect(byOption.report.valid).toBe(true);
    expect(where(byOption.report.warnings)).toContainEqual([RES, 34, 7, 'rounding-difference']);
    const byFile = await loadFinances(
      fixture({'etat-des-resultats.csv': amount(26, '111003'), 'parametres.csv': (l) => (l[1] = 'tolerance_arrondi,1000,')}),
    );
    expect(byFile.report.valid).toBe(true);
    expect(byFile.data.toleranceCents).toBe(100_000);
  });
});

describe('tolerance', () => {
  it('at 0 turns the published 1 $ differences into errors', async () => {
    const {report} = await loadFinances(path.join(root, 'data'), {tolerance: 0});
    expect(where(report.errors)).toEqual(SEED_WARNINGS.map(([f, l, c]) => [f, l, c, 'total-mismatch']));
    expect(report.warnings).toEqual([]);
  });

  it('refuses an unknown parameter or a negative tolerance', async () => {
    const {report} = await loadFinances(fixture({'parametres.csv': (l) => (l[1] = 'tolerance,-1,')}));
    expect(where(report.errors)).toEqual([['data/finances/parametres.csv', 2, 1, 'constraint-error']]);
  });
});

describe('roll-forward of the surplus', () => {
  it('across years: an opening surplus that is not last year’s closing surplus is an error naming both lines', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(36, '142436')}));
    expect(where(report.errors)).toEqual([
      [RES, 36, 7, 'total-mismatch'],
      [RES, 37, 7, 'total-mismatch'],
    ]);
    const [carry, closing] = report.errors;
    expect(carry!.message).toContain('Report de l’excédent');
    expect(carry!.message).toContain('2005-2006');
    expect(carry!.message).toContain('ligne 19');
    expect(closing!.message).toContain('lignes 35 et 36');
  });

  it('within the year: closing ≠ opening + surplus for the year, and the balance sheet no longer agrees', async () => {
    const {report} = await loadFinances(fixture({'etat-des-resultats.csv': amount(37, '188860')}));
    expect(where(report.errors)).toEqual([
      [BIL, 24, 7, 'total-mismatch'],
      [RES, 37, 7, 'total-mismatch'],
    ]);
    expect(report.errors[0]!.message).toContain('etat-des-resultats.csv ligne 37');
  });

  it('surplus for the year ≠ revenue − expenses is an error on that line', async () => {
    const {report} = await loadFinances(
      fixture({'etat-des-resultats.csv': all(amount(17, '42838'), amount(19, '142436'), amount(36, '142436'), amount(37, '188860'))}),
    );
    expect(where(report.errors)).toContainEqual([RES, 17, 7, 'total-mismatch']);
    expect(report.errors.find((e) => e.line === 17)!.message).toContain('ligne 6');
  });
});

describe('balance sheet', () => {
  it('unbalanced (assets ≠ liabilities + surplus) is an error on the total assets naming the lines', async () => {
    const {report} = await loadFinances(fixture({'bilan.csv': all(amount(16, '206000'), amount(20, '230406'))}));
    expect(where(report.errors)).toEqual([[BIL, 20, 7, 'total-mismatch']]);
    expect(report.errors[0]!.message).toContain('non équilibré');
    expect(report.errors[0]!.message).toContain('lignes 23 et 24');
    // the 1 $ difference between the asset lines and their total is still a warning
    expect(where(report.warnings)).toContainEqual([BIL, 20, 7, 'rounding-difference']);
  });

  it('a total of liabilities and surplus that does not add up is an error', async () => {
    const {report} = await loadFinances(fixture({'bilan.csv': amount(13, '179239')}));
    expect(where(report.errors)).toEqual([[BIL, 13, 7, 'total-mismatch']]);
    expect(report.errors[0]!.message).toContain('lignes 11 et 12');
  });
});

describe('structure and cells', () => {
  it('accepts amounts written as published: "200 000 $", a dash for nil', async () => {
    const {report, data} = await loadFinances(
      fixture({'etat-des-resultats.csv': all(amount(20, '"200 000 $"'), amount(23, '-'))}),
    );
    expect(report.errors).toEqual([]);
    expect(data.rows.find((r) => r.exercice === '2006-2007' && r.poste === 'cotisation-organismes')!.cents).toBe(20_000_000);
  });

  it('refuses a missing total, a duplicate line, a bad amount and an unknown section', async () => {
    const {report} = await loadFinances(
      fixture({
        'etat-des-resultats.csv': (l) => {
          l[5] = l[5]!.replace(',total,', ',ligne,'); // line 6: no more total for revenus 2005-2006
          l[8] = l[7]!; // line 9 duplicates line 8
          amount(10, '12.5')(l); // a decimal point in a comma-separated file is fine; 12,5 is not
          l[10] = l[10]!.replace(',depenses,', ',depense,'); // line 11
          amount(12, 'abc')(l);
        },
      }),
    );
    expect(where(report.errors)).toEqual([
      [RES, 6, 0, 'constraint-error'],
      [RES, 9, 3, 'primary-key'],
      [RES, 11, 2, 'constraint-error'],
      [RES, 12, 7, 'type-error'],
      [RES, 16, 7, 'total-mismatch'],
    ]);
  });

  it('refuses a year without its balance sheet and a gap between years', async () => {
    const {report} = await loadFinances(
      fixture({'bilan.csv': (l) => l.splice(13), 'etat-des-resultats.csv': (l) => {
        for (let i = 19; i < 37; i++) l[i] = l[i]!.replace(/^2006-2007/, '2007-2008');
      }}),
    );
    expect(where(report.errors)).toEqual([
      [RES, 20, 0, 'constraint-error'],
      [RES, 36, 0, 'period-error'],
    ]);
  });
});

describe('member contributions per agency (optional cotisations.csv)', () => {
  const withContributions = (rows: string[]) => {
    const dir = fixture();
    fs.copyFileSync(path.join(root, 'data/organismes.csv'), path.join(dir, 'organismes.csv'));
    fs.writeFileSync(path.join(dir, 'finances/cotisations.csv'), ['exercice,organisme,montant,statut,source,note', ...rows].join('\n'));
    return dir;
  };

  it('are reconciled with the contributions line of the statement of operations', async () => {
    const ok = await loadFinances(withContributions(['2006-2007,RRQ,100000,illustratif,,', '2006-2007,SAAQ,100000,illustratif,,']));
    expect(ok.report.errors).toEqual([]);
    expect(ok.data.contributions.map((c) => [c.agency, c.cents])).toEqual([['RRQ', 10_000_000], ['SAAQ', 10_000_000]]);
    const off = await loadFinances(withContributions(['2006-2007,RRQ,100000,illustratif,,', '2006-2007,SAAQ,99000,illustratif,,']));
    expect(where(off.report.errors)).toEqual([[RES, 20, 7, 'total-mismatch']]);
    expect(off.report.errors[0]!.message).toContain('cotisations.csv ligne 2');
  });

  it('refuse an unknown agency and a year without statements', async () => {
    const {report} = await loadFinances(withContributions(['2006-2007,XYZ,200000,illustratif,,', '2004-2005,RRQ,1,illustratif,,']));
    expect(where(report.errors)).toEqual([
      ['data/finances/cotisations.csv', 2, 2, 'foreign-key'],
      ['data/finances/cotisations.csv', 3, 0, 'constraint-error'],
    ]);
  });
});

describe('helpers', () => {
  it('lineList names single lines, pairs, ranges and lists', () => {
    expect(lineList([12])).toBe('ligne 12');
    expect(lineList([4, 3])).toBe('lignes 3 et 4');
    expect(lineList([7, 3, 4, 5, 6])).toBe('lignes 3 à 7');
    expect(lineList([3, 9, 5])).toBe('lignes 3, 5 et 9');
  });

  it('mergeReports adds statistics and sorts entries', () => {
    const a = {valid: true, locale: 'fr' as const, stats: {files: 1, rows: 2, accepted: 2, rejected: 0, ignored: 0}, files: [], errors: [], warnings: []};
    const e: ReportEntry = {file: 'b', line: 1, column: 0, field: null, type: 'total-mismatch', code: 'finance.sum', params: {}, message: 'x'};
    const merged = mergeReports(a, null, {valid: false, locale: 'fr', stats: {files: 2, rows: 3, accepted: 1, rejected: 2, ignored: 1}, files: [], errors: [e], warnings: []});
    expect(merged.valid).toBe(false);
    expect(merged.stats).toEqual({files: 3, rows: 5, accepted: 3, rejected: 2, ignored: 1});
    expect(merged.errors).toEqual([e]);
  });

  it('checkCentreData leaves a folder without finances or evaluations alone', async () => {
    expect(await checkCentreData(path.join(root, 'tests/fixtures/etalonnage'))).toBeNull();
  });
});

function sortEntries(a: unknown[], b: unknown[]): number {
  const [fa, la] = a as [string, number];
  const [fb, lb] = b as [string, number];
  return fa < fb ? -1 : fa > fb ? 1 : la - lb;
}
