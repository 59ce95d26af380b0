/**
 * Bench section "scale": what the site costs as its content grows. For each
 * size, a scratch copy of the repository (system temporary folder,
 * node_modules symlinked, never this working tree) gets that many synthetic
 * practice sheets (French and English, with their front matter) and a values
 * grid of 10 years × 30 agencies × every indicator of the catalogue (22
 * synthetic agencies added to organismes.csv, every value `illustratif`).
 * Then, per size:
 *   - the build of both locales: wall time and peak memory (resident set of
 *     the build's whole process tree, sampled every 250 ms);
 *   - the local search index per locale, gzip;
 *   - the heaviest page's JavaScript (gzip, as `npm run bench -- js` counts it)
 *     among the pages that grow with content;
 *   - the browser pass of the test suite per route (tests/browser/route-pass.ts:
 *     load, hydration, axe + HTML_CodeSniffer), median and mean over a sample.
 * Finally the marginal cost per 100 sheets between sizes, to see what grows
 * faster than linearly.
 *
 *   npm run bench -- scale                      sizes 100, 500, 2000 (slow: tens of minutes)
 *   SCALE_SIZES=100,500 npm run bench -- scale  chosen sizes
 *   SCALE_ROUTES=20                             routes in the browser sample (default 20)
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Papa from 'papaparse';
import {findChromium, launchChromium} from '../chromium';
import {startServer} from '../static-server';
import type {BenchSection} from './index';
import {measurePage} from './js-size';
import {benchContext, buildRoutes, median, passAll, sampleRoutes} from './routes';
import {ROUTE_PAGES} from '../../tests/browser/route-pass';

const SITE = path.resolve(__dirname, '../..');
const DEFAULT_SIZES = [100, 500, 2000];
const YEARS = 10;
const AGENCIES = 30;
const SKIP = new Set(['node_modules', '.git', 'build', '.docusaurus', '.cache']);

function sizes(): number[] {
  const arg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? process.env.SCALE_SIZES;
  const list = (arg ?? '').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  return list.length ? list.sort((a, b) => a - b) : DEFAULT_SIZES;
}

/** The repository without its dependencies, builds and history; node_modules symlinked. */
export function scratchCopy(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const name of fs.readdirSync(SITE)) {
    if (SKIP.has(name) || name.startsWith('build')) continue;
    fs.cpSync(path.join(SITE, name), path.join(dir, name), {recursive: true});
  }
  fs.symlinkSync(path.join(SITE, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

const SHEETS = 'docs/meilleures-pratiques';
const SHEETS_EN = 'i18n/en/docusaurus-plugin-content-docs/current/meilleures-pratiques';

/** Replaces one front-matter key's value (the line `key: …`). */
function setKey(text: string, key: string, value: string): string {
  const re = new RegExp(`^${key}:.*$`, 'm');
  return re.test(text) ? text.replace(re, `${key}: ${value}`) : text.replace(/^---\n/, `---\n${key}: ${value}\n`);
}

/**
 * n synthetic sheets, each a real sheet's text under a new name, title and
 * description (both locales), marked in its title as generated. They only
 * ever exist in the scratch copy.
 */
export function generateSheets(dir: string, n: number): void {
  const templates = fs
    .readdirSync(path.join(dir, SHEETS))
    .filter((f) => f.endsWith('.md') && fs.existsSync(path.join(dir, SHEETS_EN, f)))
    .sort();
  if (!templates.length) throw new Error(`aucune fiche modèle dans ${SHEETS}`);
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const slug = `synthetique-${String(i + 1).padStart(4, '0')}`;
    for (const [folder, title, description] of [
      [SHEETS, `Fiche synthétique ${i + 1} (banc d'essai)`, `Fiche générée pour mesurer le coût du site à ${n} fiches, numéro ${i + 1}.`],
      [SHEETS_EN, `Synthetic sheet ${i + 1} (benchmark)`, `Sheet generated to measure the site's cost at ${n} sheets, number ${i + 1}.`],
    ] as const) {
      let text = fs.readFileSync(path.join(dir, folder, t), 'utf8');
      text = setKey(text, 'title', JSON.stringify(title));
      text = setKey(text, 'description', JSON.stringify(description));
      text = setKey(text, 'sidebar_position', String(1000 + i));
      fs.writeFileSync(path.join(dir, folder, `${slug}.md`), text);
    }
  }
}

const readCsv = (file: string) => Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''), {header: true, skipEmptyLines: true}).data;

