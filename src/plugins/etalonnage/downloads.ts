/**
 * The benchmarking tables offered for download, as OpenTables
 * (src/lib/open-data/table.ts): src/plugins/open-data writes each one as a
 * workbook, a CSV for French Excel, a CSV and a JSON for programs, under
 * <locale root>/etalonnage/donnees/. Tidy tables: one row per agency ×
 * indicator × period, each row carrying its period, status, source and licence.
 * An agency without values (FAPAQ, a former member) gets no table: its page says why.
 */
import type {Indicator, Observation, Unit} from '../../../scripts/pipeline/types';
import type {CsvCell} from '../../lib/csv-export';
import {MISSING_WORDS, STATUS_WORDS, VALUES_COLUMNS, VALUES_COMPUTED_COLUMNS, type ColumnVocabulary} from '../../../scripts/pipeline/columns';
import {LICENCE, type NumberStyle, type OpenField, type OpenTable, type SourceRef, type TableGroup} from '../../lib/open-data/table';
import {gap, rank, summarise} from '../../lib/stats';
import {DOWNLOAD_DIR, agencySlug, type DatasetIndex} from './model';
import type {PageLocale} from './types';

/** Licence text carried by every row (kept from the first downloads). */
export const LICENCE_TEXT = LICENCE.fr.title;

/** Units as the tables write them: the codes in French, their English words in English. */
const UNIT_WORDS: Record<PageLocale, Record<Unit, string>> = {
  fr: {pourcentage: 'pourcentage', secondes: 'secondes', minutes: 'minutes', jours: 'jours', nombre: 'nombre', dollars: 'dollars', ratio: 'ratio', indice: 'indice'},
  en: {pourcentage: 'percentage', secondes: 'seconds', minutes: 'minutes', jours: 'days', nombre: 'count', dollars: 'dollars', ratio: 'ratio', indice: 'index'},
};

const DIRECTION_WORDS = {
  fr: {hausse: 'hausse', baisse: 'baisse', neutre: 'neutre'},
  en: {hausse: 'higher is better', baisse: 'lower is better', neutre: 'neither (context)'},
} as const;

const FREQUENCY_WORDS = {
  fr: {annuelle: 'annuelle', trimestrielle: 'trimestrielle', mensuelle: 'mensuelle'},
  en: {annuelle: 'yearly', trimestrielle: 'quarterly', mensuelle: 'monthly'},
} as const;

const STYLE: Record<Unit, NumberStyle> = {
  pourcentage: 'percent',
  secondes: 'seconds',
  minutes: 'minutes',
  jours: 'days',
  nombre: 'integer',
  dollars: 'dollars',
  ratio: 'ratio',
  indice: 'index',
};

/**
 * Columns of a values table: the core's machine name (scripts/pipeline/columns.ts,
 * also the French machine name), the English machine name, and a description.
 * Human headers come from the core's vocabulary, so the CSV for French Excel
 * (and the workbook saved as CSV) goes back through `npm run validate` unchanged:
 * computed columns are recognised there and not read.
 */
type Column = keyof typeof VALUES_COLUMNS | keyof typeof VALUES_COMPUTED_COLUMNS;

const ORDER: Column[] = [
  'indicateur',
  'libelle',
  'organisme',
  'nom_organisme',
  'periode',
  'valeur',
  'unite',
  'statut',
  'valeur_manquante',
  'note',
  'note_en',
  'rang',
  'mediane_periode',
  'ecart_mediane',
  'cible',
  'ecart_cible',
  'variation_periode_precedente',
  'source',
  'titre_source',
  'licence',
];

const EN_NAMES: Record<Column, string> = {
  indicateur: 'indicator',
  libelle: 'label',
  organisme: 'agency',
  nom_organisme: 'agency_name',
  periode: 'period',
  valeur: 'value',
  unite: 'unit',
  statut: 'status',
  valeur_manquante: 'missing_value',
  note: 'note_fr',
  note_en: 'note',
  rang: 'rank',
  mediane_periode: 'period_median',
  ecart_mediane: 'gap_to_median',
  cible: 'target',
  ecart_cible: 'gap_to_target',
  variation_periode_precedente: 'change_from_previous_period',
  source: 'source',
  titre_source: 'source_title',
  licence: 'licence',
};

