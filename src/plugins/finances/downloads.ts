/**
 * The Centre's financial statements and the breakfast-conference evaluations
 * as OpenTables (src/lib/open-data/table.ts); src/plugins/open-data writes
 * each one as a workbook, a CSV for French Excel, a CSV and a JSON, under
 * <locale root>/centre/etats-financiers/donnees/ and
 * <locale root>/dejeuners-conferences/donnees/. Amounts are numbers in dollars.
 */
import type {FinanceData} from '../../../scripts/pipeline/finances';
import {RATING_LEVELS, type RatingDistribution} from '../../../scripts/pipeline/evaluations';
import type {SiteCatalog} from '../../lib/catalog';
import type {CsvCell} from '../../lib/csv-export';
import {STATUS_WORDS} from '../../../scripts/pipeline/columns';
import {LICENCE, type OpenField, type OpenTable, type SourceRef} from '../../lib/open-data/table';
import {CONFERENCES_DOWNLOAD_DIR, SECTION_LABELS, STATEMENTS_DOWNLOAD_DIR, levelLabel, yearEnd} from './model';
import type {PageLocale} from './types';

const STATEMENT = {
  fr: {resultats: 'etat-des-resultats', bilan: 'bilan'},
  en: {resultats: 'statement-of-operations', bilan: 'balance-sheet'},
} as const;
const NATURE = {fr: {ligne: 'ligne', total: 'total'}, en: {ligne: 'line', total: 'total'}} as const;

type F = Omit<OpenField, 'type'> & {type?: OpenField['type']};
const field = (f: F): OpenField => ({type: 'string', ...f});

function sourceRef(catalog: SiteCatalog, code: string, locale: PageLocale): SourceRef {
  const s = catalog.sources.find((x) => x.code === code);
  if (!s) return {code, title: code, detail: null};
  const detail = [s.publisher, s.date].filter(Boolean).join(', ');
  return {code, title: s.title[locale], detail: detail || null};
}

/** A text in the page's language, or the French one marked as such. */
function localised(fr: string | null, en: string | null, locale: PageLocale): {text: string | null; lang: 'fr' | 'en' | null} {
  if (locale === 'en' && en) return {text: en, lang: 'en'};
  if (fr) return {text: fr, lang: 'fr'};
  if (en) return {text: en, lang: 'en'};
  return {text: null, lang: null};
}

