import {describe, expect, it} from 'vitest';
import {BOM, csvCell, csvNumber, excelCell, neutraliseFormula, toCsv, toExcelCsv} from '../../../src/lib/csv-export';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['organisme', 'valeur'], [['RAMQ', 12.5]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}organisme,valeur\r\nRAMQ,12.5\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('keeps accents as UTF-8', () => {
    const csv = toCsv(['nom'], [["Régie de l'assurance maladie du Québec"]]);
    expect(csv).toContain("Régie de l'assurance maladie du Québec");
  });

  it('writes numbers as numbers, with a dot and no grouping', () => {
    expect(csvCell(1006000)).toBe('1006000');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-0)).toBe('0');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(0.0000001)).toBe('0.0000001');
    expect(() => csvNumber(NaN)).toThrow(RangeError);
  });

  it('writes a missing value as an empty cell, never 0', () => {
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [['x', null]])).toContain('\r\nx,\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const bad of ['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tx', '\rx', '\nx']) {
      expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseFormula('Taux 10 %')).toBe('Taux 10 %');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    // A negative number stays a number.
    expect(csvCell(-2)).toBe('-2');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
  });

  it('refuses a row that does not match the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow();
  });

  it('quotes a cell holding a separator, so a ";" spreadsheet cannot split a formula out of it', () => {
    // Opened with ";" as separator, x;=1+1 unquoted would give the cells "x" and the formula "=1+1".
    for (const bad of ['x;=1+1', 'x;+1+1', 'x;-2+3', 'x;@SUM(A1)', 'a,=1+1', 'a\t=1+1']) {
      const written = csvCell(bad);
      expect(written, bad).toBe(`"${bad}"`);
      expect(excelCell(bad), bad).toBe(`"${bad}"`);
    }
    const csv = toCsv(['note'], [['x;=1+1']]);
    expect(csv).toBe(`${BOM}note\r\n"x;=1+1"\r\n`);
    // Read with ";" as French Excel does: one cell, text, no formula.
    const cells = csv.slice(1).split('\r\n')[1]!;
    expect(cells.startsWith('"')).toBe(true);
  });
});

describe('CSV for French Excel', () => {
  it('uses ";", a decimal comma and no grouping, with BOM and CRLF', () => {
    const csv = toExcelCsv(['Organisme', 'Valeur', 'Note'], [['SQ', 1006000, null], ['RAMQ', 85.4, 'Taux; estimé'], ['CNT', -2.5, '=1+1']]);
    expect(csv).toBe(`${BOM}Organisme;Valeur;Note\r\nSQ;1006000;\r\nRAMQ;85,4;"Taux; estimé"\r\nCNT;-2,5;'=1+1\r\n`);
  });
});
