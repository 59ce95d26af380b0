/**
 * The CSV for French Excel: ";" separator, decimal comma, UTF-8 with BOM, CRLF,
 * human headers. Read back by the project's own reader (scripts/pipeline:
 * delimiter from the header line, decimal mark from the delimiter, French
 * number grammar), every table gives the same values; a values file goes
 * through the validator (`npm run validate`) unchanged and gives the same dataset.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodedChunks, headerKey, loadDataset, sniffEncoding} from '../../../scripts/pipeline/index';
import {parseNumber, streamCsv, type CsvInfo} from '../../../scripts/pipeline/read';
import type {Observation} from '../../../scripts/pipeline/types';
import {DATA, REPO, loadInputs, openData} from './helpers';

async function readBack(bytes: Uint8Array, names: string[]): Promise<{info: CsvInfo; header: string[]; rows: string[][]}> {
  const sniff = await sniffEncoding(bytes);
  if (!sniff.ok) throw new Error(`encoding not recognised: ${JSON.stringify(sniff)}`);
  let info: CsvInfo | null = null;
  let header: string[] = [];
  const rows: string[][] = [];
  await streamCsv(decodedChunks(bytes, sniff.encoding), sniff.encoding, new Set(names.map(headerKey)), {
    header(cells, i) {
      header = cells;
      info = i;
    },
    row(cells) {
      rows.push(cells);
    },
    problem(p) {
      throw new Error(`line ${p.line}: ${p.message}`);
    },
  });
  return {info: info!, header, rows};
}

/** Observations without where they came from, for comparison. */
const strip = (list: Observation[]) => list.map(({origin: _origin, ...o}) => o);

describe.each(['fr', 'en'] as const)('%s CSV for French Excel', (locale) => {
  it('is UTF-8 with BOM, CRLF, ";" and human headers, and reads back to the same values', async () => {
    const {tables} = await openData(locale);
    for (const {table, files} of tables) {
      const file = files.find((f) => f.kind === 'csv-excel')!;
      expect(file.path).toBe(`${table.dir}/${table.name}-excel-fr.csv`);
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const raw = Buffer.from(file.bytes).toString('utf8');
      expect(raw.endsWith('\r\n'), table.name).toBe(true);
      expect(/(?<!\r)\n/.test(raw), `${table.name}: a line ends without CR`).toBe(false);
      const view = table;
      const {info, header, rows} = await readBack(file.bytes, view.fields.map((f) => f.title));
      expect(info.delimiter, table.name).toBe(';');
      expect(info.decimalMark, table.name).toBe(',');
      expect(header, table.name).toEqual(view.fields.map((f) => f.title));
      expect(rows, table.name).toHaveLength(view.rows.length);
      rows.forEach((cells, r) => {
        view.fields.forEach((f, c) => {
          const want = view.rows[r]![c];
          const got = cells[c]!;
          const where = `${table.name} line ${r + 2}, ${f.title}`;
          if (want === null || want === undefined) expect(got, where).toBe('');
          else if (typeof want === 'number') {
            const n = parseNumber(got, ',');
            expect(n.ok, `${where}: ${got}`).toBe(true);
            if (n.ok) expect(n.value, where).toBe(want);
            expect(got, where).not.toContain('.');
          } else expect(got, where).toBe(want);
        });
      });
    }
  }, 120_000);
});

describe('a downloaded values file is a valid contribution', () => {
  /** data/ with its values replaced by one downloaded file. */
  function dataWith(files: Record<string, Uint8Array>): string {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cego-recontribute-')), 'data');
    fs.cpSync(DATA, dir, {recursive: true});
    fs.rmSync(path.join(dir, 'valeurs'), {recursive: true});
    fs.mkdirSync(path.join(dir, 'valeurs'));
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'valeurs', name), bytes);
    return dir;
  }

  it.each(['fr', 'en'] as const)('%s valeurs-excel-fr.csv passes the validator unchanged and gives the same dataset', async (locale) => {
    const {dataset} = await loadInputs();
    const {tables} = await openData(locale);
    const file = tables.find((t) => t.table.name === 'valeurs')!.files.find((f) => f.kind === 'csv-excel')!;
    const dir = dataWith({'telecharge.csv': file.bytes});
    const {dataset: again, report} = await loadDataset(dir);
    const {report: before} = await loadDataset(DATA);
    expect(report.errors).toEqual([]);
    // no warning of its own (the data folder's are the finances' three rounding warnings)
    expect(report.warnings).toEqual(before.warnings);
    // Every row read and accepted: as many as the contributed files held, now in one file.
    const contributed = fs.readdirSync(path.join(DATA, 'valeurs')).filter((f) => f.endsWith('.csv')).length;
    expect(contributed).toBeGreaterThan(1);
    expect(report.stats).toEqual({...before.stats, files: before.stats.files - (contributed - 1)});
    expect(strip(again.observations)).toEqual(strip(dataset.observations));
  }, 60_000);

  it('npm run validate accepts it (exit 0), and a per-indicator file too', async () => {
    const {tables} = await openData('fr');
    const pick = (name: string) => tables.find((t) => t.table.name === name)!.files.find((f) => f.kind === 'csv-excel')!.bytes;
    const dir = dataWith({'valeurs.csv': pick('valeurs')});
    const run = spawnSync(process.execPath, [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, 'scripts/validate.ts'), '--data', dir], {encoding: 'utf8'});
    expect(run.stderr + run.stdout).not.toMatch(/erreur/i);
    expect(run.status).toBe(0);
    const one = dataWith({'appels.csv': pick('indicateur-appels-volume')});
    const {report, dataset: part} = await loadDataset(one);
    expect(report.valid).toBe(true);
    expect(part.observations).toHaveLength(21);
    expect(part.observations.every((o) => o.indicator === 'appels-volume')).toBe(true);
  }, 60_000);
});
