/**
 * What a data change does to the published tables: the change-preview engine
 * of `npm run data:diff` (the pull-request report) and of the browser
 * checker's preview, one implementation for both.
 *
 *   1. per file: rows added, changed and removed (daff table diff, rows
 *      matched on their key columns, not on their line number);
 *   2. per indicator and period touched: the values that change, the agencies
 *      whose rank moves (ties share a rank, direction-aware) and the median
 *      that shifts.
 *
 * Both versions are NormalisedDatasets from the pipeline, so a value typed
 * "1 006 000" or "1006000", in a ";" or "," file, is the same number.
 * Texts come in French (the PR report) and English.
 */
import daff from 'daff/lib/core.js';
import { decodedChunks, sniffEncoding, type ByteSource } from './bytes';
import { CATALOGUE_SCHEMA } from './catalogue';
import { formatNumber } from './format';
import { KIND_SCHEMAS, FILE_KINDS } from './kinds';
import { chooseDelimiter } from './read';
import { knownHeaderKeys, resolveHeader } from './table';
import { median, rank, type MaybeNumber } from './stats';
import type { Indicator, Locale, NormalisedDataset, Observation, ValidationReport } from './types';
import { VALUES_SCHEMA } from './values';
import Papa from 'papaparse';

// ---------------------------------------------------------------------------
// daff (no bundled types: the small part of its API used here)

interface DaffTableView {
  readonly data: string[][];
}
interface DaffFlags {
  addPrimaryKey(column: string): void;
  unchanged_context: number;
  show_unchanged: boolean;
}
interface DaffSummary {
  row_inserts: number;
  row_deletes: number;
  row_updates: number;
  col_inserts: number;
  col_deletes: number;
  col_renames: number;
}
interface Daff {
  TableView: new (data: string[][]) => DaffTableView;
  CompareFlags: new () => DaffFlags;
  compareTables(a: DaffTableView, b: DaffTableView, flags: DaffFlags): { align(): unknown };
  TableDiff: new (alignment: unknown, flags: DaffFlags) => { hilite(out: DaffTableView): void; getSummary(): DaffSummary };
}
const D = daff as unknown as Daff;

// ---------------------------------------------------------------------------
// Raw tables (as the contributor wrote them) for the per-file row diff

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(FILE_KINDS.flatMap((k) => [...knownHeaderKeys(KIND_SCHEMAS[k])]));

/** A CSV exported by Excel (any encoding and delimiter the pipeline accepts) as rows of trimmed text; null when unreadable. */
export async function readRawTable(source: ByteSource): Promise<string[][] | null> {
  const sniff = await sniffEncoding(source);
  if (!sniff.ok) return null;
  let text = '';
  for await (const chunk of decodedChunks(source, sniff.encoding)) text += chunk;
  // The pipeline's choice, from the header line: French decimal commas ("85,4") are not delimiters.
  const delimiter = chooseDelimiter(text.slice(0, text.indexOf('\n') >>> 0), KNOWN_COLUMNS);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((c) => c.trim()));
}

/** Key columns: values by agency × indicator × period, the catalogue by id, reference tables by code (any header words). */
function keyColumns(header: string[]): string[] {
  const values = resolveHeader(header, VALUES_SCHEMA).names;
  const keys = ['organisme', 'indicateur', 'periode'].map((k) => header[values.indexOf(k)]);
  if (keys.every((c) => c !== undefined)) return keys;
  const cat = resolveHeader(header, CATALOGUE_SCHEMA).names;
  if (cat.includes('id') && cat.includes('groupe')) return [header[cat.indexOf('id')]];
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const k of ['id', 'code', 'slug']) {
    const i = lower.indexOf(k);
    if (i !== -1) return [header[i]];
  }
  // No known key: daff aligns the rows on their content.
  return [];
}

export interface FileDiff {
  file: string;
  status: 'ajouté' | 'retiré' | 'modifié' | 'illisible';
  added: number;
  changed: number;
  removed: number;
  columnsChanged: number;
  /** daff's highlighted diff: first row is the header ("@@", columns…), then "+++", "---", "->" rows. */
  rows: string[][];
}

