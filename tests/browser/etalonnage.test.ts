/**
 * The benchmarking comparison pages in a browser, in French and in English:
 * an indicator page and an agency page load, hydrate without error and pass
 * axe; their table sorts; the period selector switches the table and keeps
 * period and sort in the URL; the CSV download has a BOM, the locale's header
 * and the values of the data folder; the overview and channel-mix pages pass axe.
 *
 * The indicator and agency under test are picked from data/ through the
 * pipeline, so the test follows the data.
 */
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {loadDatasetOrThrow} from '../../scripts/pipeline/index';
import type {Indicator, NormalisedDataset, Observation} from '../../scripts/pipeline/types';
import {DatasetIndex} from '../../src/plugins/etalonnage/model';
import {formatValue, type UnitCode} from '../../src/plugins/etalonnage/units';
import {WAIT_MS, browserTestsUnavailable, describeViolations, gotoReady, launchBrowser, runAxe, siteDir, startServer, watchErrors, type StaticServer} from './helpers';

const unavailable = browserTestsUnavailable();

const HEADER = {
  fr: 'indicateur,libelle,organisme,nom_organisme,periode,valeur,unite,statut,valeur_manquante,note,note_en,rang,mediane_periode,ecart_mediane,cible,ecart_cible,variation_periode_precedente,source,titre_source,licence',
  en: 'indicator,label,agency,agency_name,period,value,unit,status,missing_value,note_fr,note,rank,period_median,gap_to_median,target,gap_to_target,change_from_previous_period,source,source_title,licence',
};

