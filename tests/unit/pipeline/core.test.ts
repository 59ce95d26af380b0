/**
 * The data core's API, as the browser checker uses it: bytes and names in,
 * a JSON report out; kinds recognised from headers; the site catalogue;
 * values already published reported as changes; the change preview; the
 * canonical file; progress. And the core bundles for a browser with no
 * Node built-in and no Buffer.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  buildSiteCatalogue,
  canonicalFile,
  catalogueDataset,
  checkData,
  detectKind,
  indicatorEffects,
  loadDataFolder,
  localiseReport,
  parseSiteCatalogue,
  readDataFolder,
  rankMoveText,
  renderChangeMarkdown,
  type DataInput,
  type FileKind,
  type Progress,
} from '../../../scripts/pipeline/index';
import { CASE_NAMES, REPO, fixtureDir, flatten, load } from './helpers';

const DATA = join(REPO, 'data');

/** Every file of a folder as in-memory bytes (what a browser has: no path, no fs). */
function bytesOf(dir: string, kinds = true): DataInput[] {
  return readDataFolder(dir).inputs.map((i) => {
    const abs = join(dir, '..', i.name);
    return { name: i.name, source: new Uint8Array(readFileSync(abs)), kind: kinds ? i.kind : undefined };
  });
}

describe('le cœur tourne dans un navigateur', () => {
  it('se regroupe pour un navigateur sans module Node ni Buffer', async () => {
    const r = await esbuild.build({ entryPoints: [join(REPO, 'scripts/pipeline/core.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(r.metafile!.inputs);
    expect(inputs.filter((i) => /node:|iconv|safer-buffer|scripts\/pipeline\/index\.ts/.test(i))).toEqual([]);
    expect(r.outputFiles![0].text).not.toMatch(/\bBuffer\b|\brequire\(["'](fs|path|buffer|stream)["']\)/);
  });
});

describe('checkData sur des octets', async () => {
  const folder = await loadDataFolder(DATA, { currentYear: 2026 });

  it('donne, sur les octets de data/, le même rapport que le dossier lu du disque', async () => {
    const fromBytes = await checkData(bytesOf(DATA), { currentYear: 2026, require: ['agencies', 'channels', 'themes', 'sources', 'catalogue', 'statement-operations', 'balance-sheet'] });
    expect(fromBytes.report).toEqual(folder.report);
    expect(JSON.stringify(fromBytes.dataset)).toBe(JSON.stringify(folder.dataset));
  });

  it('reconnaît chaque fichier de data/ d’après son en-tête', async () => {
    const guessed = await checkData(bytesOf(DATA, false), { currentYear: 2026 });
    const expected = readDataFolder(DATA).inputs.map((i) => i.kind);
    expect(guessed.kinds.map((k) => k.kind)).toEqual(expected);
    expect(guessed.kinds.every((k) => k.detected)).toBe(true);
    expect(guessed.report).toEqual(folder.report);
  });

  it('compte les lignes fichier par fichier : lues = acceptées + rejetées + ignorées', () => {
    const files = folder.report.files;
    expect(files.map((f) => f.file)).toContain('data/reseaux.csv');
    expect(files.map((f) => f.file)).toContain('data/dejeuners-conferences.csv');
    for (const f of files) expect(f.rows).toBe(f.accepted + f.rejected + f.ignored);
    expect(files.reduce((s, f) => s + f.rows, 0)).toBe(folder.report.stats.rows);
    const values = files.find((f) => f.file === 'data/valeurs/2010-2011-etalonnage.csv')!;
    expect(values).toMatchObject({ kind: 'values', encoding: 'utf-8', delimiter: ';' });
  });

  /** The values file repeated 20 times (several chunks), then `last` as its last line. */
  function bigValues(last = ''): string {
    const text = readFileSync(join(DATA, 'valeurs/2010-2011-etalonnage.csv'), 'utf8');
    const body = text.slice(text.indexOf('\n') + 1);
    return text + body.repeat(20) + last;
  }
  const win1252 = (text: string) => new Uint8Array(iconv.encode(text, 'win1252'));
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const steps = (seen: Progress[], pass: 1 | 2) => seen.filter((p) => p.pass === pass).map((p) => p.bytesRead);

  it('rapporte la progression (octets lus) jusqu’à la taille du fichier : une passe pour un fichier UTF-8, deux pour un autre', async () => {
    const base = buildSiteCatalogue(folder);
    const text = bigValues();
    // UTF-8: read, checked and decoded in one pass (2: the rows)
    const source = utf8(text);
    const seen: Progress[] = [];
    await checkData([{ name: 'gros.csv', source, kind: 'values' }], { base, onProgress: (p) => seen.push(p) });
    expect(steps(seen, 1)).toEqual([]);
    expect(steps(seen, 2).length).toBeGreaterThan(1);
    expect(steps(seen, 2)).toEqual([...steps(seen, 2)].sort((a, b) => a - b));
    expect(steps(seen, 2).at(-1)).toBe(source.length);
    expect(seen.every((p) => p.bytesTotal === source.length && p.file === 'gros.csv')).toBe(true);
    // Windows-1252 from its first line: the encoding pass, then the rows
    const odd = win1252(text.replace('illustratif;;', 'illustratif;Révisé;'));
    const seen1252: Progress[] = [];
    await checkData([{ name: 'gros.csv', source: odd, kind: 'values' }], { base, onProgress: (p) => seen1252.push(p) });
    for (const pass of [1, 2] as const) {
      expect(steps(seen1252, pass).length).toBeGreaterThan(1);
      expect(steps(seen1252, pass)).toEqual([...steps(seen1252, pass)].sort((a, b) => a - b));
      expect(steps(seen1252, pass).at(-1)).toBe(odd.length);
    }
  });

  it('un fichier Windows-1252 dont seule la dernière ligne a un accent donne les mêmes lignes, erreurs et valeurs que le même texte en UTF-8', async () => {
    const base = buildSiteCatalogue(folder);
    const text = bigValues('CARRA;appels-volume;2010-2011;257 300;illustratif;Révisé;\n');
    const asUtf8 = await checkData([{ name: 'gros.csv', source: utf8(text), kind: 'values' }], { base });
    const as1252 = await checkData([{ name: 'gros.csv', source: win1252(text), kind: 'values' }], { base });
    const file = (r: typeof asUtf8) => r.report.files.find((f) => f.file === 'gros.csv')!;
    expect(file(asUtf8).encoding).toBe('utf-8');
    expect(file(as1252).encoding).toBe('windows-1252');
    expect(file(as1252).rows).toBeGreaterThan(3000);
    for (const k of ['rows', 'accepted', 'rejected', 'ignored'] as const) expect(file(as1252)[k]).toBe(file(asUtf8)[k]);
    expect(as1252.report.errors).toEqual(asUtf8.report.errors);
    const lastLine = text.split('\n').length - 1;
    expect(as1252.report.warnings.filter((w) => w.code !== 'encoding.windows-1252')).toEqual(asUtf8.report.warnings);
    expect(as1252.report.warnings.filter((w) => w.code === 'encoding.windows-1252').map((w) => w.line)).toEqual([lastLine]);
    expect(JSON.stringify(as1252.dataset.observations)).toBe(JSON.stringify(asUtf8.dataset.observations));
  });

  it('des encodages mélangés découverts en fin de fichier : une seule erreur, aucune ligne de ce fichier gardée', async () => {
    const base = buildSiteCatalogue(folder);
    const text = bigValues().replace('illustratif;;', 'illustratif;Révisé;');
    const utf8Part = utf8(text);
    const odd = win1252('CARRA;appels-volume;2010-2011;257 300;illustratif;Révisé;\n');
    const mixed = new Uint8Array(utf8Part.length + odd.length);
    mixed.set(utf8Part, 0);
    mixed.set(odd, utf8Part.length);
    const { report, dataset } = await checkData([{ name: 'gros.csv', source: mixed, kind: 'values' }], { base });
    expect(report.files.find((f) => f.file === 'gros.csv')).toMatchObject({ rows: 0, accepted: 0, rejected: 0, ignored: 0, encoding: null });
    const mine = [...report.errors, ...report.warnings].filter((e) => e.file === 'gros.csv');
    expect(mine.map((e) => [e.code, e.line])).toEqual([['encoding.mixed', text.split('\n').length]]);
    expect(dataset.observations.filter((o) => o.origin.file === 'gros.csv')).toEqual([]);
  });
});

describe('reconnaître un fichier d’après son en-tête', () => {
  const kind = async (text: string | Uint8Array) => (await detectKind(typeof text === 'string' ? new TextEncoder().encode(text) : text)).kind;

  it('valeurs, catalogue, états financiers (résultats ou bilan), évaluations, tables de référence', async () => {
    expect(await kind('organisme;indicateur;periode;valeur;statut\nSAAQ;x;2010;1;illustratif\n')).toBe('values');
    expect(await kind('\ufeffOrganisme;Indicateur;Période;Valeur;Statut;Note\n')).toBe('values');
    expect(await kind('Agency,Indicator,Period,Value,Status\n')).toBe('values');
    const res = readFileSync(join(DATA, 'finances/etat-des-resultats.csv'));
    const bil = readFileSync(join(DATA, 'finances/bilan.csv'));
    expect(await kind(new Uint8Array(res))).toBe('statement-operations');
    expect(await kind(new Uint8Array(bil))).toBe('balance-sheet');
    const expected: Record<string, FileKind> = {
      'indicateurs.csv': 'catalogue',
      'organismes.csv': 'agencies',
      'modes-de-prestation.csv': 'channels',
      'themes.csv': 'themes', // same columns as channels: told apart by the codes
      'sources.csv': 'sources',
      'reseaux.csv': 'networks',
      'dejeuners-conferences.csv': 'conferences',
      'evaluations-conferences.csv': 'evaluations',
    };
    for (const [file, k] of Object.entries(expected)) expect(await kind(new Uint8Array(readFileSync(join(DATA, file)))), file).toBe(k);
  });

  it('le nom du fichier départage deux tables au même en-tête', async () => {
    const text = new TextEncoder().encode('code,nom_fr,nom_en\ntelephone,Téléphone,Telephone\n');
    expect((await detectKind(text, 'themes.csv')).kind).toBe('themes');
    expect((await detectKind(text, 'mes-modes.csv')).kind).toBe('channels');
  });

  it('Texte Unicode (UTF-16) et Windows-1252', async () => {
    const header = 'organisme\tindicateur\tpériode\tvaleur\tstatut\r\n';
    expect(await kind(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')])))).toBe('values');
    expect(await kind(new Uint8Array(iconv.encode('Organisme;Indicateur;Période;Valeur;Statut\r\n', 'win1252')))).toBe('values');
  });

  it('un fichier qui ne ressemble à aucun modèle est signalé, pas lu', async () => {
    const r = await checkData([{ name: 'liste.csv', source: new TextEncoder().encode('nom,prénom,courriel\nTremblay,Line,l@x.ca\n') }]);
    expect(flatten(r.report)).toEqual([['liste.csv', 1, 0, 'source-error']]);
    expect(r.report.errors[0].code).toBe('file.kind-unknown');
    expect(r.kinds).toEqual([{ file: 'liste.csv', kind: null, detected: true }]);
  });
});

describe('le catalogue du site et les valeurs déjà publiées', async () => {
  const folder = await loadDataFolder(DATA, { currentYear: 2026 });
  const catalogue = parseSiteCatalogue(JSON.stringify(buildSiteCatalogue(folder)));
  const csv = (rows: string[]) => new TextEncoder().encode(['organisme;indicateur;periode;valeur;statut;note;source', ...rows].join('\r\n') + '\r\n');

  it('se relit en JSON et redonne le jeu de données publié', () => {
    expect(JSON.stringify(catalogueDataset(catalogue))).toBe(JSON.stringify(folder.dataset));
    expect(catalogue.networks.length).toBeGreaterThan(5);
    expect(catalogue.finances?.years).toEqual(['2005-2006', '2006-2007']);
    expect(() => parseSiteCatalogue('{"format":"autre"}')).toThrow(/format/);
  });

  it('résout les codes contre le catalogue et signale une valeur publiée comme un changement, pas un doublon', async () => {
    const r = await checkData(
      [{ name: 'contribution.csv', source: csv(['SAAQ;appels-volume;2010-2011;2 100 000;illustratif;;', 'SAAQ;appels-volume;2011-2012;2 200 000;illustratif;;', 'XYZ;appels-volume;2011-2012;1;illustratif;;']) }],
      { base: catalogue, currentYear: 2026 },
    );
    expect(flatten(r.report)).toEqual([
      ['contribution.csv', 2, 0, 'published-change'],
      ['contribution.csv', 4, 1, 'foreign-key'],
    ]);
    const change = r.report.warnings[0];
    expect(change.params).toMatchObject({ agency: 'SAAQ', indicator: 'appels-volume', period: '2010-2011', same: false, after: { value: 2100000 } });
    // the merged dataset: the published values, the change in place, the new period added
    expect(r.dataset.observations.length).toBe(folder.dataset.observations.length + 1);
    expect(r.dataset.observations.find((o) => o.agency === 'SAAQ' && o.indicator === 'appels-volume' && o.period === '2010-2011')!.value).toBe(2100000);
    expect(r.dataset.periods).toContain('2011-2012');
  });

  it('un fichier publié renvoyé sous son nom ne signale que les valeurs qui changent', async () => {
    const file = join(DATA, 'valeurs/2010-2011-services-quebec-crc.csv');
    const same = await checkData([{ name: '2010-2011-services-quebec-crc.csv', source: new Uint8Array(readFileSync(file)) }], { base: catalogue, currentYear: 2026 });
    expect(flatten(same.report)).toEqual([]);
    const edited = readFileSync(file, 'utf8').replace('1 006 000', '1 007 000');
    const changed = await checkData([{ name: '2010-2011-services-quebec-crc.csv', source: new TextEncoder().encode(edited) }], { base: catalogue, currentYear: 2026 });
    expect(flatten(changed.report)).toEqual([['2010-2011-services-quebec-crc.csv', 2, 0, 'published-change']]);
  });

  it('l’aperçu d’un changement d’une valeur nomme les rangs qui bougent, comme data:diff', async () => {
    // CSST's 2010-2011 three-minute answer rate, raised to the top
    const r = await checkData([{ name: 'c.csv', source: csv(['CSST;appels-reponse-3-minutes;2010-2011;99;illustratif;;']) }], { base: catalogue, currentYear: 2026 });
    const effects = indicatorEffects(catalogueDataset(catalogue), r.dataset);
    expect(effects.map((e) => `${e.indicator.id} ${e.period}`)).toEqual(['appels-reponse-3-minutes 2010-2011']);
    const csst = effects[0].moves.find((m) => m.agency === 'CSST')!;
    expect(csst.rankAfter).toBe(1);
    expect(rankMoveText(csst, 'fr')).toMatch(/^\d → 1 \(gagne \d rangs?\)$/);
    expect(rankMoveText(csst, 'en')).toMatch(/^\d → 1 \(up \d ranks?\)$/);
    const md = renderChangeMarkdown({ files: [], effects, before: folder.report, after: r.report }, { base: 'publié', head: 'c.csv' });
    expect(md).toContain(`| Commission de la santé et de la sécurité du travail (CSST) |`);
    expect(md).toContain(rankMoveText(csst, 'fr'));
  });
});

describe('le fichier canonique', () => {
  it('Windows-1252 à point-virgule avec restes d’Excel → UTF-8 avec BOM, même séparateur, mêmes cellules', async () => {
    const text = 'organisme;indicateur;periode;valeur;statut;note;source;;\r\nSAAQ;appels-volume;2010-2011;1 980 000;illustratif;Délai « maison »;;;\r\nCNT;appels-volume;2010-2011;85,4;illustratif;"deux\r\nlignes";;;\r\n;;;;;;;;\r\n;;;;;;;;\r\n';
    const out = await canonicalFile(new Uint8Array(iconv.encode(text, 'win1252')));
    expect(out).not.toBeNull();
    const s = new TextDecoder('utf-8', { ignoreBOM: true }).decode(out!.bytes);
    expect(s).toBe(
      '\ufefforganisme;indicateur;periode;valeur;statut;note;source\r\nSAAQ;appels-volume;2010-2011;1 980 000;illustratif;Délai « maison »;\r\nCNT;appels-volume;2010-2011;85,4;illustratif;"deux\nlignes";\r\n',
    );
    expect(out).toMatchObject({ from: { encoding: 'windows-1252', delimiter: ';' }, delimiter: ';', records: 3, droppedRows: 2, droppedColumns: 2 });
  });

  it('« Texte Unicode » (UTF-16, tabulations) → point-virgule ; le fichier canonique redonne le même jeu de données', async () => {
    const tsv = 'organisme\tindicateur\tperiode\tvaleur\tstatut\tnote\r\nSAAQ\tappels-reponse-3-minutes\t2009-2010\t81,5\tillustratif\tvoir ; la note\r\n';
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    const out = (await canonicalFile(utf16))!;
    expect(new TextDecoder().decode(out.bytes)).toBe('organisme;indicateur;periode;valeur;statut;note\r\nSAAQ;appels-reponse-3-minutes;2009-2010;81,5;illustratif;"voir ; la note"\r\n');
    const base = buildSiteCatalogue(await loadDataFolder(DATA));
    const a = await checkData([{ name: 'x.csv', source: utf16 }], { base });
    const b = await checkData([{ name: 'x.csv', source: out.bytes }], { base });
    expect(b.report.errors).toEqual([]);
    expect(JSON.stringify(b.dataset)).toBe(JSON.stringify(a.dataset));
  });
});

describe('les messages en français et en anglais', () => {
  it('chaque entrée de chaque cas a un code et un message anglais différent du français, sans mot français courant', async () => {
    for (const name of CASE_NAMES) {
      const { report } = await load(fixtureDir(name));
      const en = localiseReport(report, 'en');
      expect(en.locale).toBe('en');
      [...report.errors, ...report.warnings].forEach((e, i) => {
        const english = [...en.errors, ...en.warnings][i];
        expect(e.code, `${name}: ${e.message}`).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
        expect(english.message).not.toBe(e.message);
        // (codes such as services-en-ligne may hold French words)
        expect(english.message, `${name} ${e.code}`).not.toMatch(/(?<![-\w])(Écrivez|Vérifiez|Corrigez|ligne|colonne|fichier|Vouliez)(?![-\w])/);
      });
    }
  });

  it('le même rapport JSON, rendu en anglais, garde codes, paramètres et emplacements', async () => {
    const { report } = await load(fixtureDir('codes-inconnus'));
    const en = localiseReport(report, 'en');
    const strip = (r: typeof report) => [...r.errors, ...r.warnings].map(({ message: _m, ...rest }) => rest);
    expect(strip(en)).toEqual(strip(report));
    expect(en.errors[0].message).toMatch(/^Unknown agency: “SAQQ”\. Did you mean “SAAQ”\?/);
    expect(report.errors[0].message).toMatch(/^Organisme inconnu : «\u00a0SAQQ\u00a0»\. Vouliez-vous dire «\u00a0SAAQ\u00a0» \?/);
  });
});

describe('fichiers du dépôt', () => {
  it('chaque fichier de données est lu par le cœur (rien n’est passé sous silence)', () => {
    const listed = new Set(readDataFolder(DATA).inputs.map((i) => i.name));
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? (n === 'modeles' ? [] : walk(join(d, n))) : [join(d, n)]));
    for (const f of walk(DATA).filter((f) => f.endsWith('.csv'))) expect(listed.has(relative(REPO, f).split('\\').join('/')), f).toBe(true);
  });
});

describe('ce qu’un contributeur dépose par erreur sur la page', () => {
  const one = (name: string, source: Uint8Array, maxBytes?: number) => checkData([{ name, source }], { currentYear: 2026, maxBytes });
  const codes = (r: Awaited<ReturnType<typeof one>>) => r.report.errors.map((e) => [e.file, e.line, e.code]);

  it('un fichier vide : « Fichier vide » et l’en-tête attendu, pas « type non reconnu »', async () => {
    const r = await one('vide.csv', new Uint8Array());
    expect(codes(r)).toEqual([['vide.csv', 1, 'file.empty']]);
    expect(r.report.errors[0].message).toContain('organisme, indicateur, periode, valeur, statut');
  });

  it('un classeur .xlsx : comment l’enregistrer en CSV UTF-8', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0, 0x62, 0x65]);
    const r = await one('valeurs 2012.xlsx', zip);
    expect(codes(r)).toEqual([['valeurs 2012.xlsx', 1, 'encoding.xlsx']]);
    expect(r.report.errors[0].message).toContain('CSV UTF-8');
  });

  it('un fichier binaire : dit ce qu’il est', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(codes(await one('logo.png', png))).toEqual([['logo.png', 1, 'encoding.binary']]);
  });

  it('un fichier au-delà de maxBytes n’est pas lu : une erreur qui donne sa taille et la limite', async () => {
    const big = new TextEncoder().encode('organisme;indicateur;periode;valeur;statut\n' + 'SQ;appels-volume;2010-2011;1;publie\n'.repeat(10_000));
    const r = await one('gros.csv', big, 300_000);
    expect(codes(r)).toEqual([['gros.csv', 0, 'file.too-large']]);
    expect(r.report.errors[0].params).toEqual({ megabytes: 0.4, max: 0.3 });
    expect(r.report.stats.rows).toBe(0);
    // without a limit (the CLI), the same file is read
    expect((await one('gros.csv', big)).report.stats.rows).toBe(10_000);
  });

  it('un texte qui n’est aucun modèle reste « type non reconnu »', async () => {
    expect(codes(await one('notes.txt', new TextEncoder().encode('Bonjour,\nvoici mes chiffres\n')))).toEqual([['notes.txt', 1, 'file.kind-unknown']]);
  });
});