const DESCRIPTIONS: Record<PageLocale, Record<Column, string>> = {
  fr: {
    indicateur: 'Identifiant stable de l\'indicateur.',
    libelle: 'Libellé court de l\'indicateur.',
    organisme: 'Code de l\'organisme membre.',
    nom_organisme: 'Nom de l\'organisme membre.',
    periode: 'Année financière (1er avril au 31 mars) ou année civile.',
    valeur: 'La valeur, dans l\'unité de la colonne Unité ; vide quand elle manque (voir Valeur manquante), jamais zéro.',
    unite: 'Unité de la valeur, de la médiane et de la cible.',
    statut: 'publié : chiffre tiré d\'un document cité dans Source ; illustratif : exemple, à ne pas citer.',
    valeur_manquante: 'Pourquoi la valeur manque : non disponible, sans objet ou confidentiel.',
    note: 'Précision sur la valeur, en français.',
    note_en: 'La même précision en anglais, quand la source la donne.',
    rang: 'Rang de l\'organisme pour la période (1 = meilleur) ; vide pour un indicateur de volume.',
    mediane_periode: 'Médiane des organismes pour la période.',
    ecart_mediane: 'Valeur moins la médiane de la période (en points pour un pourcentage).',
    cible: 'Cible de l\'indicateur, quand il en a une.',
    ecart_cible: 'Valeur moins la cible.',
    variation_periode_precedente: 'Valeur moins celle de la période précédente du même organisme.',
    source: 'Code du document publié d\'où vient la valeur (data/sources.csv) ; vide pour une valeur illustrative.',
    titre_source: 'Titre de ce document.',
    licence: 'Licence de réutilisation.',
  },
  en: {
    indicateur: 'Stable identifier of the indicator.',
    libelle: 'Short label of the indicator.',
    organisme: 'Code of the member agency.',
    nom_organisme: 'Name of the member agency.',
    periode: 'Fiscal year (April 1 to March 31) or calendar year.',
    valeur: 'The value, in the unit of the Unit column; empty when missing (see Missing value), never zero.',
    unite: 'Unit of the value, the median and the target.',
    statut: 'published: figure from the document cited in Source; illustrative: example, do not quote.',
    valeur_manquante: 'Why the value is missing: not available, not applicable or confidential.',
    note: 'Note on the value, in French (the language of the source).',
    note_en: 'The note in English, when the source gives one; empty otherwise (see the French note).',
    rang: 'Rank of the agency in the period (1 = best); empty for a volume indicator.',
    mediane_periode: 'Median of the agencies in the period.',
    ecart_mediane: 'Value minus the period median (in points for a percentage).',
    cible: 'Target of the indicator, when it has one.',
    ecart_cible: 'Value minus the target.',
    variation_periode_precedente: 'Value minus the same agency’s value in the previous period.',
    source: 'Code of the published document the value comes from (data/sources.csv); empty for an illustrative value.',
    titre_source: 'Title of that document.',
    licence: 'Reuse licence.',
  },
};

const WORDS: ColumnVocabulary = {...VALUES_COLUMNS, ...VALUES_COMPUTED_COLUMNS};

const NUMERIC: Partial<Record<Column, 'unit' | 'gap' | 'integer'>> = {
  valeur: 'unit',
  mediane_periode: 'unit',
  cible: 'unit',
  ecart_mediane: 'gap',
  ecart_cible: 'gap',
  variation_periode_precedente: 'gap',
  rang: 'integer',
};

interface ValueRecord {
  cells: Record<Column, CsvCell>;
  unit: Unit;
}

