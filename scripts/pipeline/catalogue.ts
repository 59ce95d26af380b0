/**
 * The indicator catalogue (data/indicateurs.csv): one row per indicator,
 * French and English text side by side, codes checked against the
 * reference tables.
 */
import { CATALOGUE_COLUMNS, CATALOGUE_COMPUTED_COLUMNS } from './columns';
import { parseNumber } from './read';
import type { Reporter } from './report';
import { Cells, DIRECTIONS, FREQUENCIES, GROUPS, STATUSES, UNITS, numberMessage, rangeProblem, type RowHandler, type TableContext, type TableSchema } from './table';
import type { Agency, ChannelCode, Indicator, ValueStatus } from './types';

export const CATALOGUE_SCHEMA: TableSchema = {
  table: 'catalogue',
  required: ['id', 'groupe', 'libelle_fr', 'libelle_en', 'definition_fr', 'definition_en', 'unite', 'sens', 'canal', 'theme', 'frequence', 'source'],
  optional: ['statut', 'cible', 'cible_statut', 'cible_libelle_fr', 'cible_libelle_en', 'comparabilite_fr', 'comparabilite_en'],
  words: CATALOGUE_COLUMNS,
  computed: CATALOGUE_COMPUTED_COLUMNS,
};

/** The codes other tables point to. */
export interface ReferenceCodes {
  agencies: Map<string, Agency>;
  channels: Set<string>;
  themes: Set<string>;
  sources: Set<string>;
  /** The canonical (interned) spelling of a known source code. */
  sourceCode(code: string): string;
}

const TEXTS = ['libelle_fr', 'libelle_en', 'definition_fr', 'definition_en', 'cible_libelle_fr', 'cible_libelle_en', 'comparabilite_fr', 'comparabilite_en'];

export function catalogueHandler(ctx: TableContext, reporter: Reporter, ref: ReferenceCodes, indicators: Map<string, Indicator>): RowHandler {
  const c = new Cells(ctx, reporter);
  return (cells, line) => {
    let ok = true;
    const id = c.required(cells, line, 'id');
    if (id !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      c.error(line, 'id', 'constraint-error', 'catalogue.bad-id', { id });
      ok = false;
    } else if (id !== null && indicators.has(id)) {
      const first = indicators.get(id)!.origin!;
      c.error(line, 'id', 'primary-key', 'catalogue.duplicate-id', { id, file: first.file, line: first.line });
      ok = false;
    }
    const group = c.oneOf(cells, line, 'groupe', GROUPS, 'group');
    const unit = c.oneOf(cells, line, 'unite', UNITS, 'unit');
    const direction = c.oneOf(cells, line, 'sens', DIRECTIONS, 'direction');
    const frequency = c.oneOf(cells, line, 'frequence', FREQUENCIES, 'frequency');
    const channel = c.foreign(cells, line, 'canal', ref.channels, 'channel', 'data/modes-de-prestation.csv');
    const theme = c.foreign(cells, line, 'theme', ref.themes, 'theme', 'data/themes.csv');
    // statut: 'publie' (default) when the cited source defines the indicator;
    // 'illustratif' for an example indicator no document gives (source may be empty).
    const rawStatus = c.text(cells, c.col('statut'));
    const status: ValueStatus | null = rawStatus === '' ? 'publie' : c.oneOf(cells, line, 'statut', STATUSES, 'status');
    if (status === null) ok = false;
    const source =
      status === 'illustratif' && c.text(cells, c.col('source')) === ''
        ? ''
        : c.foreign(cells, line, 'source', ref.sources, 'source', 'data/sources.csv');
    const t: Record<string, string> = {};
    for (const name of TEXTS) {
      t[name] = c.text(cells, c.col(name));
      c.checkText(line, name, t[name]);
    }
    for (const name of ['libelle_fr', 'libelle_en', 'definition_fr', 'definition_en']) {
      if (t[name] === '') {
        ok = false;
        c.required(cells, line, name);
      }
    }

    let target: number | null = null;
    let targetStatus: ValueStatus | null = null;
    const rawTarget = c.text(cells, c.col('cible'));
    if (rawTarget !== '') {
      const n = parseNumber(rawTarget, ctx.info.decimalMark);
      if (!n.ok) {
        const m = numberMessage(rawTarget, n, ctx.info.decimalMark);
        c.error(line, 'cible', n.type, m.code, m.params);
        ok = false;
      } else {
        const p = unit ? rangeProblem(n.value, unit, n.suffix) : null;
        if (p) {
          c.error(line, 'cible', p.type, p.code, p.params);
          ok = false;
        } else target = n.value;
      }
      targetStatus = c.oneOf(cells, line, 'cible_statut', STATUSES, 'target-status');
      if (targetStatus === null) ok = false;
    }
    if (!ok || id === null || !group || !unit || !direction || !frequency || !channel || !theme || source === null || status === null) return false;
    const bi = (fr: string, en: string) => (fr || en ? { fr, en } : null);
    indicators.set(id, {
      id,
      group,
      label: { fr: t.libelle_fr, en: t.libelle_en },
      definition: { fr: t.definition_fr, en: t.definition_en },
      unit,
      direction,
      target,
      targetLabel: target === null ? null : bi(t.cible_libelle_fr, t.cible_libelle_en),
      targetStatus,
      channel: channel as ChannelCode,
      theme,
      frequency,
      comparability: bi(t.comparabilite_fr, t.comparabilite_en),
      status,
      source: source || null,
      origin: { file: ctx.file, line },
    });
    return true;
  };
}
