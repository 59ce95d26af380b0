/**
 * Front matter of every content file, checked when Docusaurus reads it
 * (markdown.parseFrontMatter in docusaurus.config.ts): each folder accepts a
 * known set of keys, each with its type, so that
 * - a list where one value is expected (reseau: [a, b]) is an error, not a silent drop;
 * - a slug cannot leave its section (slug: /centre, slug: ../x) nor take another page's route;
 * - an unknown key (custom_edit_url, format, draft, a typo…) is reported;
 * - a quoted year or a title read as a number gets a message that says what is wrong.
 * Codes (networks, themes…) are checked against data/ by src/lib/practices.ts.
 */
import path from 'node:path';
import {FOLDER_RULES, ruleFor, type ContentKind, type FolderRule} from './rules';

type FieldType = 'text' | 'one' | 'list' | 'year' | 'integer' | 'boolean' | 'date' | 'slug';

const COMMON: Record<string, FieldType> = {title: 'text', description: 'text', keywords: 'list', sidebar_position: 'integer', sidebar_label: 'text', slug: 'slug'};

/** Keys each kind of content file may have, and their type. */
export const FRONT_MATTER_FIELDS: Record<ContentKind, Record<string, FieldType>> = {
  practice: {...COMMON, reseau: 'one', organisme_externe: 'text', themes: 'list', modes: 'list', organismes: 'list', annee: 'year', source: 'one', statut: 'one'},
  newsletter: {slug: 'slug', title: 'text', description: 'text', keywords: 'list', date: 'date', number: 'integer', authors: 'list', tags: 'list', example: 'boolean'},
  report: {...COMMON},
  page: {...COMMON, hide_title: 'boolean', hide_table_of_contents: 'boolean', pagination_label: 'text'},
};

const REQUIRED: Partial<Record<ContentKind, string[]>> = {
  practice: ['title', 'description'],
  newsletter: ['title', 'description'],
  report: ['title'],
};

export class FrontMatterError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super(`En-tête (front matter) invalide dans ${file} :\n${problems.map((p) => `  • ${p}`).join('\n')}\nRègles : docs/README.md (pages et fiches) et blog/README.md (bulletins).`);
    this.name = 'FrontMatterError';
  }
}

function lineOf(text: string, key: string): number | null {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    if (new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(lines[i]!)) return i + 1;
  }
  return null;
}

const show = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v));

function fieldProblem(key: string, type: FieldType, value: unknown, rule: FolderRule, slugRoute: string | null): string | null {
  const isList = Array.isArray(value);
  switch (type) {
    case 'text':
      if (typeof value === 'number' || typeof value === 'boolean')
        return `le texte est lu comme ${typeof value === 'number' ? 'un nombre' : 'un booléen'} (${String(value)}) : mettez-le entre guillemets, par exemple ${key}: "${String(value)}".`;
      if (isList) return `un seul texte attendu, reçu une liste de ${value.length} valeurs. Si le texte contient des crochets, mettez-le entre guillemets.`;
      if (typeof value !== 'string' || !value.trim()) return `texte attendu.`;
      return null;
    case 'one':
      if (isList) return `une seule valeur attendue, reçu une liste de ${value.length} valeur(s) (${value.map(String).join(', ')}) : gardez-en une seule, sans crochets.`;
      if (typeof value !== 'string' || !value.trim()) return `une valeur (un code) attendue, reçu ${show(value)}.`;
      return null;
    case 'list':
      if (isList) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? null : `liste de codes attendue, par exemple ${key}: [a, b].`;
      if (typeof value === 'string') return null; // one value without brackets
      return `liste attendue, par exemple ${key}: [a, b], reçu ${show(value)}.`;
    case 'year':
      if (typeof value === 'string' && /^\s*\d{4}\s*$/.test(value)) return `l'année est écrite entre guillemets ("${value.trim()}") : retirez les guillemets pour écrire un nombre, ${key}: ${value.trim()}.`;
      if (typeof value !== 'number' || !Number.isInteger(value)) return `année attendue (un nombre de quatre chiffres, sans guillemets), reçu ${show(value)}.`;
      return null;
    case 'integer':
      if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return `nombre écrit entre guillemets ("${value.trim()}") : retirez les guillemets.`;
      return typeof value === 'number' && Number.isInteger(value) ? null : `nombre entier attendu, reçu ${show(value)}.`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `true ou false attendu (sans guillemets), reçu ${show(value)}.`;
    case 'date':
      return value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) ? null : `date AAAA-MM-JJ attendue, reçu ${show(value)}.`;
    case 'slug': {
      if (typeof value !== 'string') return `adresse attendue (lettres minuscules, chiffres, traits d'union), reçu ${show(value)}.`;
      if (!/^\/?[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/.test(value)) {
        return `« ${value} » : une adresse n'a que des lettres minuscules sans accent, des chiffres, des traits d'union et des « / » (ni « .. », ni espace, ni « : »).`;
      }
      if (rule.kind === 'newsletter' && value.includes('/')) return `« ${value} » : l'adresse d'un numéro est un seul mot (elle reste dans sa série), sans « / ».`;
      if (rule.section && slugRoute !== null && !(slugRoute + '/').startsWith(rule.section.endsWith('/') ? rule.section : `${rule.section}/`)) {
        return `« ${value} » sort de la section ${rule.section} : un fichier de ce dossier (${rule.label}) reste dans sa section. Retirez « slug » ou écrivez une adresse relative (sans « / » au début).`;
      }
      return null;
    }
    default:
      return null;
  }
}

