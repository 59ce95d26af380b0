/**
 * Email edition of a newsletter issue, from the same Markdown as the site.
 *
 *   npm run newsletter -- <series>/<slug> --out DIR [--locale fr|en]
 *                         [--site-url URL] [--unsubscribe-placeholder TEXT]
 *
 * Writes DIR/index.html (tables, inline styles, absolute URLs) and DIR/index.txt.
 * Exit 0: written; 1: the issue cannot be sent as is (an image without alt
 * text); 2: a bad argument (unknown issue, option, locale or URL) or an --out
 * folder that cannot be written, with a French message and never a stack trace.
 * The unsubscribe placeholder defaults to $CEGO_NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER,
 * then to {{unsubscribe_url}}: set it to what your mailing-list tool expects.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import siteConfig from '../../docusaurus.config';
import {SERIES_IDS, isLocale, isSeriesId, type Locale, type SeriesId} from './series';
import {IssueNotFoundError, loadIssue, postUrlResolver} from './issue';
import {DEFAULT_UNSUBSCRIBE_PLACEHOLDER, buildEmail} from './email';
import {MissingAltError} from './markdown';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface GenerateOptions {
  series: SeriesId;
  slug: string;
  locale: Locale;
  outDir: string;
  siteUrl?: string;
  unsubscribePlaceholder?: string;
  root?: string;
}

export interface GeneratedFiles {
  html: string;
  text: string;
  url: string;
}

export async function generateEmail(options: GenerateOptions): Promise<GeneratedFiles> {
  const root = options.root ?? ROOT;
  const siteUrl = options.siteUrl ?? siteConfig.url;
  const issue = loadIssue({root, series: options.series, slug: options.slug, locale: options.locale, siteUrl});
  const edition = await buildEmail(issue, {
    siteUrl,
    unsubscribePlaceholder: options.unsubscribePlaceholder,
    postUrl: postUrlResolver(root, options.series, options.locale, siteUrl),
  });
  fs.mkdirSync(options.outDir, {recursive: true});
  const html = path.join(options.outDir, 'index.html');
  const text = path.join(options.outDir, 'index.txt');
  fs.writeFileSync(html, edition.html);
  fs.writeFileSync(text, edition.text);
  return {html, text, url: issue.url};
}

const USAGE = `Usage : npm run newsletter -- <série>/<slug> --out DOSSIER [--locale fr|en] [--site-url URL] [--unsubscribe-placeholder TEXTE]
Séries : ${SERIES_IDS.join(', ')}`;

/** A bad argument or an unusable --out folder: a message, the usage, exit 2 (never a stack trace). */
export class UsageError extends Error {}

/** Checks that `dir` is (or can be made) a folder this process can write in. */
export function checkOutDir(dir: string): void {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`--out « ${dir} » est un fichier : donnez un dossier (il sera créé au besoin).`);
  }
  try {
    fs.mkdirSync(dir, {recursive: true});
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission refusée' : code === 'ENOTDIR' ? 'un élément du chemin est un fichier' : code === 'EROFS' ? 'système de fichiers en lecture seule' : code || String(e);
    throw new UsageError(`Impossible d'écrire dans « ${dir} » (${why}). Choisissez un autre dossier avec --out.`);
  }
}

/** Parses and checks the command line; throws UsageError on anything wrong. */
export function parseCommandLine(argv: string[]): {help: true} | {help: false; options: Omit<GenerateOptions, 'root'>} {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string'},
        locale: {type: 'string', default: 'fr'},
        'site-url': {type: 'string'},
        'unsubscribe-placeholder': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (e) {
    throw new UsageError(`Argument non reconnu : ${(e as Error).message.split('\n')[0]}`);
  }
  const {values, positionals} = parsed;
  if (values.help) return {help: true};
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Un seul numéro à la fois (reçu : ${positionals.join(' ')}).` : 'Quel numéro ? Donnez <série>/<slug>.');
  const [series, slug, ...rest] = positionals[0]!.split('/');
  if (!isSeriesId(series)) throw new UsageError(`Série inconnue « ${series ?? ''} ».`);
  if (!slug || rest.length || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new UsageError(`Numéro « ${positionals[0]} » : attendu <série>/<slug>, le slug en lettres minuscules, chiffres et traits d'union.`);
  if (!values.out) throw new UsageError('--out DOSSIER est obligatoire.');
  if (!isLocale(values.locale)) throw new UsageError(`--locale « ${values.locale} » : fr ou en.`);
  const siteUrl = values['site-url'];
  if (siteUrl !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(siteUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new UsageError(`--site-url « ${siteUrl} » : adresse http(s) absolue attendue (https://…).`);
  }
  const outDir = path.resolve(values.out);
  checkOutDir(outDir);
  return {
    help: false,
    options: {
      series,
      slug,
      locale: values.locale,
      outDir,
      siteUrl,
      unsubscribePlaceholder: values['unsubscribe-placeholder'] ?? process.env.CEGO_NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER ?? DEFAULT_UNSUBSCRIBE_PLACEHOLDER,
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    if (cmd.help) {
      console.log(USAGE);
      return 0;
    }
    const files = await generateEmail(cmd.options);
    console.log(`${files.html}\n${files.text}\nVersion Web : ${files.url}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof IssueNotFoundError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof MissingAltError) {
      console.error(error.message);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC' || code === 'EROFS' || code === 'EISDIR') {
      console.error(`Écriture impossible : ${(error as Error).message}. Choisissez un autre dossier avec --out.`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
