/**
 * Issue 14, "Validator edges": each case replays what the security review
 * tried against the data path and expects what a contributor must see (a
 * file:line:column entry with a message code), through the same
 * loadDataFolder that `npm run validate` and the site build call.
 *
 * Speed cases are regression guards, not timings: each runs an input on
 * which the replaced code took minutes (measured on this machine: the old
 * HTML regular expression 2.5 s on 40 KB and growing with the square of the
 * length, so about 105 minutes on 2 MB; the old address regular expression
 * 146 s on an 8,000-character cell and growing with the cube) inside a time
 * limit at least 100 times smaller, run in a vm context whose timeout
 * interrupts the check instead of waiting for it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isWebAddress, looksLikeHtml, unsafeText } from '../../../scripts/pipeline/read';
import { MAX_CELL_CHARS } from '../../../scripts/pipeline/table';
import { readDataFolder } from '../../../scripts/pipeline/index';
import { checkOut, UsageError } from '../../../scripts/validate';
import { FIXTURES, REPO, dataDirWith, flatten, load } from '../pipeline/helpers';

const HEADER = 'organisme;indicateur;periode;valeur;statut;note;source';
const row = (agency: string, note = '') => `${agency};appels-volume;2010-2011;1 000;illustratif;${note};`;
const values = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const base = (file: string) => readFileSync(join(FIXTURES, '_base', file), 'utf8');

/** Entries of a report as [file, line, column, code]. */
function codes(report: Awaited<ReturnType<typeof load>>['report']): [string, number, number, string][] {
  return [...report.errors, ...report.warnings]
    .filter((e) => e.code !== 'folder.values-missing') // the base fixture has no valeurs/
    .map((e): [string, number, number, string] => [e.file, e.line, e.column, e.code])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
}

/** Runs `check` and fails if it has not returned within `ms` (the check is interrupted, not awaited). */
function within<T>(ms: number, check: () => T): T {
  return vm.runInNewContext('check()', { check }, { timeout: ms }) as T;
}

describe('files that used to be skipped silently are read or reported', () => {
  it('reads a .txt (Excel’s “Unicode Text” name) and an x.csv.txt in valeurs/, with a warning saying so', async () => {
    const dir = dataDirWith({
      'valeurs/envoi.txt': values(row('SAAQ'), row('XYZ')),
      'valeurs/envoi-2.csv.txt': values(row('CNT')),
    });
    const { report, dataset } = await load(dir);
    // their rows were read: an unknown agency on line 3 is found, the good rows are published
    expect(codes(report)).toEqual([
      ['data/valeurs/envoi-2.csv.txt', 0, 0, 'folder.txt-read'],
      ['data/valeurs/envoi.txt', 0, 0, 'folder.txt-read'],
      ['data/valeurs/envoi.txt', 3, 1, 'cell.foreign-key'],
    ]);
    expect(dataset.observations.map((o) => o.agency).sort()).toEqual(['CNT', 'SAAQ']);
  });

  it('reports a subfolder of valeurs/, a workbook and an unknown file beside the tables: the data is not valid', async () => {
    const dir = dataDirWith({
      'valeurs/2011/envoi.csv': values(row('SAAQ')),
      'valeurs/envoi.xlsx': Buffer.from('PK\u0003\u0004'),
      'valeurs/ok.csv': values(row('CNT')),
      'organismes-2.csv': base('organismes.csv'),
    });
    const { report } = await load(dir);
    expect(report.valid).toBe(false);
    expect(codes(report)).toEqual([
      ['data/organismes-2.csv', 0, 0, 'folder.unknown-file'],
      ['data/valeurs/2011', 0, 0, 'folder.subfolder'],
      ['data/valeurs/envoi.xlsx', 0, 0, 'folder.not-csv'],
    ]);
    expect(report.errors.find((e) => e.code === 'folder.subfolder')!.message).toMatch(/2011\/ est un sous-dossier de valeurs\/ : ses fichiers n’ont pas été lus/);
  });

  it('every file of a data folder is either read or named in the report', async () => {
    const dir = dataDirWith({
      'valeurs/a.csv': values(row('SAAQ')),
      'valeurs/b.txt': values(row('CNT')),
      'valeurs/c.tsv': [HEADER, row('RRQ')].join('\n').replaceAll(';', '\t') + '\n',
      'valeurs/d.xls': 'x',
      'valeurs/sous/e.csv': values(row('SQ')),
      'divers.csv': 'a,b\n',
      'finances/autre.csv': 'a,b\n',
    });
    const { report } = await load(dir);
    const read = new Set(readDataFolder(dir).inputs.map((i) => i.name));
    const named = new Set([...report.errors, ...report.warnings].map((e) => e.file));
    for (const f of ['data/valeurs/a.csv', 'data/valeurs/b.txt', 'data/valeurs/c.tsv']) expect(read.has(f), f).toBe(true);
    for (const f of ['data/valeurs/d.xls', 'data/valeurs/sous', 'data/divers.csv', 'data/finances/autre.csv']) expect(named.has(f), f).toBe(true);
  });
});

