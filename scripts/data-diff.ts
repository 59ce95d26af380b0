/**
 * npm run data:diff -- --base <git-ref> [--head <git-ref>] [--data DIR] [--max-rows N]
 *
 * What a data change does to the published tables, in Markdown, for reviewers
 * who should not have to read a raw CSV diff:
 *
 *   1. per CSV file under data/: rows added, changed and removed (daff table diff,
 *      rows matched on their key columns, not on their line number);
 *   2. per indicator and period touched: the values that change, the agencies whose
 *      rank moves (ties share a rank, direction-aware) and the median that shifts.
 *
 * The change-preview engine and its Markdown are the data core's
 * (scripts/pipeline/preview.ts), which the browser checker's preview runs too:
 * this file only gets the two versions out of git.
 * The base version is read with `git ls-tree` / `git show`; the head version is the
 * working tree unless --head is given. Exit code: 0 report printed (even when the
 * proposed data are not valid: the report says so), 2 usage or git error.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {diffTables, fileSource, indicatorEffects, loadDataset, readRawTable, renderChangeMarkdown, type FileDiff} from './pipeline/index';

export {diffTables, indicatorEffects, renderChangeMarkdown as renderMarkdown} from './pipeline/index';
export type {AgencyMove, ChangePreview as DiffResult, FileDiff, IndicatorEffect} from './pipeline/index';

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
// Files (the change-preview engine itself is in scripts/pipeline/preview.ts)

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
      const a = beforeFiles.includes(file) ? await readRawTable(fileSource(path.join(baseRoot, file))) : null;
      const b = afterFiles.includes(file) ? await readRawTable(fileSource(path.join(headRoot, file))) : null;
      const d = diffTables(file, a, b);
      if (d) files.push(d);
    }
    const before = await loadDataset(path.join(baseRoot, dataPath));
    const after = await loadDataset(path.join(headRoot, dataPath));
    const effects = indicatorEffects(before.dataset, after.dataset);
    return renderChangeMarkdown({files, effects, before: before.report, after: after.report}, {base: `\`${options.base}\` (${baseShort})`, head: headLabel}, options.maxRows);
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