/** Rows added, changed and removed between two versions of a table (null: the file is absent on that side); null when equal. */
export function diffTables(file: string, before: string[][] | null, after: string[][] | null): FileDiff | null {
  const empty: string[][] = [];
  const a = before ?? empty;
  const b = after ?? empty;
  const header = (b[0] ?? a[0] ?? []) as string[];
  const flags = new D.CompareFlags();
  for (const k of keyColumns(header)) flags.addPrimaryKey(k);
  flags.unchanged_context = 0;
  flags.show_unchanged = false;
  // daff wants the same header on an empty side.
  const ta = new D.TableView(a.length ? a : [header]);
  const tb = new D.TableView(b.length ? b : [header]);
  const alignment = D.compareTables(ta, tb, flags).align();
  const highlighter = new D.TableDiff(alignment, flags);
  const out: string[][] = [];
  highlighter.hilite(new D.TableView(out));
  const s = highlighter.getSummary();
  const columnsChanged = s.col_inserts + s.col_deletes + s.col_renames;
  if (s.row_inserts + s.row_deletes + s.row_updates + columnsChanged === 0) return null;
  return {
    file,
    status: before === null ? 'ajouté' : after === null ? 'retiré' : 'modifié',
    added: s.row_inserts,
    changed: s.row_updates,
    removed: s.row_deletes,
    columnsChanged,
    rows: out.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
  };
}

// ---------------------------------------------------------------------------
// Indicator effects: values, ranks and medians per indicator × period

export interface AgencyMove {
  agency: string;
  agencyName: { fr: string; en: string };
  before: Observation | null;
  after: Observation | null;
  rankBefore: MaybeNumber;
  rankAfter: MaybeNumber;
}

export interface IndicatorEffect {
  indicator: Indicator;
  period: string;
  /** Agencies whose value, status or rank changed. */
  moves: AgencyMove[];
  medianBefore: MaybeNumber;
  medianAfter: MaybeNumber;
  countBefore: number;
  countAfter: number;
  /** The direction before, when the change alters it; null otherwise. */
  directionBefore: Indicator['direction'] | null;
}

const key = (o: { indicator: string; period: string }): string => `${o.indicator}\u0000${o.period}`;

function group(ds: NormalisedDataset): Map<string, Observation[]> {
  const m = new Map<string, Observation[]>();
  for (const o of ds.observations) {
    const k = key(o);
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  }
  return m;
}

function ranksOf(obs: Observation[], direction: Indicator['direction']): Map<string, MaybeNumber> {
  const r = rank(
    obs.map((o) => o.value),
    direction,
  );
  return new Map(obs.map((o, i) => [o.agency, r[i] ?? null]));
}

export function sameObservation(a: Observation | null, b: Observation | null): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && a.missing === b.missing && a.status === b.status;
}

/** Per indicator × period, what moves between two datasets; in catalogue order. */
export function indicatorEffects(before: NormalisedDataset, after: NormalisedDataset): IndicatorEffect[] {
  const gb = group(before);
  const ga = group(after);
  const indBefore = new Map(before.indicators.map((i) => [i.id, i]));
  const indAfter = new Map(after.indicators.map((i) => [i.id, i]));
  const names = new Map([...before.agencies, ...after.agencies].map((a) => [a.code, a.name]));
  const keys = [...new Set([...gb.keys(), ...ga.keys()])];
  const effects: IndicatorEffect[] = [];
  for (const k of keys) {
    const [id, period] = k.split('\u0000') as [string, string];
    const indicator = indAfter.get(id) ?? indBefore.get(id);
    if (!indicator) continue;
    const ob = gb.get(k) ?? [];
    const oa = ga.get(k) ?? [];
    const dirB = indBefore.get(id)?.direction ?? indicator.direction;
    const dirA = indAfter.get(id)?.direction ?? indicator.direction;
    const rb = ranksOf(ob, dirB);
    const ra = ranksOf(oa, dirA);
    const byB = new Map(ob.map((o) => [o.agency, o]));
    const byA = new Map(oa.map((o) => [o.agency, o]));
    const agencies = [...new Set([...byB.keys(), ...byA.keys()])].sort();
    const moves: AgencyMove[] = [];
    for (const agency of agencies) {
      const b = byB.get(agency) ?? null;
      const a = byA.get(agency) ?? null;
      const rankBefore = rb.get(agency) ?? null;
      const rankAfter = ra.get(agency) ?? null;
      if (sameObservation(b, a) && rankBefore === rankAfter) continue;
      moves.push({ agency, agencyName: names.get(agency) ?? { fr: agency, en: agency }, before: b, after: a, rankBefore, rankAfter });
    }
    const medianBefore = median(ob.map((o) => o.value));
    const medianAfter = median(oa.map((o) => o.value));
    if (moves.length === 0 && medianBefore === medianAfter && dirA === dirB) continue;
    effects.push({
      indicator,
      period,
      moves,
      medianBefore,
      medianAfter,
      countBefore: ob.filter((o) => o.value !== null).length,
      countAfter: oa.filter((o) => o.value !== null).length,
      directionBefore: dirB === dirA ? null : dirB,
    });
  }
  const order = new Map(after.indicators.map((i, n) => [i.id, n]));
  return effects.sort(
    (x, y) =>
      (order.get(x.indicator.id) ?? 1e9) - (order.get(y.indicator.id) ?? 1e9) ||
      x.indicator.id.localeCompare(y.indicator.id) ||
      x.period.localeCompare(y.period),
  );
}

