/**
 * Round trip: the same contribution written the ways Excel and other tools
 * write it (delimiter, decimal mark, encoding, BOM, line endings, quoting,
 * thousands spaces, % and $ signs, NFD accents, missing-value spellings) must
 * give the byte-identical normalised dataset.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MISSING_WORDS, STATUS_WORDS, VALUES_COLUMNS, VALUES_COMPUTED_COLUMNS } from '../../../scripts/pipeline/columns';
import { dataDirWith, flatten, load } from './helpers';

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
  'en-têtes en mots français des téléchargements (Organisme, Période…), statuts « publié »': () =>
    '\ufeff' + write({ ...PLAIN, delimiter: ';', eol: '\r\n', header: (c) => VALUES_COLUMNS[c as keyof typeof VALUES_COLUMNS].fr, status: (st) => STATUS_WORDS[st as 'publie'].fr }),
  'en-têtes en mots anglais (Agency, Period, Note (French)…), statuts « published »': () =>
    write({ ...PLAIN, header: (c) => VALUES_COLUMNS[c as keyof typeof VALUES_COLUMNS].en, status: (st) => STATUS_WORDS[st as 'publie'].en }),
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

describe('un fichier téléchargé pour Excel en français se contribue tel quel (#13)', () => {
  // What the French-Excel download writes: the human words, the computed
  // columns, the missing-value column, ";" and decimal comma, BOM, CRLF.
  const computed = ['libelle', 'nom_organisme', 'unite', 'rang', 'mediane_periode', 'ecart_mediane', 'titre_source', 'licence'] as const;
  const header = ['indicateur', 'libelle', 'organisme', 'nom_organisme', 'periode', 'valeur', 'unite', 'statut', 'valeur_manquante', 'note', 'note_en', 'rang', 'mediane_periode', 'ecart_mediane', 'source', 'titre_source', 'licence'];
  const word = (c: string, locale: 'fr' | 'en') =>
    (computed as readonly string[]).includes(c) ? VALUES_COMPUTED_COLUMNS[c as (typeof computed)[number]][locale] : VALUES_COLUMNS[c as keyof typeof VALUES_COLUMNS][locale];
  const rows = [
    ['appels-volume', 'Appels', 'SQ', 'Services Québec', '2010-2011', '1006000', 'nombre', 'publié', '', 'Centre de relations', 'Contact centre', '1', '500000', '506000', 'crc-services-quebec-2012', 'Rapport CRC', 'CC BY 4.0'],
    ['appels-reponse-3-minutes', 'Appels répondus', 'SAAQ', 'SAAQ', '2009-2010', '81,5', 'pourcentage', 'illustratif', '', '', '', '2', '80,25', '1,25', '', '', 'CC BY 4.0'],
    ['plaintes-delai-reponse', 'Délai', 'RAMQ', 'RAMQ', '2010', '', 'jours', 'illustratif', 'sans objet', '', 'No complaint', '', '', '', '', '', 'CC BY 4.0'],
    ['plaintes-delai-reponse', 'Délai', 'RRQ', 'RRQ', '2010', '', 'jours', 'illustratif', 'confidentiel', '', '', '', '', '', '', '', 'CC BY 4.0'],
  ];
  const file = (locale: 'fr' | 'en') =>
    '\ufeff' + [header.map((c) => word(c, locale)), ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';

  it('en français : valide, sans avertissement, les colonnes calculées ne sont pas lues', async () => {
    const { dataset, report } = await load(dataDirWith({ 'valeurs/telechargement.csv': file('fr') }));
    expect(flatten(report)).toEqual([]);
    const get = (a: string) => dataset.observations.find((o) => o.agency === a)!;
    expect(get('SQ')).toMatchObject({ value: 1006000, status: 'publie', source: 'crc-services-quebec-2012', note: 'Centre de relations', noteEn: 'Contact centre' });
    expect(get('SAAQ')).toMatchObject({ value: 81.5, status: 'illustratif', note: null, noteEn: null });
    expect(get('RAMQ')).toMatchObject({ value: null, missing: 'sans-objet', noteEn: 'No complaint' });
    expect(get('RRQ')).toMatchObject({ value: null, missing: 'confidentiel' });
  });

  it('en anglais : « Note » est la note anglaise, les statuts anglais sont lus', async () => {
    const en = file('en').replace('publié', STATUS_WORDS.publie.en).replace(/sans objet/, MISSING_WORDS['sans-objet'].en);
    const { dataset, report } = await load(dataDirWith({ 'valeurs/download.csv': en }));
    expect(flatten(report)).toEqual([]);
    const sq = dataset.observations.find((o) => o.agency === 'SQ')!;
    expect(sq).toMatchObject({ status: 'publie', note: 'Centre de relations', noteEn: 'Contact centre' });
    expect(dataset.observations.find((o) => o.agency === 'RAMQ')).toMatchObject({ missing: 'sans-objet' });
  });

  it('une valeur et une raison de valeur manquante sur la même ligne : erreur', async () => {
    const bad = file('fr').replace(';1006000;nombre;publié;;', ';1006000;nombre;publié;non disponible;');
    const { report } = await load(dataDirWith({ 'valeurs/telechargement.csv': bad }));
    expect(flatten(report)).toEqual([['data/valeurs/telechargement.csv', 2, 9, 'constraint-error']]);
  });

  it('une note anglaise qui ressemble à une formule est signalée', async () => {
    const bad = file('fr').replace('Contact centre', '-2+3');
    const { report } = await load(dataDirWith({ 'valeurs/telechargement.csv': bad }));
    expect(flatten(report)).toEqual([['data/valeurs/telechargement.csv', 2, 11, 'unsafe-text']]);
  });
});
