/**
 * Round trip: the same contribution written the ways Excel and other tools
 * write it (delimiter, decimal mark, encoding, BOM, line endings, quoting,
 * thousands spaces, % and $ signs, NFD accents, missing-value spellings) must
 * give the byte-identical normalised dataset.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dataDirWith, load } from './helpers';

interface Row {
  organisme: string;
  indicateur: string;
  periode: string;
  valeur: number | 'n.d.' | 's.o.' | '';
  unit: 'nombre' | 'pourcentage' | 'dollars' | 'jours';
  statut: 'publie' | 'illustratif';
  note: string;
  source: string;
}

const ROWS: Row[] = [
  { organisme: 'SQ', indicateur: 'appels-volume', periode: '2010-2011', valeur: 1006000, unit: 'nombre', statut: 'publie', note: 'Centre de relations avec la clientèle', source: 'crc-services-quebec-2012' },
  { organisme: 'SQ', indicateur: 'courriels-volume', periode: '2010-2011', valeur: 40000, unit: 'nombre', statut: 'publie', note: '', source: 'crc-services-quebec-2012' },
  { organisme: 'SAAQ', indicateur: 'appels-reponse-3-minutes', periode: '2009-2010', valeur: 81.5, unit: 'pourcentage', statut: 'illustratif', note: 'Mesure « maison » ; voir l’annexe\nSeconde ligne de la note', source: '' },
  { organisme: 'CNT', indicateur: 'cout-transaction-telephone', periode: '2008-2009', valeur: 8.25, unit: 'dollars', statut: 'illustratif', note: 'Coût direct, sans frais généraux', source: '' },
  { organisme: 'RRQ', indicateur: 'plaintes-delai-reponse', periode: '2010', valeur: 'n.d.', unit: 'jours', statut: 'illustratif', note: '', source: '' },
  { organisme: 'RAMQ', indicateur: 'plaintes-delai-reponse', periode: '2010', valeur: 's.o.', unit: 'jours', statut: 'illustratif', note: 'Pas de plainte reçue', source: '' },
  { organisme: 'CSST', indicateur: 'plaintes-delai-reponse', periode: '2010', valeur: '', unit: 'jours', statut: 'illustratif', note: '', source: '' },
  { organisme: 'CARRA', indicateur: 'part-web', periode: '2010-2011', valeur: 12.3, unit: 'pourcentage', statut: 'illustratif', note: '', source: '' },
];

const COLS = ['organisme', 'indicateur', 'periode', 'valeur', 'statut', 'note', 'source'] as const;

interface Style {
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n' | '\r';
  thousands: string;
  quoteAll: boolean;
  signs: boolean;
  nfd: boolean;
  header: (c: string) => string;
  status: (s: string) => string;
  missing: (m: string) => string;
  pad: string;
}

function write(style: Style): string {
  const mark = style.delimiter === ',' ? '.' : ',';
  const num = (r: Row): string => {
    if (typeof r.valeur !== 'number') return style.missing(r.valeur);
    const [int, frac] = String(r.valeur).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
    const text = frac ? `${grouped}${mark}${frac}` : grouped;
    if (!style.signs) return text;
    return r.unit === 'pourcentage' ? `${text} %` : r.unit === 'dollars' ? `${text} $` : text;
  };
  const cell = (s: string): string => {
    const t = style.nfd ? s.normalize('NFD') : s;
    const body = t.replace(/\n/g, style.eol);
    return style.quoteAll || /["\n\r,;\t]/.test(body) ? `"${body.replace(/"/g, '""')}"` : body;
  };
  const lines = [COLS.map((c) => cell(style.header(c))).join(style.delimiter)];
  for (const r of ROWS) {
    const values: Record<(typeof COLS)[number], string> = {
      organisme: r.organisme,
      indicateur: r.indicateur,
      periode: r.periode,
      valeur: num(r),
      statut: style.status(r.statut),
      note: r.note,
      source: r.source,
    };
    lines.push(COLS.map((c) => `${style.pad}${cell(values[c])}${style.pad}`.replace(/^ +"|" +$/g, (m) => m.trim())).join(style.delimiter));
  }
  return lines.join(style.eol) + style.eol;
}

const PLAIN: Style = {
  delimiter: ',', eol: '\n', thousands: '', quoteAll: false, signs: false, nfd: false,
  header: (c) => c, status: (s) => s, missing: (m) => m, pad: '',
};

const accentuate = (c: string) => (c === 'periode' ? 'Période' : c[0].toUpperCase() + c.slice(1));

const VARIANTS: Record<string, () => string | Buffer> = {
  'Excel français : point-virgule, virgule décimale, BOM, CRLF, espaces insécables, % et $': () =>
    '\ufeff' + write({ ...PLAIN, delimiter: ';', eol: '\r\n', thousands: '\u00a0', signs: true }),
  'Excel « CSV » Windows-1252, point-virgule, espaces, tout entre guillemets': () =>
    iconv.encode(write({ ...PLAIN, delimiter: ';', eol: '\r\n', thousands: ' ', quoteAll: true, signs: true }), 'win1252'),
  'UTF-8 décomposé (NFD), en-têtes accentués et en majuscule, statuts accentués': () =>
    write({ ...PLAIN, nfd: true, header: accentuate, status: (s) => (s === 'publie' ? 'Publié' : 'Illustratif') }),
  'jetons de valeur manquante en majuscules, cellules entourées d’espaces': () =>
    write({ ...PLAIN, missing: (m) => m.toUpperCase(), pad: ' ' }),
  'fins de ligne CR seules (ancien Mac)': () => write({ ...PLAIN, eol: '\r' }),
  'UTF-16 avec BOM, tabulations (« Texte Unicode » d’Excel)': () =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(write({ ...PLAIN, delimiter: '\t', eol: '\r\n' }), 'utf16le')]),
};

async function datasetOf(content: string | Buffer) {
  const { dataset, report } = await load(dataDirWith({ 'valeurs/contribution.csv': content }));
  return { json: JSON.stringify(dataset), report };
}

describe('les variantes d’Excel donnent le même jeu de données', async () => {
  const reference = await datasetOf(write(PLAIN));

  it('la référence est valide et complète', () => {
    expect(reference.report.errors).toEqual([]);
    expect(reference.report.warnings).toEqual([]);
    const obs = JSON.parse(reference.json).observations;
    expect(obs).toHaveLength(ROWS.length);
  });

  for (const [name, make] of Object.entries(VARIANTS)) {
    it(name, async () => {
      const variant = await datasetOf(make());
      expect(variant.report.errors).toEqual([]);
      // Windows-1252 is read, with a warning; nothing else warns
      expect(variant.report.warnings.map((w) => w.type)).toEqual(name.includes('1252') ? ['encoding-warning'] : []);
      expect(variant.json).toBe(reference.json);
    });
  }
});
