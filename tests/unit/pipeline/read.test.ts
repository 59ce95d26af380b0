/** The reading grammar: numbers, missing values, periods, delimiters, text, and line numbers across chunks. */
import { describe, expect, it } from 'vitest';
import {
  chooseDelimiter,
  comparePeriods,
  fastState,
  missingReason,
  PARSE_CHUNK_BYTES,
  parseNumber,
  parseNumberFast,
  parseNumberFastAt,
  parsePeriod,
  unsafeText,
} from '../../../scripts/pipeline/read';
import { dataDirWith, flatten, load } from './helpers';

describe('parseNumber', () => {
  const ok = (raw: string, mark: ',' | '.', value: number, suffix = '') =>
    expect(parseNumber(raw, mark)).toEqual({ ok: true, value, suffix });
  const bad = (raw: string, mark: ',' | '.', type: string, reason: string) =>
    expect(parseNumber(raw, mark)).toMatchObject({ ok: false, type, reason });

  it('lit les écritures d’Excel en français et en anglais', () => {
    ok('1006000', ',', 1006000);
    ok('1 006 000', ',', 1006000);
    ok('1\u00a0006\u00a0000', ',', 1006000);
    ok('1\u202f006\u202f000', ',', 1006000);
    ok('85,4', ',', 85.4);
    ok('85.4', '.', 85.4);
    ok('85,4 %', ',', 85.4, '%');
    ok('85.4%', '.', 85.4, '%');
    ok('12,50 $', ',', 12.5, '$');
    ok(' 12,50$ ', ',', 12.5, '$');
    ok('-5', ',', -5);
    ok('\u22125,5', ',', -5.5);
    ok('1 234 567,89', ',', 1234567.89);
    ok('0012', ',', 12);
  });

  it('refuse de deviner', () => {
    bad('1.234', ',', 'ambiguous-number', 'thousands-or-decimal');
    bad('1,234', '.', 'ambiguous-number', 'thousands-or-decimal');
    bad('1,234,5', ',', 'ambiguous-number', 'repeated-mark');
    bad('1.234.567', ',', 'ambiguous-number', 'repeated-mark');
    bad('1.234,5', ',', 'ambiguous-number', 'both-marks');
    bad('5,58199E+12', ',', 'ambiguous-number', 'scientific');
    bad('5.58199E+12', '.', 'ambiguous-number', 'scientific');
    bad('81.5', ',', 'type-error', 'wrong-mark');
    bad('81,5', '.', 'type-error', 'wrong-mark');
    bad('1 23 4', ',', 'type-error', 'bad-grouping');
    bad('12 34', ',', 'type-error', 'bad-grouping');
    bad('abc', ',', 'type-error', 'not-a-number');
    bad('N/A', ',', 'type-error', 'not-a-number');
    bad('%', ',', 'type-error', 'not-a-number');
  });

  it('le chemin rapide donne les mêmes nombres que le chemin complet, ou passe la main', () => {
    const samples = ['0', '7', '1006000', '1 006 000', '1\u00a0006\u00a0000', '85,4', '85,4 %', '12,50 $', '-5', '\u22125,5', '1 234 567,89',
      '1.234', '1,234,5', '5,58199E+12', '81.5', '1 23 4', 'abc', '', ' ', '+5', ',5', '5,', '12345678901234567890'];
    for (const mark of [',', '.'] as const) {
      for (const raw of samples) {
        const fast = parseNumberFast(raw, mark);
        const full = parseNumber(raw, mark);
        if (Number.isNaN(fast)) continue; // the full parser decides
        expect(full, raw).toEqual({ ok: true, value: fast, suffix: fastState.suffix });
      }
    }
  });

  it('lu en place dans une ligne (parseNumberFastAt), le nombre est celui de la cellule coupée, sans regarder ses voisines', () => {
    const samples = ['0', '7', '1006000', '1 006 000', '1\u00a0006\u00a0000', '85,4', '85,4 %', '12,50 $', '-5', '\u22125,5', '1 234 567,89', '-0',
      '1.234', '5,58199E+12', '81.5', '1 23 4', 'abc', '', ' ', '  ', '%', '$', ' %', '-', '+5', ',5', '5,', '12345678901234567890', '0,1234567890123456789012'];
    // neighbours that would change the number if they were read: digits, signs, suffixes, spaces, marks
    const around = ['', ';', '9', '-', '%', '$', ' ', ',', '\u00a0', '12;'];
    for (const mark of [',', '.'] as const) {
      for (const raw of samples) {
        const alone = parseNumberFast(raw, mark);
        const suffix = fastState.suffix;
        for (const before of around) {
          for (const after of around) {
            const at = parseNumberFastAt(before + raw + after, before.length, before.length + raw.length, mark);
            expect(Object.is(at, alone), `${JSON.stringify(before)} + ${JSON.stringify(raw)} + ${JSON.stringify(after)} (${mark})`).toBe(true);
            if (at === at) expect(fastState.suffix).toBe(suffix);
          }
        }
      }
    }
  });
});

