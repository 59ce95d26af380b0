import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import {describe, expect, it} from 'vitest';
import {loadSiteCatalog} from '../../../src/lib/catalog';
import {loadPractices, PracticeFrontMatterError} from '../../../src/lib/practices';

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
