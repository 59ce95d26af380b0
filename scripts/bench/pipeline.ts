/**
 * Bench section "pipeline": validation + normalisation of a generated
 * 1 000 000-row values file against papaparse STREAMING the same file with
 * its delimiter known (the floor a streaming validator is held to), measured
 * in the same run, runs alternated. Target: throughput ≥ 70 % of that parse,
 * peak memory < 256 MB. Papaparse's parse of the whole file as one string
 * (default settings, the former baseline) is printed for reference.
 *
 * Each measurement runs in its own child process so its peak memory
 * (resourceUsage().maxRSS) is its own. Runs per kind: PIPELINE_BENCH_RUNS.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadDataset, observationCount } from '../pipeline/index';
import type { BenchSection } from './index';

const ROWS = 1_000_000;
const RATIO_TARGET = 0.7;
const MEMORY_TARGET_MB = 256;
const RUNS = 3;
/** Bump when generate() changes, so a stale file in the temporary folder is rebuilt. */
const FORMAT = 'v3';

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
  // the stamp sits beside the data folder: a file inside would be reported as unknown
  const stamp = `${dir}.stamp`;
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === `${rows} ${FORMAT}`) {
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
  await writeAll(stamp, [`${rows} ${FORMAT}`]);
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
  kind: Kind;
  rows: number;
  seconds: number;
  /** Peak resident set size of the child process (resourceUsage().maxRSS), in MB. */
  maxRssMB: number;
  /** Largest V8 heap in use seen by a 20 ms sampler (blocking code may hide a peak), in MB. */
  maxHeapMB: number;
  detail?: string;
}

type Kind = 'stream' | 'pipeline' | 'whole';

/** Child process entry: one measurement, printed as JSON. */
async function child(kind: Kind, dir: string, file: string): Promise<void> {
  let maxHeap = 0;
  const sample = () => {
    const used = process.memoryUsage().heapUsed;
    if (used > maxHeap) maxHeap = used;
  };
  const sampler = setInterval(sample, 20);
  const t0 = process.hrtime.bigint();
  let rows = 0;
  let detail = '';
  let after: { seconds: number; maxRssMB: number; maxHeapMB: number } | null = null;
  const done = () => {
    sample();
    clearInterval(sampler);
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, maxRssMB: process.resourceUsage().maxRSS / 1024, maxHeapMB: maxHeap / 2 ** 20 };
  };
  if (kind === 'stream') {
    // The floor: papaparse streaming the file (Node stream, 64 KiB chunks) with its delimiter known.
    const res = await new Promise<{ records: number; errors: number }>((resolveParse, reject) => {
      let records = 0;
      let errors = 0;
      const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
      input.on('error', reject);
      Papa.parse<string[]>(input, {
        delimiter: ';',
        chunk: (r) => {
          records += r.data.length;
          errors += r.errors.length;
        },
        complete: () => resolveParse({ records, errors }),
        error: reject,
      });
    });
    rows = res.records - 1;
    detail = `Papa.parse(createReadStream(fichier), { delimiter: ';', chunk }) : ${fmt(res.records)} enregistrements, ${res.errors} erreurs d'analyse`;
  } else if (kind === 'whole') {
    // The former baseline: the whole file as a string, default settings (delimiter guessed).
    const res = Papa.parse<string[]>(readFileSync(file, 'utf8'));
    rows = res.data.length - 1;
    detail = `Papa.parse(readFileSync(fichier, 'utf8')), réglages par défaut : séparateur deviné « ${res.meta.delimiter} », ${fmt(res.data.length)} enregistrements, ${res.errors.length} erreurs d'analyse`;
  } else {
    const { report, dataset } = await loadDataset(dir, { currentYear: 2026 });
    rows = observationCount(dataset);
    detail = `${fmt(report.stats.rows)} lues, ${fmt(report.stats.accepted)} acceptées, ${fmt(report.stats.rejected)} rejetées, ${report.errors.length} erreurs`;
    if (!report.valid) detail += ` — ${report.errors[0]?.message}`;
    after = done();
    // What a consumer wanting one object per observation pays on top (neither timed nor in the peak above).
    const t1 = process.hrtime.bigint();
    const built = dataset.observations.length;
    detail += `; puis ${fmt(built)} objets Observation construits à la demande en ${fmt(Number(process.hrtime.bigint() - t1) / 1e9, 2)} s (mémoire max alors ${fmt(process.resourceUsage().maxRSS / 1024)} Mo)`;
  }
  const { seconds, maxRssMB, maxHeapMB } = after ?? done();
  process.stdout.write(JSON.stringify({ kind, rows, seconds, maxRssMB, maxHeapMB, detail } satisfies Measure));
}

