/**
 * Bench section "pipeline": validation + normalisation of a generated
 * 1 000 000-row values file against papaparse's bare parse of the same file,
 * measured in the same run. Target: throughput ≥ 50 % of papaparse's, peak
 * memory < 512 MB.
 *
 * Each measurement runs in its own child process so its peak memory
 * (resourceUsage().maxRSS) is its own.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadDataset } from '../pipeline/index';
import type { BenchSection } from './index';

const ROWS = 1_000_000;
const RATIO_TARGET = 0.5;
const MEMORY_TARGET_MB = 512;
const RUNS = 3;
/** Bump when generate() changes, so a stale file in the temporary folder is rebuilt. */
const FORMAT = 'v2';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_DATA = resolve(HERE, '../../data');
const AGENCIES = ['CARRA', 'CSST', 'CNT', 'RAMQ', 'RRQ', 'SAAQ', 'SQ', 'FAPAQ'];
const UNITS = ['nombre', 'pourcentage', 'dollars', 'secondes', 'jours'] as const;

function periods(): string[] {
  const out: string[] = [];
  for (let y = 1990; y <= 2025; y++) out.push(`${y}-${y + 1}`, String(y));
  return out;
}

/** French Excel style: "1 234 567", "85,4", "12,50 $", "n.d.". */
function cell(unit: (typeof UNITS)[number], i: number): string {
  if (i % 997 === 0) return 'n.d.';
  switch (unit) {
    case 'nombre': {
      const v = String(1000 + ((i * 7919) % 3_000_000));
      return v.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    }
    case 'pourcentage':
      return `${50 + (i % 50)},${i % 10}`;
    case 'dollars':
      return `${1 + (i % 40)},${String(i % 100).padStart(2, '0')} $`;
    case 'secondes':
      return String(30 + (i % 400));
    default:
      return `${1 + (i % 60)},${i % 10}`;
  }
}

/** A data folder laid out like data/, with a catalogue big enough for ROWS distinct keys. */
export async function generate(dir: string, rows = ROWS): Promise<{ dir: string; file: string; bytes: number }> {
  const ps = periods();
  const perIndicator = AGENCIES.length * ps.length;
  const nInd = Math.ceil(rows / perIndicator);
  const file = join(dir, 'valeurs', 'bench.csv');
  if (existsSync(file) && existsSync(join(dir, 'rows.txt')) && readFileSync(join(dir, 'rows.txt'), 'utf8') === `${rows} ${FORMAT}`) {
    return { dir, file, bytes: statSync(file).size };
  }
  mkdirSync(join(dir, 'valeurs'), { recursive: true });
  for (const f of ['organismes.csv', 'modes-de-prestation.csv', 'themes.csv', 'sources.csv']) copyFileSync(join(REPO_DATA, f), join(dir, f));
  const cat = ['id,groupe,libelle_fr,libelle_en,definition_fr,definition_en,unite,sens,canal,theme,frequence,source'];
  for (let k = 0; k < nInd; k++) {
    const unit = UNITS[k % UNITS.length];
    cat.push(`ind-${k},norme-service,Indicateur ${k},Indicator ${k},Définition ${k},Definition ${k},${unit},hausse,telephone,telephonie,annuelle,rapport-annuel-2006-2007`);
  }
  await writeAll(join(dir, 'indicateurs.csv'), [cat.join('\r\n') + '\r\n']);

  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((res) => (out.write(s) ? res() : out.once('drain', () => res())));
  await write('\ufefforganisme;indicateur;periode;valeur;statut;note;source\r\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const k = Math.floor(i / perIndicator);
    const r = i % perIndicator;
    const agency = AGENCIES[r % AGENCIES.length];
    const period = ps[Math.floor(r / AGENCIES.length)];
    const unit = UNITS[k % UNITS.length];
    const note = i % 1000 === 0 ? '"Note sur deux lignes ; avec ""guillemets""\r\net un retour à la ligne."' : i % 50 === 0 ? 'Estimation de l’organisme' : '';
    buf += `${agency};ind-${k};${period};${cell(unit, i)};illustratif;${note};\r\n`;
    if (buf.length > 1 << 16) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((res) => out.end(res));
  await writeAll(join(dir, 'rows.txt'), [`${rows} ${FORMAT}`]);
  return { dir, file, bytes: statSync(file).size };
}

function writeAll(path: string, parts: string[]): Promise<void> {
  return new Promise((res, rej) => {
    const s = createWriteStream(path);
    s.on('error', rej);
    for (const p of parts) s.write(p);
    s.end(res);
  });
}

interface Measure {
  kind: string;
  rows: number;
  seconds: number;
  maxRssMB: number;
  detail?: string;
}

/** Child process entry: one measurement, printed as JSON. */
async function child(kind: string, dir: string, file: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  let rows = 0;
  let detail = '';
  if (kind === 'papaparse') {
    // Papaparse's bare parse: the whole file as a string, default settings.
    const res = Papa.parse<string[]>(readFileSync(file, 'utf8'));
    rows = res.data.length - 1;
    detail = `séparateur deviné « ${res.meta.delimiter} », ${res.data.length} enregistrements, ${res.errors.length} erreurs d'analyse`;
  } else {
    const { report, dataset } = await loadDataset(dir, { currentYear: 2026 });
    rows = dataset.observations.length;
    detail = `${report.stats.rows} lues, ${report.stats.accepted} acceptées, ${report.stats.rejected} rejetées, ${report.errors.length} erreurs`;
    if (!report.valid) detail += ` — ${report.errors[0]?.message}`;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ kind, rows, seconds, maxRssMB, detail } satisfies Measure));
}

