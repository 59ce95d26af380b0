/**
 * What the checker page's worker makes of a check (src/plugins/data-checker/view.ts):
 * long error lists summarised per message code, the folder and name a file
 * goes to, per-file counts of new and changed values, the CLI's own texts.
 */
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSiteCatalogue, checkData, formatReport, loadDataFolder} from '../../../scripts/pipeline/index';
import {checkView, entryList, kindFolder, kindOptions, targetName} from '../../../src/plugins/data-checker/view';

const REPO = join(__dirname, '../../..');

describe('la vue du vérificateur', async () => {
  const catalogue = buildSiteCatalogue(await loadDataFolder(join(REPO, 'data'), {currentYear: 2026}));
  const check = (text: string, name = 'contribution.csv', locale: 'fr' | 'en' = 'fr') =>
    checkData([{name, source: new TextEncoder().encode(text)}], {base: catalogue, currentYear: 2026, locale});

  it('résume une longue liste : le nombre et les premiers cas de chaque sorte, dans l’ordre d’apparition', async () => {
    let text = 'organisme;indicateur;periode;valeur;statut\n';
    for (let i = 0; i < 300; i++) text += i % 3 === 0 ? `ZZZ;appels-volume;2010-2011;1;publie\n` : `SQ;appels-volume;2010-2011;x${i};publie\n`;
    const r = await check(text);
    const list = entryList(r.report.errors, 'fr');
    expect(list.total).toBe(r.report.errors.length);
    expect(list.all).toEqual([]);
    const counts = new Map<string, number>();
    for (const e of r.report.errors) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    expect(list.groups.map((g) => [g.code, g.count])).toEqual([...counts]);
    for (const g of list.groups) expect(g.first.map((e) => e.line)).toEqual(r.report.errors.filter((e) => e.code === g.code).slice(0, 5).map((e) => e.line));
    // a short list stays whole, in the CLI's order
    const short = entryList(r.report.errors.slice(0, 3), 'fr');
    expect(short.all.map((e) => e.message)).toEqual(r.report.errors.slice(0, 3).map((e) => e.message));
    expect(short.all[0]!.place).toBe(`contribution.csv:${r.report.errors[0]!.line}:${r.report.errors[0]!.column}  — ligne ${r.report.errors[0]!.line}, colonne ${r.report.errors[0]!.column} (${r.report.errors[0]!.field})`);
  });

  it('compte les valeurs nouvelles, modifiées et identiques aux valeurs publiées, et reprend le texte du CLI', async () => {
    const published = catalogue.observations.find((o) => o.value !== null && o.value > 10)!;
    const text = [
      'organisme,indicateur,periode,valeur,statut',
      `${published.agency},${published.indicator},${published.period},${published.value},${published.status}`,
      `${published.agency},${published.indicator},${published.period.replace(/^\d{4}/, (y) => String(Number(y) - 30))},1,illustratif`,
    ].join('\n');
    for (const locale of ['fr', 'en'] as const) {
      const r = await check(text, 'Mes valeurs 2012 (SAAQ).txt', locale);
      const v = checkView(r, catalogue, locale);
      const [verdict, accounting] = formatReport(r.report, {locale, max: 0}).split('\n');
      expect([v.verdict, v.accounting]).toEqual([verdict, accounting!.trim()]);
      expect(v.files).toHaveLength(1);
      const f = v.files[0]!;
      expect([f.rows, f.accepted + f.rejected + f.ignored]).toEqual([2, 2]);
      expect([f.added, f.changed, f.same]).toEqual([f.accepted - 1, 0, 1]);
      expect([f.folder, f.targetName]).toEqual(['data/valeurs', 'mes-valeurs-2012-saaq.csv']);
    }
  });

  it('range chaque type de fichier dans son dossier, sous son nom', () => {
    expect(kindFolder('values')).toBe('data/valeurs');
    expect(kindFolder('balance-sheet')).toBe('data/finances');
    expect(kindFolder('catalogue')).toBe('data');
    expect(targetName('balance-sheet', 'Bilan 2007.csv')).toBe('bilan.csv');
    expect(targetName('agencies', 'liste.txt')).toBe('organismes.csv');
    expect(targetName('values', 'Évaluation « été ».CSV')).toBe('evaluation-ete.csv');
    const fr = kindOptions('fr');
    const en = kindOptions('en');
    expect(new Set(fr.map((k) => k.name)).size).toBe(fr.length);
    expect(new Set(en.map((k) => k.name)).size).toBe(en.length);
    expect(fr.find((k) => k.kind === 'values')!.name).toBe('valeurs des indicateurs');
    expect(en.find((k) => k.kind === 'statement-operations')!.name).toBe('statement of operations');
  });
});
