/**
 * The financial statements page and a conference page as a reader meets them,
 * in French and English: content, rounding footnotes, SVG charts with their
 * text alternative, the downloads' content, and no axe-core WCAG 2.1 AA violation.
 */
import {describe, expect, it} from 'vitest';
import {browserTestsUnavailable, describeViolations, runAxe, useSiteSession} from './helpers';

const unavailable = browserTestsUnavailable();

const STATEMENTS = {
  fr: {
    path: '/centre/etats-financiers',
    h1: 'États financiers',
    revenue: /206\s445\s\$/,
    expenses: /160\s021\s\$/,
    share: /68,7\s%/,
    note: /Total des revenus 2006-2007\s:\s206\s445\s\$.*206\s446\s\$.*1\s\$/,
    csvHeader: 'exercice,fin_exercice,etat,section,nom_section,poste,libelle,nature,montant,source,note,licence',
    noAgency: /n'est pas publiée/,
  },
  en: {
    path: '/en/centre/etats-financiers',
    h1: 'Financial statements',
    revenue: /\$206,445/,
    expenses: /\$160,021/,
    share: /68\.7%/,
    note: /Total revenue 2006-2007: \$206,445.*\$206,446.*\$1 rounding/,
    csvHeader: 'fiscal_year,year_end,statement,section,section_name,item,label,kind,amount,source,note,licence',
    noAgency: /not published/,
  },
} as const;

const CONFERENCE = {
  fr: {path: '/dejeuners-conferences/2006-05-30-alphabetisation', h1: 'Alphabétisation et compétences des adultes', illustrative: 'Données illustratives.'},
  en: {path: '/en/dejeuners-conferences/2006-05-30-alphabetisation', h1: 'Adult literacy and skills', illustrative: 'Illustrative data.'},
} as const;

