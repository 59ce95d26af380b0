/**
 * Reference tables: agencies, delivery channels, themes, sources (pointed
 * to by the benchmark data), networks and breakfast conferences (pointed to
 * by pages and evaluations). They go through the same reader, text checks
 * and messages as contributions: one reader, one set of rules, one report.
 */
import type { Reporter } from './report';
import { Cells, readTable, suggest, type ReadHooks, type RowHandler, type TableContext, type TableInput, type TableSchema } from './table';
import type { Agency, AgencyStatus, Channel, ChannelCode, Conference, Network, Source, Theme } from './types';
import type { ReferenceCodes } from './catalogue';

export const AGENCY_SCHEMA: TableSchema = {
  table: 'agencies',
  required: ['code', 'nom_fr', 'nom_en', 'statut'],
  optional: ['membre_depuis', 'membre_jusqu_a', 'site_web', 'note_fr', 'note_en'],
};
export const CHANNEL_SCHEMA: TableSchema = { table: 'channels', required: ['code', 'nom_fr', 'nom_en'], optional: [] };
export const THEME_SCHEMA: TableSchema = { table: 'themes', required: ['code', 'nom_fr', 'nom_en'], optional: [] };
export const SOURCE_SCHEMA: TableSchema = {
  table: 'sources',
  required: ['code', 'titre_fr', 'titre_en'],
  optional: ['date', 'editeur', 'editeur_en'],
};
export const NETWORK_SCHEMA: TableSchema = {
  table: 'networks',
  required: ['code', 'type', 'nom_fr', 'nom_en', 'statut', 'organismes'],
  optional: ['debut', 'debut_fr', 'debut_en', 'fin', 'statut_periode', 'organismes_visites', 'source'],
};
export const CONFERENCE_SCHEMA: TableSchema = {
  table: 'conferences',
  required: ['slug', 'date', 'titre_fr', 'titre_en', 'reseau', 'source'],
  optional: ['conferenciers', 'participants', 'evaluations', 'resume_fr', 'resume_en'],
};

export interface Reference extends ReferenceCodes {
  agencyList: Agency[];
  channelList: Channel[];
  themeList: Theme[];
  sourceList: Source[];
}

/** Read a table whose key column holds unique codes; `build` checks the rest of the row. */
async function readKeyed<T>(
  input: TableInput,
  schema: TableSchema,
  key: string,
  reporter: Reporter,
  build: (c: Cells, cells: string[], line: number, code: string) => T | null,
  hooks?: ReadHooks,
): Promise<T[]> {
  const out: T[] = [];
  const lines = new Map<string, number>();
  await readTable(
    input,
    schema,
    reporter,
    (ctx: TableContext): RowHandler => {
      const c = new Cells(ctx, reporter);
      const texts = [...schema.required, ...schema.optional].filter((n) => n !== key);
      return (cells, line) => {
        for (const name of texts) c.checkText(line, name, c.text(cells, c.col(name)));
        const code = c.required(cells, line, key);
        if (code === null) return false;
        if (lines.has(code)) {
          c.error(line, key, 'primary-key', 'ref.duplicate-code', { code, line: lines.get(code)! });
          return false;
        }
        lines.set(code, line);
        const item = build(c, cells, line, code);
        if (item === null) return false;
        out.push(item);
        return true;
      };
    },
    hooks,
  );
  return out;
}

function year(c: Cells, cells: string[], line: number, name: string): number | null | undefined {
  const v = c.text(cells, c.col(name));
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) {
    c.error(line, name, 'type-error', 'cell.bad-year', { value: v });
    return undefined;
  }
  return Number(v);
}

