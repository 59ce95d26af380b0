/**
 * npm run data:diff -- --base <git-ref> [--head <git-ref>] [--data DIR] [--max-rows N]
 *
 * What a data change does to the published tables, in Markdown, for reviewers
 * who should not have to read a raw CSV diff:
 *
 *   1. per CSV file under data/: rows added, changed and removed (daff table diff,
 *      rows matched on their key columns, not on their line number);
 *   2. per indicator and period touched: the values that change, the agencies whose
 *      rank moves (ties share a rank, direction-aware, from src/lib/stats.ts) and
 *      the median that shifts.
 *
 * Both versions go through the data pipeline (scripts/pipeline), so a value typed
 * "1 006 000" or "1006000", in a ";" or "," CSV, is the same number.
 * The base version is read with `git ls-tree` / `git show`; the head version is the
 * working tree unless --head is given. Exit code: 0 report printed (even when the
 * proposed data are not valid: the report says so), 2 usage or git error.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import Papa from 'papaparse';
import {loadDataset, type Indicator, type NormalisedDataset, type Observation, type ValidationReport} from './pipeline/index';
import {CATALOGUE_SCHEMA, VALUES_SCHEMA, knownHeaderKeys} from './pipeline/validate';
import {chooseDelimiter, decodedChunks, foldName, sniffEncoding} from './pipeline/read';
import {median, rank, type MaybeNumber} from '../src/lib/stats';
import {formatNumber} from '../src/lib/format';

// ---------------------------------------------------------------------------
// daff (no bundled types: the small part of its API used here)

interface DaffTableView {
  readonly data: string[][];
}
interface DaffFlags {
  addPrimaryKey(column: string): void;
  unchanged_context: number;
  show_unchanged: boolean;
}
interface DaffSummary {
  row_inserts: number;
  row_deletes: number;
  row_updates: number;
  col_inserts: number;
  col_deletes: number;
  col_renames: number;
}
interface Daff {
  TableView: new (data: string[][]) => DaffTableView;
  CompareFlags: new () => DaffFlags;
  compareTables(a: DaffTableView, b: DaffTableView, flags: DaffFlags): {align(): unknown};
  TableDiff: new (alignment: unknown, flags: DaffFlags) => {hilite(out: DaffTableView): void; getSummary(): DaffSummary};
}
const require = createRequire(import.meta.url);
const daff = require('daff') as Daff;

// ---------------------------------------------------------------------------
// Options

export interface DiffOptions {
  /** Git ref of the published data (e.g. origin/main). */
  base: string;
  /** Git ref of the proposed data; null = working tree. */
  head: string | null;
  /** Data folder, relative to the current directory (default: data). */
  data: string;
  /** Changed rows shown per file before "… N more". */
  maxRows: number;
  /** Directory of the git repository (default: the current directory). */
  cwd: string;
}

class UsageError extends Error {}

const USAGE = `Utilisation : npm run data:diff -- --base <réf. git> [--head <réf. git>] [--data DIR] [--max-rows N]

Imprime en Markdown ce qu'une modification des données change aux tableaux publiés :
lignes ajoutées, modifiées et retirées par fichier, puis, pour chaque indicateur touché,
les valeurs et les rangs qui bougent et la médiane qui se déplace.

  --base REF      version publiée (ex. origin/main)            obligatoire
  --head REF      version proposée (défaut : la copie de travail)
  --data DIR      dossier des données (défaut : data)
  --max-rows N    lignes modifiées montrées par fichier (défaut : 50)`;

export function parseArgs(argv: string[]): Omit<DiffOptions, 'cwd'> | 'help' {
  const out: Omit<DiffOptions, 'cwd'> = {base: '', head: null, data: 'data', maxRows: 50};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (!v || (eq < 0 && v.startsWith('--'))) throw new UsageError(`L'option ${flag} attend une valeur.`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--base':
        out.base = value();
        break;
      case '--head':
        out.head = value();
        break;
      case '--data':
        out.data = value();
        break;
      case '--max-rows': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-rows attend un nombre entier, pas « ${v} ».`);
        out.maxRows = Number(v);
        break;
      }
      default:
        throw new UsageError(`Option inconnue : ${a}`);
    }
  }
  if (!out.base) throw new UsageError('--base est obligatoire (ex. --base origin/main).');
  return out;
}

// ---------------------------------------------------------------------------
// Git

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, {cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe']});
}

/** Copies the files under `dataPath` (relative to the repository root) at `ref` into `dest`. */
function extractAtRef(cwd: string, ref: string, dataPath: string, dest: string): void {
  const names = git(cwd, ['ls-tree', '-r', '-z', '--name-only', ref, '--', dataPath])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  for (const name of names) {
    const target = path.join(dest, name);
    mkdirSync(path.dirname(target), {recursive: true});
    writeFileSync(target, git(cwd, ['show', `${ref}:${name}`]));
  }
  mkdirSync(path.join(dest, dataPath), {recursive: true});
}

function shortRef(cwd: string, ref: string): string {
  try {
    return git(cwd, ['rev-parse', '--short', `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new UsageError(`Référence git inconnue : ${ref}`);
  }
}

