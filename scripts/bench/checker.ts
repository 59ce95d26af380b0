/**
 * Bench section "checker": the checker page (/verifier-un-fichier) checking
 * a generated 100 000-row values file in the system Chromium, side by side
 * with the CLI's core (what `npm run validate` runs) on the same files, in
 * the same run.
 *
 * The files: the generated data folder of the "pipeline" section
 * (generate(dir, 100 000)): its indicator catalogue and its values file,
 * dropped together on the page (the other reference tables come from the
 * site catalogue, as for a contributor). The CLI checks the same two files
 * with the same site catalogue, in its own process.
 *
 * Page: time from the file input to the report on screen (the Web Worker
 * reads, checks and previews); peak JS heap of the worker (CDP
 * Runtime.getHeapUsage on the worker target, sampled every 50 ms) and of the
 * page (Performance.getMetrics JSHeapUsedSize). CLI: wall time and peak RSS
 * of its process (includes Node itself, ~50 MB).
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {CDPSession} from 'playwright-core';
import {findChromium, launchChromium} from '../chromium';
import {buildSiteCatalogue, checkData, fileSource, loadDataFolder} from '../pipeline/index';
import {startServer} from '../static-server';
import {generate} from './pipeline';
import type {BenchSection} from './index';

const ROWS = 100_000;
const RUNS = 3;
const SITE = resolve(__dirname, '../..');
const fmt = (n: number, d = 0) => n.toLocaleString('fr-CA', {maximumFractionDigits: d, minimumFractionDigits: d});

interface CliMeasure {
  seconds: number;
  maxRssMB: number;
  rows: number;
  errors: number;
  warnings: number;
}

/** Child process: the CLI's core on the two files, against the site catalogue. */
async function child(dir: string): Promise<void> {
  const base = buildSiteCatalogue(await loadDataFolder(join(SITE, 'data')));
  const t0 = process.hrtime.bigint();
  const r = await checkData(
    [
      {name: 'indicateurs.csv', source: fileSource(join(dir, 'indicateurs.csv'))},
      {name: 'bench.csv', source: fileSource(join(dir, 'valeurs', 'bench.csv'))},
    ],
    {base},
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m: CliMeasure = {seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, rows: r.report.stats.rows, errors: r.report.errors.length, warnings: r.report.warnings.length};
  process.stdout.write(JSON.stringify(m));
}

function cli(dir: string): CliMeasure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--checker-child', dir], {encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit']});
  return JSON.parse(out) as CliMeasure;
}

/** Peak heap of the page's dedicated workers, sampled through the browser's CDP session (non-flat target sessions). */
async function workerHeapSampler(cdp: CDPSession): Promise<{stop(): Promise<number>}> {
  const sessions: string[] = [];
  let peak = 0;
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (e: {message: string}) => {
    const msg = JSON.parse(e.message) as {result?: {usedSize?: number}};
    if (msg.result?.usedSize !== undefined) peak = Math.max(peak, msg.result.usedSize);
  });
  const attach = async () => {
    const {targetInfos} = (await cdp.send('Target.getTargets')) as {targetInfos: {targetId: string; type: string}[]};
    for (const t of targetInfos.filter((x) => x.type === 'worker')) {
      if (sessions.length) break;
      const {sessionId} = (await cdp.send('Target.attachToTarget', {targetId: t.targetId, flatten: false})) as {sessionId: string};
      sessions.push(sessionId);
    }
  };
  await attach();
  const timer = setInterval(() => {
    for (const sessionId of sessions) void cdp.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id: nextId++, method: 'Runtime.getHeapUsage'})}).catch(() => undefined);
  }, 50);
  return {
    async stop() {
      clearInterval(timer);
      await new Promise((r) => setTimeout(r, 100));
      return peak;
    },
  };
}

interface PageMeasure {
  seconds: number;
  workerHeapMB: number;
  pageHeapMB: number;
  rows: number;
}