function measure(kind: string, dir: string, file: string): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, dir, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as Measure;
}

const fmt = (n: number, d = 0) => n.toLocaleString('fr-CA', { maximumFractionDigits: d, minimumFractionDigits: d });

export const pipelineSection: BenchSection = {
  name: 'pipeline',
  description: `validation + normalisation de ${fmt(ROWS)} lignes contre l'analyse brute de papaparse`,
  async run() {
    const dir = join(tmpdir(), 'cego-bench-pipeline');
    const t0 = Date.now();
    const { file, bytes } = await generate(dir);
    process.stdout.write(`Fichier : ${file} (${fmt(bytes / 1e6, 1)} Mo, ${fmt(ROWS)} lignes, ; et virgule décimale, BOM, CRLF), préparé en ${fmt((Date.now() - t0) / 1000, 1)} s\n`);
    // Alternate the two so a busy machine slows both alike; keep each one's best run.
    const runs: Record<string, Measure[]> = { papaparse: [], pipeline: [] };
    for (let r = 0; r < RUNS; r++) for (const kind of ['papaparse', 'pipeline']) runs[kind].push(measure(kind, dir, file));
    const best = (kind: string): Measure => runs[kind].reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const papa = best('papaparse');
    const pipe = best('pipeline');
    const tpPapa = papa.rows / papa.seconds;
    const tpPipe = pipe.rows / pipe.seconds;
    const ratio = tpPipe / tpPapa;
    const mb = bytes / 1e6;
    process.stdout.write(
      [
        `papaparse (analyse brute)      : ${fmt(tpPapa)} lignes/s, ${fmt(mb / papa.seconds, 1)} Mo/s (${fmt(papa.seconds, 2)} s), mémoire max ${fmt(papa.maxRssMB)} Mo`,
        `  Papa.parse(readFileSync(fichier, 'utf8')), réglages par défaut : ${papa.detail}`,
        `pipeline (validation + normal.): ${fmt(tpPipe)} lignes/s, ${fmt(mb / pipe.seconds, 1)} Mo/s (${fmt(pipe.seconds, 2)} s), mémoire max ${fmt(pipe.maxRssMB)} Mo`,
        `  ${pipe.detail}`,
        `ratio pipeline / papaparse      : ${fmt(ratio * 100, 1)} % (cible ≥ ${RATIO_TARGET * 100} %)`,
        `mémoire max du pipeline         : ${fmt(pipe.maxRssMB)} Mo (cible < ${MEMORY_TARGET_MB} Mo)`,
        `(meilleur de ${RUNS} essais chacun, en alternance, chaque essai dans son propre processus)`,
      ].join('\n') + '\n',
    );
    const ok = ratio >= RATIO_TARGET && pipe.maxRssMB < MEMORY_TARGET_MB && pipe.rows === ROWS;
    process.stdout.write(ok ? 'Objectifs atteints.\n' : 'OBJECTIF MANQUÉ.\n');
    return ok;
  },
};

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e));
    process.exitCode = 1;
  });
}
