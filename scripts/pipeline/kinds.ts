/**
 * What a file is: from its place in a data folder (data/valeurs/x.csv is a
 * values file), or, for a file dropped on the checker page, from its header.
 */
import Papa from 'papaparse';
import { readChunks, type ByteSource } from './bytes';
import { CATALOGUE_SCHEMA } from './catalogue';
import { CONTRIBUTIONS_SCHEMA, PARAMETERS_SCHEMA, SECTIONS, STATEMENT_SCHEMA } from './finances';
import { EVALUATIONS_SCHEMA } from './evaluations';
import { chooseDelimiter, foldName } from './read';
import { AGENCY_SCHEMA, CHANNEL_SCHEMA, CONFERENCE_SCHEMA, NETWORK_SCHEMA, SOURCE_SCHEMA, THEME_SCHEMA } from './reference';
import { headerFit, knownHeaderKeys, resolveHeader, type TableSchema } from './table';
import type { FileKind } from './types';
import { VALUES_SCHEMA } from './values';

export const KIND_SCHEMAS: Readonly<Record<FileKind, TableSchema>> = {
  values: VALUES_SCHEMA,
  catalogue: CATALOGUE_SCHEMA,
  agencies: AGENCY_SCHEMA,
  channels: CHANNEL_SCHEMA,
  themes: THEME_SCHEMA,
  sources: SOURCE_SCHEMA,
  networks: NETWORK_SCHEMA,
  conferences: CONFERENCE_SCHEMA,
  evaluations: EVALUATIONS_SCHEMA,
  'statement-operations': STATEMENT_SCHEMA,
  'balance-sheet': STATEMENT_SCHEMA,
  'finance-parameters': PARAMETERS_SCHEMA,
  contributions: CONTRIBUTIONS_SCHEMA,
};

export const FILE_KINDS = Object.keys(KIND_SCHEMAS) as FileKind[];

/** Where each table lives in a data folder (values: every file of VALUES_DIR). */
export const DATA_FOLDER_FILES: Readonly<Record<Exclude<FileKind, 'values'>, string>> = {
  catalogue: 'indicateurs.csv',
  agencies: 'organismes.csv',
  channels: 'modes-de-prestation.csv',
  themes: 'themes.csv',
  sources: 'sources.csv',
  networks: 'reseaux.csv',
  conferences: 'dejeuners-conferences.csv',
  evaluations: 'evaluations-conferences.csv',
  'statement-operations': 'finances/etat-des-resultats.csv',
  'balance-sheet': 'finances/bilan.csv',
  'finance-parameters': 'finances/parametres.csv',
  contributions: 'finances/cotisations.csv',
};
export const VALUES_DIR = 'valeurs';

/** The kind of a file from its path inside a data folder ("valeurs/x.csv", "finances/bilan.csv"), or null. */
export function kindOfPath(relPath: string): FileKind | null {
  const p = relPath.split('\\').join('/');
  if (p.startsWith(`${VALUES_DIR}/`) && !p.slice(VALUES_DIR.length + 1).includes('/')) return 'values';
  for (const [kind, file] of Object.entries(DATA_FOLDER_FILES)) if (p === file) return kind as FileKind;
  return null;
}

export interface KindGuess {
  /** The recognised kind, or null when no template fits well enough. */
  kind: FileKind | null;
  /** Each kind's fit (share of its required columns found), best first. */
  candidates: { kind: FileKind; fit: number }[];
}

/** Least share of a template's required columns for a header to be recognised as that template. */
const MIN_FIT = 0.6;

/**
 * Recognise a table from its header cells. Tables that share a header are
 * told apart by the file's name when it is a data folder name (bilan.csv,
 * themes.csv), else by their first rows (sections of a financial statement,
 * channel codes).
 */
export function kindFromHeader(header: readonly string[], firstRows: readonly (readonly string[])[] = [], name?: string): KindGuess {
  const seen = new Set<TableSchema>();
  const candidates: { kind: FileKind; fit: number }[] = [];
  for (const kind of FILE_KINDS) {
    const schema = KIND_SCHEMAS[kind];
    if (kind === 'balance-sheet' || seen.has(schema)) continue;
    seen.add(schema);
    candidates.push({ kind, fit: headerFit(header, schema) });
  }
  candidates.sort((a, b) => b.fit - a.fit);
  const best = candidates[0];
  if (!best || best.fit < MIN_FIT) return { kind: null, candidates };
  // the file's own name ("themes.csv", "bilan.csv") decides between kinds that share a header
  const file = name ? name.slice(name.lastIndexOf('/') + 1).toLowerCase() : '';
  for (const [kind, path] of Object.entries(DATA_FOLDER_FILES)) {
    if (file && path.slice(path.lastIndexOf('/') + 1) === file && headerFit(header, KIND_SCHEMAS[kind as FileKind]) >= best.fit) return { kind: kind as FileKind, candidates };
  }
  if (best.kind === 'channels') {
    // themes.csv has the same columns: channel codes are a closed list
    const codes = firstRows.map((r) => foldName(r[0] ?? '')).filter(Boolean);
    if (codes.length && !codes.every((c) => CHANNEL_CODES.has(c))) return { kind: 'themes', candidates };
  }
  if (best.kind === 'statement-operations') {
    const { names } = resolveHeader(header, STATEMENT_SCHEMA);
    const at = names.indexOf('section');
    let ops = 0;
    let bal = 0;
    for (const row of firstRows) {
      const s = foldName(row[at] ?? '');
      if (SECTIONS.resultats.includes(s) && !SECTIONS.bilan.includes(s)) ops++;
      else if (SECTIONS.bilan.includes(s) && !SECTIONS.resultats.includes(s)) bal++;
    }
    if (bal > ops) return { kind: 'balance-sheet', candidates: [{ kind: 'balance-sheet', fit: best.fit }, ...candidates] };
  }
  return { kind: best.kind, candidates };
}

const CHANNEL_CODES: ReadonlySet<string> = new Set(['telephone', 'en-personne', 'web', 'courriel', 'courrier', 'rvi', 'tous']);

const ALL_KEYS: ReadonlySet<string> = new Set(FILE_KINDS.flatMap((k) => [...knownHeaderKeys(KIND_SCHEMAS[k])]));

/**
 * Recognise a file from its first bytes (at most 64 KB): decoded as the
 * reader would (BOM, UTF-8, else Windows-1252 as Latin-1 is enough for
 * header words), header and first rows parsed.
 */
export async function detectKind(source: ByteSource, name?: string): Promise<KindGuess> {
  let head: Uint8Array | null = null;
  for await (const chunk of readChunks(source)) {
    head = chunk.subarray(0, 1 << 16);
    break;
  }
  if (!head || head.length === 0) return { kind: null, candidates: [] };
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head);
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(head);
    } catch {
      // cut inside a character, or not UTF-8: good enough to read column names
      text = new TextDecoder('utf-8').decode(head);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nl = text.indexOf('\n');
  const delimiter = chooseDelimiter(nl === -1 ? text : text.slice(0, nl), ALL_KEYS);
  const rows = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 12 }).data;
  if (rows.length === 0) return { kind: null, candidates: [] };
  return kindFromHeader(rows[0], rows.slice(1), name);
}
