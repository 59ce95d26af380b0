/**
 * The page "Vérifier un fichier de données" / "Check a data file" (issue #12),
 * built and served with the production headers (its CSP included): one
 * browser and one server for the file, a page per test.
 *
 * - each Excel export flavour (tests/fixtures/excel-exports, and the valid
 *   cases of tests/fixtures/pipeline) gives on the page the report the CLI's
 *   core gives in Node for the same bytes: verdict, row accounting, every
 *   entry's place and message (French page, English page);
 * - axe in each state: empty, errors, valid with preview;
 * - the file input is reached with Tab and opened with Enter or Space;
 * - the preview of a one-value change names the ranks that move exactly as
 *   `npm run data:diff` (renderChangeMarkdown) does;
 * - checking and downloading make no network request at all;
 * - the downloaded file is the core's canonicalFile of the dropped bytes;
 * - bad input (empty, .xlsx, binary, 50 MB, 5 000 errors) gets a message and
 *   the page keeps working.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {FileChooser, Page} from 'playwright-core';
import {
  buildSiteCatalogue,
  canonicalFile,
  catalogueDataset,
  checkData,
  entryPlace,
  formatReport,
  indicatorEffects,
  loadDataFolder,
  movedRanksText,
  renderChangeMarkdown,
  type Locale,
  type SiteCatalogue,
  type ValidationReport,
} from '../../scripts/pipeline/index';
import {WAIT_MS, browserTestsUnavailable, buildDir, gotoReady, launchBrowser, describeViolations, patient, runAxe, scriptsRunBy, siteDir, useSiteSession} from './helpers';

const unavailable = browserTestsUnavailable();
const EXPORTS = path.join(siteDir, 'tests/fixtures/excel-exports');
const PIPELINE = path.join(siteDir, 'tests/fixtures/pipeline');
const ROUTE = {fr: '/verifier-un-fichier', en: '/en/verifier-un-fichier'} as const;

interface Dropped {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const csvFile = (name: string, text: string): Dropped => ({name, mimeType: 'text/csv', buffer: Buffer.from(text)});

/** The flavours: the four Excel exports, and the valid cases of the pipeline fixtures. */
function flavours(): Dropped[] {
  const out = fs.readdirSync(EXPORTS).filter((f) => !f.endsWith('.md')).map((f) => ({name: f, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(EXPORTS, f))}));
  for (const c of ['valide-virgule', 'valide-point-virgule', 'windows-1252', 'nombres-virgule-decimale']) {
    const dir = path.join(PIPELINE, c, 'valeurs');
    for (const f of fs.readdirSync(dir)) out.push({name: `${c}-${f}`, mimeType: 'text/csv', buffer: fs.readFileSync(path.join(dir, f))});
  }
  return out;
}

interface PageReport {
  valid: string | null;
  stats: number[];
  verdict: string;
  accounting: string;
  errors: string[][];
  warnings: string[][];
}

/** What the page shows, read from the DOM. */
async function pageReport(page: Page): Promise<PageReport> {
  await page.locator('[data-report]').waitFor();
  return page.evaluate(() => {
    const r = document.querySelector('[data-report]')!;
    const entries = (kind: string) =>
      Array.from(document.querySelectorAll(`[data-entries="${kind}"] li[data-code]`)).map((li) => [
        li.getAttribute('data-file')!,
        li.getAttribute('data-line')!,
        li.getAttribute('data-column')!,
        li.getAttribute('data-code')!,
        li.children[0]!.textContent!,
        li.children[1]!.textContent!,
      ]);
    return {
      valid: r.getAttribute('data-valid'),
      stats: ['rows', 'accepted', 'rejected', 'ignored'].map((k) => Number(r.getAttribute(`data-${k}`))),
      verdict: r.querySelector('[data-verdict]')!.textContent!,
      accounting: r.querySelector('[data-accounting]')!.textContent!,
      errors: entries('errors'),
      warnings: entries('warnings'),
    };
  });
}

