/**
 * Practice sheets (fiches de meilleures pratiques): typed front matter, checked at
 * build time against the catalogues so that an unknown agency, network, channel,
 * theme or source stops the build with a message naming the file and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {SiteCatalog} from './catalog';
import {frontMatterProblems} from './content-policy/front-matter';

export const PRACTICE_STATUSES = ['publiee', 'archivee', 'exemple'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

export interface PracticeMeta {
  /** Route path without locale prefix, e.g. /meilleures-pratiques/sondages-en-ligne */
  permalink: string;
  file: string;
  title: string;
  description: string;
  network: string;
  themes: string[];
  channels: string[];
  agencies: string[];
  year: number;
  source: string;
  status: PracticeStatus;
}

export class PracticeFrontMatterError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Fiche(s) de pratique invalide(s) — corrigez l'en-tête (front matter) :\n` +
        problems.map((p) => `  • ${p}`).join('\n'),
    );
    this.name = 'PracticeFrontMatterError';
  }
}

function closest(value: string, candidates: string[]): string | null {
  // Cheap suggestion: same prefix or case-insensitive match.
  const v = value.toLowerCase();
  return candidates.find((c) => c.toLowerCase() === v) ?? candidates.find((c) => c.toLowerCase().startsWith(v.slice(0, 3))) ?? null;
}

function checkCodes(
  problems: string[],
  file: string,
  field: string,
  raw: unknown,
  valid: string[],
  {min = 1}: {min?: number} = {},
): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  if (list.length < min) {
    problems.push(`${file} : champ « ${field} » : au moins ${min} valeur attendue (codes valides : ${valid.join(', ')}).`);
    return [];
  }
  const out: string[] = [];
  for (const item of list) {
    const code = String(item).normalize('NFC').trim();
    if (!valid.includes(code)) {
      const hint = closest(code, valid);
      problems.push(
        `${file} : champ « ${field} » : code inconnu « ${code} »` +
          (hint ? ` (vouliez-vous dire « ${hint} » ?)` : '') +
          `. Codes valides : ${valid.join(', ')}.`,
      );
    } else {
      out.push(code);
    }
  }
  return out;
}

export function validatePracticeFrontMatter(
  file: string,
  fm: Record<string, unknown>,
  catalog: SiteCatalog,
  permalink: string,
  problems: string[],
): PracticeMeta | null {
  const before = problems.length;
  const title = typeof fm.title === 'string' ? fm.title : '';
  if (!title) problems.push(`${file} : champ « title » : titre obligatoire.`);
  const description = typeof fm.description === 'string' ? fm.description : '';
  if (!description) problems.push(`${file} : champ « description » : résumé d'une phrase obligatoire.`);
  const [network] = checkCodes(problems, file, 'reseau', fm.reseau, catalog.networks.map((n) => n.code));
  const themes = checkCodes(problems, file, 'themes', fm.themes, catalog.themes.map((t) => t.code));
  const channels = checkCodes(problems, file, 'modes', fm.modes, catalog.channels.map((c) => c.code));
  const agencies = checkCodes(problems, file, 'organismes', fm.organismes, catalog.agencies.map((a) => a.code), {min: 0});
  const [source] = checkCodes(problems, file, 'source', fm.source, catalog.sources.map((s) => s.code));
  const year = typeof fm.annee === 'number' ? fm.annee : Number.NaN;
  const thisYear = new Date().getFullYear();
  if (!Number.isInteger(year) || year < 1990 || year > thisYear) {
    problems.push(`${file} : champ « annee » : année attendue entre 1990 et ${thisYear}, reçu « ${String(fm.annee)} ».`);
  }
  const status = String(fm.statut ?? '');
  if (!(PRACTICE_STATUSES as readonly string[]).includes(status)) {
    problems.push(`${file} : champ « statut » : « ${status} » n'est pas permis. Valeurs permises : ${PRACTICE_STATUSES.join(', ')}.`);
  }
  if (problems.length > before) return null;
  return {
    permalink,
    file,
    title,
    description,
    network: network!,
    themes,
    channels,
    agencies,
    year,
    source: source!,
    status: status as PracticeStatus,
  };
}

/** Reads and validates every sheet in `dir` (one .md/.mdx per practice; index and par-reseau, the section's pages, excluded). */
export async function loadPractices(
  siteDir: string,
  dir: string,
  routeBase: string,
  catalog: SiteCatalog,
): Promise<PracticeMeta[]> {
  if (!fs.existsSync(dir)) return [];
  const problems: string[] = [];
  const out: PracticeMeta[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.mdx?$/.test(name) || name.startsWith('_') || /^(?:index|par-reseau)\.mdx?$/.test(name)) continue;
    const full = path.join(dir, name);
    const rel = path.relative(siteDir, full);
    let fm: Record<string, unknown>;
    const text = fs.readFileSync(full, 'utf8');
    try {
      fm = (await DEFAULT_PARSE_FRONT_MATTER({filePath: full, fileContent: text})).frontMatter;
    } catch (e) {
      problems.push(`${rel} : en-tête YAML illisible (${(e as Error).message.split('\n')[0]}).`);
      continue;
    }
    // Keys and types first (a list where one code is expected, a quoted year, an unknown key…), then codes.
    const typeProblems = frontMatterProblems(rel, text, fm, 'practice');
    if (typeProblems.length) {
      problems.push(...typeProblems);
      continue;
    }
    const slug = typeof fm.slug === 'string' ? fm.slug.replace(/^\//, '') : name.replace(/\.mdx?$/, '');
    const meta = validatePracticeFrontMatter(rel, fm, catalog, `${routeBase}/${slug}`, problems);
    if (meta) out.push(meta);
  }
  if (problems.length > 0) throw new PracticeFrontMatterError(problems);
  return out;
}
