/**
 * Evaluations of the breakfast conferences (data/evaluations-conferences.csv):
 * the rating distribution of each conference, checked against the number of
 * evaluations given in data/dejeuners-conferences.csv.
 *
 * A distribution the sources do not give is 'illustratif' and must still add
 * up to the real number of evaluations.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Papa from 'papaparse';
import { parseNumber } from './read';
import { Reporter, q } from './report';
import { Cells, numberMessage, readTable, type TableSchema } from './validate';
import type { ValidationReport, ValueStatus } from './types';

export const EVALUATIONS_FILE = 'evaluations-conferences.csv';
export const CONFERENCES_FILE = 'dejeuners-conferences.csv';

export type RatingLevel = 'tres-satisfait' | 'satisfait' | 'peu-satisfait' | 'insatisfait';
/** From best to worst, the order of the charts. */
export const RATING_LEVELS: readonly RatingLevel[] = ['tres-satisfait', 'satisfait', 'peu-satisfait', 'insatisfait'];

const SCHEMA: TableSchema = {
  title: 'évaluations des déjeuners-conférences',
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

export interface EvaluationsLoadResult {
  distributions: RatingDistribution[];
  report: ValidationReport;
}

interface ConferenceRef {
  evaluations: number | null;
  line: number;
}

/** slug → number of evaluations and line, read leniently (src/lib/catalog.ts checks that file). */
async function conferenceCounts(path: string): Promise<Map<string, ConferenceRef>> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', delimiter: ',' });
  const out = new Map<string, ConferenceRef>();
  parsed.data.forEach((r, i) => {
    const slug = (r.slug ?? '').trim();
    const raw = (r.evaluations ?? '').trim();
    if (slug) out.set(slug, { evaluations: /^\d+$/.test(raw) ? Number(raw) : null, line: i + 2 });
  });
  return out;
}

export async function loadEvaluations(dataDir: string): Promise<EvaluationsLoadResult> {
  const reporter = new Reporter();
  const root = resolve(dataDir);
  const display = (name: string) => relative(dirname(root), join(root, name)).split(sep).join('/');
  const file = display(EVALUATIONS_FILE);
  const abs = join(dataDir, EVALUATIONS_FILE);
  if (!existsSync(abs)) return { distributions: [], report: reporter.toReport() };
  const confPath = join(dataDir, CONFERENCES_FILE);
  if (!existsSync(confPath)) {
    reporter.add(display(CONFERENCES_FILE), 0, 0, null, 'source-error', `${CONFERENCES_FILE} introuvable : les évaluations ne peuvent pas être rattachées à leurs conférences.`);
    return { distributions: [], report: reporter.toReport() };
  }
  const conferences = await conferenceCounts(confPath);
  const slugs = new Set(conferences.keys());
  const byConference = new Map<string, RatingDistribution>();
  const seen = new Map<string, number>();
  let countColumn = 0;

  await readTable(abs, file, SCHEMA, reporter, (ctx) => {
    const c = new Cells(ctx, reporter);
    countColumn = c.col('nombre') + 1;
    return (cells, line) => {
      let ok = true;
      const slug = c.foreign(cells, line, 'conference', slugs, 'Déjeuner-conférence', `data/${CONFERENCES_FILE}`);
      const level = c.oneOf(cells, line, 'niveau', RATING_LEVELS, 'un niveau de satisfaction');
      const status = c.oneOf(cells, line, 'statut', ['publie', 'illustratif'] as const, 'un statut');
      const raw = c.text(cells, c.col('nombre'));
      let count: number | null = null;
      if (raw === '') c.error(line, 'nombre', 'constraint-error', 'Nombre obligatoire : écrivez le nombre de personnes ayant choisi ce niveau (0 s’il n’y en a aucune).');
      else {
        const n = parseNumber(raw, ctx.info.decimalMark);
        if (!n.ok) c.error(line, 'nombre', n.type, numberMessage(raw, n, ctx.info.decimalMark));
        else if (!Number.isInteger(n.value) || n.value < 0 || n.suffix) c.error(line, 'nombre', 'constraint-error', `${q(raw)} n’est pas un nombre de personnes : écrivez un entier positif ou nul.`);
        else count = n.value;
      }
      const note = c.text(cells, c.col('note'));
      c.checkText(line, 'note', note);
      const noteEn = c.text(cells, c.col('note_en'));
      c.checkText(line, 'note_en', noteEn);
      const source = c.text(cells, c.col('source'));
      if (status === 'publie' && !source) {
        c.error(line, c.col('source') === -1 ? 'statut' : 'source', 'constraint-error', 'Une répartition publiée (statut publie) doit citer sa source; sinon, mettez le statut illustratif.');
        ok = false;
      }
      if (!ok || slug === null || level === null || status === null || count === null) return false;
      const key = `${slug}|${level}`;
      if (seen.has(key)) {
        c.error(line, 'niveau', 'primary-key', `Le niveau ${q(level)} de ${slug} figure déjà à la ligne ${seen.get(key)}. Gardez une seule des deux lignes.`);
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
        c.error(line, 'statut', 'constraint-error', `Statut ${q(status)} différent de celui des autres lignes de ${slug} (${d.status}, ligne ${d.origin.lines[0]}) : une répartition est publiée ou illustrative en entier.`);
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
  });

  for (const d of byConference.values()) {
    const conf = conferences.get(d.conference)!;
    const last = d.origin.lines[d.origin.lines.length - 1];
    const lines = d.origin.lines.length === 1 ? `ligne ${last}` : `lignes ${d.origin.lines.join(', ')}`;
    if (conf.evaluations === null) {
      reporter.add(
        file, last, countColumn, 'nombre', 'constraint-error',
        `${d.conference} : le nombre d’évaluations est absent de data/${CONFERENCES_FILE} (ligne ${conf.line}) : la répartition (${lines}) ne peut pas être vérifiée. Indiquez-le dans la colonne evaluations.`,
      );
    } else if (conf.evaluations !== d.total) {
      reporter.add(
        file, last, countColumn, 'nombre', 'total-mismatch',
        `${d.conference} : la répartition (${lines}) totalise ${d.total} évaluations, mais data/${CONFERENCES_FILE} (ligne ${conf.line}) en indique ${conf.evaluations}. Une répartition, même illustrative, doit totaliser le nombre réel d’évaluations.`,
      );
    }
  }
  const order = [...conferences.keys()];
  const distributions = [...byConference.values()].sort((a, b) => order.indexOf(a.conference) - order.indexOf(b.conference));
  return { distributions, report: reporter.toReport() };
}
