/**
 * The data core in a browser Web Worker (what the checker page runs): the
 * core bundled for the browser with esbuild, loaded as a worker in the
 * system Chromium, checks the Excel export flavours and every fixture file
 * and gives the same JSON report as Node (which decodes Windows-1252 with
 * iconv-lite, where the worker uses the browser's own TextDecoder).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import iconv from 'iconv-lite';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSiteCatalogue, checkData, decodedChunks, loadDataFolder, type SiteCatalogue, type ValidationReport} from '../../scripts/pipeline/index';
import {findChromium, launchBrowser, siteDir} from './helpers';

const noChromium = !findChromium();
if (noChromium && process.env.CI) throw new Error('Chromium introuvable en CI : sudo apt-get install -y chromium');
if (noChromium) console.warn('!! Test du cœur dans un Web Worker NON EXÉCUTÉ : Chromium introuvable (sudo apt-get install -y chromium, ou CHROME_PATH).');

const ORIGIN = 'http://checker.test';
const FIXTURES = join(siteDir, 'tests/fixtures/pipeline');

const WORKER_ENTRY = `
import {checkData, decodedChunks, nativeWindows1252, parseSiteCatalogue} from './scripts/pipeline/core';
let base = null;
const decode64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
self.onmessage = async (e) => {
  const {op, files, catalogue, bytes} = e.data;
  try {
    if (op === 'init') {
      base = parseSiteCatalogue(catalogue);
      self.postMessage({ok: true});
      return;
    }
    if (op === 'decode1252') {
      let text = '';
      for await (const t of decodedChunks(new Uint8Array(bytes), 'windows-1252')) text += t;
      self.postMessage({text, native: nativeWindows1252()});
      return;
    }
    const r = await checkData(files.map((f) => ({name: f.name, source: decode64(f.base64)})), {base, currentYear: 2026});
    self.postMessage(JSON.stringify({report: r.report, kinds: r.kinds}));
  } catch (err) {
    self.postMessage({error: String(err && err.stack || err)});
  }
};`;

/** The Excel flavours of one contribution, and every values file of the fixture cases. */
function files(): {name: string; bytes: Uint8Array}[] {
  const out: {name: string; bytes: Uint8Array}[] = [];
  const rows = (mark: string) => [
    ['organisme', 'indicateur', 'periode', 'valeur', 'statut', 'note', 'source'],
    ['SQ', 'appels-volume', '2010-2011', '1 006 000', 'publie', 'Centre de relations avec la clientèle', 'crc-services-quebec-2012'],
    ['SAAQ', 'appels-reponse-3-minutes', '2009-2010', `81${mark}5`, 'illustratif', 'Mesure « maison » ; voir l’annexe', ''],
    ['CNT', 'cout-transaction-telephone', '2008-2009', `8${mark}25 $`, 'illustratif', 'Coût direct — sans frais généraux', ''],
  ];
  const csv = (d: string, eol: string) =>
    rows(d === ',' ? '.' : ',')
      .map((r) => r.map((c) => (c.includes(d) ? `"${c}"` : c)).join(d))
      .join(eol) + eol;
  out.push({name: 'csv-utf8.csv', bytes: new Uint8Array(Buffer.from('\ufeff' + csv(';', '\r\n')))});
  out.push({name: 'csv-windows-1252.csv', bytes: new Uint8Array(iconv.encode(csv(';', '\r\n'), 'win1252'))});
  out.push({name: 'texte-unicode.txt', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t', '\r\n'), 'utf16le')]))});
  // Mac line endings (lone CR), as old Mac exports write them
  out.push({name: 'fins-de-ligne-mac.csv', bytes: new Uint8Array(Buffer.from(csv(',', '\r')))});
  for (const c of readdirSync(FIXTURES)) {
    let dir: string[];
    try {
      dir = readdirSync(join(FIXTURES, c, 'valeurs'));
    } catch {
      continue;
    }
    for (const f of dir) out.push({name: `${c}/${f}`, bytes: new Uint8Array(readFileSync(join(FIXTURES, c, 'valeurs', f)))});
  }
  return out;
}

describe.skipIf(noChromium)('le cœur de données dans un Web Worker de Chromium', () => {
  let browser: Browser;
  let page: Page;
  let catalogue: SiteCatalogue;

  const ask = <T>(message: unknown): Promise<T> =>
    page.evaluate(
      (m) =>
        new Promise((resolve) => {
          const w = (window as unknown as {worker: Worker}).worker;
          w.onmessage = (e) => resolve(e.data);
          w.postMessage(m);
        }),
      message,
    ) as Promise<T>;

  beforeAll(async () => {
    catalogue = buildSiteCatalogue(await loadDataFolder(join(siteDir, 'data'), {currentYear: 2026}));
    const bundle = await esbuild.build({stdin: {contents: WORKER_ENTRY, resolveDir: siteDir, loader: 'ts'}, bundle: true, platform: 'browser', format: 'iife', write: false});
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = route.request().url();
      if (url.endsWith('/worker.js')) return route.fulfill({contentType: 'text/javascript', body: bundle.outputFiles[0].text});
      return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>worker</title><script>window.worker = new Worker("/worker.js")</script>'});
    });
    await page.goto(`${ORIGIN}/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('décode Windows-1252 comme iconv-lite, octet par octet, avec le TextDecoder natif', async () => {
    const bytes = Array.from({length: 256}, (_, b) => b).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const r = await ask<{text: string; native: boolean}>({op: 'decode1252', bytes});
    expect(r.native).toBe(true);
    let node = '';
    for await (const t of decodedChunks(new Uint8Array(bytes), 'windows-1252')) node += t;
    expect(r.text).toBe(node);
    for (const ch of ['€', '’', 'œ', 'Ÿ', 'é', 'ÿ']) expect(r.text).toContain(ch);
  });

  it('donne, pour chaque saveur d’Excel et chaque fichier des cas de test, le même rapport JSON que Node', async () => {
    const list = files();
    await ask({op: 'init', catalogue: JSON.stringify(catalogue)});
    for (let i = 0; i < list.length; i++) {
      const answer = await ask<string | {error: string}>({op: 'check', files: [{name: list[i].name, base64: Buffer.from(list[i].bytes).toString('base64')}]});
      expect(typeof answer === 'string' ? null : answer.error).toBeNull();
      const inWorker = JSON.parse(answer as string) as {report: ValidationReport; kinds: unknown};
      const inNode = await checkData([{name: list[i].name, source: list[i].bytes}], {base: catalogue, currentYear: 2026});
      expect(inWorker.report, list[i].name).toEqual(inNode.report);
      expect(inWorker.kinds).toEqual(inNode.kinds);
    }
    // the four flavours are the same contribution: same verdict, nothing lost
    const flavours = await Promise.all(list.slice(0, 4).map((f) => checkData([{name: f.name, source: f.bytes}], {base: catalogue, currentYear: 2026})));
    for (const r of flavours) {
      expect(r.report.errors).toEqual([]);
      // the three values are already published (SQ's as it is): a change, never a silent duplicate
      expect(r.report.warnings.filter((w) => w.type !== 'encoding-warning').map((w) => [w.line, w.type, w.params.same])).toEqual([
        [2, 'published-change', true],
        [3, 'published-change', false],
        [4, 'published-change', false],
      ]);
    }
    const mine = (r: (typeof flavours)[number]) => JSON.stringify(r.dataset.observations.filter((o) => o.origin.file === r.kinds[0].file).map((o) => [o.agency, o.indicator, o.period, o.value, o.note]));
    expect(new Set(flavours.map(mine)).size).toBe(1);
  });
});
