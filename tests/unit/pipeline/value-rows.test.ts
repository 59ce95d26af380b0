/**
 * ValueRows keeps a million value rows in a few typed columns: what is not
 * stored per row (the file, the line, the value as a double) must come back
 * exactly as it was pushed, whatever it is.
 */
import { describe, expect, it } from 'vitest';
import { ValueRows } from '../../../scripts/pipeline/values';

describe('ValueRows redonne exactement ce qui y a été mis', () => {
  it('chaque valeur, au bit près : entiers, décimales, négatifs, grands nombres, valeurs sans écriture décimale courte', () => {
    const values = [0, 1, 7, 85.4, -85.4, 12.5, 0.05, 99.99, 1_006_000, 2_147_483_647, 2_147_483_648, -2_147_483_648, -2_147_483_649, 3e9, 1e15,
      Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 1 / 3, 123_456.789, 1e-7, 1.23456789012345, -0, Infinity, 5e-324];
    const rows = new ValueRows();
    values.forEach((v, i) => rows.push(i, 0, 0, i + 2, true, v, null, false));
    values.forEach((v, i) => expect(Object.is(rows.value(i), v), `${v}`).toBe(true));
  });

  it('la ligne et le fichier de chaque ligne, quand des lignes sont sautées ou qu’une cellule tient sur plusieurs lignes', () => {
    const rows = new ValueRows();
    const pushed: [number, number][] = [];
    let line = 2;
    for (let i = 0; i < 5000; i++) {
      const file = i < 3000 ? 0 : 1;
      if (i === 3000) line = 2;
      line += i % 97 === 0 ? 3 : i % 13 === 0 ? 2 : 1;
      pushed.push([file, line]);
      rows.push(i, 0, file, line, true, i, null, false);
    }
    pushed.forEach(([file, l], i) => {
      expect(rows.line(i)).toBe(l);
      expect(rows.file(i)).toBe(file);
    });
    // a reading undone: the rows after 1234 are forgotten, new ones take their place
    rows.truncate(1234);
    rows.push(7, 0, 2, 10, true, 0.3, null, false);
    expect(rows.length).toBe(1235);
    expect([rows.line(1234), rows.file(1234), rows.value(1234)]).toEqual([10, 2, 0.3]);
    expect([rows.line(1233), rows.file(1233)]).toEqual([pushed[1233][1], 0]);
  });
});