/** Every observation of the list as a tidy record, with the statistics of its period. */
function records(ds: DatasetIndex, list: readonly Observation[], locale: PageLocale): ValueRecord[] {
  const stats = new Map<string, {median: number | null; ranks: Map<string, number | null>}>();
  const statsOf = (ind: Indicator, period: string) => {
    const k = `${ind.id}\u0000${period}`;
    let s = stats.get(k);
    if (!s) {
      const obs = (ds.byIndicator.get(ind.id) ?? []).filter((o) => o.period === period);
      const values = obs.map((o) => o.value);
      const r = rank(values, ind.direction);
      s = {median: summarise(values).median, ranks: new Map(obs.map((o, i) => [o.agency, r[i]!]))};
      stats.set(k, s);
    }
    return s;
  };
  return list.map((o) => {
    const ind = ds.indicators.get(o.indicator)!;
    const agency = ds.agencies.get(o.agency);
    const periods = ds.periodsOf(ind.id);
    const i = periods.indexOf(o.period);
    const prev = i > 0 ? (ds.get(ind.id, o.agency, periods[i - 1]!)?.value ?? null) : null;
    const s = statsOf(ind, o.period);
    const source = o.source ? sourceOf(ds, o.source, locale) : null;
    return {
      unit: ind.unit,
      cells: {
        indicateur: ind.id,
        libelle: ind.label[locale],
        organisme: o.agency,
        nom_organisme: agency ? agency.name[locale] : o.agency,
        periode: o.period,
        valeur: o.value,
        unite: UNIT_WORDS[locale][ind.unit],
        statut: STATUS_WORDS[o.status][locale],
        valeur_manquante: o.missing ? MISSING_WORDS[o.missing][locale] : null,
        note: o.note,
        note_en: o.noteEn,
        rang: s.ranks.get(o.agency) ?? null,
        mediane_periode: s.median,
        ecart_mediane: gap(o.value, s.median),
        cible: ind.target,
        ecart_cible: gap(o.value, ind.target),
        variation_periode_precedente: gap(o.value, prev),
        source: o.source,
        titre_source: source ? source.title : null,
        licence: LICENCE[locale].title,
      },
    };
  });
}

/** The source cell of an indicator no document defines. */
const ILLUSTRATIVE_INDICATOR = {
  fr: 'Aucune : indicateur illustratif',
  en: 'None: illustrative indicator',
} as const;

function sourceOf(ds: DatasetIndex, code: string, locale: PageLocale): SourceRef {
  const s = ds.dataset.sources.find((x) => x.code === code);
  if (!s) return {code, title: code, detail: null};
  const detail = [s.publisher, s.date].filter(Boolean).join(', ');
  return {code, title: s.title[locale], detail: detail || null};
}

/** The sources a list of observations cites (their own, or their indicator's), in first-seen order. */
function sourcesOf(ds: DatasetIndex, list: readonly Observation[], locale: PageLocale): SourceRef[] {
  const codes = new Set<string>();
  for (const o of list) {
    const code = o.source ?? ds.indicators.get(o.indicator)!.source;
    if (code) codes.add(code);
  }
  return [...codes].map((c) => sourceOf(ds, c, locale));
}

function valueFields(recs: ValueRecord[], locale: PageLocale): OpenField[] {
  return ORDER.map((c): OpenField => {
    const numeric = NUMERIC[c];
    const field: OpenField = {
      name: locale === 'fr' ? c : EN_NAMES[c],
      title: WORDS[c]![locale],
      description: DESCRIPTIONS[locale][c],
      type: numeric === 'integer' ? 'integer' : numeric ? 'number' : 'string',
    };
    if (numeric === 'unit') field.style = (row) => STYLE[recs[row]!.unit];
    if (numeric === 'gap') field.style = (row) => (recs[row]!.unit === 'pourcentage' ? 'decimal' : STYLE[recs[row]!.unit]);
    if (c === 'statut') field.enum = [STATUS_WORDS.publie[locale], STATUS_WORDS.illustratif[locale]];
    if (c === 'valeur_manquante') field.enum = Object.values(MISSING_WORDS).map((w) => w[locale]);
    if (c === 'indicateur' || c === 'organisme' || c === 'periode' || c === 'statut' || c === 'unite') field.required = true;
    return field;
  });
}

const MISSING_NOTE = {
  fr: 'Une valeur manquante n\'est jamais un zéro : sa cellule Valeur est vide et la colonne Valeur manquante dit pourquoi (non disponible, sans objet, confidentiel).',
  en: 'A missing value is never a zero: its Value cell is empty and the Missing value column says why (not available, not applicable, confidential).',
} as const;

const FRENCH_NOTES = {
  en: 'Notes that the sources give only in French are in the Note (French) column, with the Note column empty: they have not been translated.',
} as const;