describe.skipIf(unavailable)('benchmarking pages in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let ds: NormalisedDataset;
  /** A ranked indicator with values in at least two periods. */
  let ind: Indicator;
  let periods: string[];
  /** One reported value of that indicator in its first period. */
  let known: Observation;
  /** Decimals of every value of that indicator (one number of decimals per indicator). */
  let decimals: number;

  beforeAll(async () => {
    ds = await loadDatasetOrThrow(path.join(siteDir, process.env.CEGO_ETALONNAGE_DATA ?? 'data'));
    const perInd = (id: string) => ds.periods.filter((p) => ds.observations.some((o) => o.indicator === id && o.period === p && o.value !== null));
    ind = ds.indicators.find((i) => i.direction !== 'neutre' && perInd(i.id).length >= 2 && ds.observations.filter((o) => o.indicator === i.id && o.value !== null).length >= 4)!;
    expect(ind, 'the data has a ranked indicator with two periods').toBeTruthy();
    periods = perInd(ind.id);
    known = ds.observations.find((o) => o.indicator === ind.id && o.period === periods[0] && o.value !== null)!;
    decimals = new DatasetIndex(ds).decimals(ind);
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string): Promise<{page: Page; errors: string[]}> {
    const page = await browser.newPage({acceptDownloads: true});
    const errors = watchErrors(page);
    const response = await gotoReady(page, server.origin + url, WAIT_MS);
    expect(response?.status(), `${url} status`).toBe(200);
    return {page, errors};
  }

  /** Text of the value column (2nd column) per agency code, in table order. */
  async function tableRows(page: Page, testId: string): Promise<{id: string; cells: string[]}[]> {
    return page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-row') ?? '',
        cells: Array.from(tr.children).map((c) => (c as HTMLElement).innerText.trim()),
      })),
    );
  }

  for (const locale of ['fr', 'en'] as const) {
    const prefix = locale === 'en' ? '/en' : '';

    it(`${locale}: an indicator page compares the agencies, sorts, switches period and passes axe`, async () => {
      const url = `${prefix}/etalonnage/indicateurs/${ind.id}`;
      const {page, errors} = await open(url);
      expect(await page.getAttribute('html', 'lang')).toBe(locale === 'fr' ? 'fr-CA' : 'en-CA');
      await expect(page.locator('h1').innerText()).resolves.toBe(ind.label[locale]);
      // Latest period first, sorted by rank.
      const select = page.locator('select[name="periode"]');
      expect(await select.inputValue()).toBe(periods[periods.length - 1]);
      const table = page.getByTestId('indicator-table');
      await expect(table.locator('caption').innerText()).resolves.toContain(periods[periods.length - 1]);
      expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      // The chart is an image with a name, the table its equivalent; its bars in the table's order (rank).
      expect(await page.locator('svg[role="img"]:visible').count()).toBeGreaterThanOrEqual(2);
      const barOrder = async () => {
        const codes = new Set((await tableRows(page, 'indicator-table')).map((r) => r.id));
        const texts = await page.locator('main figure').first().locator('svg:visible text').allTextContents();
        return texts.map((t) => t.trim()).filter((t) => codes.has(t));
      };
      expect(await barOrder()).toEqual((await tableRows(page, 'indicator-table')).map((r) => r.id));

      const violations = await runAxe(page);
      expect(violations, describeViolations(url, violations)).toEqual([]);

      // Sort by value: highest first, then lowest first; the URL keeps it.
      await table.locator('button[data-sort-key="valeur"]').click();
      await page.waitForURL(/tri=valeur-desc/);
      const th = table.locator('thead th', {has: page.locator('button[data-sort-key="valeur"]')});
      expect(await th.getAttribute('aria-sort')).toBe('descending');
      const lastPeriodValues = ds.observations.filter((o) => o.indicator === ind.id && o.period === periods[periods.length - 1] && o.value !== null);
      const max = lastPeriodValues.reduce((m, o) => (o.value! > m.value! ? o : m));
      const min = lastPeriodValues.reduce((m, o) => (o.value! < m.value! ? o : m));
      expect((await tableRows(page, 'indicator-table'))[0]!.cells[1]).toContain(formatValue(max.value!, ind.unit as UnitCode, locale, decimals));
      // The chart follows the new order.
      expect(await barOrder()).toEqual((await tableRows(page, 'indicator-table')).map((r) => r.id));
      await table.locator('button[data-sort-key="valeur"]').click();
      await page.waitForURL(/tri=valeur-asc/);
      expect((await tableRows(page, 'indicator-table'))[0]!.cells[1]).toContain(formatValue(min.value!, ind.unit as UnitCode, locale, decimals));

      // Switch to the first period: URL, caption and values follow.
      await select.selectOption(periods[0]!);
      await page.waitForURL(new RegExp(`periode=${periods[0]}`));
      expect(page.url()).toMatch(/tri=valeur-asc/);
      await expect(table.locator('caption').innerText()).resolves.toContain(periods[0]);
      const row = (await tableRows(page, 'indicator-table')).find((r) => r.id === known.agency)!;
      expect(row.cells[1]).toContain(formatValue(known.value!, ind.unit as UnitCode, locale, decimals));

      // A shared link opens the same view.
      const shared = page.url();
      const again = await open(shared.slice(server.origin.length));
      await again.page.waitForFunction((p) => (document.querySelector('select[name="periode"]') as HTMLSelectElement | null)?.value === p, periods[0]);
      expect(await again.page.getByTestId('indicator-table').locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      expect(await again.page.getByTestId('indicator-table').locator('th[aria-sort] button').getAttribute('data-sort-key')).toBe('valeur');
      expect(again.errors).toEqual([]);
      await again.page.close();

      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${locale}: the indicator CSV download has a BOM, the ${locale} header and the data's values`, async () => {
      const {page} = await open(`${prefix}/etalonnage/indicateurs/${ind.id}`);
      const link = page.locator('a[data-download="csv"]').first();
      expect(await link.getAttribute('download')).not.toBeNull();
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(`${prefix}/etalonnage/donnees/indicateur-${ind.id}.csv`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = await download.path();
      const bytes = await import('node:fs').then((fs) => fs.readFileSync(file!));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(HEADER[locale]);
      const line = lines.find((l) => l.startsWith(`${ind.id},`) && l.includes(`,${known.agency},`) && l.includes(`,${known.period},`))!;
      expect(line, 'a line for the known value').toBeTruthy();
      // The value is written as a number with a dot.
      expect(line).toMatch(new RegExp(`,${known.period},${String(known.value).replace('.', '\\.')},[a-z]+,`));
      expect(line).toContain('CC BY 4.0');
      // JSON next to it.
      const json = await page.request.get(server.origin + href.replace(/\.csv$/, '.json'));
      expect(json.status()).toBe(200);
      const body = (await json.json()) as {licence: string; records: Record<string, unknown>[]};
      expect(body.licence).toContain('CC BY 4.0');
      expect(body.records.some((r) => r[locale === 'fr' ? 'valeur' : 'value'] === known.value)).toBe(true);
      await page.close();
    });

    it(`${locale}: an agency page compares every indicator with its peers, sorts, switches period and passes axe`, async () => {
      const agency = ds.agencies.find((a) => a.code === known.agency)!;
      const url = `${prefix}/etalonnage/organismes/${agency.code.toLowerCase()}`;
      const {page, errors} = await open(url);
      await expect(page.locator('h1').innerText()).resolves.toBe(agency.name[locale]);
      const table = page.getByTestId('agency-table');
      expect(await table.locator('tbody tr').count()).toBe(new Set(ds.observations.filter((o) => o.agency === agency.code).map((o) => o.indicator)).size);
      const violations = await runAxe(page);
      expect(violations, describeViolations(url, violations)).toEqual([]);

      await table.locator('button[data-sort-key="rang"]').click();
      await page.waitForURL(/tri=rang-asc/);
      const rows = await tableRows(page, 'agency-table');
      const firstRanks = rows.map((r) => r.cells[6]!).filter((t) => t !== '—');
      expect(firstRanks[0]).toMatch(/^1 /);

      const agencyPeriods = ds.periods.filter((p) => ds.observations.some((o) => o.agency === agency.code && o.period === p));
      await page.locator('select[name="periode"]').selectOption(agencyPeriods[0]!);
      await page.waitForURL(new RegExp(`periode=${agencyPeriods[0]}`));
      await expect(table.locator('caption').innerText()).resolves.toContain(agencyPeriods[0]);
      const row = (await tableRows(page, 'agency-table')).find((r) => r.id === ind.id)!;
      if (known.period === agencyPeriods[0]) expect(row.cells[2]).toContain(formatValue(known.value!, ind.unit as UnitCode, locale, decimals));

      const csv = await page.request.get(server.origin + (await page.locator('a[data-download="csv"]').first().getAttribute('href'))!);
      expect(csv.status()).toBe(200);
      const body = await csv.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString('utf8').slice(1).split('\r\n')[0]).toBe(HEADER[locale]);

      expect(errors).toEqual([]);
      await page.close();
    });

    for (const sub of ['', '/modes-de-prestation']) {
      it(`${locale}: /etalonnage${sub} loads, links its downloads and passes axe`, async () => {
        const url = `${prefix}/etalonnage${sub}`;
        const {page, errors} = await open(url);
        await expect(page.locator('h1').innerText()).resolves.toMatch(/\S/);
        const hrefs = await page.locator('a[data-download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) {
          expect(href.startsWith(`${prefix}/etalonnage/donnees/`)).toBe(true);
          expect((await page.request.get(server.origin + href)).status(), href).toBe(200);
        }
        const violations = await runAxe(page);
        expect(violations, describeViolations(url, violations)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('every indicator and agency has its page in both languages', async () => {
    const fs = await import('node:fs');
    const {buildDir} = await import('./helpers');
    for (const base of [buildDir, path.join(buildDir, 'en')]) {
      for (const i of ds.indicators) expect(fs.existsSync(path.join(base, 'etalonnage', 'indicateurs', `${i.id}.html`)), `${base} ${i.id}`).toBe(true);
      for (const a of ds.agencies) expect(fs.existsSync(path.join(base, 'etalonnage', 'organismes', `${a.code.toLowerCase()}.html`)), `${base} ${a.code}`).toBe(true);
    }
  });
});