/**
 * 30 agencies (the current members plus synthetic ones) × 10 fiscal years ×
 * every indicator of the catalogue, every value `illustratif`; channel shares
 * of an agency and year add up to 100 %.
 */
export function generateValues(dir: string): number {
  const data = path.join(dir, 'data');
  const orgFile = path.join(data, 'organismes.csv');
  const codes = readCsv(orgFile)
    .filter((o) => !o['membre_jusqu_a'])
    .map((o) => o['code']!);
  const extra: string[] = [];
  for (let k = 1; codes.length < AGENCIES; k++) {
    const code = `SYN${String(k).padStart(2, '0')}`;
    codes.push(code);
    extra.push(`${code},Organisme synthétique ${k} (banc d'essai),Synthetic agency ${k} (benchmark),2005,,https://example.org,actif,Généré pour le banc d'essai.,Generated for the benchmark.`);
  }
  fs.writeFileSync(orgFile, fs.readFileSync(orgFile, 'utf8').replace(/\s*$/, '\n') + extra.join('\n') + '\n');
  const indicators = readCsv(path.join(data, 'indicateurs.csv')).map((r) => ({id: r['id']!, unit: r['unite']!, group: r['groupe']!}));
  const shares = indicators.filter((i) => i.group === 'part-mode');
  const rows = ['organisme,indicateur,periode,valeur,statut,note,note_en,source'];
  let seed = 1;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let y = 0; y < YEARS; y++) {
    const period = `${2012 + y}-${2013 + y}`;
    for (const code of codes) {
      // channel shares: tenths of a percent that add up to exactly 100 %
      const weights = shares.map(() => 1 + rand());
      const sum = weights.reduce((a, b) => a + b, 0);
      const tenths = weights.map((w) => Math.floor((w / sum) * 1000));
      tenths[0]! += 1000 - tenths.reduce((a, b) => a + b, 0);
      shares.forEach((ind, k) => rows.push(`${code},${ind.id},${period},${(tenths[k]! / 10).toFixed(1)},illustratif,,,`));
      for (const ind of indicators) {
        if (ind.group === 'part-mode') continue;
        const v =
          ind.unit === 'pourcentage' ? (rand() * 100).toFixed(1) : ind.unit === 'nombre' ? String(Math.round(100 + rand() * 100000)) : (1 + rand() * 50).toFixed(2);
        rows.push(`${code},${ind.id},${period},${v},illustratif,,,`);
      }
    }
  }
  // the real files keep their periods; the synthetic grid takes later ones
  fs.writeFileSync(path.join(data, 'valeurs', 'synthetique-banc-essai.csv'), rows.join('\n') + '\n');
  return rows.length - 1;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(p), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** `docusaurus build` (both locales) in dir: seconds and peak resident memory of its process tree. */
function build(dir: string): Promise<{seconds: number; peakMB: number; ok: boolean; tail: string}> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(path.join(dir, 'node_modules/.bin/docusaurus'), ['build'], {cwd: dir, env: {...process.env, NODE_ENV: 'production'}, stdio: ['ignore', 'ignore', 'pipe']});
    let peak = 0;
    let tail = '';
    child.stderr.on('data', (d: Buffer) => (tail = (tail + d.toString()).slice(-2000)));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({seconds: (Date.now() - t0) / 1000, peakMB: peak / 2 ** 20, ok: code === 0, tail});
    });
  });
}

const gzipSize = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), {level: 9}).length : 0);

interface Point {
  sheets: number;
  values: number;
  pages: number;
  buildS: number;
  peakMB: number;
  indexFr: number;
  indexEn: number;
  heaviestJs: number;
  heaviestPage: string;
  routeMedianMs: number;
  routeMeanMs: number;
}

