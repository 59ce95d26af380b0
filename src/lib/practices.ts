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

/**
 * `reseau` value of a practice of a body that is not part of the Centre (ServiceOntario,
 * the City of Toronto…), described by a source document: it is filed under no Centre
 * network or group, and `organisme_externe` names the body.
 */
export const OUTSIDE_NETWORK = 'externe';

export interface PracticeMeta {
  /** Route path without locale prefix, e.g. /meilleures-pratiques/sondages-en-ligne */
  permalink: string;
  file: string;
  title: string;
  description: string;
  /** A Centre network or working group code, or OUTSIDE_NETWORK. */
  network: string;
  /** The outside body whose practice it is (set only when network is OUTSIDE_NETWORK). */
  outsideBody?: string;
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
  const networkCodes = catalog.networks.map((n) => n.code);
  const [network] = checkCodes(problems, file, 'reseau', fm.reseau, [...networkCodes, OUTSIDE_NETWORK]);
  const rawBody = fm.organisme_externe;
  const outsideBody = typeof rawBody === 'string' ? rawBody.normalize('NFC').trim() : '';
  if (network === OUTSIDE_NETWORK) {
    if (!outsideBody) {
      problems.push(
        `${file} : champ « organisme_externe » : obligatoire quand « reseau » vaut « ${OUTSIDE_NETWORK} ». ` +
          `Écrivez le nom de l'organisme d'où vient la pratique, par exemple organisme_externe: ServiceOntario.`,
      );
    }
  } else if (rawBody !== undefined) {
    problems.push(
      `${file} : champ « organisme_externe » : permis seulement pour une pratique externe (reseau: ${OUTSIDE_NETWORK}). ` +
        `Cette fiche relève d'une instance du Centre (reseau: ${String(fm.reseau)}) : retirez « organisme_externe », ou écrivez reseau: ${OUTSIDE_NETWORK} si la pratique vient d'un organisme qui n'est pas membre du Centre.`,
    );
  }
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
    ...(network === OUTSIDE_NETWORK ? {outsideBody} : {}),
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