describe('valeurs manquantes', () => {
  it('reconnaît les jetons déclarés, pas les autres', () => {
    expect(missingReason('')).toBe('non-disponible');
    expect(missingReason('n.d.')).toBe('non-disponible');
    expect(missingReason('N.D.')).toBe('non-disponible');
    expect(missingReason('n/d')).toBe('non-disponible');
    expect(missingReason('s.o.')).toBe('sans-objet');
    expect(missingReason('S/O')).toBe('sans-objet');
    expect(missingReason('x')).toBe('confidentiel');
    expect(missingReason('N/A')).toBeUndefined();
    expect(missingReason('-')).toBeUndefined();
    expect(missingReason('0')).toBeUndefined();
  });
});

describe('périodes', () => {
  it('années financières, années civiles, tirets typographiques', () => {
    expect(parsePeriod('2010-2011', 2026)).toMatchObject({ ok: true, period: '2010-2011', fiscal: true });
    expect(parsePeriod('2010–2011', 2026)).toMatchObject({ ok: true, period: '2010-2011' });
    expect(parsePeriod(' 2010 ', 2026)).toMatchObject({ ok: true, period: '2010', fiscal: false });
    expect(parsePeriod('2010-2012', 2026)).toMatchObject({ ok: false, reason: 'not-consecutive', suggestion: '2010-2011' });
    expect(parsePeriod('2027', 2026)).toMatchObject({ ok: false, reason: 'future' });
    expect(parsePeriod('2026-2027', 2026)).toMatchObject({ ok: true });
    expect(parsePeriod('2010-11', 2026)).toMatchObject({ ok: false, reason: 'short', suggestion: '2010-2011' });
    expect(parsePeriod('1975', 2026)).toMatchObject({ ok: false, reason: 'too-old' });
    expect(parsePeriod('T1 2010', 2026)).toMatchObject({ ok: false, reason: 'format' });
  });

  it('ordre chronologique', () => {
    expect(['2010-2011', '2009', '2010', '2009-2010'].sort(comparePeriods)).toEqual(['2009', '2009-2010', '2010', '2010-2011']);
  });
});

describe('séparateur', () => {
  const names = new Set(['organisme', 'indicateur', 'periode', 'valeur', 'statut', 'note', 'source']);
  it('se décide sur la ligne d’en-tête', () => {
    expect(chooseDelimiter('organisme,indicateur,periode,valeur', names)).toBe(',');
    expect(chooseDelimiter('organisme;indicateur;periode;valeur', names)).toBe(';');
    expect(chooseDelimiter('organisme\tindicateur\tperiode', names)).toBe('\t');
    // a comma inside a name does not beat the semicolons that split known names
    expect(chooseDelimiter('organisme;indicateur;"note, libre";valeur', names)).toBe(';');
    expect(chooseDelimiter('organisme', names)).toBe(',');
  });
});

describe('texte douteux', () => {
  it('repère HTML et formules, laisse le français ordinaire', () => {
    expect(unsafeText('=SOMME(A1:A3)')).toBe('formula');
    expect(unsafeText('+cmd|calc')).toBe('formula');
    expect(unsafeText('@SUM(A1)')).toBe('formula');
    expect(unsafeText('<b>gras</b>')).toBe('html');
    expect(unsafeText('Voir &nbsp; ici')).toBe('html');
    expect(unsafeText('-5 % par rapport à 2009')).toBeNull();
    expect(unsafeText('<5 % d’écart')).toBeNull();
    expect(unsafeText('Hausse de 3 % (estimation)')).toBeNull();
  });

  it('repère aussi les formules à signe et celles qui suivent un séparateur (#13)', () => {
    // a sign, a number and an operator: Excel computes it
    expect(unsafeText('-2+3')).toBe('formula');
    expect(unsafeText('+1*2')).toBe('formula');
    expect(unsafeText('-5 % + 2')).toBe('formula');
    // written unquoted into a ";" or "," file, the cell splits before the formula
    expect(unsafeText('x;=1+1')).toBe('formula');
    expect(unsafeText('texte ; @SUM(A1)')).toBe('formula');
    expect(unsafeText('Coût, -2+3')).toBe('formula');
    expect(unsafeText('Première ligne\n=HYPERLINK("http://x")')).toBe('formula');
    // signed numbers and ordinary punctuation stay text
    expect(unsafeText('+33 1 23 45 67 89')).toBeNull();
    expect(unsafeText('Estimation, -5 % selon l’organisme')).toBeNull();
    expect(unsafeText('Voir ; la note')).toBeNull();
    expect(unsafeText('a - b')).toBeNull();
    expect(unsafeText('-')).toBeNull();
  });
});