const CONTRIBUTE_NOTE = {
  fr: 'Le CSV pour Excel en français (et ce classeur enregistré en CSV) peut être corrigé et proposé de nouveau au Centre : il passe npm run validate tel quel (data/README.md).',
  en: 'The CSV for French Excel (and this workbook saved as CSV) can be corrected and sent back to the Centre: it passes npm run validate unchanged (data/README.md).',
} as const;

function valuesTable(
  ds: DatasetIndex,
  list: readonly Observation[],
  locale: PageLocale,
  t: {name: string; group: TableGroup; title: string; description: string; meta: Record<string, unknown>},
): OpenTable {
  const recs = records(ds, list, locale);
  const fields = valueFields(recs, locale);
  const rows = recs.map((r) => ORDER.map((c) => r.cells[c]));
  const notes: string[] = [MISSING_NOTE[locale], CONTRIBUTE_NOTE[locale]];
  if (locale === 'en' && recs.some((r) => r.cells.note && !r.cells.note_en)) notes.push(FRENCH_NOTES.en);
  return {
    name: t.name,
    dir: DOWNLOAD_DIR,
    group: t.group,
    locale,
    title: t.title,
    description: t.description,
    fields,
    rows,
    primaryKey: [fields[0]!.name, fields[2]!.name, fields[4]!.name],
    sources: sourcesOf(ds, list, locale),
    licence: LICENCE[locale],
    statusLegend: true,
    illustrative: list.some((o) => o.status === 'illustratif'),
    notes,
    json: {
      ...t.meta,
      decimal_separator: '.',
      records: rows.map((r) => Object.fromEntries(fields.map((f, i) => [f.name, r[i] ?? null]))),
    },
  };
}

/** Every benchmarking table of the locale, in the order of the open-data page. */
export function benchmarkTables(ds: DatasetIndex, locale: PageLocale): OpenTable[] {
  const {dataset} = ds;
  const fr = locale === 'fr';
  const tables: OpenTable[] = [];

  tables.push(
    valuesTable(ds, dataset.observations, locale, {
      name: 'valeurs',
      group: 'etalonnage',
      title: fr ? 'Valeurs des indicateurs d\'étalonnage' : 'Benchmarking indicator values',
      description: fr
        ? `Toutes les valeurs : ${dataset.indicators.length} indicateurs, ${dataset.periods.length} périodes, une ligne par organisme, indicateur et période, avec rang, médiane et écarts.`
        : `Every value: ${dataset.indicators.length} indicators, ${dataset.periods.length} periods, one row per agency, indicator and period, with rank, median and gaps.`,
      meta: {periods: dataset.periods},
    }),
  );

  const mixIds = new Set(dataset.indicators.filter((i) => i.group === 'part-mode' || i.group === 'cout-transaction').map((i) => i.id));
  tables.push(
    valuesTable(
      ds,
      dataset.observations.filter((o) => mixIds.has(o.indicator)),
      locale,
      {
        name: 'modes-de-prestation',
        group: 'etalonnage',
        title: fr ? 'Modes de prestation : parts et coût par transaction' : 'Channel mix: shares and cost per transaction',
        description: fr
          ? 'Part de chaque mode de prestation dans les contacts et coût d\'une transaction par mode, par organisme et période.'
          : 'Share of each service channel in all contacts and cost of one transaction per channel, by agency and period.',
        meta: {periods: dataset.periods},
      },
    ),
  );

  tables.push(catalogueTable(ds, locale), coverageTable(ds, locale));

  for (const ind of dataset.indicators) {
    const list = ds.byIndicator.get(ind.id) ?? [];
    if (list.length === 0) continue;
    tables.push(
      valuesTable(ds, list, locale, {
        name: `indicateur-${ind.id}`,
        group: 'indicateur',
        title: ind.label[locale],
        description: ind.definition[locale],
        meta: {indicator: ind.id, definition: ind.definition[locale], unit: UNIT_WORDS[locale][ind.unit], direction: ind.direction, target: ind.target, periods: ds.periodsOf(ind.id)},
      }),
    );
  }
  for (const a of dataset.agencies) {
    const own = ds.byAgency.get(a.code) ?? [];
    if (own.length === 0) continue;
    tables.push(
      valuesTable(ds, own, locale, {
        name: `organisme-${agencySlug(a.code)}`,
        group: 'organisme',
        title: a.name[locale],
        description: fr ? `Toutes les valeurs déclarées pour ${a.code}, tous indicateurs et périodes.` : `Every value reported for ${a.code}, all indicators and periods.`,
        meta: {agency: a.code, periods: dataset.periods.filter((p) => own.some((o) => o.period === p))},
      }),
    );
  }
  return tables;
}