describe('mixed encodings are an error naming the lines, not a silent conversion', () => {
  it('a file with UTF-8 lines and Windows-1252 lines is not read, and the message names both groups', async () => {
    const utf8 = Buffer.from(`${HEADER}\r\n${row('SAAQ', 'Délai mesuré')}\r\n`, 'utf8');
    const cp1252 = iconv.encode(`${row('CNT', 'Année financière')}\r\n${row('RRQ', 'Réponse')}\r\n`, 'win1252');
    const dir = dataDirWith({ 'valeurs/melange.csv': Buffer.concat([utf8, cp1252]) });
    const { report, dataset } = await load(dir);
    expect(codes(report)).toEqual([['data/valeurs/melange.csv', 3, 0, 'encoding.mixed']]);
    expect(report.errors[0]!.params).toMatchObject({ oddLines: [3, 4], utf8Lines: [2] });
    expect(report.errors[0]!.message).toMatch(/^Ce fichier mélange deux encodages : les lignes 3 et 4 sont en Windows-1252 \(export « CSV » d’Excel\), et la ligne 2 en UTF-8\. .*Le fichier n’a pas été lu\.$/);
    // nothing of the file reached the data, corrupted or not
    expect(dataset.observations).toEqual([]);
  });
});

describe('reference tables get the text checks of values, and web addresses are http(s) only', () => {
  const agencies = base('organismes.csv');
  const agency = (nameFr: string, site: string, noteFr = '') => `ZZZ,${nameFr},Hostile agency,2005,,${site},actif,${noteFr},`;

  it('flags HTML and formulas in names, notes, titles and summaries of every reference table', async () => {
    const dir = dataDirWith({
      'organismes.csv': `${agencies}${agency('"<img src=x onerror=alert(1)>"', 'https://exemple.org', '=HYPERLINK(""http://exemple.test"")')}\n`,
      'sources.csv': `${base('sources.csv')}hostile,"</script><script>alert(1)</script>",@SUM(A1:A2),2010,x\n`,
      'themes.csv': `${base('themes.csv')}hostile,"""><svg onload=alert(1)>",x\n`,
      'reseaux.csv': 'code,type,nom_fr,nom_en,debut,fin,statut,organismes\ncrc,reseau,"<b onmouseover=alert(1)>CRC</b>",+cmd|calc,,,actif,SAAQ;CNT\n',
      'valeurs/ok.csv': values(row('SAAQ')),
      'dejeuners-conferences.csv': 'slug,date,titre_fr,titre_en,conferenciers,reseau,participants,evaluations,resume_fr,resume_en,source\n2006-05-30-x,2006-05-30,Titre,Title,"-2+3",crc,10,5,javascript:alert(1),&lt;b&gt;,rapport-annuel-2006-2007\n',
    });
    const { report } = await load(dir);
    expect(report.valid).toBe(true); // kept and shown as text: warnings
    const unsafe = report.warnings.filter((w) => w.type === 'unsafe-text').map((w) => `${w.file.replace('data/', '')}:${w.line} ${w.field} ${w.code}`);
    expect(unsafe.sort()).toEqual(
      [
        'organismes.csv:10 nom_fr text.html',
        'organismes.csv:10 note_fr text.formula',
        'sources.csv:7 titre_fr text.html',
        'sources.csv:7 titre_en text.formula',
        'themes.csv:17 nom_fr text.html',
        'reseaux.csv:2 nom_fr text.html',
        'reseaux.csv:2 nom_en text.formula',
        'dejeuners-conferences.csv:2 conferenciers text.formula',
        'dejeuners-conferences.csv:2 resume_fr text.html',
        'dejeuners-conferences.csv:2 resume_en text.html',
      ].sort(),
    );
  });

  it('refuses a site_web that is not http: or https:, with its line and column', async () => {
    const hostile = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '//exemple.org', 'https://exemple', 'https://exemple.org/a b'];
    const dir = dataDirWith({ 'organismes.csv': agencies + hostile.map((url, i) => agency(`Hostile ${i}`, `"${url}"`).replace('ZZZ', `Z${i}`)).join('\n') + '\n' });
    const { report } = await load(dir);
    const first = base('organismes.csv').trimEnd().split('\n').length + 1;
    expect(codes(report).filter((e) => e[3] !== 'text.html')).toEqual(hostile.map((_, i): [string, number, number, string] => ['data/organismes.csv', first + i, 6, 'url.scheme']));
    expect(report.errors[0]!.message).toMatch(/https?:/);
  });

  it('keeps ordinary http and https addresses', () => {
    for (const ok of ['https://www.saaq.gouv.qc.ca', 'http://www.csst.qc.ca/', 'HTTPS://A.B/c?d#e']) expect(isWebAddress(ok), ok).toBe(true);
  });

  it('checks an 8,000-character hostile address in linear time (the old expression took 2.5 minutes)', () => {
    const cell = `http://${'a.'.repeat(4000)} x`;
    expect(cell.length).toBeLessThan(MAX_CELL_CHARS);
    expect(within(1000, () => isWebAddress(cell))).toBe(false);
    expect(within(1000, () => isWebAddress(`http://a.${'a'.repeat(9000)}\n`))).toBe(false);
  });

  it('refuses a network code given twice, a blank row and reads a Windows-1252 reseaux.csv', async () => {
    const text = 'code,type,nom_fr,nom_en,debut,fin,statut,organismes\r\ncrc,reseau,Réseau A,Network A,,,actif,SAAQ\r\n,,,,,,,\r\ncrc,reseau,Réseau B,Network B,,,actif,CNT\r\n';
    const dir = dataDirWith({ 'reseaux.csv': iconv.encode(text, 'win1252') });
    const { report } = await load(dir);
    expect(codes(report)).toEqual([
      ['data/reseaux.csv', 2, 0, 'encoding.windows-1252'],
      ['data/reseaux.csv', 3, 0, 'row.blank'],
      ['data/reseaux.csv', 4, 1, 'ref.duplicate-code'],
    ]);
  });
});

