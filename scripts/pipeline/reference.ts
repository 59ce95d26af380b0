/**
 * Reference tables the values point to: data/organismes.csv,
 * data/modes-de-prestation.csv, data/themes.csv, data/sources.csv. They go
 * through the same reader and checks as contributions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from './report';
import { q } from './report';
import { Cells, readTable, type ReferenceCodes, type TableSchema } from './validate';
import type { Agency, AgencyStatus, Channel, ChannelCode, Source, Theme } from './types';

export interface Reference extends ReferenceCodes {
  agencyList: Agency[];
  channelList: Channel[];
  themeList: Theme[];
  sourceList: Source[];
}

export const REFERENCE_FILES = {
  agencies: 'organismes.csv',
  channels: 'modes-de-prestation.csv',
  themes: 'themes.csv',
  sources: 'sources.csv',
} as const;

const AGENCY_SCHEMA: TableSchema = {
  title: 'liste des organismes',
  required: ['code', 'nom_fr', 'nom_en', 'statut'],
  optional: ['membre_depuis', 'membre_jusqu_a', 'site_web', 'note_fr', 'note_en'],
};
const CODE_NAME_SCHEMA = (title: string): TableSchema => ({ title, required: ['code', 'nom_fr', 'nom_en'], optional: [] });
const SOURCE_SCHEMA: TableSchema = {
  title: 'liste des sources',
  required: ['code', 'titre_fr', 'titre_en'],
  optional: ['date', 'editeur'],
};

type Display = (name: string) => string;

/** Read a reference table whose first column is a unique code. */
async function readCoded<T>(
  dataDir: string,
  name: string,
  display: Display,
  schema: TableSchema,
  reporter: Reporter,
  build: (c: Cells, cells: string[], line: number, code: string) => T | null,
): Promise<T[]> {
  const out: T[] = [];
  const abs = join(dataDir, name);
  if (!existsSync(abs)) {
    reporter.add(display(name), 0, 0, null, 'source-error', `Fichier de référence ${name} introuvable dans le dossier de données. Restaurez-le (il fait partie du modèle de données).`);
    return out;
  }
  const lines = new Map<string, number>();
  await readTable(abs, display(name), schema, reporter, (ctx) => {
    const c = new Cells(ctx, reporter);
    return (cells, line) => {
      const code = c.required(cells, line, 'code');
      if (code === null) return false;
      if (lines.has(code)) {
        c.error(line, 'code', 'primary-key', `Le code ${q(code)} est déjà utilisé à la ligne ${lines.get(code)}. Chaque code doit être unique.`);
        return false;
      }
      lines.set(code, line);
      const item = build(c, cells, line, code);
      if (item === null) return false;
      out.push(item);
      return true;
    };
  });
  return out;
}

function year(c: Cells, cells: string[], line: number, name: string): number | null | undefined {
  const v = c.text(cells, c.col(name));
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) {
    c.error(line, name, 'type-error', `${q(v)} n’est pas une année : écrivez quatre chiffres (ex. 2000) ou laissez vide.`);
    return undefined;
  }
  return Number(v);
}

export async function loadReference(dataDir: string, display: Display, reporter: Reporter): Promise<Reference> {
  const agencyList = await readCoded(dataDir, REFERENCE_FILES.agencies, display, AGENCY_SCHEMA, reporter, (c, cells, line, code) => {
    const t = (n: string) => c.text(cells, c.col(n));
    const status = c.oneOf(cells, line, 'statut', ['actif', 'ancien'] as const, 'un statut reconnu');
    const since = year(c, cells, line, 'membre_depuis');
    const until = year(c, cells, line, 'membre_jusqu_a');
    const nameFr = c.required(cells, line, 'nom_fr');
    const nameEn = c.required(cells, line, 'nom_en');
    if (!status || since === undefined || until === undefined || nameFr === null || nameEn === null) return null;
    const noteFr = t('note_fr');
    const noteEn = t('note_en');
    return {
      code,
      name: { fr: nameFr, en: nameEn },
      memberSince: since,
      memberUntil: until,
      website: t('site_web') || null,
      status: status as AgencyStatus,
      note: noteFr || noteEn ? { fr: noteFr, en: noteEn } : null,
    } satisfies Agency;
  });
  const named = (c: Cells, cells: string[], line: number, code: string) => {
    const fr = c.required(cells, line, 'nom_fr');
    const en = c.required(cells, line, 'nom_en');
    return fr === null || en === null ? null : { code, name: { fr, en } };
  };
  const channelList = (await readCoded(dataDir, REFERENCE_FILES.channels, display, CODE_NAME_SCHEMA('liste des modes de prestation'), reporter, named)).map(
    (ch) => ({ code: ch.code as ChannelCode, name: ch.name }),
  );
  const themeList = await readCoded(dataDir, REFERENCE_FILES.themes, display, CODE_NAME_SCHEMA('liste des thèmes'), reporter, named);
  const sourceList = await readCoded(dataDir, REFERENCE_FILES.sources, display, SOURCE_SCHEMA, reporter, (c, cells, line, code) => {
    const fr = c.required(cells, line, 'titre_fr');
    const en = c.required(cells, line, 'titre_en');
    if (fr === null || en === null) return null;
    return {
      code,
      title: { fr, en },
      date: c.text(cells, c.col('date')) || null,
      publisher: c.text(cells, c.col('editeur')) || null,
    } satisfies Source;
  });
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
