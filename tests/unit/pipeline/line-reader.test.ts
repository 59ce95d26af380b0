/**
 * The values handler reads the common row straight from the text (its
 * `line` reader, values.ts lineReader) and leaves every other row to the
 * cell-by-cell rules. Both must give the same report, byte for byte, and the
 * same observations: random value files mixing valid rows with every kind of
 * cell the rules treat apart are read both ways and compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkData } from '../../../scripts/pipeline/core';
import { readOptions } from '../../../scripts/pipeline/table';
import { FIXTURES } from './helpers';

const BASE = join(FIXTURES, '_base');
const codes = (file: string) =>
  readFileSync(join(BASE, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(',')[0]);
const AGENCIES = codes('organismes.csv');
const INDICATORS = codes('indicateurs.csv');
const SOURCES = codes('sources.csv');
const UNITS = new Map(
  Papa.parse<Record<string, string>>(readFileSync(join(BASE, 'indicateurs.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => [r.id, r.unite]),
);

/** A values file of `n` rows (header chosen by the seed), delimiter `;` (decimal comma) or `,` (decimal point). */
function randomValues(n: number, seed: number): { text: string; delimiter: string } {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const delimiter = seed % 3 === 0 ? ',' : ';';
  const dec = delimiter === ',' ? '.' : ',';
  const columns = ['organisme', 'indicateur', 'periode', 'valeur', 'statut'];
  if (seed % 2) columns.push('note');
  if (seed % 4 < 2) columns.push('source');
  if (seed % 5 === 0) columns.push('valeur_manquante', 'note_en');
  // columns the rules do not read, last
  if (seed % 6 === 0) columns.push('commentaire', 'remarque');
  // columns in another order now and then
  if (seed % 7 === 0) columns.reverse();
  const rare = (common: () => string, odd: readonly string[]) => () => (rand() < 0.95 ? common() : pick(odd));
  // rows come grouped, as in real files: the same indicator, period, status, source for a while
  const sticky = (next: () => string) => {
    let v = next();
    return () => (rand() < 0.1 ? (v = next()) : v);
  };
  const agency = rare(() => pick(AGENCIES), [' SAAQ', 'saaq', 'XYZ', '', 'SAAQ ', 'S\u00c0AQ']);
  const indicator = rare(sticky(() => pick(INDICATORS)), ['inconnu', '', ' appels-volume', 'APPELS-VOLUME']);
  const period = rare(
    sticky(() => {
      const y = 2000 + Math.floor(rand() * 20);
      return rand() < 0.5 ? String(y) : `${y}-${y + 1}`;
    }),
    ['2030', '2010-2012', '2010-2011 ', '2010/11', '', '1975', ' 2010', '2010\u20132011', 'abc'],
  );
  // a number written as the indicator's unit wants it, mostly
  const common = (unit: string | undefined): string => {
    const r = rand();
    if (r < 0.1) return '';
    if (unit === 'nombre') return r < 0.6 ? String(Math.floor(rand() * 5000)) : `${1 + Math.floor(rand() * 9)} ${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
    if (unit === 'pourcentage') return `${Math.floor(rand() * 100)}${dec}${Math.floor(rand() * 10)}${r < 0.5 ? ' %' : ''}`;
    if (unit === 'dollars') return `${Math.floor(rand() * 40)}${dec}${String(Math.floor(rand() * 100)).padStart(2, '0')}${r < 0.5 ? ' $' : ''}`;
    return r < 0.5 ? String(Math.floor(rand() * 500)) : `${Math.floor(rand() * 60)}${dec}${Math.floor(rand() * 10)}`;
  };
  const odd = ['n.d.', 'x', 's.o.', '1.234', '1,234', '120', '150 %', '12 $', '-5', '-0', '0', '1 23 4', 'abc', ' 5 ', '5,58199E+12', '3000000000', '\u22125', '12345678901234567890', `0${dec}1`, `7${dec}25`];
  const value = (unit: string | undefined) => (rand() < 0.95 ? common(unit) : pick(odd));
  const status = rare(sticky(() => pick(['illustratif', 'publie'])), ['Publié', 'PUBLIE', ' illustratif', 'autre', '', 'illustrative']);
  const source = rare(sticky(() => (rand() < 0.2 ? '' : pick(SOURCES))), [` ${SOURCES[0]}`, 'inconnue', SOURCES[1].toUpperCase()]);
  const note = rare(() => (rand() < 0.8 ? '' : 'Estimation'), ['=1+1', '<b>gras</b>', ' ', 'Note très longue'.repeat(3)]);
  const missing = rare(() => '', ['sans objet', 'non disponible', 'inconnu', ' ']);
  const cells = (): Record<string, string> => {
    const row: Record<string, string> = { organisme: agency(), indicateur: indicator(), periode: period(), statut: status(), note: note(), note_en: note(), source: source(), valeur_manquante: missing() };
    row.valeur = value(UNITS.get(row.indicateur));
    row.commentaire = rand() < 0.5 ? '' : pick(['vu', 'à revoir', '=1+1']);
    row.remarque = row.commentaire;
    return row;
  };
  const quote = (c: string) => (c.includes(delimiter) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [columns.join(delimiter)];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    const row = cells();
    if (r < 0.01) lines.push(delimiter.repeat(columns.length - 1)); // blank
    else if (r < 0.02) lines.push(previous); // a duplicate
    else if (r < 0.03) lines.push(columns.map((c) => quote(row[c])).join(delimiter) + delimiter + 'de trop');
    else if (r < 0.035) lines.push(columns.slice(1).map((c) => quote(row[c])).join(delimiter));
    else if (r < 0.04) lines.push(columns.slice(0, -1).map((c) => quote(row[c])).join(delimiter));
    else if (r < 0.05) lines.push(columns.map((c) => quote(row[c])).join(delimiter) + delimiter); // an empty extra cell
    else if (r < 0.06) lines.push(columns.map((c) => (c === 'note' || c === 'organisme' ? `"${row[c]}"` : quote(row[c]))).join(delimiter));
    else lines.push(columns.map((c) => quote(row[c])).join(delimiter));
    previous = lines[lines.length - 1];
  }
  const text = lines.join('\n') + '\n';
  return { text: seed % 4 === 1 ? text.replace(/\n/g, '\r\n') : text, delimiter };
}

function baseInputs() {
  return ['organismes.csv', 'modes-de-prestation.csv', 'themes.csv', 'sources.csv', 'indicateurs.csv'].map((f) => ({
    name: `data/${f}`,
    source: new Uint8Array(readFileSync(join(BASE, f))),
    kind: null,
  }));
}

async function check(files: { name: string; text: string }[]) {
  const inputs = [...baseInputs(), ...files.map((f) => ({ name: f.name, source: new TextEncoder().encode(f.text), kind: 'values' as const }))];
  const { report, dataset } = await checkData(inputs, { currentYear: 2026 });
  return { report: JSON.stringify(report), observations: JSON.stringify(dataset?.observations ?? null) };
}

afterEach(() => {
  readOptions.lines = true;
  vi.restoreAllMocks();
});

describe('lecture des lignes de valeurs à même le texte', () => {
  it('donne le même rapport, octet pour octet, et les mêmes observations que la lecture cellule par cellule', { timeout: 120_000 }, async () => {
    const slice = vi.spyOn(String.prototype, 'slice');
    let cut = 0;
    let cutFromText = 0;
    for (let seed = 1; seed <= 12; seed++) {
      // two files: duplicates across files too
      const files = [0, 1].map((k) => ({ name: `data/valeurs/v${k}.csv`, text: randomValues(1000, seed * 2 + k).text }));
      readOptions.lines = false;
      slice.mockClear();
      const cells = await check(files);
      cut += slice.mock.calls.length;
      readOptions.lines = true;
      slice.mockClear();
      const text = await check(files);
      cutFromText += slice.mock.calls.length;
      expect(text.report, `seed ${seed}`).toBe(cells.report);
      expect(text.observations, `seed ${seed}`).toBe(cells.observations);
    }
    // rows were read from the text: fewer cells cut out (a row left to the rules is cut again, so
    // no row read from the text would mean more)
    expect(cutFromText).toBeLessThan(cut * 0.8);
  });
});