describe.skipIf(unavailable)('financial statements and conference pages in a browser', () => {
  const site = useSiteSession();
  const open = (path: string) => site.open(path);

  for (const locale of ['fr', 'en'] as const) {
    const s = STATEMENTS[locale];

    it(`${s.path}: statements side by side, changes, shares, footnotes, charts, axe`, async () => {
      const {page, errors} = await open(s.path);
      expect(await page.getAttribute('html', 'lang')).toBe(locale === 'fr' ? 'fr-CA' : 'en-CA');
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(s.h1);

      const operations = page.locator('#tableau-resultats');
      const headers = await operations.locator('thead th').allInnerTexts();
      expect(headers.join(' | ')).toContain('2005-2006');
      expect(headers.join(' | ')).toContain('2006-2007');
      const text = await operations.innerText();
      expect(text).toMatch(s.revenue);
      expect(text).toMatch(s.expenses);
      expect(text).toMatch(s.share); // honoraires: 110 003 / 160 021
      expect(await page.locator('#tableau-bilan').innerText()).toMatch(locale === 'fr' ? /229\s406\s\$/ : /\$229,406/);

      // The three 1 $ rounding differences are footnotes, referenced from the totals.
      const notes = page.locator('ol li[id^="note-"]');
      expect(await notes.count()).toBeGreaterThanOrEqual(4);
      expect(await notes.first().innerText()).toMatch(s.note);
      for (const n of [1, 2, 3]) {
        expect(await page.locator(`table a[href="#note-${n}"]`).count(), `renvoi à la note ${n}`).toBe(1);
      }

      // Charts: SVG drawn at build time, named and described.
      // Each chart has a wide and a narrow drawing; one shows at a time.
      const charts = page.locator('svg[role="img"]:visible');
      expect(await charts.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        expect(await charts.nth(i).locator('title').textContent()).toMatch(/\S/);
        expect(await charts.nth(i).locator('desc').textContent()).toMatch(/\S/);
      }
      expect(await page.locator('main').innerText()).toMatch(s.noAgency);

      const violations = await runAxe(page);
      expect(violations, describeViolations(s.path, violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${s.path}: every amount names its year, section and item through \`headers\``, async () => {
      const {page} = await open(s.path);
      // For each data cell of both statements: the texts of the headers its `headers` attribute names, in that table.
      const cells = await page.locator('#tableau-resultats, #tableau-bilan').evaluateAll((tables) =>
        tables.flatMap((table) =>
          Array.from(table.querySelectorAll('tbody td')).map((td) => ({
            text: (td as HTMLElement).innerText.trim(),
            headers: (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean).map((id: string) => {
              const th = table.querySelector(`th#${CSS.escape(id)}`);
              return th ? (th as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : `(missing #${id})`;
            }),
          })),
        ),
      );
      expect(cells.length).toBeGreaterThan(50);
      for (const c of cells) expect(c.headers, `${c.text}: ${c.headers.join(' | ')}`).toHaveLength(3);
      expect(cells.flatMap((c) => c.headers).filter((h) => h.startsWith('(missing'))).toEqual([]);
      // Interest revenue 2006-2007 (1 591 $): the year's column, the revenue section, the interest row.
      const interest = cells.find((c) => /^1\s?591\s\$$|^\$1,591$/.test(c.text));
      expect(interest?.headers[0]).toMatch(/^2006-2007/);
      expect(interest?.headers.slice(1)).toEqual(locale === 'fr' ? ['Revenus', 'Intérêts'] : ['Revenue', 'Interest']);
      await page.close();
    });

    it(`${s.path}: the CSV and JSON downloads hold the statements as published`, async () => {
      const {page} = await open(s.path);
      const csvHref = await page.locator('a[href$="etats-financiers.csv"]').getAttribute('href');
      const jsonHref = await page.locator('a[href$="etats-financiers.json"]').getAttribute('href');
      expect(csvHref).toBe(`${locale === 'en' ? '/en' : ''}/centre/etats-financiers/donnees/etats-financiers.csv`);
      const csv = await page.request.get(site.server.origin + csvHref!);
      expect(csv.status()).toBe(200);
      const body = (await csv.body()).toString('utf8');
      expect(body.charCodeAt(0)).toBe(0xfeff);
      const lines = body.slice(1).split('\r\n');
      expect(lines[0]).toBe(s.csvHeader);
      expect(lines.filter((l) => l !== '')).toHaveLength(61);
      expect(body).toMatch(/^2006-2007,2007-03-31,[a-z-]+,revenus,[^,]+,total-revenus,[^,]+,total,206445,/m);
      const json = (await (await page.request.get(site.server.origin + jsonHref!)).json()) as {
        rows: unknown[];
        roundingDifferences: {item: string; difference: number}[];
      };
      expect(json.rows).toHaveLength(60);
      expect(json.roundingDifferences.map((r) => [r.item, r.difference])).toEqual([
        ['total-revenus', -1],
        ['total-depenses', 1],
        ['total-actif', -1],
      ]);
      await page.close();
    });

    const c = CONFERENCE[locale];
    it(`${c.path}: evaluation chart (illustrative), participation over time, axe`, async () => {
      const {page, errors} = await open(c.path);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(c.h1);
      expect(await page.locator('[role="note"]').first().innerText()).toContain(c.illustrative);
      expect(await page.locator('svg[role="img"]:visible').count()).toBe(2);
      const tables = page.locator('main table');
      expect(await tables.count()).toBe(2);
      expect(await tables.nth(0).locator('tfoot').innerText()).toContain('92');
      expect(await tables.nth(1).locator('tbody tr').count()).toBe(3);
      expect(await tables.nth(1).locator('tfoot').innerText()).toContain('293');
      // the other conferences are one click away
      expect(await tables.nth(1).locator('a[href*="/dejeuners-conferences/2006-09-21-apprentissage-en-ligne"]').count()).toBe(1);
      const violations = await runAxe(page);
      expect(violations, describeViolations(c.path, violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the listing and the network pages link to each conference page', async () => {
    const {page} = await open('/dejeuners-conferences');
    expect(await page.locator('table a[href="/dejeuners-conferences/2006-12-14-simplification-formulaires-ramq"]').count()).toBe(1);
    await page.close();
    const network = await open('/reseaux/simplification');
    expect(await network.page.locator('a[href="/dejeuners-conferences/2006-05-30-alphabetisation"]').count()).toBeGreaterThanOrEqual(1);
    await network.page.close();
  });

  it('the funding page links to the statements in both languages', async () => {
    for (const [path, target] of [
      ['/centre/financement', '/centre/etats-financiers'],
      ['/en/centre/financement', '/en/centre/etats-financiers'],
    ] as const) {
      const {page} = await open(path);
      expect(await page.locator(`main a[href="${target}"]`).count(), path).toBeGreaterThanOrEqual(1);
      await page.close();
    }
  });
});