/** The whole preview: file diffs (when the raw tables are known), indicator effects, and both reports. */
export interface ChangePreview {
  files: FileDiff[];
  effects: IndicatorEffect[];
  before: ValidationReport;
  after: ValidationReport;
}

// ---------------------------------------------------------------------------
// Text, in French and English

const UNIT_SUFFIX: Record<Indicator['unit'], string> = {
  pourcentage: ' %',
  secondes: ' s',
  minutes: ' min',
  jours: ' j',
  nombre: '',
  dollars: ' $',
  ratio: '',
  indice: '',
};
const UNIT_SUFFIX_EN: Record<Indicator['unit'], string> = { ...UNIT_SUFFIX, pourcentage: '%', jours: ' d', dollars: ' $' };

const T = {
  fr: {
    illustrative: 'illustratif',
    missing: 'manquante',
    unranked: 'hors classement',
    unchanged: 'inchangé',
    enters: (a: number) => `entre au rang ${a}`,
    leaves: (b: number) => `sort du classement (était ${b})`,
    move: (b: number, a: number, d: number) => `${b} → ${a} (${d > 0 ? `gagne ${d}` : `perd ${-d}`} ${Math.abs(d) > 1 ? 'rangs' : 'rang'})`,
    direction: { hausse: 'plus élevé = meilleur', baisse: 'plus bas = meilleur', neutre: 'neutre (volume : aucun classement)' },
    reporting: (b: number, a: number) => `(${b} → ${a} organismes déclarants)`,
    medianSame: 'Médiane inchangée',
    median: 'Médiane',
  },
  en: {
    illustrative: 'illustrative',
    missing: 'missing',
    unranked: 'unranked',
    unchanged: 'unchanged',
    enters: (a: number) => `enters at rank ${a}`,
    leaves: (b: number) => `leaves the ranking (was ${b})`,
    move: (b: number, a: number, d: number) => `${b} → ${a} (${d > 0 ? `up ${d}` : `down ${-d}`} ${Math.abs(d) > 1 ? 'ranks' : 'rank'})`,
    direction: { hausse: 'higher is better', baisse: 'lower is better', neutre: 'neutral (volume: no ranking)' },
    reporting: (b: number, a: number) => `(${b} → ${a} agencies reporting)`,
    medianSame: 'Median unchanged',
    median: 'Median',
  },
} as const;

/** A value in its unit, plain spaces (readable in a terminal and on GitHub). */
export function valueText(v: number, unit: Indicator['unit'], locale: Locale = 'fr'): string {
  return `${formatNumber(v, locale).replace(/\u00A0/g, ' ')}${(locale === 'fr' ? UNIT_SUFFIX : UNIT_SUFFIX_EN)[unit]}`;
}

/** An observation as a table cell: the value (or why it is missing), marked when illustrative; "—" when absent. */
export function observationText(o: Observation | null, unit: Indicator['unit'], locale: Locale = 'fr'): string {
  if (!o) return '—';
  const v = o.value === null ? `_${o.missing ?? T[locale].missing}_` : valueText(o.value, unit, locale);
  return o.status === 'illustratif' ? `${v} (${T[locale].illustrative})` : v;
}

export function rankText(r: MaybeNumber, locale: Locale = 'fr'): string {
  return r === null ? T[locale].unranked : String(r);
}

/** "2 → 1 (gagne 1 rang)", "entre au rang 3", "sort du classement (était 2)", "4 (inchangé)". */
export function rankMoveText(m: Pick<AgencyMove, 'rankBefore' | 'rankAfter'>, locale: Locale = 'fr'): string {
  const { rankBefore: b, rankAfter: a } = m;
  const t = T[locale];
  if (b === a) return b === null ? '—' : `${b} (${t.unchanged})`;
  if (b === null) return t.enters(a!);
  if (a === null) return t.leaves(b);
  return t.move(b, a, b - a);
}