/** Indicator catalogue: no values, its own columns. */
function catalogueTable(ds: DatasetIndex, locale: PageLocale): OpenTable {
  const {dataset} = ds;
  const fr = locale === 'fr';
  const f = (name: string, title: string, description: string, extra: Partial<OpenField> = {}): OpenField => ({name, title, description, type: 'string', ...extra});
  const fields: OpenField[] = fr
    ? [
        f('indicateur', 'Indicateur', 'Identifiant stable de l’indicateur.', {required: true}),
        f('libelle', 'Libellé', 'Libellé court.'),
        f('definition', 'Définition', 'Ce qui est compté, et comment.'),
        f('groupe', 'Groupe', 'Famille de l’indicateur (volume, part-mode, cout-transaction, norme-service, qualite, satisfaction, delai).'),
        f('theme', 'Thème', 'Code du thème.'),
        f('nom_theme', 'Nom du thème', 'Nom du thème.'),
        f('mode_de_prestation', 'Mode de prestation', 'Code du mode de prestation (tous : indicateur global).'),
        f('nom_mode', 'Nom du mode', 'Nom du mode de prestation.'),
        f('unite', 'Unité', 'Unité des valeurs.'),
        f('sens', 'Sens', 'hausse : plus haut est meilleur ; baisse : plus bas est meilleur ; neutre : un volume, ni bien ni mal.'),
        f('cible', 'Cible', 'Cible, dans l\'unité de l\'indicateur.', {type: 'number'}),
        f('statut_cible', 'Statut de la cible', 'publié ou illustratif.'),
        f('frequence', 'Fréquence', 'Fréquence de mesure.'),
        f('comparabilite', 'Comparabilité', 'Ce qui limite la comparaison entre organismes.'),
        f('source', 'Source', 'Document d\'où vient l\'indicateur.'),
        f('licence', 'Licence', 'Licence de réutilisation.'),
      ]
    : [
        f('indicator', 'Indicator', 'Stable identifier of the indicator.', {required: true}),
        f('label', 'Label', 'Short label.'),
        f('definition', 'Definition', 'What is counted, and how.'),
        f('group', 'Group', 'Family of the indicator (volume, part-mode, cout-transaction, norme-service, qualite, satisfaction, delai).'),
        f('theme', 'Theme', 'Theme code.'),
        f('theme_name', 'Theme name', 'Theme name.'),
        f('channel', 'Channel', 'Service channel code (tous: all channels).'),
        f('channel_name', 'Channel name', 'Service channel name.'),
        f('unit', 'Unit', 'Unit of the values.'),
        f('direction', 'Direction', 'Which way is better.'),
        f('target', 'Target', 'Target, in the indicator’s unit.', {type: 'number'}),
        f('target_status', 'Target status', 'published or illustrative.'),
        f('frequency', 'Frequency', 'How often it is measured.'),
        f('comparability', 'Comparability', 'What limits comparison between agencies.'),
        f('source', 'Source', 'Document the indicator comes from.'),
        f('licence', 'Licence', 'Reuse licence.'),
      ];
  const units = dataset.indicators.map((i) => i.unit);
  fields[10]!.style = (row) => STYLE[units[row]!];
  const rows: CsvCell[][] = dataset.indicators.map((i) => [
    i.id,
    i.label[locale],
    i.definition[locale],
    i.group,
    i.theme,
    dataset.themes.find((t) => t.code === i.theme)?.name[locale] ?? null,
    i.channel,
    dataset.channels.find((c) => c.code === i.channel)?.name[locale] ?? null,
    UNIT_WORDS[locale][i.unit],
    DIRECTION_WORDS[locale][i.direction],
    i.target,
    i.targetStatus ? STATUS_WORDS[i.targetStatus][locale] : null,
    FREQUENCY_WORDS[locale][i.frequency],
    i.comparability ? i.comparability[locale] : null,
    i.source ? sourceOf(ds, i.source, locale).title : ILLUSTRATIVE_INDICATOR[locale],
    LICENCE[locale].title,
  ]);
  const codes = [...new Set(dataset.indicators.flatMap((i) => (i.source ? [i.source] : [])))];
  return {
    name: 'indicateurs',
    dir: DOWNLOAD_DIR,
    group: 'etalonnage',
    locale,
    title: fr ? 'Catalogue des indicateurs' : 'Indicator catalogue',
    description: fr
      ? `Les ${dataset.indicators.length} indicateurs d'étalonnage : définition, unité, sens, cible, mode de prestation, thème et limites de comparaison.`
      : `The ${dataset.indicators.length} benchmarking indicators: definition, unit, direction, target, channel, theme and limits to comparison.`,
    fields,
    rows,
    primaryKey: [fields[0]!.name],
    sources: codes.map((c) => sourceOf(ds, c, locale)),
    licence: LICENCE[locale],
    statusLegend: false,
    illustrative: dataset.indicators.some((i) => i.targetStatus === 'illustratif' || i.status === 'illustratif'),
    notes: [],
  };
}

