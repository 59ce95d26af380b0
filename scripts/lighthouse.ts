/**
 * npm run audit:lighthouse [-- --runs N] [--preset mobile|desktop] [--out FILE] [--only PATH]
 *
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) with the system Chromium, on the
 * production build served like the host serves it (static/_headers, clean URLs,
 * gzip): the home page, a practice sheet, an indicator page, a newsletter
 * archive and the practice directory, in French and in English. Budgets: performance ≥ 0.95,
 * accessibility = 1, best practices ≥ 0.95, SEO ≥ 0.95. Prints the scores and
 * exits 1 when a budget is missed, 2 when it cannot run.
 *
 * Each page is audited N times (default 3) and the median score of each
 * category is kept: one slow run on a busy CI machine does not fail the audit.
 * A page whose median misses a budget is audited twice more and judged on the
 * median of five (Lighthouse's own advice on variability). A run that Lighthouse
 * itself aborts ("Runtime error encountered … Please run Lighthouse again",
 * e.g. NO_NAVSTART) is run again, up to twice.
 * Preset: desktop by default (the site's readers are public servants at their
 * workstations), the gate CI enforces; --preset mobile applies Lighthouse's
 * mobile emulation (4× CPU slowdown, slow 4G), whose performance score swings
 * by several hundredths between runs on a shared 2-core machine.
 * A page whose route is not in build/ is skipped with a message (the indicator
 * pages exist once the comparison pages are built).
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {execFile} from 'node:child_process';
import {createRequire} from 'node:module';
import {promisify} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import type {Result as LhResult} from 'lighthouse';
import {CHROMIUM_FLAGS, findChromium} from './chromium';
import {defaultBuildDir, siteDir, startServer} from './static-server';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
// Lighthouse runs in its own plain Node process (its CLI): loaded through tsx, the
// functions it serialises into the page would carry esbuild helpers (__name).
const LIGHTHOUSE_CLI = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');

async function audit(url: string, port: number, preset: 'mobile' | 'desktop'): Promise<LhResult> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  for (let attempt = 1; ; attempt++) {
    try {
      const {stdout} = await run(process.execPath, args, {maxBuffer: 256 << 20});
      return JSON.parse(stdout) as LhResult;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt >= RUNTIME_ERROR_ATTEMPTS || !isLighthouseRuntimeError(message)) throw e;
      console.warn(`    (Lighthouse a interrompu le passage sur ${url} : ${/\(([A-Z_]+)\)/.exec(message)?.[1] ?? 'erreur'} ; nouvel essai)`);
    }
  }
}

/** Attempts of one run when Lighthouse aborts it with a runtime error of its own. */
const RUNTIME_ERROR_ATTEMPTS = 3;

/** Lighthouse's own aborts (NO_NAVSTART, NO_FCP…), which it says to run again. */
export function isLighthouseRuntimeError(message: string): boolean {
  return /Runtime error encountered/.test(message);
}

export const BUDGETS = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 0.95,
  seo: 0.95,
} as const;
export type Category = keyof typeof BUDGETS;
const CATEGORIES = Object.keys(BUDGETS) as Category[];


export interface PageSpec {
  label: string;
  /** French path; the English one is /en + path. */
  path: string;
}

/** First indicator id of data/indicateurs.csv (its page is /etalonnage/indicateurs/<id>). */
function firstIndicator(): string | null {
  const file = path.join(siteDir, 'data', 'indicateurs.csv');
  if (!fs.existsSync(file)) return null;
  const second = fs.readFileSync(file, 'utf8').split(/\r?\n/)[1] ?? '';
  return /^"?([a-z0-9-]+)/.exec(second)?.[1] ?? null;
}