// ---------------------------------------------------------------------------
// Raw tables (as the contributor wrote them) for the per-file row diff

/** Reads a CSV exported by Excel (any encoding and delimiter the pipeline accepts) as rows of text. */
export async function readRawTable(file: string): Promise<string[][] | null> {
  const sniff = await sniffEncoding(file);
  if (!sniff.ok) return null;
  let text = '';
  for await (const chunk of decodedChunks(file, sniff.encoding)) text += chunk;
  text = text.replace(/^\uFEFF/, '');
  // The pipeline's choice, from the header line: French decimal commas ("85,4") are not delimiters.
  const delimiter = chooseDelimiter(text.slice(0, text.indexOf('\n') >>> 0), KNOWN_COLUMNS);
  const parsed = Papa.parse<string[]>(text, {delimiter, skipEmptyLines: 'greedy'});
  return parsed.data.map((row) => row.map((c) => c.trim()));
}

const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...knownHeaderKeys(CATALOGUE_SCHEMA), ...knownHeaderKeys(VALUES_SCHEMA), 'code', 'nom fr', 'nom en']);
const fold = foldName;

/** Key columns by file kind: values are keyed by agency × indicator × period, catalogue and reference files by id or code. */
function keyColumns(header: string[]): string[] {
  const folded = header.map(fold);
  const find = (name: string): string | undefined => header[folded.indexOf(name)];
  const values = ['organisme', 'indicateur', 'periode'].map(find);
  if (values.every((c) => c !== undefined)) return values as string[];
  for (const k of ['id', 'code']) {
    const c = find(k);
    if (c !== undefined) return [c];
  }
  // No known key: daff aligns the rows on their content.
  return [];
}

export interface FileDiff {
  file: string;
  status: 'ajouté' | 'retiré' | 'modifié' | 'illisible';
  added: number;
  changed: number;
  removed: number;
  columnsChanged: number;
  /** daff's highlighted diff: first row is the header ("@@", columns…), then "+++", "---", "->" rows. */
  rows: string[][];
}

export function diffTables(file: string, before: string[][] | null, after: string[][] | null): FileDiff | null {
  const empty: string[][] = [];
  const a = before ?? empty;
  const b = after ?? empty;
  const header = (b[0] ?? a[0] ?? []) as string[];
  const flags = new daff.CompareFlags();
  for (const k of keyColumns(header)) flags.addPrimaryKey(k);
  flags.unchanged_context = 0;
  flags.show_unchanged = false;
  // daff wants the same header on an empty side.
  const ta = new daff.TableView(a.length ? a : [header]);
  const tb = new daff.TableView(b.length ? b : [header]);
  const alignment = daff.compareTables(ta, tb, flags).align();
  const highlighter = new daff.TableDiff(alignment, flags);
  const out: string[][] = [];
  highlighter.hilite(new daff.TableView(out));
  const s = highlighter.getSummary();
  const columnsChanged = s.col_inserts + s.col_deletes + s.col_renames;
  if (s.row_inserts + s.row_deletes + s.row_updates + columnsChanged === 0) return null;
  return {
    file,
    status: before === null ? 'ajouté' : after === null ? 'retiré' : 'modifié',
    added: s.row_inserts,
    changed: s.row_updates,
    removed: s.row_deletes,
    columnsChanged,
    rows: out.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
  };
}

function listCsv(root: string, dataPath: string): string[] {
  const dir = path.join(root, dataPath);
  const out: string[] = [];
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.csv$/i.test(name)) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------
// Indicator effects: values, ranks and medians per indicator × period

