/**
 * Reads one newsletter issue from the same Markdown the site builds: the French
 * post in blog/<series>/, or its English translation in
 * i18n/en/docusaurus-plugin-content-blog-<series>/.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {SERIES, localePrefix, type Locale, type SeriesId} from './series';

export interface Issue {
  series: SeriesId;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  number: number | null;
  example: boolean;
  /** Display names, from the series' authors.yml (localized when translated). */
  authors: string[];
  /** Tag labels, from the series' tags.yml (localized when translated). */
  tags: string[];
  /** Markdown body, front matter removed. */
  markdown: string;
  /** Absolute URL of the web version. */
  url: string;
  sourcePath: string;
}

export class IssueNotFoundError extends Error {}

/** Folder holding a series' posts for a locale (French is the source). */
export function seriesDir(root: string, series: SeriesId, locale: Locale): string {
  return locale === 'fr'
    ? path.join(root, SERIES[series].path)
    : path.join(root, 'i18n', locale, `docusaurus-plugin-content-blog-${series}`);
}

const DATED_FILE = /^(\d{4}-\d{2}-\d{2})-(.+)\.mdx?$/;

interface PostFile {
  file: string;
  slug: string;
  data: Record<string, unknown>;
  content: string;
}

function readPosts(dir: string): PostFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const file = path.join(dir, f);
      const {data, content} = matter(fs.readFileSync(file, 'utf8'));
      const slug = typeof data.slug === 'string' ? data.slug.replace(/^\//, '') : f.replace(/\.mdx?$/, '');
      return {file, slug, data, content};
    });
}

/** Every slug of a series, to help a contributor who mistyped one. */
export function listSlugs(root: string, series: SeriesId): string[] {
  return readPosts(seriesDir(root, series, 'fr'))
    .map((p) => p.slug)
    .sort();
}

/** Reads a YAML map (authors.yml, tags.yml), localized file first like Docusaurus does. */
function readDataFile(root: string, series: SeriesId, locale: Locale, name: string): Record<string, Record<string, unknown>> {
  for (const dir of [seriesDir(root, series, locale), seriesDir(root, series, 'fr')]) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return (yaml.load(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, unknown>>;
  }
  return {};
}

function asKeys(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function isoDate(value: unknown, file: string): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const m = DATED_FILE.exec(path.basename(file));
  if (m) return m[1];
  throw new Error(`${file}: no date in front matter nor in the file name`);
}

export function loadIssue(options: {root: string; series: SeriesId; slug: string; locale: Locale; siteUrl: string}): Issue {
  const {root, series, slug, locale, siteUrl} = options;
  const sourceDir = seriesDir(root, series, 'fr');
  const source = readPosts(sourceDir).find((p) => p.slug === slug);
  if (!source) {
    throw new IssueNotFoundError(`Numéro introuvable\u00a0: ${series}/${slug}. Numéros disponibles\u00a0: ${listSlugs(root, series).join(', ')}`);
  }
  // A translation has the same file name as its French source.
  let post = source;
  if (locale !== 'fr') {
    const translated = path.join(seriesDir(root, series, locale), path.basename(source.file));
    if (!fs.existsSync(translated)) {
      throw new IssueNotFoundError(`No ${locale} translation of ${series}/${slug} (expected ${path.relative(root, translated)})`);
    }
    const {data, content} = matter(fs.readFileSync(translated, 'utf8'));
    post = {file: translated, slug, data, content};
  }
  const authorsMap = readDataFile(root, series, locale, 'authors.yml');
  const tagsMap = readDataFile(root, series, locale, 'tags.yml');
  const {data} = post;
  return {
    series,
    locale,
    slug,
    title: String(data.title ?? slug),
    description: String(data.description ?? ''),
    date: isoDate(data.date ?? source.data.date, post.file),
    number: typeof data.number === 'number' ? data.number : null,
    example: data.example === true,
    authors: asKeys(data.authors).map((key) => String(authorsMap[key]?.name ?? key)),
    tags: asKeys(data.tags).map((key) => String(tagsMap[key]?.label ?? key)),
    markdown: post.content,
    url: `${siteUrl.replace(/\/$/, '')}${localePrefix(locale)}/${SERIES[series].routeBasePath}/${slug}`,
    sourcePath: post.file,
  };
}

/** Resolves links between issues of a series (`./2006-06-14-x.md`) to web URLs. */
export function postUrlResolver(root: string, series: SeriesId, locale: Locale, siteUrl: string): (fileName: string) => string | undefined {
  const posts = readPosts(seriesDir(root, series, 'fr'));
  return (fileName) => {
    const post = posts.find((p) => path.basename(p.file) === fileName);
    return post && `${siteUrl.replace(/\/$/, '')}${localePrefix(locale)}/${SERIES[series].routeBasePath}/${post.slug}`;
  };
}