describe('numéros de ligne sur un gros fichier lu par morceaux', () => {
  it('reste juste après des cellules multilignes, un CRLF coupé entre deux morceaux et un caractère UTF-8 coupé', async () => {
    // a multiple of the reader's chunk size, so these offsets are chunk boundaries
    const CHUNK = PARSE_CHUNK_BYTES * Math.ceil((1 << 20) / PARSE_CHUNK_BYTES);
    const header = 'organisme;indicateur;periode;valeur;statut;note;source\r\n';
    const parts: string[] = [header];
    let size = Buffer.byteLength(header);
    let line = 2;
    const expected: [number, number][] = [];
    const years = Array.from({ length: 40 }, (_, i) => 1985 + i);
    const agencies = ['CARRA', 'CSST', 'CNT', 'RAMQ', 'RRQ', 'SAAQ', 'SQ', 'FAPAQ'];
    const indicators = Array.from({ length: 60 }, (_, i) => `ind-${i}`);
    const catalogue = [
      'id,groupe,libelle_fr,libelle_en,definition_fr,definition_en,unite,sens,canal,theme,frequence,source',
      ...indicators.map((id) => `${id},volume,L,L,D,D,nombre,neutre,telephone,telephonie,annuelle,rapport-annuel-2006-2007`),
    ].join('\n');
    const filler = ';Une note ordinaire pour allonger la ligne comme dans un vrai envoi';
    let k = 0;
    const push = (row: string, lines: number) => {
      parts.push(row);
      size += Buffer.byteLength(row);
      line += lines;
    };
    const nextKey = () => {
      const y = years[k % years.length];
      const a = agencies[Math.floor(k / years.length) % agencies.length];
      const ind = indicators[Math.floor(k / (years.length * agencies.length)) % indicators.length];
      const fiscal = Math.floor(k / (years.length * agencies.length * indicators.length));
      k++;
      return `${a};${ind};${fiscal ? `${y}-${y + 1}` : y}`;
    };
    // ~1 MB of rows, some with a note on two lines
    while (size < CHUNK - 200) {
      if (k % 37 === 0) push(`${nextKey()};1 000;illustratif;"première\r\nseconde";\r\n`, 2);
      else push(`${nextKey()};1 000;illustratif${filler};\r\n`, 1);
    }
    // pad one row so that its CR is the last byte of the first chunk
    const key = nextKey();
    const fixed = `${key};1;illustratif;;\r\n`;
    const pad = CHUNK + 1 - size - Buffer.byteLength(fixed);
    push(`${key};1;illustratif;${'x'.repeat(pad)};\r\n`, 1);
    expect(size).toBe(CHUNK + 1);
    // an error right after the boundary
    expected.push([line, 4]);
    push(`${nextKey()};abc;illustratif;;\r\n`, 1);
    // a note on three lines, then an error
    push(`${nextKey()};2;illustratif;"un\r\ndeux\r\ntrois";\r\n`, 3);
    expected.push([line, 4]);
    push(`${nextKey()};-1;illustratif;;\r\n`, 1);
    // a two-byte character split by the second chunk boundary
    while (size < 2 * CHUNK - 200) push(`${nextKey()};3;illustratif${filler};\r\n`, 1);
    const key2 = nextKey();
    const head2 = `${key2};3;illustratif;`;
    const pad2 = 2 * CHUNK - size - Buffer.byteLength(head2) - 1;
    push(`${head2}${'y'.repeat(pad2)}é;\r\n`, 1); // é = C3 A9, C3 is the chunk's last byte
    expected.push([line, 3]);
    push(`${nextKey().replace(/;[^;]*$/, ';2010-2012')};4;illustratif;;\r\n`, 1);

    const dir = dataDirWith({ 'indicateurs.csv': catalogue, 'valeurs/gros.csv': parts.join('') });
    const { report, dataset } = await load(dir);
    expect(flatten(report)).toEqual([
      ['data/valeurs/gros.csv', expected[0][0], expected[0][1], 'type-error'],
      ['data/valeurs/gros.csv', expected[1][0], expected[1][1], 'constraint-error'],
      ['data/valeurs/gros.csv', expected[2][0], expected[2][1], 'period-error'],
    ]);
    const withE = dataset.observations.find((o) => o.note?.endsWith('yé'));
    expect(withE?.note?.length).toBe(pad2 + 1);
    expect(dataset.observations.find((o) => o.note === 'un\ndeux\ntrois')).toBeDefined();
    expect(report.stats.accepted + report.stats.rejected).toBe(report.stats.rows);

  }, 30_000);
});