export function pages(): PageSpec[] {
  const indicator = firstIndicator();
  return [
    {label: 'accueil / home', path: '/'},
    {label: 'fiche de pratique / practice sheet', path: '/meilleures-pratiques/sondages-en-ligne'},
    {label: 'indicateur / indicator', path: `/etalonnage/indicateurs/${indicator ?? '(aucun indicateur dans data/indicateurs.csv)'}`},
    {label: 'archive des bulletins / newsletter archive', path: '/rond-point/archives'},
    {label: 'répertoire des pratiques / practice directory', path: '/meilleures-pratiques'},
  ];
}

/** The file build/ serves for a clean URL, or null. */
export function routeFile(buildDir: string, route: string): string | null {
  const clean = route.replace(/\/+$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`, clean === '' ? '/index.html' : '']) {
    if (candidate && fs.existsSync(path.join(buildDir, candidate))) return candidate;
  }
  return null;
}

interface Args {
  runs: number;
  preset: 'mobile' | 'desktop';
  out: string | null;
  only: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {runs: 3, preset: 'desktop', out: null, only: null};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = (): string => {
      const value = argv[++i];
      if (!value) throw new Error(`${a} attend une valeur`);
      return value;
    };
    if (a === '--runs') args.runs = Math.max(1, Number(v()) || 1);
    else if (a === '--preset') {
      const p = v();
      if (p !== 'mobile' && p !== 'desktop') throw new Error('--preset : mobile ou desktop');
      args.preset = p;
    } else if (a === '--out') args.out = v();
    else if (a === '--only') args.only = v();
    else throw new Error(`Option inconnue : ${a}`);
  }
  return args;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs of a page whose median missed a budget, to judge it on (odd, so the median is a run). */
export const CONFIRM_RUNS = 5;

export interface Measurement {
  scores: Record<Category, number>;
  failures: string[];
  runs: number;
  last: LhResult;
}

/** Median scores of a page against BUDGETS; a miss is confirmed on CONFIRM_RUNS runs. */
export async function measurePage(runOnce: () => Promise<LhResult>, runs: number): Promise<Measurement> {
  const samples: LhResult[] = [];
  const judge = () => {
    const scores = {} as Record<Category, number>;
    const failures: string[] = [];
    for (const c of CATEGORIES) {
      const score = median(samples.map((r) => r.categories?.[c]?.score ?? 0));
      scores[c] = score;
      const ok = c === 'accessibility' ? score >= BUDGETS[c] : score + 1e-9 >= BUDGETS[c];
      if (!ok) failures.push(`${c} ${score.toFixed(2)} < ${BUDGETS[c]}`);
    }
    return {scores, failures, runs: samples.length, last: samples[samples.length - 1]!};
  };
  while (samples.length < runs) samples.push(await runOnce());
  let result = judge();
  if (result.failures.length && samples.length < CONFIRM_RUNS) {
    while (samples.length < CONFIRM_RUNS) samples.push(await runOnce());
    result = judge();
  }
  return result;
}

export interface PageResult {
  label: string;
  locale: 'fr' | 'en';
  route: string;
  skipped: string | null;
  scores: Partial<Record<Category, number>>;
  failures: string[];
  /** Failing audits that cost points, to fix a missed budget. */
  hints: string[];
  /** Lighthouse's CPU benchmark of this machine (higher = faster; ~1000+ on a CI runner). */
  benchmarkIndex: number | null;
  /** Runs the median was taken over (more than asked when a miss was confirmed). */
  runs: number;
}

function fmt(n: number | undefined): string {
  return n === undefined ? '—' : n.toFixed(2);
}

export function markdownTable(results: PageResult[], preset: string, runs: number): string {
  const lines = [
    `### Lighthouse 12.2.3 (${preset}, médiane de ${runs} passage${runs > 1 ? 's' : ''} ; de ${Math.max(runs, CONFIRM_RUNS)} pour une page qui manque un budget)`,
    '',
    'Budgets : performance ≥ 0,95 · accessibilité = 1 · bonnes pratiques ≥ 0,95 · SEO ≥ 0,95',
    '',
    '| page | langue | performance | accessibilité | bonnes pratiques | SEO | passages | budget |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const status = r.skipped ? `ignorée : ${r.skipped}` : r.failures.length ? `❌ ${r.failures.join(', ')}` : '✅';
    lines.push(`| ${r.label} \`${r.route}\` | ${r.locale} | ${fmt(r.scores.performance)} | ${fmt(r.scores.accessibility)} | ${fmt(r.scores['best-practices'])} | ${fmt(r.scores.seo)} | ${r.runs || '—'} | ${status} |`);
  }
  return lines.join('\n');
}


