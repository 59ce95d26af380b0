/**
 * Every generated workbook, read back with read-excel-file (a different
 * library than exceljs, which wrote it): the headers are the expected words,
 * every value equals the dataset's, numbers are numbers and dates are dates,
 * and the "about" sheet carries the source, licence, status legend and date.
 */
import readXlsxFile from 'read-excel-file/node';
import {describe, expect, it} from 'vitest';
import {numberFormat} from '../../../src/lib/open-data/xlsx';
import {loadInputs, openData, GENERATED} from './helpers';

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;

async function read(bytes: Uint8Array): Promise<Sheets> {
  return readXlsxFile(Buffer.from(bytes));
}

describe.each(['fr', 'en'] as const)('%s workbooks', (locale) => {
  it('hold every table cell as the table has it: numbers as numbers, dates as dates, headers in words', async () => {
    const {tables} = await openData(locale);
    expect(tables.length).toBeGreaterThan(30);
    for (const {table, files} of tables) {
      const xlsx = files.find((f) => f.kind === 'xlsx')!;
      expect(xlsx.path).toBe(`${table.dir}/${table.name}.xlsx`);
      const sheets = await read(xlsx.bytes);
      expect(sheets.map((s) => s.sheet)).toEqual(locale === 'fr' ? ['Données', 'À propos'] : ['Data', 'About']);
      const [header, ...rows] = sheets[0]!.data;
      expect(header, table.name).toEqual(table.fields.map((f) => f.title));
      expect(rows, table.name).toHaveLength(table.rows.length);
      rows.forEach((row, r) => {
        table.fields.forEach((f, c) => {
          const want = table.rows[r]![c];
          const got = row[c];
          const where = `${table.name} row ${r + 2}, ${f.title}`;
          if (want === null || want === undefined || want === '') expect(got, where).toBeNull();
          else if (f.type === 'date') {
            expect(got, where).toBeInstanceOf(Date);
            expect((got as unknown as Date).toISOString().slice(0, 10), where).toBe(want);
          } else if (typeof want === 'number') {
            expect(typeof got, where).toBe('number');
            expect(got as number, where).toBeCloseTo(want, 9);
          } else expect(got, where).toBe(want);
        });
      });
    }
  }, 120_000);

  it('the values workbook gives each observation its dataset value, and a column sums as the data does', async () => {
    const {dataset} = await loadInputs();
    const {tables} = await openData(locale);
    const {table, files} = tables.find((t) => t.table.name === 'valeurs')!;
    const [header, ...rows] = (await read(files.find((f) => f.kind === 'xlsx')!.bytes))[0]!.data;
    const col = (title: string) => header!.indexOf(title);
    const [ind, ag, per, val] = locale === 'fr' ? ['Indicateur', 'Organisme', 'Période', 'Valeur'] : ['Indicator', 'Agency', 'Period', 'Value'];
    expect(col(val)).toBeGreaterThan(-1);
    expect(rows).toHaveLength(dataset.observations.length);
    const byKey = new Map(rows.map((r) => [`${r[col(ind)]}|${r[col(ag)]}|${r[col(per)]}`, r[col(val)]]));
    for (const o of dataset.observations) expect(byKey.get(`${o.indicator}|${o.agency}|${o.period}`), `${o.indicator} ${o.agency} ${o.period}`).toBe(o.value);
    // What a reader does in the spreadsheet: sum the calls of 2010-2011.
    const sum = rows.filter((r) => r[col(ind)] === 'appels-volume' && r[col(per)] === '2010-2011').reduce((s, r) => s + (r[col(val)] as number), 0);
    const want = dataset.observations.filter((o) => o.indicator === 'appels-volume' && o.period === '2010-2011').reduce((s, o) => s + (o.value ?? 0), 0);
    expect(sum).toBe(want);
    expect(sum).toBeGreaterThan(1_006_000);
    expect(table.statusLegend).toBe(true);
  }, 60_000);

  it('the about sheet gives title, sources, licence, status legend and extraction date', async () => {
    const {tables} = await openData(locale);
    for (const name of ['valeurs', 'etats-financiers', 'evaluations']) {
      const {table, files} = tables.find((t) => t.table.name === name)!;
      const about = (await read(files.find((f) => f.kind === 'xlsx')!.bytes))[1]!.data;
      const flat = about.flat().filter((c) => c !== null);
      expect(flat).toContain(table.title);
      for (const s of table.sources) expect(flat.some((c) => typeof c === 'string' && c.startsWith(s.title)), `${name}: ${s.title}`).toBe(true);
      expect(flat).toContain('Creative Commons Attribution 4.0 International (CC BY 4.0)');
      const dateRow = about.find((r) => r[0] === (locale === 'fr' ? "Date d'extraction" : 'Extraction date'))!;
      expect((dateRow[1] as unknown as Date).toISOString().slice(0, 10)).toBe(GENERATED.toISOString().slice(0, 10));
      const legend = flat.some((c) => typeof c === 'string' && c.startsWith(locale === 'fr' ? 'illustratif' : 'illustrative'));
      expect(legend, name).toBe(table.statusLegend);
      // The column dictionary names every column.
      for (const f of table.fields) expect(about.some((r) => r[0] === f.title && r[2] === f.name), `${name}: ${f.name}`).toBe(true);
    }
  }, 60_000);
});

describe('number formats', () => {
  it('show thousands, decimals, % and $ in the reader’s locale, without changing the value', () => {
    expect(numberFormat('integer', 1006000, 'fr')).toBe('#,##0');
    expect(numberFormat('percent', 85.4, 'fr')).toBe('#,##0.0"\u00a0%"');
    expect(numberFormat('percent', 85.4, 'en')).toBe('#,##0.0"%"');
    expect(numberFormat('dollars', 8.25, 'fr')).toBe('#,##0.00"\u00a0$"');
    expect(numberFormat('dollars', 8.25, 'en')).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(numberFormat('seconds', 180, 'fr')).toBe('#,##0"\u00a0s"');
    expect(numberFormat('days', 12.5, 'en')).toBe('#,##0.0"\u00a0d"');
    // A percentage is kept as written (85.4, not 0.854): no "%" scaling outside quotes.
    expect(numberFormat('percent', 85.4, 'fr').replace(/"[^"]*"/g, '')).not.toContain('%');
  });
});
