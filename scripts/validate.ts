/**
 * npm run validate [-- [FICHIER…] [--data DIR] [--json] [--out FILE] [--max N] [--lang fr|en] [--kind KIND]]
 *
 * Without FICHIER: checks the whole data folder (data/ by default), everything
 * the site build checks, and prints what is wrong, where, and how to fix it.
 * With FICHIER…: checks those files against the data folder's published data,
 * as the site's checker page does (same report).
 *
 * Exit code: 0 valid (warnings allowed), 1 not valid, 2 usage error.
 * Contributors and CI rely on this contract.
 */
import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FILE_KINDS,
  buildSiteCatalogue,
  checkData,
  fileSource,
  formatReport,
  loadDataFolder,
  type CheckResult,
  type FileKind,
  type Locale,
} from './pipeline/index';

const USAGE = {
  fr: `Utilisation : npm run validate -- [FICHIER…] [options]

Sans FICHIER : vérifie tout le dossier de données (données d'étalonnage, tables de
référence, réseaux, déjeuners-conférences, états financiers, évaluations), comme la
construction du site.
Avec FICHIER… : vérifie ces fichiers par rapport aux données publiées du dossier,
comme la page « Vérifier un fichier de données » du site.

Options :
  --data DIR    dossier de données, organisé comme data/ (défaut : data)
  --json        imprime le rapport en JSON : {valid, locale, stats, files, errors, warnings}
  --out FICHIER écrit le jeu de données normalisé (JSON) si les données sont valides
                (jamais dans le dossier de données ni par-dessus un fichier lu)
  --max N       nombre d'erreurs affichées avant « +N autres » (défaut : 20)
  --lang fr|en  langue des messages (défaut : fr)
  --kind TYPE   type des FICHIERs s'il n'est pas reconnu d'après l'en-tête
                (${FILE_KINDS.join(', ')})
  --help        affiche cette aide

Code de sortie : 0 données valides, 1 données non valides, 2 mauvaise utilisation.`,
  en: `Usage: npm run validate -- [FILE…] [options]

Without FILE: checks the whole data folder (benchmark data, reference tables, networks,
breakfast conferences, financial statements, evaluations), as the site build does.
With FILE…: checks those files against the folder's published data, as the site's
"Check a data file" page does.

Options:
  --data DIR    data folder, laid out like data/ (default: data)
  --json        prints the report as JSON: {valid, locale, stats, files, errors, warnings}
  --out FILE    writes the normalised dataset (JSON) when the data are valid
                (never into the data folder, never over a file that was read)
  --max N       errors shown before "+N others" (default: 20)
  --lang fr|en  language of the messages (default: fr)
  --kind KIND   kind of the FILEs when their header does not tell
                (${FILE_KINDS.join(', ')})
  --help        prints this help

Exit code: 0 data valid, 1 data not valid, 2 usage error.`,
};

export interface Args {
  data: string;
  json: boolean;
  out: string | null;
  max: number;
  lang: Locale;
  kind: FileKind | null;
  files: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { data: 'data', json: false, out: null, max: 20, lang: 'fr', kind: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`L'option ${flag} attend une valeur.`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--json':
        args.json = true;
        break;
      case '--data':
        args.data = value();
        break;
      case '--out':
        args.out = value();
        break;
      case '--max': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max attend un nombre entier, pas « ${v} ».`);
        args.max = Number(v);
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'fr' && v !== 'en') throw new UsageError(`--lang attend fr ou en, pas « ${v} ».`);
        args.lang = v;
        break;
      }
      case '--kind': {
        const v = value();
        if (!(FILE_KINDS as string[]).includes(v)) throw new UsageError(`--kind attend l'un de : ${FILE_KINDS.join(', ')} ; pas « ${v} ».`);
        args.kind = v as FileKind;
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`Option inconnue : ${a}`);
        args.files.push(a);
    }
  }
  return args;
}

/** The real path of p, or of its nearest existing parent joined with the rest (p may not exist yet). */
function realish(p: string): string {
  const abs = resolve(p);
  let head = abs;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    tail.unshift(head.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
    head = up;
  }
  return resolve(realpathSync(head), ...tail);
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
}

/**
 * Where --out may write: not a folder, not inside the data folder, not over
 * any file that is read. Throws a UsageError (exit 2) otherwise.
 */
export function checkOut(out: string, dataDir: string, inputs: readonly string[]): string {
  const target = realish(out);
  if (out.endsWith('/') || out.endsWith(sep) || (existsSync(target) && statSync(target).isDirectory())) {
    throw new UsageError(`--out ${out} est un dossier : donnez le chemin d'un fichier, par exemple --out jeu-de-donnees.json.`);
  }
  if (inside(target, realish(dataDir))) {
    throw new UsageError(`--out ${out} est dans le dossier de données ${dataDir} : le jeu de données s'écrit ailleurs (ex. --out build/jeu-de-donnees.json), jamais parmi les données.`);
  }
  for (const f of inputs) {
    if (realish(f) === target) throw new UsageError(`--out ${out} est un fichier vérifié : il serait écrasé. Choisissez un autre nom.`);
  }
  return target;
}

async function run(args: Args): Promise<CheckResult> {
  if (args.files.length === 0) return loadDataFolder(args.data, { locale: args.lang });
  for (const f of args.files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new UsageError(`Fichier introuvable : ${f}`);
  }
  const folder = await loadDataFolder(args.data);
  if (!folder.report.valid) {
    throw new UsageError(`Le dossier de données ${args.data} n'est pas valide : les fichiers ne peuvent pas être vérifiés par rapport à lui. Lancez d'abord npm run validate -- --data ${args.data}.`);
  }
  const base = buildSiteCatalogue(folder);
  const inputs = args.files.map((f) => ({ name: f.split(sep).join('/'), source: fileSource(f), kind: args.kind }));
  return checkData(inputs, { base, locale: args.lang });
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  const at = argv.indexOf('--lang');
  const lang: Locale = argv.includes('--lang=en') || (at !== -1 && argv[at + 1] === 'en') ? 'en' : 'fr';
  const usage = (message: string) => {
    process.stderr.write(`${message}\n\n${USAGE[lang]}\n`);
    return 2;
  };
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE[lang]}\n`);
    return 0;
  }
  if (!existsSync(args.data) || !statSync(args.data).isDirectory()) return usage(`Dossier de données introuvable : ${args.data}`);

  let outPath: string | null = null;
  let result: CheckResult;
  try {
    // every file of the data folder is inside it; the files named on the command line are the other inputs
    if (args.out) outPath = checkOut(args.out, args.data, args.files);
    result = await run(args);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const { report, dataset } = result;

  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, { max: args.max, locale: args.lang })}\n`);

  if (outPath) {
    if (report.valid) {
      try {
        mkdirSync(dirname(outPath), { recursive: true });
        writeFileSync(outPath, `${JSON.stringify(dataset, null, 2)}\n`);
      } catch (e) {
        process.stderr.write(`Impossible d'écrire ${args.out} : ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Choisissez un dossier où vous pouvez écrire.\n`);
        return 2;
      }
      if (!args.json) process.stdout.write(`Jeu de données normalisé écrit dans ${args.out} (${dataset.observations.length} observations).\n`);
    } else {
      process.stderr.write(`Jeu de données non écrit dans ${args.out} : corrigez d'abord les erreurs.\n`);
    }
  }
  return report.valid ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`Erreur inattendue du validateur : ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