function measure(kind: Kind, dir: string, file: string): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, dir, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as Measure;
}

const fmt = (n: number, d = 0) => n.toLocaleString('fr-CA', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Runs per kind: PIPELINE_BENCH_RUNS, default 3. */
function runsWanted(): number {
  const n = Number(process.env.PIPELINE_BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : RUNS;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const pipelineSection: BenchSection = {
  name: 'pipeline',
  description: `validation + normalisation de ${fmt(ROWS)} lignes contre papaparse en flux, séparateur connu`,
  async run() {
    const dir = join(tmpdir(), 'cego-bench-pipeline', 'data');
    const t0 = Date.now();
    const { file, bytes } = await generate(dir);
    const runs = runsWanted();
    process.stdout.write(`Fichier : ${file} (${fmt(bytes / 1e6, 1)} Mo, ${fmt(ROWS)} lignes, ; et virgule décimale, BOM, CRLF), préparé en ${fmt((Date.now() - t0) / 1000, 1)} s\n`);
    // Alternate the kinds so a busy machine slows them alike; each run in its own process
    // (its peak memory is its own). Keep each one's best run for the speed, its largest peak for memory.
    const all: Record<Kind, Measure[]> = { stream: [], pipeline: [], whole: [] };
    for (let r = 0; r < runs; r++) for (const kind of ['stream', 'pipeline', 'whole'] as Kind[]) all[kind].push(measure(kind, dir, file));
    const mb = bytes / 1e6;
    const summary = (kind: Kind) => {
      const ms = all[kind];
      const best = ms.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      return {
        best,
        rate: best.rows / best.seconds,
        medianRate: median(ms.map((m) => m.rows / m.seconds)),
        rss: Math.max(...ms.map((m) => m.maxRssMB)),
        heap: Math.max(...ms.map((m) => m.maxHeapMB)),
      };
    };
    const stream = summary('stream');
    const pipe = summary('pipeline');
    const whole = summary('whole');
    const ratio = pipe.rate / stream.rate;
    const ratios = all.pipeline.map((p, i) => p.rows / p.seconds / (all.stream[i].rows / all.stream[i].seconds));
    const line = (label: string, s: ReturnType<typeof summary>) =>
      `${label}: ${fmt(s.rate)} lignes/s (médiane ${fmt(s.medianRate)}), ${fmt(mb / s.best.seconds, 1)} Mo/s (${fmt(s.best.seconds, 2)} s), mémoire max ${fmt(s.rss)} Mo (tas V8 ${fmt(s.heap)} Mo)`;
    process.stdout.write(
      [
        line('papaparse en flux (référence) ', stream),
        `  ${stream.best.detail}`,
        line('pipeline (validation + normal.)', pipe),
        `  ${pipe.best.detail}`,
        line('papaparse, fichier entier     ', whole),
        `  ${whole.best.detail} (ancienne référence, pour mémoire)`,
        `ratio pipeline / papaparse en flux : ${fmt(ratio * 100, 1)} % (meilleur contre meilleur ; par paire : ${ratios.map((r) => fmt(r * 100, 0)).join(', ')} %) — cible ≥ ${RATIO_TARGET * 100} %`,
        `ratio pipeline / fichier entier    : ${fmt((pipe.rate / whole.rate) * 100, 1)} % (pour mémoire)`,
        `mémoire max du pipeline            : ${fmt(pipe.rss)} Mo (cible < ${MEMORY_TARGET_MB} Mo)`,
        `(${runs} essais de chacun, en alternance, chaque essai dans son propre processus)`,
      ].join('\n') + '\n',
    );
    const ok = ratio >= RATIO_TARGET && pipe.rss < MEMORY_TARGET_MB && pipe.best.rows === ROWS;
    process.stdout.write(ok ? 'Objectifs atteints.\n' : 'OBJECTIF MANQUÉ.\n');
    return ok;
  },
};

if (process.argv[2] === '--child') {
  child(process.argv[3] as Kind, process.argv[4], process.argv[5]).catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e));
    process.exitCode = 1;
  });
}
