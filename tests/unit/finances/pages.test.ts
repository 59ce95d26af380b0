/**
 * The page models and downloads of src/plugins/finances, built in Node from the
 * seeded data: every number formatted at build time, footnotes for the
 * rounding differences, CSV with BOM and numbers as numbers. And the templates
 * in data/modeles pass the same checks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadEvaluations, loadFinances} from '../../../scripts/pipeline/index';
import {loadSiteCatalog} from '../../../src/lib/catalog';
import {conferencePage, statementsPage} from '../../../src/plugins/finances/model';
import {evaluationsTable, statementsTable} from '../../../src/plugins/finances/downloads';
import {tableFiles} from '../../../src/lib/open-data/files';
import type {OpenTable} from '../../../src/lib/open-data/table';
import financesPlugin from '../../../src/plugins/finances/index';
import type {LoadContext} from '@docusaurus/types';

const root = path.resolve(__dirname, '../../..');
const dataDir = path.join(root, 'data');

describe('statements page model', async () => {
  const {data} = await loadFinances(dataDir);
  const catalog = await loadSiteCatalog(dataDir);
  const fr = statementsPage(data, catalog, 'fr', '/');
  const en = statementsPage(data, catalog, 'en', '/en/');
  const row = (page: typeof fr, table: number, poste: string) =>
    page.tables[table]!.sections.flatMap((s) => s.rows).find((r) => r.poste === poste)!;

  it('puts the years side by side with the change in dollars and percent', () => {
    expect(fr.years).toEqual(['2005-2006', '2006-2007']);
    const fees = row(fr, 0, 'honoraires');
    expect(fees.amounts.map((a) => a.text)).toEqual(['138\u00a0339\u00a0$', '110\u00a0003\u00a0$']);
    expect(fees.change).toBe('−28\u00a0336\u00a0$');
    expect(fees.changePercent).toBe('−20,5\u00a0%');
    expect(fees.shares).toEqual(['90,6\u00a0%', '68,7\u00a0%']);
    expect(row(en, 0, 'honoraires').change).toBe('−$28,336');
    // a line that was nil the year before: no percentage
    expect(row(fr, 0, 'colloques').changePercent).toBe('s.o.');
    expect(row(fr, 0, 'colloques').amounts[0]!.text).toBe('–');
    expect(row(fr, 0, 'total-revenus').shares).toBeNull();
  });

  it('turns the three rounding differences into footnotes on the totals, and the label note too', () => {
    const rounding = fr.footnotes.filter((f) => f.kind === 'arrondi');
    expect(rounding.map((f) => f.n)).toEqual([1, 2, 3]);
    expect(row(fr, 0, 'total-revenus').amounts[1]!.notes).toEqual([1]);
    expect(row(fr, 0, 'total-depenses').amounts[1]!.notes).toEqual([2]);
    expect(row(fr, 1, 'total-actif').amounts[1]!.notes).toEqual([3]);
    expect(row(fr, 0, 'total-revenus').amounts[0]!.notes).toEqual([]);
    expect(rounding[0]!.text).toBe(
      "Total des revenus 2006-2007\u00a0: 206\u00a0445\u00a0$ dans les états publiés, alors que la somme des postes donne 206\u00a0446\u00a0$. Écart d'arrondi de 1\u00a0$ présent dans les états financiers publiés, reproduit tel quel.",
    );
    expect(en.footnotes[0]!.text).toContain('Total revenue 2006-2007: $206,445');
    expect(row(fr, 0, 'excedent-exercice').labelNotes).toEqual([4]);
    expect(fr.footnotes[3]!.text).toContain('Excédent des dépenses sur les revenus');
  });

  it('charts revenue against expenses and the accumulated surplus at each 31 March', () => {
    expect(fr.chart.groups.map((g) => g.values.map((v) => v.value))).toEqual([
      [19_453_500, 15_269_700],
      [20_644_500, 16_002_100],
    ]);
    expect(fr.surplus.points.map((p) => [p.label, p.value])).toEqual([
      ['31\u00a0mars 2005', 9_959_800],
      ['31\u00a0mars 2006', 14_143_600],
      ['31\u00a0mars 2007', 18_786_000],
    ]);
    expect(fr.chart.ticks[fr.chart.ticks.length - 1]!.value).toBeGreaterThanOrEqual(20_644_500);
  });

  it('says per-agency contributions are not in the data, and links downloads per locale', () => {
    expect(fr.contributions.every((c) => c.agencies.length === 0)).toBe(true);
    expect(fr.contributions.map((c) => c.totalText)).toEqual(['189\u00a0360\u00a0$', '200\u00a0000\u00a0$']);
    expect(fr.downloads).toEqual({
      xlsx: '/centre/etats-financiers/donnees/etats-financiers.xlsx',
      csvExcel: '/centre/etats-financiers/donnees/etats-financiers-excel-fr.csv',
      csv: '/centre/etats-financiers/donnees/etats-financiers.csv',
      json: '/centre/etats-financiers/donnees/etats-financiers.json',
      openData: '/donnees-ouvertes',
    });
    expect(en.downloads!.csv).toBe('/en/centre/etats-financiers/donnees/etats-financiers.csv');
  });
});

describe('conference page model', async () => {
  const catalog = await loadSiteCatalog(dataDir);
  const {distributions} = await loadEvaluations(dataDir);

  it('has the real counts, the illustrative distribution and the participation over time', () => {
    const p = conferencePage('2006-09-21-apprentissage-en-ligne', catalog, distributions, 'fr', '/');
    expect(p.participantsText).toBe('109');
    expect(p.evaluationsText).toBe('68');
    expect(p.distribution!.status).toBe('illustratif');
    expect(p.distribution!.rows.map((r) => r.value)).toEqual([35, 29, 3, 1]);
    expect(p.distribution!.totalText).toBe('68');
    expect(p.participation.rows.map((r) => [r.value, r.current])).toEqual([
      [88, false],
      [109, true],
      [96, false],
    ]);
    expect(p.participation.totalText).toBe('293');
    expect(p.network!.path).toBe('/reseaux/formation');
    const en = conferencePage('2006-09-21-apprentissage-en-ligne', catalog, distributions, 'en', '/en/');
    expect(en.dateText).toBe('September 21, 2006');
    expect(en.distribution!.rows[0]!.label).toBe('Very satisfied');
  });
});

describe('downloads', async () => {
  const {data} = await loadFinances(dataDir);
  const catalog = await loadSiteCatalog(dataDir);
  const {distributions} = await loadEvaluations(dataDir);

  const text = async (table: OpenTable, kind: 'csv' | 'json') => new TextDecoder('utf-8', {ignoreBOM: true}).decode((await tableFiles(table, new Date(), [kind]))[0]!.bytes);

  it('statements CSV: BOM, CRLF, amounts as numbers, one row per line', async () => {
    const table = statementsTable(data, catalog, 'fr');
    const csv = await text(table, 'csv');
    const json = await text(table, 'json');
    expect(csv.startsWith('\uFEFFexercice,fin_exercice,etat,section,nom_section,poste,libelle,nature,montant,source,note,licence\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(61);
    expect(csv).toContain('\r\n2006-2007,2007-03-31,etat-des-resultats,revenus,Revenus,total-revenus,Total des revenus,total,206445,rapport-annuel-2006-2007,,');
    const parsed = JSON.parse(json) as {roundingTolerance: number; rows: {amount: number}[]; licence: string; sources: {code: string}[]};
    expect(parsed.roundingTolerance).toBe(1);
    expect(parsed.rows.every((r) => typeof r.amount === 'number')).toBe(true);
    expect(parsed.licence).toContain('CC BY 4.0');
    expect(parsed.sources.map((s) => s.code)).toEqual(['rapport-annuel-2006-2007']);
  });

  it('evaluations CSV: four levels per conference, marked illustrative, notes in English', async () => {
    const table = evaluationsTable(catalog, distributions, 'en');
    const lines = (await text(table, 'csv')).replace('\uFEFF', '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('conference,date,title,participants,evaluations,level,level_label,count,status,note,note_language,licence');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^2006-05-30-alphabetisation,2006-05-30,Adult literacy and skills,88,92,tres-satisfait,Very satisfied,52,illustrative,"?Illustrative distribution: the annual report gives the number of evaluations \(n = 92\) but not the distribution\."?,en,/);
    const json = JSON.parse(await text(table, 'json')) as {licence: string; sources: {title: string}[]};
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.sources[0]!.title).toBe('Centre d\'expertise des grands organismes annual report 2006-2007');
  });
});

describe('templates (data/modeles)', () => {
  it('pass the finance checks as they are', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-modeles-'));
    const dir = path.join(base, 'data');
    fs.mkdirSync(path.join(dir, 'finances'), {recursive: true});
    for (const name of ['etat-des-resultats.csv', 'bilan.csv', 'cotisations.csv']) {
      fs.copyFileSync(path.join(root, 'data/modeles', name), path.join(dir, 'finances', name));
    }
    fs.copyFileSync(path.join(root, 'data/organismes.csv'), path.join(dir, 'organismes.csv'));
    const {report, data} = await loadFinances(dir);
    fs.rmSync(base, {recursive: true, force: true});
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(data.years).toEqual(['2007-2008']);
    expect(data.contributions).toHaveLength(1);
  });
});

describe('the site build (plugin loadContent)', () => {
  const context = (siteDir: string) => ({siteDir, baseUrl: '/', i18n: {currentLocale: 'fr'}}) as unknown as LoadContext;

  it('loads the seeded data', async () => {
    const content = await financesPlugin(context(root)).loadContent!();
    expect(content.finances.years).toEqual(['2005-2006', '2006-2007']);
    expect(content.distributions).toHaveLength(3);
  });

  it('fails with the French report naming the line when a statement is altered by 1 000 $', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-build-'));
    fs.cpSync(dataDir, path.join(base, 'data'), {recursive: true});
    const file = path.join(base, 'data/finances/bilan.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('2006-2007,actif,placement,ligne,Placement,Investment,205000', '2006-2007,actif,placement,ligne,Placement,Investment,206000'));
    await expect(financesPlugin(context(base)).loadContent!()).rejects.toThrow(/data\/finances\/bilan\.csv:20:7[\s\S]*lignes 14 à 19/);
    fs.rmSync(base, {recursive: true, force: true});
  });
});