describe('a 200 KB note: refused by the length cap, and the text check stays linear', () => {
  it('refuses a cell longer than the cap with its line and column, and reads the other rows', async () => {
    const note = `"${'<a'.repeat(100_000)}"`;
    const dir = dataDirWith({ 'valeurs/long.csv': values(row('SAAQ'), row('CNT', note), row('RRQ')) });
    const { report, dataset } = await load(dir);
    expect(codes(report)).toEqual([['data/valeurs/long.csv', 3, 6, 'cell.too-long']]);
    expect(report.errors[0]!.params).toMatchObject({ length: 200_000, max: MAX_CELL_CHARS });
    expect(dataset.observations.map((o) => o.agency).sort()).toEqual(['RRQ', 'SAAQ']);
    expect(report.stats.accepted + report.stats.rejected).toBe(report.stats.rows);
  });

  it('looks for HTML and formulas in 2 MB of hostile text within 5 s each (about 105 minutes for the old expression)', () => {
    const shapes = ['<a'.repeat(1_000_000), `${'<a'.repeat(1_000_000)}>`, `${'< '.repeat(1_000_000)}>`, '&a'.repeat(1_000_000), `${'</'.repeat(1_000_000)}`, `${'1+'.repeat(1_000_000)}`, `-${'1 '.repeat(1_000_000)};`];
    const found = shapes.map((s) => within(5000, () => [looksLikeHtml(s), unsafeText(s)]));
    expect(found).toEqual([
      [false, null],
      [true, 'html'],
      [false, null],
      [false, null],
      [false, null],
      [false, null],
      [false, null],
    ]);
  });

  it('the time limit does interrupt a quadratic check (the guard can fail)', () => {
    const OLD_HTML_LIKE = /<\/?[a-zA-Z][^>]*>|<!--|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|javascript:/;
    expect(() => within(200, () => OLD_HTML_LIKE.test('<a'.repeat(1_000_000)))).toThrow(/timed out/);
  });
});

describe('what a data folder may hold beside the data', () => {
  it('an empty subfolder is reported too; a Markdown note is documentation, not data', async () => {
    const dir = dataDirWith({ 'valeurs/ok.csv': values(row('SAAQ')) });
    mkdirSync(join(dir, 'valeurs', 'vide'));
    writeFileSync(join(dir, 'valeurs', 'Lisez-moi.md'), '# notes');
    const { report } = await load(dir);
    expect(flatten(report)).toEqual([['data/valeurs/vide', 0, 0, 'source-error']]);
  });
});

describe('npm run validate --out never writes among the data (exit 2, a message, no stack trace)', { timeout: 60_000 }, () => {
  function validate(...args: string[]) {
    const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 50_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

  it('refuses a path inside the data folder, however written, and writes nothing there', () => {
    const dir = dataDirWith({ 'valeurs/ok.csv': values(row('SAAQ')) });
    const before = listing(dir);
    for (const out of [join(dir, 'jeu.json'), join(dir, 'valeurs', 'ok.csv'), `${dir}/../${dir.split('/').at(-1)}/valeurs/../x.json`]) {
      expect(() => checkOut(out, dir, []), out).toThrow(UsageError);
    }
    const r = validate('--data', dir, '--out', join(dir, 'valeurs', 'jeu.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/est dans le dossier de données/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(listing(dir)).toEqual(before);
  });

  it('refuses to write over a file it checks', () => {
    const dir = dataDirWith({});
    const file = join(mkdtempSync(join(tmpdir(), 'cego-out-')), 'envoi.csv');
    writeFileSync(file, values(row('SAAQ')));
    const r = validate('--data', dir, file, '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/est un fichier vérifié : il serait écrasé/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(values(row('SAAQ')));
  });

  it('says that a folder is not a file name', () => {
    const dir = dataDirWith({});
    const folder = mkdtempSync(join(tmpdir(), 'cego-out-'));
    expect(() => checkOut(`${folder}/nouveau/`, dir, [])).toThrow(/est un dossier/);
    const r = validate('--data', dir, '--out', folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/est un dossier : donnez le chemin d'un fichier/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
