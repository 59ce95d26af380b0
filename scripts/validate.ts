/**
 * npm run validate [-- --data DIR] [--json] [--out FILE] [--max N]
 *
 * Checks the benchmark data (data/ by default) and prints what is wrong,
 * where, and how to fix it. Exit code: 0 valid (warnings allowed), 1 not
 * valid, 2 usage error. Contributors and CI rely on this contract.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, loadDataset } from './pipeline/index';
import { checkCentreData, mergeReports } from './pipeline/finances';

const USAGE = `Utilisation : npm run validate -- [options]

Vérifie les données d'étalonnage (catalogue des indicateurs et valeurs), ainsi que
les états financiers (finances/) et les évaluations des déjeuners-conférences.

Options :
  --data DIR    dossier à vérifier, organisé comme data/ (défaut : data)
  --json        imprime le rapport en JSON : {valid, stats, errors, warnings}
  --out FICHIER écrit le jeu de données normalisé (JSON) si les données sont valides
  --max N       nombre d'erreurs affichées avant « +N autres » (défaut : 20)
  --help        affiche cette aide

Code de sortie : 0 données valides, 1 données non valides, 2 mauvaise utilisation.`;

interface Args {
  data: string;
  json: boolean;
  out: string | null;
  max: number;
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { data: 'data', json: false, out: null, max: 20 };
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
      default:
        throw new UsageError(`Option inconnue : ${a}`);
    }
  }
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(args.data) || !statSync(args.data).isDirectory()) {
    process.stderr.write(`Dossier de données introuvable : ${args.data}\n\n${USAGE}\n`);
    return 2;
  }

  const { dataset, report: benchmark } = await loadDataset(args.data);
  const report = mergeReports(benchmark, await checkCentreData(args.data));

  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, { max: args.max })}\n`);

  if (args.out) {
    if (report.valid) {
      const out = resolve(args.out);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
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
