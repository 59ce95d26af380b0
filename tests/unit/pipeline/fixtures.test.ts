/**
 * One fixture folder per case (tests/fixtures/pipeline/<case>/, laid over
 * _base/), each compared with its whole flattened report: a regression in
 * any entry shows in one assertion. Base tables hold 43 rows (4 reference
 * tables and an 8-indicator catalogue), all accepted.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, dataDirWith, fixtureDir, flatten, load, type Flat } from './helpers';

const BASE_ROWS = 43;

interface Case {
  /** [file, line, column, type] of every error and warning. */
  report: Flat[];
  valid: boolean;
  /** Rows read in the case's own files, and how many were rejected. */
  rows: number;
  rejected: number;
  files?: number;
}

/** Messages use no-break spaces inside « »; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const v = (name: string, file = 'contribution.csv') => `${name}/valeurs/${file}`;

const CASES: Record<string, Case> = {
  'valide-virgule': { valid: true, rows: 5, rejected: 0, report: [] },
  'valide-point-virgule': { valid: true, rows: 8, rejected: 0, report: [] },
  'codes-nfc': { valid: true, rows: 2, rejected: 0, report: [] },
  'entete-mal-orthographiee': {
    valid: false, rows: 1, rejected: 0,
    report: [
      [v('entete-mal-orthographiee'), 1, 2, 'misspelt-label'],
      [v('entete-mal-orthographiee'), 1, 4, 'misspelt-label'],
    ],
  },
  'entete-colonne-manquante': {
    valid: false, rows: 2, rejected: 2,
    report: [[v('entete-colonne-manquante'), 1, 0, 'missing-label']],
  },
  'entete-colonnes-en-trop': {
    // the empty unnamed last column is Excel's leftover (#12): one warning, not an error
    valid: false, rows: 1, rejected: 0,
    report: [
      [v('entete-colonnes-en-trop'), 1, 0, 'excel-leftover'],
      [v('entete-colonnes-en-trop'), 1, 6, 'extra-label'],
      [v('entete-colonnes-en-trop'), 1, 7, 'duplicate-label'],
    ],
  },
  'entete-absente': {
    // line 1 holds data: it is a row read and rejected, like line 2
    valid: false, rows: 2, rejected: 2,
    report: [[v('entete-absente'), 1, 0, 'missing-label']],
  },
  'fichier-vide': { valid: false, rows: 0, rejected: 0, report: [[v('fichier-vide'), 1, 0, 'missing-label']] },
  'lignes-vides': {
    valid: false, rows: 4, rejected: 2,
    report: [
      [v('lignes-vides'), 3, 0, 'blank-row'],
      [v('lignes-vides'), 4, 0, 'blank-row'],
    ],
  },
  'lignes-irregulieres': {
    valid: false, rows: 3, rejected: 2,
    report: [
      [v('lignes-irregulieres'), 2, 5, 'missing-cell'],
      [v('lignes-irregulieres'), 3, 8, 'extra-cell'],
    ],
  },
  'nombres-virgule-decimale': {
    valid: false, rows: 8, rejected: 8,
    report: [
      [v('nombres-virgule-decimale'), 2, 4, 'ambiguous-number'], // 1.234
      [v('nombres-virgule-decimale'), 3, 4, 'ambiguous-number'], // 1,234,5
      [v('nombres-virgule-decimale'), 4, 4, 'ambiguous-number'], // 5,58199E+12
      [v('nombres-virgule-decimale'), 5, 4, 'type-error'], // 81.5
      [v('nombres-virgule-decimale'), 6, 4, 'type-error'], // N/A
      [v('nombres-virgule-decimale'), 7, 4, 'type-error'], // quatre-vingts
      [v('nombres-virgule-decimale'), 8, 4, 'type-error'], // 1 23 4
      [v('nombres-virgule-decimale'), 9, 4, 'type-error'], // -
    ],
  },
  'nombres-point-decimal': {
    valid: false, rows: 4, rejected: 3,
    report: [
      [v('nombres-point-decimal'), 2, 4, 'ambiguous-number'], // "1,234"
      [v('nombres-point-decimal'), 3, 4, 'type-error'], // "81,5"
      [v('nombres-point-decimal'), 4, 4, 'ambiguous-number'], // "1,234.5"
    ],
  },
  'hors-limites': {
    valid: false, rows: 6, rejected: 5,
    report: [
      [v('hors-limites'), 2, 4, 'constraint-error'], // 120 %
      [v('hors-limites'), 3, 4, 'constraint-error'], // negative count
      [v('hors-limites'), 4, 4, 'constraint-error'], // 12.5 calls
      [v('hors-limites'), 5, 4, 'type-error'], // % on a count
      [v('hors-limites'), 7, 4, 'constraint-error'], // negative days
    ],
  },
  'codes-inconnus': {
    valid: false, rows: 8, rejected: 8,
    report: [
      [v('codes-inconnus'), 2, 1, 'foreign-key'],
      [v('codes-inconnus'), 3, 1, 'foreign-key'],
      [v('codes-inconnus'), 4, 2, 'foreign-key'],
      [v('codes-inconnus'), 5, 5, 'constraint-error'],
      [v('codes-inconnus'), 6, 7, 'foreign-key'],
      [v('codes-inconnus'), 7, 7, 'constraint-error'],
      [v('codes-inconnus'), 8, 1, 'foreign-key'],
      [v('codes-inconnus'), 8, 2, 'foreign-key'],
      [v('codes-inconnus'), 9, 1, 'constraint-error'],
      [v('codes-inconnus'), 9, 5, 'constraint-error'],
    ],
  },
  periodes: {
    valid: false, rows: 9, rejected: 7,
    report: [2, 3, 4, 5, 6, 7, 8].map((line): Flat => [v('periodes'), line, 3, 'period-error']),
  },
  doublons: {
    valid: false, rows: 5, rejected: 2, files: 7,
    report: [
      [v('doublons', 'a.csv'), 4, 0, 'primary-key'],
      [v('doublons', 'b.csv'), 3, 0, 'primary-key'],
    ],
  },
  'texte-dangereux': {
    valid: true, rows: 4, rejected: 0,
    report: [
      [v('texte-dangereux'), 2, 6, 'unsafe-text'],
      [v('texte-dangereux'), 3, 6, 'unsafe-text'],
      [v('texte-dangereux'), 4, 6, 'unsafe-text'],
    ],
  },
  'cellules-multilignes': {
    // the note of line 2 spans lines 2–4, that of line 6 spans 6–8
    valid: false, rows: 4, rejected: 2,
    report: [
      [v('cellules-multilignes'), 5, 4, 'type-error'],
      [v('cellules-multilignes'), 9, 4, 'constraint-error'],
    ],
  },
  'guillemet-non-ferme': {
    valid: false, rows: 2, rejected: 1,
    report: [[v('guillemet-non-ferme'), 3, 0, 'source-error']],
  },
  'catalogue-erreurs': {
    valid: false, rows: 1, rejected: 0,
    report: [
      ['catalogue-erreurs/indicateurs.csv', 3, 1, 'primary-key'],
      ['catalogue-erreurs/indicateurs.csv', 4, 1, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 5, 7, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 5, 11, 'foreign-key'],
      ['catalogue-erreurs/indicateurs.csv', 6, 8, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 6, 9, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 6, 10, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 6, 12, 'foreign-key'],
      ['catalogue-erreurs/indicateurs.csv', 6, 13, 'constraint-error'],
      ['catalogue-erreurs/indicateurs.csv', 6, 14, 'foreign-key'],
      ['catalogue-erreurs/indicateurs.csv', 7, 3, 'constraint-error'],
    ],
  },
  'parts-modes': {
    valid: false, rows: 8, rejected: 0,
    report: [[v('parts-modes'), 4, 0, 'total-mismatch']],
  },
  'fichier-non-csv': {
    valid: false, rows: 1, rejected: 0,
    report: [[v('fichier-non-csv', 'contribution.xlsx'), 0, 0, 'source-error']],
  },
  'classeur-renomme': { valid: false, rows: 0, rejected: 0, report: [[v('classeur-renomme'), 1, 0, 'encoding-error']] },
  'windows-1252': { valid: true, rows: 3, rejected: 0, report: [[v('windows-1252'), 3, 0, 'encoding-warning']] },
  'windows-1252-invalide': { valid: false, rows: 0, rejected: 0, report: [[v('windows-1252-invalide'), 2, 0, 'encoding-error']] },
};

describe('rapport complet de chaque cas', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, async () => {
      const { report } = await load(fixtureDir(name));
      expect(flatten(report)).toEqual(expected.report);
      expect(report.valid).toBe(expected.valid);
      const { stats } = report;
      // the catalogue case replaces the base catalogue (8 rows) by its own (6 rows)
      const baseRows = name === 'catalogue-erreurs' ? BASE_ROWS - 8 + 6 : BASE_ROWS;
      const catalogueRejected = name === 'catalogue-erreurs' ? 5 : 0;
      expect(stats.rows).toBe(baseRows + expected.rows);
      expect(stats.rejected).toBe(expected.rejected + catalogueRejected);
      // nothing is lost: every row read is either accepted or rejected
      expect(stats.accepted + stats.rejected).toBe(stats.rows);
      if (expected.files) expect(stats.files).toBe(expected.files);
      // every entry is typed, placed and explained in French
      for (const e of [...report.errors, ...report.warnings]) {
        expect(e.message.length).toBeGreaterThan(20);
        expect(e.line).toBeGreaterThanOrEqual(0);
      }
    });
  }
});

describe('contenu des messages', () => {
  it('suggère le nom de colonne voulu', async () => {
    const { report } = await load(fixtureDir('entete-mal-orthographiee'));
    expect(report.errors.map((e) => plain(e.message))).toEqual([
      expect.stringContaining('« indicateur »'),
      expect.stringContaining('« valeur »'),
    ]);
  });

  it('suggère le code le plus proche pour un organisme, un indicateur, une source', async () => {
    const { report } = await load(fixtureDir('codes-inconnus'));
    const byLine = (line: number, col: number) => plain(report.errors.find((e) => e.line === line && e.column === col)!.message);
    expect(byLine(2, 1)).toContain('Vouliez-vous dire « SAAQ »');
    expect(byLine(3, 1)).toContain('Vouliez-vous dire « SAAQ »');
    expect(byLine(4, 2)).toContain('Vouliez-vous dire « appels-volume »');
    expect(byLine(6, 7)).toContain('Vouliez-vous dire « crc-services-quebec-2012 »');
    expect(byLine(8, 1)).not.toContain('Vouliez-vous dire');
  });

  it('cite les deux lignes d’un doublon, même d’un fichier à l’autre', async () => {
    const { report } = await load(fixtureDir('doublons'));
    const across = report.errors.find((e) => e.file.endsWith('b.csv'))!;
    expect(across.message).toContain('doublons/valeurs/a.csv:3');
    expect(across.message).toContain('doublons/valeurs/b.csv:3');
  });

  it('propose la bonne écriture des nombres et des périodes', async () => {
    const nums = (await load(fixtureDir('nombres-virgule-decimale'))).report.errors.map((e) => plain(e.message));
    expect(nums[0]).toContain('« 1234 »');
    expect(nums[3]).toContain('Écrivez « 81,5 »');
    expect(nums[2]).toContain('notation scientifique');
    const periods = (await load(fixtureDir('periodes'))).report.errors.map((e) => plain(e.message));
    expect(periods[0]).toContain('« 2010-2011 »');
    expect(periods[3]).toContain('« 2010-2011 »');
  });

  it('garde le texte douteux tel quel, comme du texte', async () => {
    const { dataset } = await load(fixtureDir('texte-dangereux'));
    const notes = dataset.observations.map((o) => o.note);
    expect(notes).toContain('<script>alert(1)</script>');
    expect(notes).toContain('=HYPERLINK("http://exemple.test")');
    // "-5 %" and "<5 %" are ordinary French notes
    expect(notes).toContain('-5 % par rapport à 2009, <5 % d\'écart');
  });
});

describe('valeurs lues', () => {
  it('lit les nombres d’Excel en français et les valeurs manquantes déclarées', async () => {
    const { dataset } = await load(fixtureDir('valide-point-virgule'));
    const get = (agency: string, indicator: string) => dataset.observations.find((o) => o.agency === agency && o.indicator === indicator)!;
    expect(get('SAAQ', 'appels-volume').value).toBe(1980000);
    expect(get('SQ', 'appels-volume').value).toBe(1006000);
    expect(get('SAAQ', 'appels-reponse-3-minutes').value).toBe(81.5);
    expect(get('CNT', 'cout-transaction-telephone').value).toBe(8.25);
    expect(get('RRQ', 'plaintes-delai-reponse')).toMatchObject({ value: null, missing: 'sans-objet' });
    expect(get('RAMQ', 'plaintes-delai-reponse')).toMatchObject({ value: null, missing: 'confidentiel' });
    expect(get('CSST', 'plaintes-delai-reponse')).toMatchObject({ value: null, missing: 'non-disponible' });
    expect(get('CARRA', 'plaintes-delai-reponse')).toMatchObject({ value: 12.5, missing: null, status: 'illustratif' });
    expect(get('SQ', 'appels-volume')).toMatchObject({ status: 'publie', source: 'crc-services-quebec-2012' });
  });

  it('normalise en NFC en-têtes, statuts et textes', async () => {
    const { dataset, report } = await load(fixtureDir('codes-nfc'));
    expect(report.errors).toEqual([]);
    expect(dataset.observations.find((o) => o.agency === 'SAAQ')!.note).toBe('Note accentuée'.normalize('NFC'));
    expect(dataset.observations.find((o) => o.agency === 'SQ')!.status).toBe('publie');
  });

  it('garde les retours à la ligne des cellules multilignes', async () => {
    const { dataset } = await load(fixtureDir('cellules-multilignes'));
    const saaq = dataset.observations.find((o) => o.agency === 'SAAQ')!;
    expect(saaq.note).toBe('Première ligne\ndeuxième ligne\ntroisième ligne');
    expect(saaq.origin).toEqual({ file: 'cellules-multilignes/valeurs/contribution.csv', line: 2 });
    expect(dataset.observations.find((o) => o.agency === 'CNT')!.origin.line).toBe(6);
  });

  it('trie les observations par indicateur, organisme, période', async () => {
    const { dataset } = await load(fixtureDir('valide-virgule'));
    const keys = dataset.observations.map((o) => `${o.indicator}|${o.agency}|${o.period}`);
    expect(keys).toEqual([...keys].sort());
    expect(dataset.periods).toEqual(['2009-2010', '2010', '2010-2011']);
  });

  it('garde les codes comme du texte : 0012 reste 0012', async () => {
    const organismes = readFileSync(join(FIXTURES, '_base/organismes.csv'), 'utf8') + '0012,Organisme numéroté,Numbered agency,,,,actif,,\n';
    const dir = dataDirWith({
      'organismes.csv': organismes,
      'valeurs/contribution.csv': 'organisme;indicateur;periode;valeur;statut;note;source\n0012;appels-volume;2010;0012;illustratif;;\n12;appels-volume;2010;1;illustratif;;\n',
    });
    const { dataset, report } = await load(dir);
    expect(flatten(report)).toEqual([['data/valeurs/contribution.csv', 3, 1, 'foreign-key']]);
    expect(dataset.observations).toHaveLength(1);
    expect(dataset.observations[0]).toMatchObject({ agency: '0012', value: 12 });
    expect(dataset.agencies.map((a) => a.code)).toContain('0012');
  });
});