export function statementsTable(data: FinanceData, catalog: SiteCatalog, locale: PageLocale): OpenTable {
  const fr = locale === 'fr';
  const fields: OpenField[] = fr
    ? [
        field({name: 'exercice', title: 'Exercice', description: 'Année financière, du 1er avril au 31 mars.', required: true}),
        field({name: 'fin_exercice', title: 'Fin de l’exercice', type: 'date', description: 'Date de fin de l’exercice.', required: true}),
        field({name: 'etat', title: 'État', description: 'etat-des-resultats ou bilan.', required: true}),
        field({name: 'section', title: 'Section', description: 'Code de la section de l\'état.', required: true}),
        field({name: 'nom_section', title: 'Nom de la section', description: 'Nom de la section.'}),
        field({name: 'poste', title: 'Poste', description: 'Code stable du poste.', required: true}),
        field({name: 'libelle', title: 'Libellé', description: 'Libellé du poste.'}),
        field({name: 'nature', title: 'Nature', description: 'ligne (poste additionné) ou total (total publié de la section).'}),
        field({name: 'montant', title: 'Montant', type: 'number', style: 'dollars', unit: 'dollars canadiens', description: 'Montant tel que publié.', required: true}),
        field({name: 'source', title: 'Source', description: 'Code du document d\'où vient le montant.'}),
        field({name: 'note', title: 'Note', description: 'Note sur le poste.'}),
        field({name: 'licence', title: 'Licence', description: 'Licence de réutilisation.'}),
      ]
    : [
        field({name: 'fiscal_year', title: 'Fiscal year', description: 'Fiscal year, April 1 to March 31.', required: true}),
        field({name: 'year_end', title: 'Year end', type: 'date', description: 'Last day of the fiscal year.', required: true}),
        field({name: 'statement', title: 'Statement', description: 'statement-of-operations or balance-sheet.', required: true}),
        field({name: 'section', title: 'Section', description: 'Code of the statement’s section.', required: true}),
        field({name: 'section_name', title: 'Section name', description: 'Name of the section.'}),
        field({name: 'item', title: 'Item', description: 'Stable code of the item.', required: true}),
        field({name: 'label', title: 'Label', description: 'Label of the item.'}),
        field({name: 'kind', title: 'Kind', description: 'line (an item that adds up) or total (the section’s published total).'}),
        field({name: 'amount', title: 'Amount', type: 'number', style: 'dollars', unit: 'Canadian dollars', description: 'Amount as published.', required: true}),
        field({name: 'source', title: 'Source', description: 'Code of the document the amount comes from.'}),
        field({name: 'note', title: 'Note', description: 'Note on the item.'}),
        field({name: 'licence', title: 'Licence', description: 'Reuse licence.'}),
      ];
  const rows: CsvCell[][] = data.rows.map((r) => [
    r.exercice,
    yearEnd(r.exercice),
    STATEMENT[locale][r.statement],
    r.section,
    SECTION_LABELS[r.statement][r.section]?.[locale] ?? null,
    r.poste,
    r.label[locale],
    NATURE[locale][r.nature],
    r.cents / 100,
    r.source,
    localised(r.note?.fr || null, r.note?.en || null, locale).text,
    LICENCE[locale].title,
  ]);
  const codes = [...new Set(data.rows.map((r) => r.source).filter((s): s is string => !!s))];
  const h = {statement: STATEMENT[locale], nature: NATURE[locale]};
  return {
    name: 'etats-financiers',
    dir: STATEMENTS_DOWNLOAD_DIR,
    group: 'finances',
    locale,
    title: fr ? 'États financiers du Centre' : 'The Centre’s financial statements',
    description: fr
      ? `État des résultats et bilan, exercices ${data.years.join(', ')}, tels que publiés, totaux publiés compris.`
      : `Statement of operations and balance sheet, fiscal years ${data.years.join(', ')}, as published, with the published totals.`,
    fields,
    rows,
    primaryKey: [fields[0]!.name, fields[2]!.name, fields[5]!.name],
    sources: codes.map((c) => sourceRef(catalog, c, locale)),
    licence: LICENCE[locale],
    statusLegend: false,
    illustrative: false,
    notes: [
      fr
        ? `Les totaux publiés sont reproduits tels quels, même quand ils diffèrent de la somme des postes d'au plus ${data.toleranceCents / 100} $ (écart d'arrondi des états publiés).`
        : `Published totals are kept as published, even when they differ from the sum of the items by up to $${data.toleranceCents / 100} (rounding in the published statements).`,
    ],
    json: {
      unit: fr ? 'dollars canadiens' : 'Canadian dollars',
      roundingTolerance: data.toleranceCents / 100,
      fiscalYears: data.years.map((y) => ({year: y, end: yearEnd(y)})),
      rows: data.rows.map((r) => ({
        fiscalYear: r.exercice,
        statement: h.statement[r.statement],
        section: r.section,
        item: r.poste,
        label: r.label[locale],
        kind: h.nature[r.nature],
        amount: r.cents / 100,
        source: r.source,
        note: localised(r.note?.fr || null, r.note?.en || null, locale).text,
      })),
      roundingDifferences: data.findings
        .filter((f) => f.type === 'rounding-difference')
        .map((f) => ({
          fiscalYear: f.exercice,
          statement: h.statement[f.statement],
          check: f.check,
          item: f.target.poste,
          reported: f.target.cents / 100,
          computed: f.computed / 100,
          difference: f.difference / 100,
          from: f.inputs.map((i) => i.poste),
        })),
    },
  };
}

