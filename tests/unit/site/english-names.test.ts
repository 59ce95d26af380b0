/**
 * One English name per network, working group and agency, used everywhere the
 * reader sees English (pages, newsletters, interface strings, data), and one
 * spelling convention: Canadian, as written in docs/README.md (-ize, analyze,
 * -our, -re, program, catalogue). The names are those of data/reseaux.csv and
 * data/organismes.csv; the variants below are spellings that were found on the
 * English site and must not come back.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {lineColumn} from '../../../src/lib/typography/french';
import {englishTexts, root} from '../../../scripts/typography/french-text';

function rows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(path.join(root, file), 'utf8'), {header: true, skipEmptyLines: true}).data;
}

/** code → the English name the data gives → spellings that must not appear in English text. */
const NETWORK_VARIANTS: Record<string, {name: string; variants: RegExp[]}> = {
  crc: {name: 'Customer contact centre management', variants: [/exchange network on contact centre management/i, /networks: contact centre management/i]},
  simplification: {name: 'Plain-language communications', variants: [/\bplain communications\b/i, /\bcommunications simplification\b/i]},
  satisfaction: {name: 'Customer satisfaction measurement', variants: [/\bclient satisfaction measurement\b/i, /\bmeasuring client satisfaction\b/i, /\bclient satisfaction network\b/i]},
  formation: {name: 'On-the-job training', variants: [/\bjob training network\b(?<!on-the-job training network)/i, /\bon the job training\b/i]},
  'evaluation-medicale': {name: 'Medical assessment', variants: [/\bmedical evaluation\b/i]},
  accueil: {name: 'Walk-in reception services', variants: [/(?<!walk-in )reception services (working )?group\b/i, /working group on reception services/i, /group – reception services/i]},
  pandemie: {name: 'Pandemic preparedness', variants: [/\bpandemic planning (working )?group\b/i]},
  etalonnage: {name: 'Benchmarking', variants: [/\bbench-marking\b/i]},
  'risques-operationnels': {name: 'Operational risk management', variants: [/\boperational risks management\b/i]},
};

/** Descriptive English names once given to the agencies: they write their names in French. */
const AGENCY_VARIANTS: RegExp[] = [
  /health insurance board/i,
  /\bpension board\b/i,
  /automobile insurance corporation/i,
  /labour standards commission/i,
  /occupational health and safety commission/i,
  /pension and insurance plans administration commission/i,
  /wildlife and parks corporation/i,
  /\bQuebec\b/, // the agencies and the Government of Québec write Québec, with the accent
];

/** Canadian spelling, chosen once (docs/README.md). */
const SPELLING: [RegExp, string][] = [
  [/\b(organis|recognis|realis|prioritis|optimis|standardis|specialis|summaris|harmonis|centralis|utilis|minimis|maximis|customis|categoris|mobilis|modernis|authoris|finalis|personalis)(e|es|ed|ing|ation|ations|ational|er|ers)\b/i, '-ize (organize, recognize…)'],
  [/\banalys(e|ed|ing)\b/i, 'analyze (analyses, the plural of analysis, is fine)'],
  [/\b(color|behavior|favor|labor|honor)(s|ed|ing|able)?\b/i, '-our (colour, behaviour…)'],
  [/\b(center|centers)\b/i, 'centre'],
  [/\bprogrammes?\b/i, 'program'],
  [/\bcatalog\b/i, 'catalogue'],
];

describe('English names and spelling', () => {
  const texts = englishTexts();
  const networks = rows('data/reseaux.csv');
  const agencies = rows('data/organismes.csv');

  function occurrences(pattern: RegExp): string[] {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return texts.flatMap(({file, text}) =>
      [...text.matchAll(global)].map((m) => {
        const {line, column} = lineColumn(text, m.index!);
        return `${file}:${line}:${column} « ${m[0]} »`;
      }),
    );
  }

  it('reads the English pages, newsletters, interface strings and data', () => {
    const files = texts.map((t) => t.file);
    for (const prefix of ['i18n/en/docusaurus-plugin-content-docs/', 'i18n/en/docusaurus-plugin-content-blog-rond-point/', 'i18n/en/code.json', 'src/', 'data/']) {
      expect(files.some((f) => f.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('gives every network and working group the English name of data/reseaux.csv', () => {
    expect(networks.map((n) => n.code).sort()).toEqual(Object.keys(NETWORK_VARIANTS).sort());
    for (const n of networks) expect(n.nom_en, n.code).toBe(NETWORK_VARIANTS[n.code]!.name);
  });

  it.each(Object.entries(NETWORK_VARIANTS))('never calls %s by another English name', (_code, {variants}) => {
    expect(variants.flatMap(occurrences)).toEqual([]);
  });

  it('writes agency names as the agencies do (their French names, in English too)', () => {
    for (const a of agencies) expect(a.nom_en, a.code).toBe(a.nom_fr);
    expect(AGENCY_VARIANTS.flatMap(occurrences)).toEqual([]);
  });

  it.each(SPELLING)('uses Canadian spelling: not %s (write %s)', (pattern) => {
    expect(occurrences(pattern)).toEqual([]);
  });
});
