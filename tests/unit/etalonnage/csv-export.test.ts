import {describe, expect, it} from 'vitest';
import {BOM, csvCell, csvNumber, neutraliseFormula, toCsv} from '../../../src/lib/csv-export';

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
});