export function directionText(d: Indicator['direction'], locale: Locale = 'fr'): string {
  return T[locale].direction[d];
}

/** "Médiane : 65 % → 75 % (+10 %) (7 → 7 organismes déclarants)". */
export function medianText(e: IndicatorEffect, locale: Locale = 'fr'): string {
  const u = e.indicator.unit;
  const t = T[locale];
  const sep = locale === 'fr' ? ' : ' : ': ';
  const { medianBefore: b, medianAfter: a } = e;
  const n = t.reporting(e.countBefore, e.countAfter);
  const v = (x: number | null) => (x === null ? '—' : valueText(x, u, locale));
  if (b === a) return `${t.medianSame}${sep}${v(b)} ${n}`;
  if (b === null || a === null) return `${t.median}${sep}${v(b)} → ${v(a)} ${n}`;
  const d = a - b;
  const shift = `${d > 0 ? '+' : '−'}${valueText(Math.abs(Number(d.toPrecision(12))), u, locale)}`;
  return `${t.median}${sep}${valueText(b, u, locale)} → ${valueText(a, u, locale)} (${shift}) ${n}`;
}

/** "Rangs qui bougent : RAMQ 1 → 2, CSST 4 → 1." for a ranked effect, or null. */
export function movedRanksText(e: IndicatorEffect, locale: Locale = 'fr'): string | null {
  const movers = e.moves.filter((m) => m.rankBefore !== m.rankAfter);
  if (!isRanked(e) || movers.length === 0) return null;
  const list = movers.map((m) => `${m.agency} ${rankText(m.rankBefore, locale)} → ${rankText(m.rankAfter, locale)}`).join(', ');
  return locale === 'fr' ? `Rangs qui bougent : ${list}.` : `Ranks that move: ${list}.`;
}

/** Whether an effect's table has a rank column (a directional indicator, before or after). */
export function isRanked(e: IndicatorEffect): boolean {
  return e.indicator.direction !== 'neutre' || (e.directionBefore !== null && e.directionBefore !== 'neutre');
}

// ---------------------------------------------------------------------------
// Markdown (the pull-request report)

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const MD = {
  fr: {
    title: '## Rapport de modification des données',
    base: (b: string, h: string, s: string) => `Base publiée : ${b} → version proposée : ${h}. Données proposées ${s}.`,
    nothing: 'Aucune modification des fichiers de données : les tableaux publiés ne changent pas.',
    files: '### Fichiers modifiés',
    filesHead: '| fichier | état | lignes ajoutées | lignes modifiées | lignes retirées |',
    columns: (n: number) => ` (${n} colonne(s) modifiée(s))`,
    status: { ajouté: 'ajouté', retiré: 'retiré', modifié: 'modifié', illisible: 'illisible' } as Record<string, string>,
    effects: '### Effet sur les indicateurs',
    noEffect: "Aucune valeur d'indicateur d'étalonnage ne change : ni valeur, ni rang, ni médiane (les autres fichiers sont détaillés ci-dessous).",
    sense: 'Sens',
    headRanked: '| organisme | valeur avant | valeur après | rang avant → après |',
    head: '| organisme | valeur avant | valeur après |',
    details: '<details><summary>Détail des lignes par fichier (daff)</summary>',
    tags: { '+++': 'ajoutée', '---': 'retirée', '->': 'modifiée', '...': '…', ':': 'déplacée' } as Record<string, string>,
    more: (n: number) => `… et ${n} autres lignes.`,
    valid: (w: number) => (w ? `valides (${w} avertissement${w > 1 ? 's' : ''})` : 'valides'),
    invalid: (e: number) => `**non valides** : ${e} erreur${e > 1 ? 's' : ''} (voir les annotations et \`npm run validate\`); le rapport ci-dessous ne compte que les lignes acceptées`,
  },
  en: {
    title: '## Data change report',
    base: (b: string, h: string, s: string) => `Published base: ${b} → proposed version: ${h}. Proposed data ${s}.`,
    nothing: 'No change to the data files: the published tables do not change.',
    files: '### Files changed',
    filesHead: '| file | status | rows added | rows changed | rows removed |',
    columns: (n: number) => ` (${n} column(s) changed)`,
    status: { ajouté: 'added', retiré: 'removed', modifié: 'changed', illisible: 'unreadable' } as Record<string, string>,
    effects: '### Effect on the indicators',
    noEffect: 'No benchmarking indicator value changes: no value, rank or median (the other files are detailed below).',
    sense: 'Direction',
    headRanked: '| agency | value before | value after | rank before → after |',
    head: '| agency | value before | value after |',
    details: '<details><summary>Rows per file (daff)</summary>',
    tags: { '+++': 'added', '---': 'removed', '->': 'changed', '...': '…', ':': 'moved' } as Record<string, string>,
    more: (n: number) => `… and ${n} more rows.`,
    valid: (w: number) => (w ? `valid (${w} warning${w > 1 ? 's' : ''})` : 'valid'),
    invalid: (e: number) => `**not valid**: ${e} error${e > 1 ? 's' : ''} (see the annotations and \`npm run validate\`); the report below counts accepted rows only`,
  },
} as const;