export const checkerSection: BenchSection = {
  name: 'checker',
  description: `la page « Vérifier un fichier de données » sur ${fmt(ROWS)} lignes dans Chromium, à côté du CLI sur les mêmes fichiers`,
  async run() {
    if (!findChromium()) {
      process.stdout.write('Chromium introuvable (CHROME_PATH ou /usr/bin/chromium) : section checker non mesurée.\n');
      return false;
    }
    const build = resolve(SITE, process.env.CEGO_BUILD_DIR ?? 'build');
    try {
      readFileSync(join(build, 'verifier-un-fichier.html'));
    } catch {
      process.stdout.write(`La page du vérificateur est absente de ${build} : lancez d'abord npm run build.\n`);
      return false;
    }
    const dir = join(tmpdir(), 'cego-bench-checker');
    const {file, bytes} = await generate(dir, ROWS);
    const catalogue = readFileSync(join(dir, 'indicateurs.csv'));
    const values = readFileSync(file);
    process.stdout.write(`Fichiers : ${file} (${fmt(bytes / 1e6, 1)} Mo, ${fmt(ROWS)} lignes) et son catalogue d'indicateurs\n`);

    const server = await startServer({buildDir: build});
    const browser = await launchChromium();
    const cdp = await browser.newBrowserCDPSession();
    const pages: PageMeasure[] = [];
    const clis: CliMeasure[] = [];
    try {
      for (let r = 0; r < RUNS; r++) {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/verifier-un-fichier`, {waitUntil: 'networkidle'});
        await page.locator('[data-status="ready"]').waitFor();
        const pcdp = await page.context().newCDPSession(page);
        await pcdp.send('Performance.enable');
        const sampler = await workerHeapSampler(cdp);
        let pagePeak = 0;
        const pageTimer = setInterval(() => {
          void pcdp
            .send('Performance.getMetrics')
            .then(({metrics}) => {
              const m = metrics.find((x: {name: string}) => x.name === 'JSHeapUsedSize');
              if (m) pagePeak = Math.max(pagePeak, m.value);
            })
            .catch(() => undefined);
        }, 50);
        const t0 = Date.now();
        await page.locator('#checker-file').setInputFiles([
          {name: 'indicateurs.csv', mimeType: 'text/csv', buffer: catalogue},
          {name: 'bench.csv', mimeType: 'text/csv', buffer: values},
        ]);
        await page.locator('[data-status="done"]').waitFor({timeout: 600_000});
        const seconds = (Date.now() - t0) / 1000;
        clearInterval(pageTimer);
        const workerPeak = await sampler.stop();
        const rows = Number(await page.locator('[data-report]').getAttribute('data-rows'));
        pages.push({seconds, workerHeapMB: workerPeak / 1e6, pageHeapMB: pagePeak / 1e6, rows});
        await page.close();
        clis.push(cli(dir));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const best = <T extends {seconds: number}>(l: T[]) => l.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const p = best(pages);
    const c = best(clis);
    process.stdout.write(
      [
        `page (Chromium, Web Worker)  : ${fmt(p.seconds, 2)} s, ${fmt(p.rows / p.seconds)} lignes/s ; tas JS max du worker ${fmt(p.workerHeapMB)} Mo, de la page ${fmt(p.pageHeapMB)} Mo ; ${fmt(p.rows)} lignes lues`,
        `CLI (Node, même cœur)        : ${fmt(c.seconds, 2)} s, ${fmt(c.rows / c.seconds)} lignes/s ; mémoire max du processus ${fmt(c.maxRssMB)} Mo ; ${fmt(c.rows)} lignes lues, ${fmt(c.errors)} erreurs, ${fmt(c.warnings)} avertissements`,
        `ratio temps page / CLI       : ${fmt(p.seconds / c.seconds, 2)} ×`,
        `(meilleur de ${RUNS} essais chacun, en alternance ; le temps de la page compte aussi l'aperçu et l'affichage du rapport)`,
      ].join('\n') + '\n',
    );
    return p.rows === c.rows && p.rows >= ROWS;
  },
};

if (process.argv[2] === '--checker-child') {
  child(process.argv[3]!).catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e));
    process.exitCode = 1;
  });
}
