import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import {describe, expect, it} from 'vitest';
import {loadSiteCatalog} from '../../../src/lib/catalog';
import {loadPractices, PracticeFrontMatterError} from '../../../src/lib/practices';
import {frontMatterProblems} from '../../../src/lib/content-policy/front-matter';

const siteDir = path.resolve(__dirname, '../../..');
const catalog = await loadSiteCatalog(path.join(siteDir, 'data'));

function sheetDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-practices-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const valid = `---
title: Sondages en ligne
description: Mesurer la satisfaction par le Web.
reseau: satisfaction
themes: [sondages]
modes: [web]
organismes: [RRQ]
annee: 2006
source: rapport-annuel-2006-2007
statut: publiee
---
Texte.
`;

describe('practice sheet front matter', () => {
  it('accepts a valid sheet and derives its route', async () => {
    const dir = sheetDir({'sondages.md': valid});
    const [meta] = await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog);
    expect(meta).toMatchObject({permalink: '/meilleures-pratiques/sondages', network: 'satisfaction', agencies: ['RRQ'], year: 2006});
  });

  it('fails with the file and the field for an unknown agency, network and channel', async () => {
    const bad = valid.replace('reseau: satisfaction', 'reseau: satisfation').replace('[RRQ]', '[RRQ, RAMQQ]').replace('[web]', '[fax]');
    const dir = sheetDir({'mauvaise.md': bad});
    const error = await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PracticeFrontMatterError);
    const problems = (error as PracticeFrontMatterError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/mauvaise\.md : champ « reseau » : code inconnu « satisfation »/);
    expect(problems[0]).toMatch(/vouliez-vous dire « satisfaction »/);
    expect(problems.find((p) => p.includes('« organismes »'))).toMatch(/code inconnu « RAMQQ »/);
    expect(problems.find((p) => p.includes('« modes »'))).toMatch(/code inconnu « fax »/);
  });

  it('rejects a missing year and an unknown status', async () => {
    const bad = valid.replace('annee: 2006\n', '').replace('statut: publiee', 'statut: finale');
    const dir = sheetDir({'x.md': bad});
    const error = (await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog).catch((e: unknown) => e)) as PracticeFrontMatterError;
    expect(error.problems.map((p) => /champ « (\w+) »/.exec(p)?.[1])).toEqual(['annee', 'statut']);
  });

  const outside = valid.replace('reseau: satisfaction', 'reseau: externe\norganisme_externe: ServiceOntario').replace('[RRQ]', '[]');

  it('accepts an outside practice (reseau: externe) with the body it comes from', async () => {
    const dir = sheetDir({'garantie.md': outside});
    const [meta] = await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog);
    expect(meta).toMatchObject({network: 'externe', outsideBody: 'ServiceOntario', agencies: []});
  });

  it('asks for organisme_externe when reseau is externe, naming the file and the field', async () => {
    const dir = sheetDir({'sans-organisme.md': outside.replace('organisme_externe: ServiceOntario\n', '')});
    const error = (await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog).catch((e: unknown) => e)) as PracticeFrontMatterError;
    expect(error).toBeInstanceOf(PracticeFrontMatterError);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/sans-organisme\.md : champ « organisme_externe » : obligatoire quand « reseau » vaut « externe »/);
    expect(error.problems[0]).toContain('organisme_externe: ServiceOntario');
  });

  it('refuses organisme_externe on a sheet filed under a Centre body', async () => {
    const dir = sheetDir({'melange.md': valid.replace('reseau: satisfaction', 'reseau: satisfaction\norganisme_externe: ServiceOntario')});
    const error = (await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog).catch((e: unknown) => e)) as PracticeFrontMatterError;
    expect(error).toBeInstanceOf(PracticeFrontMatterError);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/melange\.md : champ « organisme_externe » : permis seulement pour une pratique externe/);
    expect(error.problems[0]).toContain('reseau: satisfaction');
  });

  it('accepts organisme_externe in the front matter of practice sheets only', () => {
    const fm = {title: 'Rapport', organisme_externe: 'ServiceOntario'};
    const text = '---\ntitle: Rapport\norganisme_externe: ServiceOntario\n---\n';
    expect(frontMatterProblems('docs/meilleures-pratiques/x.md', text, {...fm, description: 'Une phrase.'})).toEqual([]);
    const report = frontMatterProblems('docs/rapports/x.md', text, fm);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/docs\/rapports\/x\.md:3 : champ « organisme_externe » inconnu/);
  });

  it('files no sheet that says its body is not a Centre member under a Centre body', async () => {
    const dirs = {
      fr: [path.join(siteDir, 'docs/meilleures-pratiques'), /n['’]est pas membre du Centre/],
      en: [path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/meilleures-pratiques'), /is not a member of the Centre/],
    } as const;
    let outsideSheets = 0;
    for (const [dir, says] of Object.values(dirs)) {
      const sheets = await loadPractices(siteDir, dir, '/meilleures-pratiques', catalog);
      for (const p of sheets) {
        const text = fs.readFileSync(path.join(siteDir, p.file), 'utf8');
        if (!says.test(text)) continue;
        outsideSheets++;
        expect(p.network, `${p.file} : la fiche dit que l'organisme n'est pas membre du Centre ; écrivez reseau: externe`).toBe('externe');
        expect(p.outsideBody, p.file).toBeTruthy();
      }
    }
    // ServiceOntario and the City of Toronto, in French and in English.
    expect(outsideSheets).toBeGreaterThanOrEqual(4);
  });

  it('validates every sheet in the repository (fr and en)', async () => {
    const fr = await loadPractices(siteDir, path.join(siteDir, 'docs/meilleures-pratiques'), '/meilleures-pratiques', catalog);
    expect(fr.length).toBeGreaterThanOrEqual(15);
    const en = await loadPractices(
      siteDir,
      path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/meilleures-pratiques'),
      '/meilleures-pratiques',
      catalog,
    );
    const frLinks = new Set(fr.map((p) => p.permalink));
    for (const p of en) expect(frLinks.has(p.permalink), `${p.file} n'a pas d'original français`).toBe(true);
    // A translation is filed where its original is (same network, or both outside practices).
    const frNetwork = new Map(fr.map((p) => [p.permalink, p.network]));
    for (const p of en) expect(p.network, `${p.file} : « reseau » différent de l'original français`).toBe(frNetwork.get(p.permalink));
  });
});

describe('site catalogue', () => {
  it('reports a bad reference file with the pipeline\'s message (file:line:column)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-catalog-'));
    for (const f of fs.readdirSync(path.join(siteDir, 'data'))) {
      if (f.endsWith('.csv')) fs.copyFileSync(path.join(siteDir, 'data', f), path.join(dir, f));
    }
    const agencies = fs.readFileSync(path.join(dir, 'organismes.csv'), 'utf8').replace(',actif,Membre fondateur (mars 2000).,', ',actf,Membre fondateur (mars 2000).,');
    fs.writeFileSync(path.join(dir, 'organismes.csv'), agencies);
    await expect(loadSiteCatalog(dir)).rejects.toThrow(/organismes\.csv:2:7/);
  });

  it('reads the agencies, keeps codes as text and knows former members', () => {
    expect(catalog.agencies.map((a) => a.code)).toContain('SQ');
    expect(catalog.agencies.find((a) => a.code === 'FAPAQ')?.status).toBe('ancien');
    expect(catalog.agencies.filter((a) => a.status === 'actif')).toHaveLength(7);
  });

  it('names the file and line of an unknown agency in a network', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-catalog-'));
    for (const f of fs.readdirSync(path.join(siteDir, 'data'))) {
      if (f.endsWith('.csv')) fs.copyFileSync(path.join(siteDir, 'data', f), path.join(dir, f));
    }
    const networks = fs.readFileSync(path.join(dir, 'reseaux.csv'), 'utf8').replace('CSST;RAMQ;RRQ;SAAQ', 'CSST;RAMQ;RRQ;SAQ');
    fs.writeFileSync(path.join(dir, 'reseaux.csv'), networks);
    await expect(loadSiteCatalog(dir)).rejects.toThrow(/reseaux\.csv:6:11 {2}— ligne 6, colonne 11 \(organismes\)\n\s+Organisme inconnu : «\u00a0SAQ\u00a0»/);
  });
});
