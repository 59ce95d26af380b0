/**
 * /donnees-ouvertes in both locales, as the built site serves it: every
 * download it lists answers 200 with the size the page shows, the workbook is
 * a workbook, datapackage.json is there, the agency without data is named
 * instead of offering an empty file, and a download block on a data page links
 * the four files and the open-data page. (axe runs on this route in routes.test.ts.)
 */
import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {browserTestsUnavailable, buildDir, useSiteSession} from './helpers';

const unavailable = browserTestsUnavailable();

const PAGE = {
  fr: {path: '/donnees-ouvertes', h1: 'Données ouvertes', k: 'Ko', without: /Sans fichier\s: Société de la faune et des parcs du Québec\./},
  en: {path: '/en/donnees-ouvertes', h1: 'Open data', k: 'KB', without: /No file: Société de la faune et des parcs du Québec\./},
} as const;

describe.skipIf(unavailable)('open-data page in a browser', () => {
  const site = useSiteSession();

  for (const locale of ['fr', 'en'] as const) {
    const p = PAGE[locale];

    it(`${p.path}: lists every download with a size that matches the file`, async () => {
      const {page, errors} = await site.open(p.path);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(p.h1);
      const links = await page.locator('a[data-download]').evaluateAll((as) =>
        as.map((a) => ({href: a.getAttribute('href')!, kind: a.getAttribute('data-download')!, size: a.nextElementSibling?.textContent ?? ''})),
      );
      // 36 tables × 4 files, and datapackage.json.
      expect(links.filter((l) => l.kind !== 'datapackage').length % 4).toBe(0);
      expect(links.length).toBeGreaterThan(100);
      for (const kind of ['xlsx', 'csv-excel', 'csv', 'json', 'datapackage']) expect(links.some((l) => l.kind === kind), kind).toBe(true);
      for (const l of links) {
        const res = await page.request.get(site.server.origin + l.href);
        expect(res.status(), l.href).toBe(200);
        const body = await res.body();
        // The size shown is the file's, rounded to the unit shown.
        const m = /^([\d\s\u00a0.,]+)\s(octets|bytes|Ko|KB|Mo|MB)$/.exec(l.size.trim());
        expect(m, `${l.href}: size "${l.size}"`).not.toBeNull();
        const shown = Number(m![1]!.replace(/[\s\u00a0]/g, '').replace(locale === 'fr' ? ',' : /,/g, locale === 'fr' ? '.' : ''));
        const factor = m![2] === 'octets' || m![2] === 'bytes' ? 1 : m![2] === 'Ko' || m![2] === 'KB' ? 1e3 : 1e6;
        const decimals = /[.,]\d$/.test(m![1]!.trim()) ? 1 : 0;
        expect(Math.abs(shown * factor - body.length), `${l.href}: ${l.size} for ${body.length} bytes`).toBeLessThanOrEqual(factor * 0.5 * 10 ** -decimals);
        if (l.kind === 'xlsx') expect(body.subarray(0, 2).toString('latin1'), l.href).toBe('PK');
        if (l.kind === 'csv' || l.kind === 'csv-excel') expect([...body.subarray(0, 3)], l.href).toEqual([0xef, 0xbb, 0xbf]);
        if (l.kind === 'json' || l.kind === 'datapackage') expect(() => JSON.parse(body.toString('utf8')), l.href).not.toThrow();
      }
      await expect(page.locator('main').innerText()).resolves.toMatch(p.without);
      expect(links.some((l) => l.href.includes('organisme-fapaq'))).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${locale}: a data page's download block links the four files and the open-data page`, async () => {
      const prefix = locale === 'en' ? '/en' : '';
      const {page, errors} = await site.open(`${prefix}/centre/etats-financiers`);
      const block = page.locator('section[aria-labelledby="telecharger-etats-financiers"]');
      const hrefs = await block.locator('a[data-download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['xlsx', 'excel-fr.csv', 'csv', 'json'].map((ext) => `${prefix}/centre/etats-financiers/donnees/etats-financiers${ext === 'excel-fr.csv' ? '-excel-fr.csv' : `.${ext}`}`));
      await expect(block.locator(`a[href="${prefix}/donnees-ouvertes"]`).count()).resolves.toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('no workbook library in the browser', () => {
  it('no built script carries exceljs or an xlsx reader (workbooks are made at build time)', () => {
    const dir = path.join(buildDir, 'assets/js');
    const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    const carrying = scripts.filter((f) => /sharedStrings\.xml|ExcelJS|spreadsheetml/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(carrying).toEqual([]);
  });
});