/** The route a docs slug gives a file (absolute slugs as written, relative ones under the file's folder). */
function docsRoute(relFile: string, slug: string): string | null {
  const m = /^(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.*)$/.exec(relFile);
  if (!m) return null;
  if (slug.startsWith('/')) return slug;
  const dir = path.posix.dirname(m[1]!);
  return `/${dir === '.' ? '' : `${dir}/`}${slug}`;
}

/** Problems of one file's front matter, each "file:line : champ « key » : …". */
export function frontMatterProblems(relFile: string, fileContent: string, frontMatter: Record<string, unknown>, kind?: ContentKind): string[] {
  const rule = kind ? FOLDER_RULES.find((r) => r.kind === kind)! : ruleFor(relFile);
  const fields = FRONT_MATTER_FIELDS[rule.kind];
  const problems: string[] = [];
  const at = (key: string) => {
    const line = lineOf(fileContent, key);
    return line ? `${relFile}:${line}` : relFile;
  };
  for (const [key, value] of Object.entries(frontMatter)) {
    const type = fields[key];
    if (!type) {
      problems.push(`${at(key)} : champ « ${key} » inconnu pour un fichier de ce dossier (${rule.label}). Champs permis : ${Object.keys(fields).join(', ')}.`);
      continue;
    }
    const slugRoute = type === 'slug' && typeof value === 'string' ? docsRoute(relFile, value) : null;
    const problem = fieldProblem(key, type, value, rule, slugRoute);
    if (problem) problems.push(`${at(key)} : champ « ${key} » : ${problem}`);
  }
  for (const key of REQUIRED[rule.kind] ?? []) {
    if (!(key in frontMatter)) problems.push(`${relFile} : champ « ${key} » obligatoire.`);
  }
  return problems;
}

type ParseFrontMatter = (params: {filePath: string; fileContent: string}) => Promise<{frontMatter: Record<string, unknown>; content: string}>;

/** markdown.parseFrontMatter for docusaurus.config.ts: Docusaurus's parser, then these checks. */
export function checkedFrontMatterParser(siteDir: string) {
  return async (params: {filePath: string; fileContent: string; defaultParseFrontMatter: ParseFrontMatter}) => {
    const result = await params.defaultParseFrontMatter(params);
    const rel = path.relative(siteDir, path.resolve(params.filePath)).split(path.sep).join('/');
    if (rel.startsWith('..') || /(^|\/)README\.md$/.test(rel)) return result;
    const problems = frontMatterProblems(rel, params.fileContent, result.frontMatter);
    if (problems.length) throw new FrontMatterError(rel, problems);
    return result;
  };
}