/** The same, from the CLI's JSON report (the core in Node) and its text (formatReport). */
function cliReport(report: ValidationReport, locale: Locale): PageReport {
  const [verdict, accounting] = formatReport(report, {locale, max: 0}).split('\n');
  const entries = (list: ValidationReport['errors']) => list.map((e) => [e.file, String(e.line), String(e.column), e.code, entryPlace(e, locale), e.message]);
  return {
    valid: String(report.valid),
    stats: [report.stats.rows, report.stats.accepted, report.stats.rejected, report.stats.ignored],
    verdict: verdict!,
    accounting: accounting!.trim(),
    errors: entries(report.errors),
    warnings: entries(report.warnings),
  };
}

describe.skipIf(unavailable)('la page « Vérifier un fichier de données »', () => {
  const site = useSiteSession();
  let catalogue: SiteCatalogue;

  beforeAll(async () => {
    catalogue = buildSiteCatalogue(await loadDataFolder(path.join(siteDir, 'data')));
  });

  /** Opens the page and waits until the worker has loaded the published data. */
  async function open(locale: Locale = 'fr') {
    const {page, errors} = await site.open(ROUTE[locale]);
    await page.locator('[data-status="ready"]').waitFor();
    return {page, errors};
  }

  async function drop(page: Page, files: Dropped[] | string) {
    await page.locator('#checker-file').setInputFiles(files);
    await page.locator('[data-report]').waitFor();
    await page.locator('[data-status="done"]').waitFor();
  }

  const node = (files: Dropped[], locale: Locale = 'fr') => checkData(files.map((f) => ({name: f.name, source: new Uint8Array(f.buffer)})), {base: catalogue, locale});

  it('s’utilise au clavier : Tab atteint le champ de fichier, Entrée et Espace ouvrent le sélecteur', async () => {
    // A browser of its own, so no other test's tab is in front of this one.
    const own = await launchBrowser();
    const page = await own.newPage();
    await page.goto(site.server.origin + ROUTE.fr);
    await page.locator('[data-status="ready"]').waitFor();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'checker-file');
    }
    expect(reached, 'Tab atteint #checker-file').toBe(true);
    for (const key of ['Enter', 'Space']) {
      // One press opens the chooser; under a loaded machine the first press was seen lost, so up to three.
      let chooser: FileChooser | null = null;
      for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
        await page.locator('#checker-file').focus();
        [chooser] = await Promise.all([page.waitForEvent('filechooser', {timeout: 10_000}).catch(() => null), page.keyboard.press(key)]);
      }
      if (!chooser) throw new Error(`pas de sélecteur avec ${key}`);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([flavours()[1]!]);
      await page.locator('[data-status="done"]').waitFor();
      expect((await pageReport(page)).valid).toBe('true');
      await page.locator('#checker-file').focus();
    }
    await own.close();
  });

  it('donne, pour chaque saveur d’export d’Excel, le rapport du validateur en ligne de commande (fr et en)', async () => {
    const list = flavours();
    for (const locale of ['fr', 'en'] as const) {
      const {page, errors} = await open(locale);
      for (const f of list) {
        await drop(page, [f]);
        const expected = cliReport((await node([f], locale)).report, locale);
        expect(await pageReport(page), `${locale} ${f.name}`).toEqual(expected);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    // the four Excel exports are one contribution: valid, two published values changed, one the same
    const {page} = await open('fr');
    for (const f of list.slice(0, 4)) {
      await drop(page, [f]);
      const r = await pageReport(page);
      expect(r.valid, f.name).toBe('true');
      expect(r.stats, f.name).toEqual([3, 3, 0, 0]);
      expect(r.warnings.filter((w) => w[3] === 'values.published-change').map((w) => w[1]), f.name).toEqual(['2', '3', '4']);
      const row = page.locator(`[data-file-row="${f.name}"] td`);
      expect(await row.nth(0).locator('[data-kind]').getAttribute('data-kind')).toBe('values');
      expect((await row.allTextContents()).slice(-2)).toEqual(['0', '2']);
    }
    await page.close();
  });

  it('n’a aucune violation axe vide, avec des erreurs, et valide avec l’aperçu', async () => {
    const {page} = await open('fr');
    const violations = async (state: string) => expect(describeViolations(`${ROUTE.fr} (${state})`, await runAxe(page))).toBe('');
    await violations('vide');
    await drop(page, [csvFile('erreurs.csv', 'organisme;indicateur;periode;valeur;statut\nXYZ;appels-volume;2010;abc;publie\nSQ;inconnu;2010-2011;5;peut-etre\n')]);
    expect((await pageReport(page)).errors.length).toBeGreaterThan(2);
    await violations('erreurs');
    await drop(page, [flavours()[0]!]);
    expect(await page.locator('[data-effect]').count()).toBeGreaterThan(0);
    await violations('valide avec aperçu');
    await page.close();
  });

  it('nomme, pour une seule valeur changée, les rangs qui bougent exactement comme npm run data:diff', async () => {
    // a ranked indicator × period with at least three agencies: its last one reaches the first value
    const groups = new Map<string, typeof catalogue.observations>();
    for (const o of catalogue.observations) if (o.value !== null) groups.set(`${o.indicator} ${o.period}`, [...(groups.get(`${o.indicator} ${o.period}`) ?? []), o]);
    const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
    const [, obs] = [...groups].find(([, g]) => g.length >= 3 && indicators.get(g[0]!.indicator)!.direction !== 'neutre' && new Set(g.map((o) => o.value)).size === g.length)!;
    const dir = indicators.get(obs[0]!.indicator)!.direction;
    const sorted = [...obs].sort((a, b) => (dir === 'hausse' ? b.value! - a.value! : a.value! - b.value!));
    const last = sorted.at(-1)!;
    const text = `organisme,indicateur,periode,valeur,statut\n${last.agency},${last.indicator},${last.period},${sorted[0]!.value},${last.status}\n`;
    const file = csvFile('une-valeur.csv', text);

    // data:diff: the engine on the published data and the data with this file, its Markdown
    const after = await node([file]);
    const effects = indicatorEffects(catalogueDataset(catalogue), after.dataset);
    expect(effects).toHaveLength(1);
    const markdown = renderChangeMarkdown({files: [], effects, before: after.report, after: after.report}, {base: 'a', head: 'b'});
    const moved = movedRanksText(effects[0]!, 'fr')!;
    expect(moved).toMatch(new RegExp(`^Rangs qui bougent : .*${last.agency} ${obs.length} → 1`));
    expect(markdown.split('\n')).toContain(moved);

    const {page} = await open('fr');
    await drop(page, [file]);
    expect(await page.locator('[data-moved]').allTextContents()).toEqual([moved]);
    const rows = page.locator('[data-effect] tbody tr');
    expect(await rows.count()).toBe(effects[0]!.moves.length);
    await page.close();
  });

  it('ne fait aucune requête réseau pour vérifier ni pour télécharger, et télécharge le fichier canonique', async () => {
    const {page, errors} = await open('fr');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const f = flavours().find((x) => x.name === 'csv-point-virgule-windows-1252.csv')!;
    await drop(page, [f]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${f.name}"]`).click()]);
    const saved = path.join(os.tmpdir(), `cego-checker-${process.pid}.csv`);
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('csv-point-virgule-windows-1252.csv');
    const expected = (await canonicalFile(new Uint8Array(f.buffer)))!;
    expect(new Uint8Array(fs.readFileSync(saved))).toEqual(expected.bytes);
    expect([...expected.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    fs.rmSync(saved);
    expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    // the upload page of the right folder, in the configured repository
    expect(await page.locator('[data-upload]').getAttribute('href')).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/upload\/main\/data\/valeurs$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('donne un message clair pour un fichier vide, un classeur .xlsx, un binaire, 50 Mo, 5 000 erreurs, et reste utilisable', async () => {
    const {page, errors} = await open('fr');
    const big = path.join(os.tmpdir(), `cego-checker-50mo-${process.pid}.csv`);
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'SQ;appels-volume;2010-2011;1;publie\n'));
    let many = 'organisme;indicateur;periode;valeur;statut\n';
    for (let i = 0; i < 5000; i++) many += `SQ;appels-volume;2010-2011;pas un nombre ${i};publie\n`;
    const cases: [Dropped[] | string, string, RegExp][] = [
      [[csvFile('vide.csv', '')], 'file.empty', /Fichier vide/],
      [[{name: 'valeurs.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0])}], 'encoding.xlsx', /CSV UTF-8/],
      [[{name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])}], 'encoding.binary', /binaire/],
      [big, 'file.too-large', /trop volumineux \(52,4 Mo, au plus 20 Mo\)/],
    ];
    for (const [files, code, text] of cases) {
      await drop(page, files);
      const r = await pageReport(page);
      expect(r.errors.map((e) => e[3])).toEqual([code]);
      expect(r.errors[0]![5]).toMatch(text);
      expect(r.valid).toBe('false');
    }
    fs.rmSync(big);
    // 5 000 errors: counts and the first ones per kind, the page stays responsive
    await drop(page, [csvFile('erreurs.csv', many)]);
    const expected = (await node([csvFile('erreurs.csv', many)])).report;
    expect(expected.errors.length).toBeGreaterThanOrEqual(5000);
    const groups = await page.locator('[data-entries="errors"] [data-group]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-group'), Number(e.getAttribute('data-count')), e.querySelectorAll('li[data-code]').length]));
    const byCode = new Map<string, number>();
    for (const e of expected.errors) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
    expect(groups).toEqual([...byCode].map(([c, n]) => [c, n, Math.min(n, 5)]));
    expect(await page.locator('[data-entries="errors"] li[data-code]').count()).toBeLessThanOrEqual(5 * byCode.size);
    expect((await pageReport(page)).stats).toEqual([5000, 0, 5000, 0]);
    // and a good file right after
    await drop(page, [flavours()[0]!]);
    expect((await pageReport(page)).valid).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('demande le type quand l’en-tête ne le dit pas, et vérifie de nouveau avec le type choisi', async () => {
    const {page} = await open('fr');
    await drop(page, [csvFile('inconnu.csv', 'a;b;c\n1;2;3\n')]);
    expect((await pageReport(page)).errors.map((e) => e[3])).toEqual(['file.kind-unknown']);
    await page.getByLabel('Type de inconnu.csv').selectOption('values');
    await page.locator('[data-kind="values"]').waitFor();
    const r = await pageReport(page);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.every((e) => e[3]!.startsWith('header.')), JSON.stringify(r.errors)).toBe(true);
    expect(await page.locator('[data-file-row="inconnu.csv"]').textContent()).toContain('choisi');
    await page.close();
  });

  it('ne charge son code que sur sa page : les autres pages n’exécutent ni la page du vérificateur ni son worker', async () => {
    const page = patient(await site.browser.newPage());
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    /** The scripts a page ran (not the chunks Docusaurus only prefetches for its links), with their text. */
    const scriptsRun = async (route: string) => {
      workers.length = 0;
      const response = await gotoReady(page, site.server.origin + route, WAIT_MS);
      expect(response?.status(), route).toBe(200);
      const urls = await scriptsRunBy(page);
      return Promise.all(urls.map(async (url) => ({url, body: await (await fetch(url)).text()})));
    };
    // The checker page's own code names the catalogue it hands to its worker.
    const isChecker = (body: string) => body.includes('catalogueUrl');
    try {
      // The marker is real: the checker's page runs it, and starts its worker.
      expect((await scriptsRun(ROUTE.fr)).filter((x) => isChecker(x.body)).length).toBeGreaterThan(0);
      await expect.poll(() => workers.length, {timeout: WAIT_MS}).toBeGreaterThan(0);
      const indicator = fs.readdirSync(path.join(buildDir, 'etalonnage', 'indicateurs')).find((f) => f.endsWith('.html'))!.replace(/\.html$/, '');
      const others = ['/', '/meilleures-pratiques', '/meilleures-pratiques/sondages-en-ligne', '/etalonnage', `/etalonnage/indicateurs/${indicator}`, '/rond-point', '/en/etalonnage', '/en/'];
      for (const route of others) {
        const run = await scriptsRun(route);
        expect(run.length, route).toBeGreaterThan(0);
        expect(run.filter((x) => isChecker(x.body)).map((x) => x.url), `${route}: scripts of the checker page`).toEqual([]);
        expect(workers, `${route}: workers started`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
