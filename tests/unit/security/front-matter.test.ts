/**
 * Issue 14, front matter: what used to be dropped silently or misexplained.
 * Checked through the parser docusaurus.config.ts gives Docusaurus
 * (markdown.parseFrontMatter), so each case is what the build does.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import siteConfig from '../../../docusaurus.config';
import {FrontMatterError} from '../../../src/lib/content-policy/front-matter';

const siteDir = path.resolve(__dirname, '../../..');
const parse = siteConfig.markdown!.parseFrontMatter!;

const SHEET = `---
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
const ISSUE = `---
slug: numero-9
title: "Rond Point nº 9"
description: "Résumé."
date: 2008-09-17
number: 9
authors: [permanence]
tags: [reseau-crc]
---
Texte.
`;

async function problems(rel: string, text: string): Promise<string[]> {
  const error = await parse({filePath: path.join(siteDir, rel), fileContent: text, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}).then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return [];
  expect(error).toBeInstanceOf(FrontMatterError);
  return (error as FrontMatterError).problems;
}

const sheet = 'docs/meilleures-pratiques/essai.md';
const issue = 'blog/rond-point/2008-09-17-numero-9.md';

describe('front matter checked by the build', () => {
  it('accepts a complete sheet and a complete issue', async () => {
    expect(await problems(sheet, SHEET)).toEqual([]);
    expect(await problems(issue, ISSUE)).toEqual([]);
  });

  it('refuses a list where one value is expected, instead of keeping the first', async () => {
    expect(await problems(sheet, SHEET.replace('reseau: satisfaction', 'reseau: [satisfaction, crc]'))).toEqual([
      `${sheet}:4 : champ « reseau » : une seule valeur attendue, reçu une liste de 2 valeur(s) (satisfaction, crc) : gardez-en une seule, sans crochets.`,
    ]);
  });

  it('says a year is quoted, and a title was read as a number', async () => {
    const found = await problems(sheet, SHEET.replace('annee: 2006', 'annee: "2006"').replace('title: Sondages en ligne', 'title: 2006'));
    expect(found).toEqual([
      expect.stringMatching(/essai\.md:2 : champ « title » : le texte est lu comme un nombre \(2006\) : mettez-le entre guillemets, par exemple title: "2006"/),
      expect.stringMatching(/essai\.md:8 : champ « annee » : l'année est écrite entre guillemets \("2006"\) : retirez les guillemets/),
    ]);
  });

  it('reports unknown keys, those Docusaurus would obey included', async () => {
    const found = await problems(sheet, SHEET.replace('statut: publiee', 'statut: publiee\ncustom_edit_url: https://exemple.org\nformat: mdx\nresau: crc'));
    expect(found.map((p) => /champ « (\w+) » inconnu/.exec(p)?.[1])).toEqual(['custom_edit_url', 'format', 'resau']);
    expect(found[0]).toMatch(/:11 : .*Champs permis : title, description/);
  });

  it('keeps a slug inside its section', async () => {
    for (const slug of ['/centre/nouvelle', '/', '../centre', 'a/../../centre', '/etalonnage']) {
      const found = await problems(sheet, SHEET.replace('statut: publiee', `statut: publiee\nslug: ${JSON.stringify(slug)}`));
      expect(found, slug).toHaveLength(1);
      expect(found[0]).toMatch(/champ « slug »/);
    }
    expect(await problems(sheet, SHEET.replace('statut: publiee', 'statut: publiee\nslug: /meilleures-pratiques/autre-nom'))).toEqual([]);
    expect(await problems(sheet, SHEET.replace('statut: publiee', 'statut: publiee\nslug: autre-nom'))).toEqual([]);
    expect(await problems(issue, ISSUE.replace('slug: numero-9', 'slug: ../centre'))).toHaveLength(1);
    expect(await problems(issue, ISSUE.replace('slug: numero-9', 'slug: /centre/x'))).toHaveLength(1);
  });

  it('refuses a permalink (not a Docusaurus key: an address outside the section would be its only use)', async () => {
    for (const [file, text] of [[sheet, SHEET.replace('statut: publiee', 'statut: publiee\npermalink: /centre/x')], [issue, ISSUE.replace('number: 9', 'number: 9\npermalink: /centre/x')]]) {
      const found = await problems(file!, text!);
      expect(found, file).toHaveLength(1);
      expect(found[0]).toMatch(/champ « permalink » inconnu/);
    }
  });

  it('checks the types of a newsletter issue', async () => {
    const found = await problems(issue, ISSUE.replace('number: 9', 'number: "9"').replace('date: 2008-09-17', 'date: septembre').replace('tags: [reseau-crc]', 'tags: [reseau-crc]\nexample: "oui"'));
    expect(found.map((p) => /champ « (\w+) »/.exec(p)?.[1])).toEqual(['date', 'number', 'example']);
  });
});
