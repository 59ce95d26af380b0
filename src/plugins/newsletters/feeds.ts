/**
 * The newsletter feeds as feed readers expect them. The blog plugin writes
 * rss.xml, atom.xml and feed.json (the `feed` library); this module completes
 * them after it, and replaces the <link rel="alternate"> tags it puts in pages:
 *
 * - Atom: `xml:lang` on <feed>, a rel="self" link;
 * - RSS 2.0: an <atom:link rel="self"> (the RSS Advisory Board's recommendation);
 * - JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `version`, `feed_url`,
 *   `language`, `authors` of the feed and of each item, `date_published`;
 * - <head> links: the JSON feed as application/feed+json, titles in the page's
 *   language ("Fil RSS — Rond Point").
 *
 * The XML edits are string insertions at anchors the generator always writes;
 * a missing anchor stops the build (a generator update must not silently drop them).
 */
import type {Locale} from '../../../scripts/newsletter/series';

export const FEED_FILES = {rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json'} as const;
export type FeedKind = keyof typeof FEED_FILES;

export const FEED_TYPES: Record<FeedKind, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const FEED_LABELS: Record<Locale, Record<FeedKind, string>> = {
  fr: {rss: 'Fil RSS', atom: 'Fil Atom', json: 'Fil JSON'},
  en: {rss: 'RSS feed', atom: 'Atom feed', json: 'JSON feed'},
};

/** Title of a feed link in a page, e.g. "Fil RSS — Rond Point". */
export function feedLinkTitle(kind: FeedKind, seriesTitle: string, locale: Locale): string {
  return `${FEED_LABELS[locale][kind]} — ${seriesTitle}`;
}

export class FeedRewriteError extends Error {
  constructor(file: string, what: string) {
    super(`Fil de nouvelles ${file}\u00a0: ${what}. Le format écrit par le générateur a changé ; adaptez src/plugins/newsletters/feeds.ts.`);
    this.name = 'FeedRewriteError';
  }
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Replaces the only occurrence of `anchor` in `text`; fails if it is absent or repeated. */
function replaceOnce(text: string, anchor: RegExp, replace: (match: string) => string, file: string, what: string): string {
  const global = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`);
  const matches = text.match(global) ?? [];
  if (matches.length !== 1) throw new FeedRewriteError(file, `${what} introuvable (${matches.length} occurrence(s))`);
  return text.replace(anchor, replace);
}

/** Atom: the feed's language on the root element and its own address as rel="self". */
export function completeAtom(xml: string, {selfUrl, language}: {selfUrl: string; language: string}): string {
  if (/<feed\b[^>]*\sxml:lang=/.test(xml)) throw new FeedRewriteError('atom.xml', 'xml:lang déjà présent');
  let out = replaceOnce(xml, /<feed\b([^>]*)>/, (m) => m.replace(/>$/, ` xml:lang="${escapeAttr(language)}">`), 'atom.xml', 'élément <feed>');
  if (!/<link\b[^>]*\brel="self"/.test(out)) {
    // After the feed's alternate link (the site's page of the series), before the first entry.
    out = replaceOnce(
      out,
      /<link rel="alternate" href="[^"]*"\/>/,
      (m) => `${m}\n    <link rel="self" type="${FEED_TYPES.atom}" href="${escapeAttr(selfUrl)}"/>`,
      'atom.xml',
      'lien rel="alternate" du fil',
    );
  }
  return out;
}

/** RSS 2.0: an atom:link rel="self" as the channel's first child, with its namespace. */
export function completeRss(xml: string, {selfUrl}: {selfUrl: string}): string {
  if (/<atom:link\b[^>]*\brel="self"/.test(xml)) return xml;
  let out = xml;
  if (!/<rss\b[^>]*\sxmlns:atom=/.test(out)) {
    out = replaceOnce(out, /<rss\b([^>]*)>/, (m) => m.replace(/>$/, ' xmlns:atom="http://www.w3.org/2005/Atom">'), 'rss.xml', 'élément <rss>');
  }
  return replaceOnce(
    out,
    /<channel>/,
    (m) => `${m}\n        <atom:link href="${escapeAttr(selfUrl)}" rel="self" type="${FEED_TYPES.rss}"/>`,
    'rss.xml',
    'élément <channel>',
  );
}

export interface JsonFeedAuthor {
  name: string;
  url?: string;
}

interface JsonFeedItemIn {
  id: string;
  url?: string;
  date_modified?: string;
  date_published?: string;
  author?: JsonFeedAuthor;
  [key: string]: unknown;
}

interface JsonFeedIn {
  version: string;
  title: string;
  home_page_url?: string;
  author?: JsonFeedAuthor;
  items: JsonFeedItemIn[];
  [key: string]: unknown;
}

export interface JsonFeedContext {
  selfUrl: string;
  language: string;
  /** Author of the feed: the Centre. */
  feedAuthor: JsonFeedAuthor;
  /** Authors and publication date of each issue, by its absolute URL (the item's id). */
  issues: Map<string, {authors: JsonFeedAuthor[]; datePublished: string}>;
}

/**
 * JSON Feed 1 → 1.1: version, feed_url, language, authors (feed and items;
 * the 1.0 `author`, deprecated, is dropped), date_published of every item.
 * Keys keep the order of the spec's examples.
 */
export function completeJsonFeed(text: string, ctx: JsonFeedContext): string {
  const feed = JSON.parse(text) as JsonFeedIn;
  if (!/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/.test(feed.version)) throw new FeedRewriteError('feed.json', `version inattendue ${feed.version}`);
  const {version: _v, title, home_page_url, author: _a, items, ...rest} = feed;
  const out = {
    version: JSON_FEED_VERSION,
    title,
    home_page_url,
    feed_url: ctx.selfUrl,
    language: ctx.language,
    ...rest,
    authors: [ctx.feedAuthor],
    items: items.map((item) => {
      const issue = ctx.issues.get(item.id);
      if (!issue) throw new FeedRewriteError('feed.json', `numéro inconnu ${item.id}`);
      const {author: _ia, date_modified: _dm, date_published: _dp, ...fields} = item;
      return {
        ...fields,
        date_published: issue.datePublished,
        authors: issue.authors.length > 0 ? issue.authors : [ctx.feedAuthor],
      };
    }),
  };
  return `${JSON.stringify(out, null, 4)}\n`;
}