async function measureSize(n: number, routesSample: number): Promise<Point | null> {
  const dir = path.join(os.tmpdir(), 'cego-bench-scale', String(n));
  scratchCopy(dir);
  generateSheets(dir, n);
  const values = generateValues(dir);
  process.stdout.write(`\n-- ${n} fiches synthétiques (+ les réelles), ${values} valeurs synthétiques : ${dir}\n`);
  const b = await build(dir);
  if (!b.ok) {
    process.stdout.write(`La compilation a échoué :\n${b.tail}\n`);
    return null;
  }
  const out = path.join(dir, 'build');
  const routes = buildRoutes(out);
  const point: Point = {
    sheets: n,
    values,
    pages: routes.length,
    buildS: b.seconds,
    peakMB: b.peakMB,
    indexFr: gzipSize(path.join(out, 'search-index.json')),
    indexEn: gzipSize(path.join(out, 'en', 'search-index.json')),
    heaviestJs: 0,
    heaviestPage: '',
    routeMedianMs: NaN,
    routeMeanMs: NaN,
  };
  if (findChromium()) {
    const server = await startServer({buildDir: out});
    const browser = await launchChromium();
    try {
      // the pages whose code or data grow with content
      const candidates = ['/', '/meilleures-pratiques', '/en/meilleures-pratiques', '/recherche', '/meilleures-pratiques/synthetique-0001', '/etalonnage', ...routes.filter((r) => r.startsWith('/etalonnage/indicateurs/')).slice(0, 3)];
      for (const p of candidates.filter((c) => routes.includes(c) || c === '/recherche')) {
        const w = await measurePage(browser, server.origin, p);
        if (w.gzip > point.heaviestJs) {
          point.heaviestJs = w.gzip;
          point.heaviestPage = p;
        }
      }
      const context = await benchContext(browser);
      const {results, wallMs} = await passAll(context, server.origin, sampleRoutes(routes, routesSample), 'hydrated');
      await context.close();
      point.routeMedianMs = median(results.map((r) => r.ms.total));
      point.routeMeanMs = wallMs / results.length;
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const kb = (x: number) => `${(x / 1024).toFixed(1)} Ko`;
  process.stdout.write(
    [
      `pages dans les plans de site : ${point.pages}`,
      `compilation (fr + en)        : ${point.buildS.toFixed(0)} s, mémoire max ${point.peakMB.toFixed(0)} Mo`,
      `index de recherche gzip      : fr ${kb(point.indexFr)}, en ${kb(point.indexEn)}`,
      `JavaScript le plus lourd     : ${kb(point.heaviestJs)} gzip (${point.heaviestPage})`,
      `passage navigateur par page  : médiane ${point.routeMedianMs.toFixed(0)} ms, ${point.routeMeanMs.toFixed(0)} ms d'horloge par page (${ROUTE_PAGES} à la fois, ${routesSample} pages)`,
    ].join('\n') + '\n',
  );
  return point;
}

export const scaleSection: BenchSection = {
  name: 'scale',
  description: 'coût du site selon la quantité de contenu (copie de travail générée dans le dossier temporaire)',
  async run() {
    const list = sizes();
    const routesSample = Number(process.env.SCALE_ROUTES) > 0 ? Number(process.env.SCALE_ROUTES) : 20;
    process.stdout.write(`Tailles : ${list.join(', ')} fiches ; ${YEARS} ans × ${AGENCIES} organismes × tous les indicateurs\n`);
    const points: Point[] = [];
    for (const n of list) {
      const p = await measureSize(n, routesSample);
      if (!p) return false;
      points.push(p);
    }
    const kb = (x: number) => (x / 1024).toFixed(1);
    process.stdout.write(`\nCourbe (fiches | pages | compilation s | mémoire Mo | index fr Ko gz | index en Ko gz | JS max Ko gz | ms/page)\n`);
    for (const p of points) {
      process.stdout.write(`${p.sheets} | ${p.pages} | ${p.buildS.toFixed(0)} | ${p.peakMB.toFixed(0)} | ${kb(p.indexFr)} | ${kb(p.indexEn)} | ${kb(p.heaviestJs)} | ${p.routeMeanMs.toFixed(0)}\n`);
    }
    if (points.length > 1) {
      process.stdout.write(`\nCoût marginal par 100 fiches (croît plus vite que linéairement quand il augmente d'un intervalle au suivant)\n`);
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1]!;
        const z = points[i]!;
        const per = (f: (p: Point) => number) => ((f(z) - f(a)) / (z.sheets - a.sheets)) * 100;
        process.stdout.write(
          `${a.sheets} → ${z.sheets} : compilation +${per((p) => p.buildS).toFixed(1)} s, mémoire +${per((p) => p.peakMB).toFixed(0)} Mo, index fr +${kb(per((p) => p.indexFr))} Ko, JS max +${kb(per((p) => p.heaviestJs))} Ko\n`,
        );
      }
    }
    return true;
  },
};
