/**
 * Bench section "search": the offline full-text index per locale (raw and gzip
 * size of build/search-index.json and build/en/search-index.json) and the query
 * latency measured in Chromium: the built site is served locally, the search
 * page loads its index, and 100 representative queries per locale (whole words,
 * accents left out, elided forms, several words, prefixes typed as you go) are
 * timed one by one in the page. Also: the practice directory's local client,
 * timed on its own page through the search box.
 *
 * Targets at the current content size: ≤ 500 KB gzipped per locale, p95 < 50 ms.
 * Needs a build (npm run build) and Chromium (CHROME_PATH or /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {findChromium, launchChromium} from '../chromium';
import {startServer} from '../static-server';
import type {BenchSection} from './index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SITE = path.resolve(HERE, '../..');
const BUILD = path.resolve(SITE, process.env.CEGO_BUILD_DIR ?? 'build');
const SIZE_TARGET_KB = 500;
const P95_TARGET_MS = 50;

const FR_WORDS = [
  'échange', 'echange', 'équipement', 'equipement', "l'équipe", 'd’équipe', 'courriel', 'courriels', 'téléphonie', 'telephonie ip',
  'pandémie', 'pandemie', 'satisfaction', 'sondage en ligne', 'sondages', 'formation', 'évaluation médicale', 'evaluation medicale', 'rapport annuel', 'rapports annuels',
  'centre de relations clientèle', 'relations avec la clientèle', 'guichet unique', 'services québec', 'services quebec', 'simplification', 'formulaires', 'rédaction simple', 'redaction', 'étalonnage',
  'etalonnage', 'indicateurs', 'délai de réponse', 'delai', 'premier contact', 'résolution', 'calibrage', 'assurance qualité', 'assurance qualite', 'effectifs',
  'planification', '15 minutes', 'réponse vocale interactive', 'reponse vocale', 'modes de prestation', 'migration', 'segmentation', 'clientèle', 'continuité des services', 'plaintes',
];
const EN_WORDS = [
  'exchange', 'network', 'equipment', 'team', 'email', 'emails', 'telephony', 'ip telephony', 'pandemic', 'satisfaction',
  'online survey', 'surveys', 'training', 'medical evaluation', 'annual report', 'reports', 'contact centre', 'customer relations', 'single window', 'services quebec',
  'simplification', 'forms', 'plain language', 'benchmarking', 'indicators', 'response time', 'first contact', 'resolution', 'calibration', 'quality assurance',
  'workforce', 'planning', '15 minutes', 'interactive voice response', 'voice', 'service channels', 'channel migration', 'segmentation', 'clients', 'business continuity',
  'complaints', 'agencies', 'centre', 'working group', 'breakfast conference', 'newsletter', 'glossary', 'member agencies', 'funding', 'accessibility',
];

/** 100 queries: the 50 words, then each one as typed halfway (search as you type). */
export function representativeQueries(words: string[]): string[] {
  const partial = words.map((w) => w.slice(0, Math.max(3, Math.ceil(w.length * 0.6))));
  return [...words, ...partial].slice(0, 100);
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export const searchSection: BenchSection = {
  name: 'search',
  description: 'recherche hors ligne : taille de l’index par langue, latence des requêtes dans Chromium',
  async run() {
    const files = {fr: path.join(BUILD, 'search-index.json'), en: path.join(BUILD, 'en', 'search-index.json')};
    if (!fs.existsSync(files.fr) || !fs.existsSync(files.en)) {
      process.stdout.write(`Index absent de ${BUILD} : lancez d'abord npm run build (sans ALGOLIA_*).\n`);
      return false;
    }
    let ok = true;
    process.stdout.write('Taille de l’index (search-index.json)\n');
    for (const [locale, file] of Object.entries(files)) {
      const raw = fs.readFileSync(file);
      const gz = zlib.gzipSync(raw, {level: 9}).length;
      const pass = gz <= SIZE_TARGET_KB * 1024;
      ok = ok && pass;
      process.stdout.write(`  ${locale}  brut ${kb(raw.length)}  gzip ${kb(gz)}  (cible ≤ ${SIZE_TARGET_KB} KB gzip) ${pass ? 'OK' : 'DÉPASSÉ'}\n`);
    }

    if (!findChromium()) {
      process.stdout.write('Chromium introuvable (CHROME_PATH ou /usr/bin/chromium) : latence non mesurée.\n');
      return false;
    }
    const server = await startServer({buildDir: BUILD});
    const origin = server.origin;
    const browser = await launchChromium();
    try {
      process.stdout.write('Latence d’une requête dans Chromium (100 requêtes par langue, après 1 passe d’échauffement)\n');
      for (const [locale, words] of [['fr', FR_WORDS], ['en', EN_WORDS]] as const) {
        const page = await browser.newPage();
        const t0 = Date.now();
        await page.goto(`${origin}${locale === 'en' ? '/en' : ''}/recherche`, {waitUntil: 'load'});
        await page.waitForFunction(() => Boolean(window.__cegoSearch), undefined, {timeout: 30_000});
        const loadMs = Date.now() - t0;
        const queries = representativeQueries(words);
        const times = await page.evaluate((qs) => {
          const engine = window.__cegoSearch!;
          for (const q of qs) engine.search(q, 50); // warm-up
          return qs.map((q) => {
            const t = performance.now();
            engine.search(q, 50);
            return performance.now() - t;
          });
        }, queries);
        const sorted = [...times].sort((a, b) => a - b);
        const p50 = percentile(sorted, 50);
        const p95 = percentile(sorted, 95);
        const pass = p95 < P95_TARGET_MS;
        ok = ok && pass;
        process.stdout.write(
          `  ${locale}  p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  max ${sorted[sorted.length - 1]!.toFixed(2)} ms  (cible p95 < ${P95_TARGET_MS} ms) ${pass ? 'OK' : 'DÉPASSÉ'}  · page + index chargés en ${loadMs} ms\n`,
        );
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return ok;
  },
};
