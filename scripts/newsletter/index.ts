/**
 * Email edition of a newsletter issue, from the same Markdown as the site.
 *
 *   npm run newsletter -- <series>/<slug> --out DIR [--locale fr|en]
 *                         [--site-url URL] [--unsubscribe-placeholder TEXT]
 *
 * Writes DIR/index.html (tables, inline styles, absolute URLs) and DIR/index.txt.
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

async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string'},
      locale: {type: 'string', default: 'fr'},
      'site-url': {type: 'string'},
      'unsubscribe-placeholder': {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [target] = positionals;
  const [series, slug] = (target ?? '').split('/');
  if (!isSeriesId(series) || !slug || !values.out || !isLocale(values.locale)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const files = await generateEmail({
      series,
      slug,
      locale: values.locale,
      outDir: path.resolve(values.out),
      siteUrl: values['site-url'],
      unsubscribePlaceholder:
        values['unsubscribe-placeholder'] ?? process.env.CEGO_NEWSLETTER_UNSUBSCRIBE_PLACEHOLDER ?? DEFAULT_UNSUBSCRIBE_PLACEHOLDER,
    });
    console.log(`${files.html}\n${files.text}\nVersion Web : ${files.url}`);
    return 0;
  } catch (error) {
    if (error instanceof IssueNotFoundError || error instanceof MissingAltError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