async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const buildDir = defaultBuildDir;
  if (!fs.existsSync(path.join(buildDir, 'index.html')) || !fs.existsSync(path.join(buildDir, 'en', 'index.html'))) {
    console.error(`Site compilé absent de ${buildDir} (les deux langues) : lancez d'abord npm run build.`);
    return 2;
  }
  const chromePath = findChromium();
  if (!chromePath) {
    console.error('Chromium introuvable (CHROME_PATH ou /usr/bin/chromium) : sudo apt-get install -y chromium.');
    return 2;
  }

  const server = await startServer({compress: true});
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags: CHROMIUM_FLAGS});
  const results: PageResult[] = [];
  try {
    for (const spec of pages()) {
      for (const locale of ['fr', 'en'] as const) {
        const route = locale === 'fr' ? spec.path : `/en${spec.path === '/' ? '/' : spec.path}`;
        if (args.only && args.only !== route) continue;
        const result: PageResult = {label: spec.label, locale, route, skipped: null, scores: {}, failures: [], hints: [], benchmarkIndex: null, runs: 0};
        results.push(result);
        if (!routeFile(buildDir, route)) {
          result.skipped = `route absente de build/ (${route})`;
          console.warn(`!! ${route} : page absente du site compilé, non auditée.`);
          continue;
        }
        const measured = await measurePage(async () => {
          const lh = await audit(server.origin + route, chrome.port, args.preset);
          if (!lh?.categories) throw new Error(`Lighthouse n'a rien rendu pour ${route}`);
          return lh;
        }, args.runs);
        const last = measured.last;
        result.scores = measured.scores;
        result.failures = measured.failures;
        result.runs = measured.runs;
        result.benchmarkIndex = last.environment?.benchmarkIndex ?? null;
        if (result.failures.length) {
          for (const audit of Object.values(last.audits)) {
            if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable') {
              result.hints.push(`${audit.id} (${audit.score.toFixed(2)})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
            }
          }
        }
        console.log(
          `${route.padEnd(48)} ${locale}  perf ${fmt(result.scores.performance)}  a11y ${fmt(result.scores.accessibility)}  bp ${fmt(result.scores['best-practices'])}  seo ${fmt(result.scores.seo)}  (${result.runs} passages, CPU ${result.benchmarkIndex ?? '?'})  ${result.failures.length ? `ÉCHEC : ${result.failures.join(', ')}` : 'ok'}`,
        );
        if (result.hints.length) console.log(`    à corriger : ${result.hints.join(' · ')}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const table = markdownTable(results, args.preset, args.runs);
  console.log(`\n${table}\n`);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${table}\n`);
  if (args.out) fs.writeFileSync(args.out, `${JSON.stringify({preset: args.preset, runs: args.runs, budgets: BUDGETS, results}, null, 2)}\n`);
  const failed = results.filter((r) => r.failures.length);
  const skipped = results.filter((r) => r.skipped);
  if (skipped.length) console.log(`${skipped.length} page(s) non auditée(s) (route absente) : ${skipped.map((r) => r.route).join(', ')}`);
  console.log(failed.length ? `Lighthouse : ${failed.length} page(s) hors budget.` : `Lighthouse : budgets respectés sur ${results.length - skipped.length} page(s).`);
  return failed.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`audit:lighthouse : ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 2;
    },
  );
}