export interface AgencyMove {
  agency: string;
  agencyName: string;
  before: Observation | null;
  after: Observation | null;
  rankBefore: MaybeNumber;
  rankAfter: MaybeNumber;
}

export interface IndicatorEffect {
  indicator: Indicator;
  period: string;
  /** Agencies whose value, status or rank changed. */
  moves: AgencyMove[];
  medianBefore: MaybeNumber;
  medianAfter: MaybeNumber;
  countBefore: number;
  countAfter: number;
  directionBefore: Indicator['direction'] | null;
}

const key = (o: {indicator: string; period: string}): string => `${o.indicator}\u0000${o.period}`;

function group(ds: NormalisedDataset): Map<string, Observation[]> {
  const m = new Map<string, Observation[]>();
  for (const o of ds.observations) {
    const k = key(o);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(o);
  }
  return m;
}

function ranksOf(obs: Observation[], direction: Indicator['direction']): Map<string, MaybeNumber> {
  const r = rank(
    obs.map((o) => o.value),
    direction,
  );
  return new Map(obs.map((o, i) => [o.agency, r[i] ?? null]));
}

function sameObservation(a: Observation | null, b: Observation | null): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && a.missing === b.missing && a.status === b.status;
}

export function indicatorEffects(before: NormalisedDataset, after: NormalisedDataset): IndicatorEffect[] {
  const gb = group(before);
  const ga = group(after);
  const indBefore = new Map(before.indicators.map((i) => [i.id, i]));
  const indAfter = new Map(after.indicators.map((i) => [i.id, i]));
  const names = new Map([...before.agencies, ...after.agencies].map((a) => [a.code, a.name.fr]));
  const keys = [...new Set([...gb.keys(), ...ga.keys()])];
  const effects: IndicatorEffect[] = [];
  for (const k of keys) {
    const [id, period] = k.split('\u0000') as [string, string];
    const indicator = indAfter.get(id) ?? indBefore.get(id);
    if (!indicator) continue;
    const ob = gb.get(k) ?? [];
    const oa = ga.get(k) ?? [];
    const dirB = indBefore.get(id)?.direction ?? indicator.direction;
    const dirA = indAfter.get(id)?.direction ?? indicator.direction;
    const rb = ranksOf(ob, dirB);
    const ra = ranksOf(oa, dirA);
    const byB = new Map(ob.map((o) => [o.agency, o]));
    const byA = new Map(oa.map((o) => [o.agency, o]));
    const agencies = [...new Set([...byB.keys(), ...byA.keys()])].sort();
    const moves: AgencyMove[] = [];
    for (const agency of agencies) {
      const b = byB.get(agency) ?? null;
      const a = byA.get(agency) ?? null;
      const rankBefore = rb.get(agency) ?? null;
      const rankAfter = ra.get(agency) ?? null;
      if (sameObservation(b, a) && rankBefore === rankAfter) continue;
      moves.push({agency, agencyName: names.get(agency) ?? agency, before: b, after: a, rankBefore, rankAfter});
    }
    const medianBefore = median(ob.map((o) => o.value));
    const medianAfter = median(oa.map((o) => o.value));
    if (moves.length === 0 && medianBefore === medianAfter && dirA === dirB) continue;
    effects.push({
      indicator,
      period,
      moves,
      medianBefore,
      medianAfter,
      countBefore: ob.filter((o) => o.value !== null).length,
      countAfter: oa.filter((o) => o.value !== null).length,
      directionBefore: dirB === dirA ? null : dirB,
    });
  }
  const order = new Map(after.indicators.map((i, n) => [i.id, n]));
  return effects.sort(
    (x, y) => (order.get(x.indicator.id) ?? 1e9) - (order.get(y.indicator.id) ?? 1e9) || x.indicator.id.localeCompare(y.indicator.id) || x.period.localeCompare(y.period),
  );
}

// ---------------------------------------------------------------------------
// Markdown

const UNIT_SUFFIX: Record<Indicator['unit'], string> = {
  pourcentage: ' %',
  secondes: ' s',
  minutes: ' min',
  jours: ' j',
  nombre: '',
  dollars: ' $',
  ratio: '',
  indice: '',
};

function num(v: number, unit: Indicator['unit']): string {
  // Plain spaces (not U+00A0) so the Markdown stays readable in a terminal and in GitHub.
  return `${formatNumber(v, 'fr').replace(/\u00A0/g, ' ')}${UNIT_SUFFIX[unit]}`;
}

