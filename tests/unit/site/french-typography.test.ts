/**
 * French typography wherever the reader sees French (docs/README.md, « Règles de
 * rédaction »): no-break space U+00A0 before ; : ! ? and inside « », the ellipsis
 * character, the straight apostrophe. Checked over docs, newsletters, interface
 * strings of src/, i18n/fr and the French columns of data/*.csv; each problem is
 * listed as file:line:column with the fix.
 */
import {describe, expect, it} from 'vitest';
import {NBSP, fixFrenchTypography, frenchTypographyProblems, lineColumn} from '../../../src/lib/typography/french';
import {csvProse, frenchTexts, markdownProse, sourceProse} from '../../../scripts/typography/french-text';

describe('the French typography rules', () => {
  it.each([
    ['Statut : actif', 'espace insécable'],
    ['Statut: actif', 'ajouter une espace insécable'],
    ['Vraiment ?', 'espace insécable'],
    ['Vraiment?', 'ajouter une espace insécable'],
    ['un ; deux', 'espace insécable'],
    [`fin\u202f; suite`, 'espace fine'],
    ['le guide « Rédiger »', 'après « « »'],
    ['le guide «Rédiger»', 'avant « » »'],
    ['Rédiger... simplement', '« … »'],
    ['l’organisme', "apostrophe droite"],
  ])('flags %j', (text, fix) => {
    const problems = frenchTypographyProblems(text);
    expect(problems.length, text).toBeGreaterThan(0);
    expect(problems.map((p) => p.fix).join(' | ')).toContain(fix);
    expect(frenchTypographyProblems(fixFrenchTypography(text)), fixFrenchTypography(text)).toEqual([]);
  });

  it.each([
    `Statut${NBSP}: actif`,
    `Vraiment${NBSP}? Oui${NBSP}!`,
    `le guide «${NBSP}Rédiger${NBSP}»`,
    "l'organisme, Rédiger… simplement",
    'https://www.grandsorganismes.gouv.qc.ca/page?x=1',
    'de 10:30 à 11:45',
  ])('accepts %j', (text) => {
    expect(frenchTypographyProblems(text)).toEqual([]);
  });

  it('reads what the reader sees: not code, link targets or component syntax', () => {
    const md = markdownProse(
      ['---', 'title: "Titre : sous-titre"', 'slug: a:b', '---', '', 'Voir [la page](/a?b=c) et `a ? b : c`.', '', '<ChiffreCle valeur={8} libelle="Numéros : huit" />', ''].join('\n'),
    );
    expect(frenchTypographyProblems(md).map((p) => lineColumn(md, p.index).line)).toEqual([2, 8]);
    const tsx = sourceProse('x.tsx', `const a = b ? 'x' : 'y';\nconst t = {fr: 'Statut : actif', en: 'Status : active'};\nexport const C = () => <p>Bonjour ! <span lang="en">Hello !</span></p>;\n`);
    expect(frenchTypographyProblems(tsx).map((p) => lineColumn(tsx, p.index).line)).toEqual([2, 3]);
    const csv = csvProse('id;libelle_fr;libelle_en\nx;Part des contacts : téléphone;Share : telephone\n');
    expect(frenchTypographyProblems(csv).map((p) => lineColumn(csv, p.index))).toEqual([{line: 2, column: 20}]);
  });
});

describe('French text of the site', () => {
  const texts = frenchTexts();

  it('covers docs, newsletters, interface strings, i18n/fr and data', () => {
    const files = texts.map((t) => t.file);
    for (const prefix of ['docs/', 'blog/rond-point/', 'blog/veille/', 'src/components/', 'src/pages/', 'src/plugins/', 'data/']) {
      expect(files.some((f) => f.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('follows the French typography rules (no-break spaces, ellipsis, apostrophe)', () => {
    const problems = texts.flatMap(({file, text}) =>
      frenchTypographyProblems(text).map((p) => {
        const {line, column} = lineColumn(text, p.index);
        return `${file}:${line}:${column} « ${p.found} » : ${p.fix}`;
      }),
    );
    expect(problems, problems.slice(0, 60).join('\n')).toEqual([]);
  });
});