export function evaluationsTable(catalog: SiteCatalog, distributions: RatingDistribution[], locale: PageLocale): OpenTable {
  const fr = locale === 'fr';
  const fields: OpenField[] = fr
    ? [
        field({name: 'conference', title: 'Conférence', description: 'Identifiant du déjeuner-conférence.', required: true}),
        field({name: 'date', title: 'Date', type: 'date', description: 'Date du déjeuner-conférence.', required: true}),
        field({name: 'titre', title: 'Titre', description: 'Titre du déjeuner-conférence.'}),
        field({name: 'participants', title: 'Participants', type: 'integer', description: 'Nombre de participants.'}),
        field({name: 'evaluations', title: 'Évaluations', type: 'integer', description: 'Nombre d\'évaluations remplies.'}),
        field({name: 'niveau', title: 'Niveau', description: 'Code du niveau de satisfaction.', required: true}),
        field({name: 'libelle_niveau', title: 'Niveau de satisfaction', description: 'Niveau de satisfaction en mots.'}),
        field({name: 'nombre', title: 'Nombre', type: 'integer', description: 'Nombre d\'évaluations à ce niveau.', required: true}),
        field({name: 'statut', title: 'Statut', description: 'publié ou illustratif.', enum: [STATUS_WORDS.publie.fr, STATUS_WORDS.illustratif.fr], required: true}),
        field({name: 'note', title: 'Note', description: 'Note sur la répartition.'}),
        field({name: 'langue_note', title: 'Langue de la note', description: 'Langue de la note (fr ou en).', enum: ['fr', 'en']}),
        field({name: 'licence', title: 'Licence', description: 'Licence de réutilisation.'}),
      ]
    : [
        field({name: 'conference', title: 'Conference', description: 'Identifier of the breakfast conference.', required: true}),
        field({name: 'date', title: 'Date', type: 'date', description: 'Date of the breakfast conference.', required: true}),
        field({name: 'title', title: 'Title', description: 'Title of the breakfast conference.'}),
        field({name: 'participants', title: 'Participants', type: 'integer', description: 'Number of participants.'}),
        field({name: 'evaluations', title: 'Evaluations', type: 'integer', description: 'Number of evaluation forms returned.'}),
        field({name: 'level', title: 'Level', description: 'Code of the satisfaction level.', required: true}),
        field({name: 'level_label', title: 'Satisfaction level', description: 'Satisfaction level in words.'}),
        field({name: 'count', title: 'Count', type: 'integer', description: 'Number of evaluations at this level.', required: true}),
        field({name: 'status', title: 'Status', description: 'published or illustrative.', enum: [STATUS_WORDS.publie.en, STATUS_WORDS.illustratif.en], required: true}),
        field({name: 'note', title: 'Note', description: 'Note on the distribution, in the language given by Note language.'}),
        field({name: 'note_language', title: 'Note language', description: 'Language of the note: en, or fr when the data has no English version.', enum: ['fr', 'en']}),
        field({name: 'licence', title: 'Licence', description: 'Reuse licence.'}),
      ];
  const rows: CsvCell[][] = [];
  const codes = new Set<string>();
  for (const d of distributions) {
    const c = catalog.conferences.find((x) => x.slug === d.conference)!;
    codes.add(d.source ?? c.source);
    const note = localised(d.note, d.noteEn, locale);
    for (const level of RATING_LEVELS) {
      rows.push([c.slug, c.date, c.title[locale], c.participants, c.evaluations, level, levelLabel(level, locale), d.counts[level], STATUS_WORDS[d.status][locale], note.text, note.lang, LICENCE[locale].title]);
    }
  }
  const notes: string[] = [];
  if (locale === 'en' && rows.some((r) => r[10] === 'fr')) notes.push('Notes that the data gives only in French are left in French; the Note language column says so (fr).');
  return {
    name: 'evaluations',
    dir: CONFERENCES_DOWNLOAD_DIR,
    group: 'conferences',
    locale,
    title: fr ? 'Évaluations des déjeuners-conférences' : 'Breakfast conference evaluations',
    description: fr
      ? 'Pour chaque déjeuner-conférence : participants, évaluations remplies et leur répartition par niveau de satisfaction.'
      : 'For each breakfast conference: participants, evaluation forms returned and their distribution by satisfaction level.',
    fields,
    rows,
    primaryKey: [fields[0]!.name, fields[5]!.name],
    sources: [...codes].map((c) => sourceRef(catalog, c, locale)),
    licence: LICENCE[locale],
    statusLegend: true,
    illustrative: distributions.some((d) => d.status === 'illustratif'),
    notes,
    json: {
      conferences: catalog.conferences.map((c) => {
        const d = distributions.find((x) => x.conference === c.slug);
        const note = d ? localised(d.note, d.noteEn, locale) : null;
        return {
          conference: c.slug,
          date: c.date,
          title: c.title[locale],
          participants: c.participants,
          evaluations: c.evaluations,
          source: c.source,
          ratings: d ? {status: STATUS_WORDS[d.status][locale], counts: d.counts, note: note!.text, note_language: note!.lang} : null,
        };
      }),
    },
  };
}