function cellValue(o: Observation | null, unit: Indicator['unit']): string {
  if (!o) return '—';
  const v = o.value === null ? `_${o.missing ?? 'manquante'}_` : num(o.value, unit);
  return o.status === 'illustratif' ? `${v} (illustratif)` : v;
}

function rankText(r: MaybeNumber): string {
  return r === null ? 'hors classement' : String(r);
}

function rankMove(m: AgencyMove): string {
  const {rankBefore: b, rankAfter: a} = m;
  if (b === a) return b === null ? '—' : `${b} (inchangé)`;
  if (b === null) return `entre au rang ${a}`;
  if (a === null) return `sort du classement (était ${b})`;
  const d = b - a;
  return `${b} → ${a} (${d > 0 ? `gagne ${d}` : `perd ${-d}`} ${Math.abs(d) > 1 ? 'rangs' : 'rang'})`;
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const DIRECTION_TEXT: Record<Indicator['direction'], string> = {
  hausse: 'plus élevé = meilleur',
  baisse: 'plus bas = meilleur',
  neutre: 'neutre (volume : aucun classement)',
};

function medianLine(e: IndicatorEffect): string {
  const u = e.indicator.unit;
  const {medianBefore: b, medianAfter: a} = e;
  const n = `(${e.countBefore} → ${e.countAfter} organismes déclarants)`;
  if (b === a) return `Médiane inchangée : ${b === null ? '—' : num(b, u)} ${n}`;
  if (b === null || a === null) return `Médiane : ${b === null ? '—' : num(b, u)} → ${a === null ? '—' : num(a, u)} ${n}`;
  const d = a - b;
  const shift = `${d > 0 ? '+' : '−'}${num(Math.abs(Number(d.toPrecision(12))), u)}`;
  return `Médiane : ${num(b, u)} → ${num(a, u)} (${shift}) ${n}`;
}

function fileTable(f: FileDiff, maxRows: number): string {
  const [header, ...rows] = f.rows;
  if (!header) return '';
  const label: Record<string, string> = {'+++': 'ajoutée', '---': 'retirée', '->': 'modifiée', '...': '…', ':': 'déplacée'};
  const head = ['', ...header.slice(1)];
  const shown = rows.slice(0, maxRows);
  const lines = [
    `| ${head.map(md).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...shown.map((r) => {
      const tag = r[0] ?? '';
      const cells = r.slice(1).map((c) => {
        const text = md(c);
        return tag === '->' && c.includes('->') ? `**${text.replace('->', ' → ')}**` : text;
      });
      return `| ${label[tag] ?? md(tag)} | ${cells.join(' | ')} |`;
    }),
  ];
  if (rows.length > shown.length) lines.push('', `… et ${rows.length - shown.length} autres lignes.`);
  return lines.join('\n');
}

function reportSummary(r: ValidationReport): string {
  if (r.valid) return r.warnings.length ? `valides (${r.warnings.length} avertissement${r.warnings.length > 1 ? 's' : ''})` : 'valides';
  return `**non valides** : ${r.errors.length} erreur${r.errors.length > 1 ? 's' : ''} (voir les annotations et \`npm run validate\`); le rapport ci-dessous ne compte que les lignes acceptées`;
}

export interface DiffResult {
  files: FileDiff[];
  effects: IndicatorEffect[];
  before: ValidationReport;
  after: ValidationReport;
}

export function renderMarkdown(result: DiffResult, labels: {base: string; head: string}, maxRows: number): string {
  const out: string[] = [];
  out.push('## Rapport de modification des données', '');
  out.push(`Base publiée : ${labels.base} → version proposée : ${labels.head}. Données proposées ${reportSummary(result.after)}.`, '');
  if (result.files.length === 0 && result.effects.length === 0) {
    out.push('Aucune modification des fichiers de données : les tableaux publiés ne changent pas.');
    return `${out.join('\n')}\n`;
  }

  out.push('### Fichiers modifiés', '');
  out.push('| fichier | état | lignes ajoutées | lignes modifiées | lignes retirées |', '| --- | --- | ---: | ---: | ---: |');
  for (const f of result.files) out.push(`| \`${f.file}\` | ${f.status}${f.columnsChanged ? ` (${f.columnsChanged} colonne(s) modifiée(s))` : ''} | ${f.added} | ${f.changed} | ${f.removed} |`);
  out.push('');

  out.push('### Effet sur les indicateurs', '');
  if (result.effects.length === 0) {
    out.push("Aucune valeur d'indicateur d'étalonnage ne change : ni valeur, ni rang, ni médiane (les autres fichiers sont détaillés ci-dessous).", '');
  }
  for (const e of result.effects) {
    const ind = e.indicator;
    out.push(`#### ${md(ind.label.fr)} (\`${ind.id}\`), ${e.period}`, '');
    const dir = e.directionBefore ? `${DIRECTION_TEXT[e.directionBefore]} → **${DIRECTION_TEXT[ind.direction]}**` : DIRECTION_TEXT[ind.direction];
    out.push(`Sens : ${dir}. ${medianLine(e)}.`, '');
    if (e.moves.length) {
      const ranked = ind.direction !== 'neutre' || (e.directionBefore !== null && e.directionBefore !== 'neutre');
      out.push(ranked ? '| organisme | valeur avant | valeur après | rang avant → après |' : '| organisme | valeur avant | valeur après |');
      out.push(ranked ? '| --- | ---: | ---: | --- |' : '| --- | ---: | ---: |');
      for (const m of e.moves) {
        const name = m.agencyName === m.agency ? m.agency : `${md(m.agencyName)} (${m.agency})`;
        const vb = cellValue(m.before, ind.unit);
        const va = cellValue(m.after, ind.unit);
        const changed = !sameObservation(m.before, m.after);
        const cells = [name, vb, changed && m.after ? `**${va}**` : va];
        if (ranked) cells.push(rankMove(m));
        out.push(`| ${cells.join(' | ')} |`);
      }
      out.push('');
      const movers = e.moves.filter((m) => m.rankBefore !== m.rankAfter);
      if (ranked && movers.length) {
        out.push(`Rangs qui bougent : ${movers.map((m) => `${m.agency} ${rankText(m.rankBefore)} → ${rankText(m.rankAfter)}`).join(', ')}.`, '');
      }
    }
  }

  out.push('<details><summary>Détail des lignes par fichier (daff)</summary>', '');
  for (const f of result.files) {
    out.push(`#### \`${f.file}\``, '', fileTable(f, maxRows), '');
  }
  out.push('</details>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Main

export async function dataDiff(options: DiffOptions): Promise<string> {
  const cwd = path.resolve(options.cwd);
  const root = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  const dataAbs = path.resolve(cwd, options.data);
  const dataPath = path.relative(root, dataAbs).split(path.sep).join('/');
  if (dataPath.startsWith('..')) throw new UsageError(`${options.data} n'est pas dans le dépôt git ${root}.`);
  const baseShort = shortRef(root, options.base);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cego-data-diff-'));
  try {
    const baseRoot = path.join(tmp, 'base');
    extractAtRef(root, options.base, dataPath, baseRoot);
    let headRoot = root;
    let headLabel = 'copie de travail';
    if (options.head) {
      const headShort = shortRef(root, options.head);
      headRoot = path.join(tmp, 'head');
      extractAtRef(root, options.head, dataPath, headRoot);
      headLabel = `\`${options.head}\` (${headShort})`;
    }
    const beforeFiles = listCsv(baseRoot, dataPath);
    const afterFiles = listCsv(headRoot, dataPath);
    const files: FileDiff[] = [];
    for (const file of [...new Set([...beforeFiles, ...afterFiles])].sort()) {
      const a = beforeFiles.includes(file) ? await readRawTable(path.join(baseRoot, file)) : null;
      const b = afterFiles.includes(file) ? await readRawTable(path.join(headRoot, file)) : null;
      const d = diffTables(file, a, b);
      if (d) files.push(d);
    }
    const before = await loadDataset(path.join(baseRoot, dataPath));
    const after = await loadDataset(path.join(headRoot, dataPath));
    const effects = indicatorEffects(before.dataset, after.dataset);
    return renderMarkdown({files, effects, before: before.report, after: after.report}, {base: `\`${options.base}\` (${baseShort})`, head: headLabel}, options.maxRows);
  } finally {
    rmSync(tmp, {recursive: true, force: true});
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stdout.write(await dataDiff({...args, cwd: process.cwd()}));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    const err = e as {stderr?: Buffer; message?: string};
    process.stderr.write(`data:diff : ${err.stderr?.toString() || err.message || String(e)}\n`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
