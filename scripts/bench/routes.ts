/**
 * Bench section "routes": the per-route browser pass of the test suite
 * (tests/browser/routes.test.ts, through tests/browser/route-pass.ts) on a
 * sample of routes of build/ (or CEGO_BUILD_DIR), the former way (wait for
 * 500 ms of network silence) against the current one (Docusaurus's
 * hydration mark, then no request in flight), rounds alternated, ROUTE_PAGES
 * reused tabs at a time as in the suite (ROUTES_PAGES=n to try another count). Prints the sample's wall time and the per-route
 * median of each phase.
 *
 *   npm run bench -- routes               40 routes, 2 rounds
 *   ROUTES_SAMPLE=80 ROUTES_ROUNDS=3 npm run bench -- routes
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchChromium} from '../chromium';
import {startServer} from '../static-server';
import {ROUTE_PAGES, RoutePages, passRoute, type RoutePassResult, type Settle} from '../../tests/browser/route-pass';
import type {BenchSection} from './index';

const SITE = path.resolve(__dirname, '../..');
const CONCURRENCY = envIntEarly('ROUTES_PAGES', ROUTE_PAGES);

function envIntEarly(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Paths of the <loc> entries of a build's sitemaps, both locales. */
export function buildRoutes(buildDir: string): string[] {
  const out: string[] = [];
  for (const f of [path.join(buildDir, 'sitemap.xml'), path.join(buildDir, 'en', 'sitemap.xml')]) {
    if (!fs.existsSync(f)) continue;
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) out.push(decodeURI(new URL(m[1]!.trim()).pathname));
  }
  return [...new Set(out)].sort();
}

/** n routes spread evenly over the sorted list (every section and both locales get some). */
export function sampleRoutes(routes: string[], n: number): string[] {
  if (routes.length <= n) return routes;
  return Array.from({length: n}, (_, i) => routes[Math.floor((i * routes.length) / n)]!);
}

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * A browser context for the pass under tsx: esbuild (tsx) names the functions
 * that route checks send to the page with a `__name` helper the page lacks
 * (vitest's transform does not); a no-op one is defined before the page's own scripts.
 */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context;
}

/** Runs the pass over `routes` as the suite does (`concurrency` pages, each reused route after route); results in route order and the wall time. */
export async function passAll(context: BrowserContext, origin: string, routes: string[], settle: Settle, concurrency = CONCURRENCY): Promise<{results: RoutePassResult[]; wallMs: number}> {
  const results: RoutePassResult[] = new Array(routes.length);
  const pages = new RoutePages(context, concurrency);
  const t0 = Date.now();
  await Promise.all(routes.map((route, i) => pages.with(async (page) => void (results[i] = await passRoute(context, origin, route, {settle, page})))));
  return {results, wallMs: Date.now() - t0};
}

export function describePass(results: RoutePassResult[]): string {
  const checks = Object.keys(results[0]?.ms.checks ?? {});
  const parts = [
    `chargement ${median(results.map((r) => r.ms.load)).toFixed(0)} ms`,
    `attente ${median(results.map((r) => r.ms.settle)).toFixed(0)} ms`,
    ...checks.map((c) => `${c.split(' ')[0]} ${median(results.map((r) => r.ms.checks[c] ?? 0)).toFixed(0)} ms`),
  ];
  return `médiane par page ${median(results.map((r) => r.ms.total)).toFixed(0)} ms (${parts.join(', ')})`;
}

export const routesSection: BenchSection = {
  name: 'routes',
  description: 'passage navigateur par page des tests (chargement + vérifications) : attente du réseau calme contre marque d’hydratation',
  async run() {
    const buildDir = path.resolve(SITE, process.env.CEGO_BUILD_DIR ?? 'build');
    const all = buildRoutes(buildDir);
    if (!all.length) {
      process.stdout.write(`Aucun plan de site dans ${buildDir} : lancez d'abord npm run build.\n`);
      return false;
    }
    const routes = sampleRoutes(all, envInt('ROUTES_SAMPLE', 40));
    const rounds = envInt('ROUTES_ROUNDS', 2);
    process.stdout.write(`${routes.length} pages sur ${all.length} (${buildDir}), ${CONCURRENCY} à la fois, ${rounds} tours en alternance\n`);
    const server = await startServer({buildDir});
    const browser = await launchChromium();
    const seen: Record<Settle, {wall: number[]; results: RoutePassResult[]}> = {networkidle: {wall: [], results: []}, hydrated: {wall: [], results: []}};
    let failures = 0;
    try {
      for (let r = 0; r < rounds; r++) {
        for (const settle of (r % 2 ? ['hydrated', 'networkidle'] : ['networkidle', 'hydrated']) as Settle[]) {
          const context = await benchContext(browser);
          const {results, wallMs} = await passAll(context, server.origin, routes, settle);
          await context.close();
          seen[settle].wall.push(wallMs);
          seen[settle].results.push(...results);
          failures += results.filter((x) => x.status !== 200).length;
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const line = (label: string, s: Settle) =>
      `${label}: ${(median(seen[s].wall) / 1000).toFixed(1)} s pour l'échantillon (${(median(seen[s].wall) / routes.length).toFixed(0)} ms par page en moyenne), ${describePass(seen[s].results)}`;
    process.stdout.write(
      [
        line('avant (réseau calme 500 ms)', 'networkidle'),
        line('après (hydratée, requêtes finies)', 'hydrated'),
        `ratio du temps d'horloge après / avant : ${(median(seen.hydrated.wall) / median(seen.networkidle.wall)).toFixed(2)}`,
        `Sur les ${all.length} pages du site, à ce rythme : ${((median(seen.hydrated.wall) / routes.length) * all.length / 60000).toFixed(1)} min (avant : ${((median(seen.networkidle.wall) / routes.length) * all.length / 60000).toFixed(1)} min)`,
      ].join('\n') + '\n',
    );
    if (failures) process.stdout.write(`${failures} page(s) sans statut 200.\n`);
    return failures === 0;
  },
};
