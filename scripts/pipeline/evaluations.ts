/**
 * Evaluations of the breakfast conferences (data/evaluations-conferences.csv):
 * the rating distribution of each conference, checked against the number of
 * evaluations given in data/dejeuners-conferences.csv.
 *
 * A distribution the sources do not give is 'illustratif' and must still add
 * up to the real number of evaluations.
 */
import { parseNumber } from './read';
import type { Reporter } from './report';
import { Cells, STATUSES, numberMessage, readTable, type ReadHooks, type TableInput, type TableSchema } from './table';
import type { Conference, ValueStatus } from './types';

export const EVALUATIONS_FILE = 'evaluations-conferences.csv';
export const CONFERENCES_FILE = 'dejeuners-conferences.csv';

export type RatingLevel = 'tres-satisfait' | 'satisfait' | 'peu-satisfait' | 'insatisfait';
/** From best to worst, the order of the charts. */
export const RATING_LEVELS: readonly RatingLevel[] = ['tres-satisfait', 'satisfait', 'peu-satisfait', 'insatisfait'];

export const EVALUATIONS_SCHEMA: TableSchema = {
  table: 'evaluations',
  required: ['conference', 'niveau', 'nombre', 'statut'],
  optional: ['note', 'note_en', 'source'],
};

export interface RatingDistribution {
  /** Slug of the conference in dejeuners-conferences.csv. */
  conference: string;
  status: ValueStatus;
  /** Count per level; a level without a row is 0. */
  counts: Record<RatingLevel, number>;
  total: number;
  /** Note in French (column note) and in English (note_en), from the first row that has one. */
  note: string | null;
  noteEn: string | null;
  source: string | null;
  origin: { file: string; lines: number[] };
}

/**
 * Read and check the evaluations against the conferences (and their
 * number of evaluations). Problems go to the reporter; the accepted
 * distributions come back in the conferences' order.
 */
export async function readEvaluations(
  input: TableInput,
  reporter: Reporter,
  conferences: readonly Conference[],
  sources: ReadonlySet<string> | null,
  hooks?: ReadHooks,
): Promise<RatingDistribution[]> {
  const file = input.name;
  const bySlug = new Map(conferences.map((c) => [c.slug, c]));
  const slugs = new Set(bySlug.keys());
  const byConference = new Map<string, RatingDistribution>();
  const seen = new Map<string, number>();
  let countColumn = 0;

  await readTable(
    input,
    EVALUATIONS_SCHEMA,
    reporter,
    (ctx) => {
      const c = new Cells(ctx, reporter);
      countColumn = c.col('nombre') + 1;
      return (cells, line) => {
        let ok = true;
        const slug = c.foreign(cells, line, 'conference', slugs, 'conference', `data/${CONFERENCES_FILE}`);
        const level = c.oneOf(cells, line, 'niveau', RATING_LEVELS, 'level');
        const status = c.oneOf(cells, line, 'statut', STATUSES, 'status');
        const raw = c.text(cells, c.col('nombre'));
        let count: number | null = null;
        if (raw === '') c.error(line, 'nombre', 'constraint-error', 'evaluations.count-required');
        else {
          const n = parseNumber(raw, ctx.info.decimalMark);
          if (!n.ok) {
            const m = numberMessage(raw, n, ctx.info.decimalMark);
            c.error(line, 'nombre', n.type, m.code, m.params);
          } else if (!Number.isInteger(n.value) || n.value < 0 || n.suffix) c.error(line, 'nombre', 'constraint-error', 'evaluations.not-people', { raw });
          else count = n.value;
        }
        const note = c.text(cells, c.col('note'));
        c.checkText(line, 'note', note);
        const noteEn = c.text(cells, c.col('note_en'));
        c.checkText(line, 'note_en', noteEn);
        const source = c.text(cells, c.col('source'));
        if (source && sources && !sources.has(source)) {
          c.error(line, 'source', 'foreign-key', 'cell.unknown-source', { value: source, suggestion: null });
          ok = false;
        }
        if (status === 'publie' && !source) {
          c.error(line, c.col('source') === -1 ? 'statut' : 'source', 'constraint-error', 'evaluations.published-needs-source');
          ok = false;
        }
        if (!ok || slug === null || level === null || status === null || count === null) return false;
        const key = `${slug}|${level}`;
        if (seen.has(key)) {
          c.error(line, 'niveau', 'primary-key', 'evaluations.duplicate-level', { level, conference: slug, line: seen.get(key)! });
          return false;
        }
        seen.set(key, line);
        let d = byConference.get(slug);
        if (!d) {
          d = {
            conference: slug,
            status,
            counts: { 'tres-satisfait': 0, satisfait: 0, 'peu-satisfait': 0, insatisfait: 0 },
            total: 0,
            note: null,
            noteEn: null,
            source: null,
            origin: { file, lines: [] },
          };
          byConference.set(slug, d);
        } else if (d.status !== status) {
          c.error(line, 'statut', 'constraint-error', 'evaluations.mixed-status', { status, conference: slug, other: d.status, line: d.origin.lines[0] });
          return false;
        }
        d.counts[level] = count;
        d.total += count;
        d.origin.lines.push(line);
        if (note && !d.note) d.note = note;
        if (noteEn && !d.noteEn) d.noteEn = noteEn;
        if (source && !d.source) d.source = source;
        return true;
      };
    },
    hooks,
  );

  for (const d of byConference.values()) {
    const conf = bySlug.get(d.conference)!;
    const last = d.origin.lines[d.origin.lines.length - 1];
    const where = { conference: d.conference, lines: d.origin.lines, file: conf.origin?.file ?? `data/${CONFERENCES_FILE}`, confLine: conf.origin?.line ?? null };
    if (conf.evaluations === null) {
      reporter.add(file, last, countColumn, 'nombre', 'constraint-error', 'evaluations.count-missing', where);
    } else if (conf.evaluations !== d.total) {
      reporter.add(file, last, countColumn, 'nombre', 'total-mismatch', 'evaluations.total-mismatch', { ...where, total: d.total, expected: conf.evaluations });
    }
  }
  const order = conferences.map((c) => c.slug);
  return [...byConference.values()].sort((a, b) => order.indexOf(a.conference) - order.indexOf(b.conference));
}