/** Coverage: which agency reported which indicator in which period. */
function coverageTable(ds: DatasetIndex, locale: PageLocale): OpenTable {
  const {dataset} = ds;
  const fr = locale === 'fr';
  const fields: OpenField[] = fr
    ? [
        {name: 'indicateur', title: 'Indicateur', type: 'string', description: 'Identifiant de l’indicateur.', required: true},
        {name: 'organisme', title: 'Organisme', type: 'string', description: 'Code de l’organisme.', required: true},
        {name: 'periode', title: 'Période', type: 'string', description: 'Période.', required: true},
        {name: 'valeur_declaree', title: 'Valeur déclarée', type: 'integer', description: '1 quand l\'organisme a déclaré une valeur pour cette période, 0 sinon.', required: true},
        {name: 'statut', title: 'Statut', type: 'string', description: 'Statut de la ligne déclarée (publié ou illustratif) ; vide sans ligne.'},
        {name: 'licence', title: 'Licence', type: 'string', description: 'Licence de réutilisation.'},
      ]
    : [
        {name: 'indicator', title: 'Indicator', type: 'string', description: 'Indicator identifier.', required: true},
        {name: 'agency', title: 'Agency', type: 'string', description: 'Agency code.', required: true},
        {name: 'period', title: 'Period', type: 'string', description: 'Period.', required: true},
        {name: 'value_reported', title: 'Value reported', type: 'integer', description: '1 when the agency reported a value for this period, 0 otherwise.', required: true},
        {name: 'status', title: 'Status', type: 'string', description: 'Status of the reported row (published or illustrative); empty without a row.'},
        {name: 'licence', title: 'Licence', type: 'string', description: 'Reuse licence.'},
      ];
  const rows: CsvCell[][] = [];
  for (const i of dataset.indicators)
    for (const a of dataset.agencies)
      for (const p of dataset.periods) {
        const o = ds.get(i.id, a.code, p);
        rows.push([i.id, a.code, p, o && o.value !== null ? 1 : 0, o ? STATUS_WORDS[o.status][locale] : null, LICENCE[locale].title]);
      }
  return {
    name: 'couverture',
    dir: DOWNLOAD_DIR,
    group: 'etalonnage',
    locale,
    title: fr ? 'Couverture : indicateurs déclarés par organisme et période' : 'Coverage: indicators reported by agency and period',
    description: fr
      ? 'Une ligne par indicateur, organisme et période : 1 si une valeur a été déclarée, 0 sinon. La somme d\'une colonne compte les valeurs déclarées.'
      : 'One row per indicator, agency and period: 1 when a value was reported, 0 otherwise. Summing the column counts the reported values.',
    fields,
    rows,
    primaryKey: fields.slice(0, 3).map((f) => f.name),
    sources: sourcesOf(ds, dataset.observations, locale),
    licence: LICENCE[locale],
    statusLegend: true,
    illustrative: dataset.observations.some((o) => o.status === 'illustratif'),
    notes: [],
  };
}