/** "2006", "2007-01" or "2006-05-30" (a real month and day), or empty. */
function partialDate(c: Cells, cells: string[], line: number, name: string, full = false): string | null | undefined {
  const v = c.text(cells, c.col(name));
  if (v === '') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const ok =
    m &&
    (!full || m[3] !== undefined) &&
    (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (m[3] === undefined || (Number(m[3]) >= 1 && Number(m[3]) <= new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()));
  if (ok) return v;
  c.error(line, name, 'type-error', full ? 'cell.bad-date' : 'cell.bad-year', { value: v });
  return undefined;
}

function count(c: Cells, cells: string[], line: number, name: string): number | null | undefined {
  const v = c.text(cells, c.col(name));
  if (v === '') return null;
  if (!/^\d+$/.test(v)) {
    c.error(line, name, 'type-error', 'cell.bad-count', { value: v });
    return undefined;
  }
  return Number(v);
}

export function readAgencies(input: TableInput, reporter: Reporter, hooks?: ReadHooks): Promise<Agency[]> {
  return readKeyed(
    input,
    AGENCY_SCHEMA,
    'code',
    reporter,
    (c, cells, line, code) => {
      const t = (n: string) => c.text(cells, c.col(n));
      const status = c.oneOf(cells, line, 'statut', ['actif', 'ancien'] as const, 'agency-status');
      const since = year(c, cells, line, 'membre_depuis');
      const until = year(c, cells, line, 'membre_jusqu_a');
      const website = c.url(cells, line, 'site_web');
      const nameFr = c.required(cells, line, 'nom_fr');
      const nameEn = c.required(cells, line, 'nom_en');
      if (!status || since === undefined || until === undefined || website === undefined || nameFr === null || nameEn === null) return null;
      const noteFr = t('note_fr');
      const noteEn = t('note_en');
      return {
        code,
        name: { fr: nameFr, en: nameEn },
        memberSince: since,
        memberUntil: until,
        website,
        status: status as AgencyStatus,
        note: noteFr || noteEn ? { fr: noteFr, en: noteEn } : null,
      } satisfies Agency;
    },
    hooks,
  );
}

function named(c: Cells, cells: string[], line: number, code: string): { code: string; name: { fr: string; en: string } } | null {
  const fr = c.required(cells, line, 'nom_fr');
  const en = c.required(cells, line, 'nom_en');
  return fr === null || en === null ? null : { code, name: { fr, en } };
}

export async function readChannels(input: TableInput, reporter: Reporter, hooks?: ReadHooks): Promise<Channel[]> {
  const list = await readKeyed(input, CHANNEL_SCHEMA, 'code', reporter, named, hooks);
  return list.map((ch) => ({ code: ch.code as ChannelCode, name: ch.name }));
}

export function readThemes(input: TableInput, reporter: Reporter, hooks?: ReadHooks): Promise<Theme[]> {
  return readKeyed(input, THEME_SCHEMA, 'code', reporter, named, hooks);
}

export function readSources(input: TableInput, reporter: Reporter, hooks?: ReadHooks): Promise<Source[]> {
  return readKeyed(
    input,
    SOURCE_SCHEMA,
    'code',
    reporter,
    (c, cells, line, code) => {
      const fr = c.required(cells, line, 'titre_fr');
      const en = c.required(cells, line, 'titre_en');
      if (fr === null || en === null) return null;
      const publisher = c.text(cells, c.col('editeur')) || null;
      return {
        code,
        title: { fr, en },
        date: c.text(cells, c.col('date')) || null,
        publisher,
        publisherEn: c.text(cells, c.col('editeur_en')) || null,
      } satisfies Source;
    },
    hooks,
  );
}

/**
 * data/reseaux.csv: exchange networks and working groups, with their member
 * agencies (empty for a group whose members no source lists) and, apart, the
 * agencies a group visited. Dates and status are given as the source words
 * them, for the period it states them (statut_periode) and with its code.
 */
export function readNetworks(
  input: TableInput,
  reporter: Reporter,
  agencies: ReadonlySet<string>,
  hooks?: ReadHooks,
  sources?: ReadonlySet<string>,
): Promise<Network[]> {
  return readKeyed(
    input,
    NETWORK_SCHEMA,
    'code',
    reporter,
    (c, cells, line, code) => {
      let ok = true;
      const kind = c.oneOf(cells, line, 'type', ['reseau', 'groupe'] as const, 'network-kind');
      const status = c.oneOf(cells, line, 'statut', ['actif', 'termine', 'prevu'] as const, 'network-status');
      const fr = c.required(cells, line, 'nom_fr');
      const en = c.required(cells, line, 'nom_en');
      const start = partialDate(c, cells, line, 'debut');
      const end = partialDate(c, cells, line, 'fin');
      const t = (n: string) => c.text(cells, c.col(n));
      const codes = (column: string) => {
        const list = t(column)
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const m of list) {
          if (agencies.has(m)) continue;
          ok = false;
          c.error(line, column, 'foreign-key', 'cell.foreign-key', {
            value: m,
            what: 'agency',
            suggestion: suggest(m, agencies),
            table: 'data/organismes.csv',
            codes: [...agencies].slice(0, 13),
            count: agencies.size,
          });
        }
        return list;
      };
      const members = codes('organismes');
      const visited = codes('organismes_visites');
      // An exchange network gathers one representative of each member agency:
      // its list is known. A working group's members may be unknown.
      if (members.length === 0 && kind === 'reseau') {
        c.error(line, 'organismes', 'constraint-error', 'networks.empty-members');
        ok = false;
      }
      let source: string | null = t('source') || null;
      if (source !== null && sources && !sources.has(source)) {
        source = c.foreign(cells, line, 'source', sources, 'source', 'data/sources.csv');
        ok = false;
      }
      const startFr = t('debut_fr');
      const startEn = t('debut_en');
      if (!ok || !kind || !status || fr === null || en === null || start === undefined || end === undefined) return null;
      return {
        code,
        kind,
        name: { fr, en },
        start,
        startText: startFr || startEn ? { fr: startFr || startEn, en: startEn || startFr } : null,
        end,
        status,
        statusPeriod: t('statut_periode') || null,
        agencies: members,
        visited,
        source,
      } satisfies Network;
    },
    hooks,
  );
}

