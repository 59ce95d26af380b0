/**
 * Bench section "routes": the per-route browser pass of the test suite
 * (tests/browser/routes.test.ts, through tests/browser/route-pass.ts) on a
 * sample of routes of build/ (or CEGO_BUILD_DIR), run the three ways it has
 * run, each against the first (WAYS): wait for 500 ms of network silence in a
 * new tab per route, 5 at a time; wait for Docusaurus's hydration mark and no
 * request in flight, same tabs; that wait in ROUTE_PAGES tabs reused route
 * after route, as the suite runs now (ROUTES_PAGES=n to try another count).
 * Rounds alternate the order. Prints each way's wall time for the sample, its
 * ratio to the first, and the per-route median of each phase.
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
const CONCURRENCY = envInt('ROUTES_PAGES', ROUTE_PAGES);

/** A positive integer from the environment, else `fallback`. */
function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

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

/**
 * Runs the pass over `routes` as the suite does (`concurrency` tabs, each
 * reused route after route), or with `freshTabs` the former way (a new tab
 * per route, `concurrency` at a time); results in route order and the wall time.
 */
export async function passAll(
  context: BrowserContext,
  origin: string,
  routes: string[],
  settle: Settle,
  concurrency = CONCURRENCY,
  freshTabs = false,
): Promise<{results: RoutePassResult[]; wallMs: number}> {
  const results: RoutePassResult[] = new Array(routes.length);
  const t0 = Date.now();
  if (freshTabs) {
    let next = 0;
    await Promise.all(
      Array.from({length: Math.min(concurrency, routes.length)}, async () => {
        while (next < routes.length) {
          const i = next++;
          results[i] = await passRoute(context, origin, routes[i]!, {settle});
        }
      }),
    );
  } else {
    const pages = new RoutePages(context, concurrency);
    await Promise.all(routes.map((route, i) => pages.with(async (page) => void (results[i] = await passRoute(context, origin, route, {settle, page})))));
  }
  return {results, wallMs: Date.now() - t0};
}

/** The ways the pass has run, oldest first: how it waits for a page, and its tabs. */
const WAYS = [
  {id: 'idle-fresh', label: 'réseau calme 500 ms, un nouvel onglet par page, 5 à la fois', settle: 'networkidle', concurrency: 5, freshTabs: true},
  {id: 'hydrated-fresh', label: 'hydratée et requêtes finies, un nouvel onglet par page, 5 à la fois', settle: 'hydrated', concurrency: 5, freshTabs: true},
  {id: 'hydrated-reused', label: `hydratée et requêtes finies, ${CONCURRENCY} onglets réutilisés (la suite de tests)`, settle: 'hydrated', concurrency: CONCURRENCY, freshTabs: false},
] as const;

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
  description: 'passage navigateur par page des tests (chargement + vérifications) : les façons successives de le mener, comparées à la première',
  async run() {
    const buildDir = path.resolve(SITE, process.env.CEGO_BUILD_DIR ?? 'build');
    const all = buildRoutes(buildDir);
    if (!all.length) {
      process.stdout.write(`Aucun plan de site dans ${buildDir} : lancez d'abord npm run build.\n`);
      return false;
    }
    const routes = sampleRoutes(all, envInt('ROUTES_SAMPLE', 40));
    const rounds = envInt('ROUTES_ROUNDS', 2);
    process.stdout.write(`${routes.length} pages sur ${all.length} (${buildDir}), ${rounds} tours, l'ordre des façons alterné\n`);
    const server = await startServer({buildDir});
    const browser = await launchChromium();
    const seen = Object.fromEntries(WAYS.map((w) => [w.id, {wall: [] as number[], results: [] as RoutePassResult[]}]));
    let failures = 0;
    try {
      for (let r = 0; r < rounds; r++) {
        for (const way of r % 2 ? [...WAYS].reverse() : WAYS) {
          const context = await benchContext(browser);
          const {results, wallMs} = await passAll(context, server.origin, routes, way.settle, way.concurrency, way.freshTabs);
          await context.close();
          seen[way.id]!.wall.push(wallMs);
          seen[way.id]!.results.push(...results);
          failures += results.filter((x) => x.status !== 200).length;
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const first = median(seen[WAYS[0].id]!.wall);
    process.stdout.write(
      WAYS.map((way) => {
        const wall = median(seen[way.id]!.wall);
        return [
          `${way.label} : ${(wall / 1000).toFixed(1)} s pour l'échantillon, ratio ${(wall / first).toFixed(2)} ; ${((wall / routes.length) * all.length / 60000).toFixed(1)} min pour les ${all.length} pages à ce rythme`,
          `    ${describePass(seen[way.id]!.results)}`,
        ].join('\n');
      }).join('\n') + '\n',
    );
    if (failures) process.stdout.write(`${failures} page(s) sans statut 200.\n`);
    return failures === 0;
  },
};