function fileTable(f: FileDiff, maxRows: number, locale: Locale): string {
  const [header, ...rows] = f.rows;
  if (!header) return '';
  const head = ['', ...header.slice(1)];
  const shown = rows.slice(0, maxRows);
  const lines = [
    `| ${head.map(md).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...shown.map((r) => {
      const tag = r[0] ?? '';
      const cells = r.slice(1).map((c) => {
        const text = md(c);
        return tag === '->' && c.includes('->') ? `**${text.replace('->', ' → ')}**` : text;
      });
      return `| ${MD[locale].tags[tag] ?? md(tag)} | ${cells.join(' | ')} |`;
    }),
  ];
  if (rows.length > shown.length) lines.push('', MD[locale].more(rows.length - shown.length));
  return lines.join('\n');
}

/** The preview as Markdown: what `npm run data:diff` prints and the pull-request comment shows. */
export function renderChangeMarkdown(result: ChangePreview, labels: { base: string; head: string }, maxRows = 50, locale: Locale = 'fr'): string {
  const w = MD[locale];
  const out: string[] = [];
  const summary = result.after.valid ? w.valid(result.after.warnings.length) : w.invalid(result.after.errors.length);
  out.push(w.title, '');
  out.push(w.base(labels.base, labels.head, summary), '');
  if (result.files.length === 0 && result.effects.length === 0) {
    out.push(w.nothing);
    return `${out.join('\n')}\n`;
  }

  out.push(w.files, '');
  out.push(w.filesHead, '| --- | --- | ---: | ---: | ---: |');
  for (const f of result.files) out.push(`| \`${f.file}\` | ${w.status[f.status] ?? f.status}${f.columnsChanged ? w.columns(f.columnsChanged) : ''} | ${f.added} | ${f.changed} | ${f.removed} |`);
  out.push('');

  out.push(w.effects, '');
  if (result.effects.length === 0) out.push(w.noEffect, '');
  for (const e of result.effects) {
    const ind = e.indicator;
    out.push(`#### ${md(ind.label[locale])} (\`${ind.id}\`), ${e.period}`, '');
    const dir = e.directionBefore ? `${directionText(e.directionBefore, locale)} → **${directionText(ind.direction, locale)}**` : directionText(ind.direction, locale);
    out.push(`${w.sense}${locale === 'fr' ? ' : ' : ': '}${dir}. ${medianText(e, locale)}.`, '');
    if (e.moves.length) {
      const ranked = isRanked(e);
      out.push(ranked ? w.headRanked : w.head);
      out.push(ranked ? '| --- | ---: | ---: | --- |' : '| --- | ---: | ---: |');
      for (const m of e.moves) {
        const full = m.agencyName[locale];
        const name = full === m.agency ? m.agency : `${md(full)} (${m.agency})`;
        const vb = observationText(m.before, ind.unit, locale);
        const va = observationText(m.after, ind.unit, locale);
        const changed = !sameObservation(m.before, m.after);
        const cells = [name, vb, changed && m.after ? `**${va}**` : va];
        if (ranked) cells.push(rankMoveText(m, locale));
        out.push(`| ${cells.join(' | ')} |`);
      }
      out.push('');
      const moved = movedRanksText(e, locale);
      if (moved) out.push(moved, '');
    }
  }

  out.push(w.details, '');
  for (const f of result.files) out.push(`#### \`${f.file}\``, '', fileTable(f, maxRows, locale), '');
  out.push('</details>');
  return `${out.join('\n')}\n`;
}