/** data/dejeuners-conferences.csv: the breakfast conferences, sorted by date. */
export async function readConferences(
  input: TableInput,
  reporter: Reporter,
  networks: ReadonlySet<string>,
  sources: ReadonlySet<string>,
  hooks?: ReadHooks,
): Promise<Conference[]> {
  const list = await readKeyed(
    input,
    CONFERENCE_SCHEMA,
    'slug',
    reporter,
    (c, cells, line, slug) => {
      let ok = true;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        c.error(line, 'slug', 'constraint-error', 'ref.bad-code', { code: slug, example: '2006-05-30-alphabetisation' });
        ok = false;
      }
      const date = partialDate(c, cells, line, 'date', true);
      if (date === null) c.required(cells, line, 'date');
      const network = c.foreign(cells, line, 'reseau', networks, 'network', 'data/reseaux.csv');
      const source = c.foreign(cells, line, 'source', sources, 'source', 'data/sources.csv');
      const fr = c.required(cells, line, 'titre_fr');
      const en = c.required(cells, line, 'titre_en');
      const participants = count(c, cells, line, 'participants');
      const evaluations = count(c, cells, line, 'evaluations');
      const t = (n: string) => c.text(cells, c.col(n));
      if (!ok || !date || network === null || source === null || fr === null || en === null || participants === undefined || evaluations === undefined) return null;
      return {
        slug,
        date,
        title: { fr, en },
        speakers: t('conferenciers')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
        network,
        participants,
        evaluations,
        summary: { fr: t('resume_fr'), en: t('resume_en') },
        source,
        origin: { file: input.name, line },
      } satisfies Conference;
    },
    hooks,
  );
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The lookups other tables need, from the four benchmark reference lists. */
export function referenceOf(agencyList: Agency[], channelList: Channel[], themeList: Theme[], sourceList: Source[]): Reference {
  const sourceByCode = new Map(sourceList.map((s) => [s.code, s]));
  return {
    agencyList,
    channelList,
    themeList,
    sourceList,
    agencies: new Map(agencyList.map((a) => [a.code, a])),
    channels: new Set(channelList.map((c) => c.code)),
    themes: new Set(themeList.map((t) => t.code)),
    sources: new Set(sourceList.map((s) => s.code)),
    sourceCode: (code) => sourceByCode.get(code)?.code ?? code,
  };
}
