/**
 * The offline full-text engine: MiniSearch with the French/English text
 * processing of ./text. The same options build the index (Node, after the
 * build) and load it (browser), so they live here.
 */
import MiniSearch, {type Options, type SearchResult} from 'minisearch';
import {terms as textTerms, words, isStopWord, stem, type SearchLocale} from './text';

export interface IndexedPage {
  id: number;
  url: string;
  title: string;
  section: string;
  headings: string;
  description: string;
  content: string;
}

/** What the browser gets back for each hit (stored fields). */
export interface SearchHit {
  id: number;
  url: string;
  title: string;
  section: string;
  description: string;
  score: number;
}

/** The file written next to the built site: build/search-index.json, build/en/search-index.json. */
export interface SearchIndexFile {
  version: 1;
  locale: SearchLocale;
  /** MiniSearch's own serialisation. */
  index: unknown;
}

export const SEARCH_INDEX_FILE = 'search-index.json';

export function engineOptions(locale: SearchLocale): Options<IndexedPage> {
  return {
    idField: 'id',
    fields: ['title', 'section', 'headings', 'description', 'content'],
    storeFields: ['url', 'title', 'section', 'description'],
    tokenize: (text) => words(text, locale),
    processTerm: (term) => (isStopWord(term, locale) ? null : stem(term, locale)),
    searchOptions: {
      boost: {title: 5, headings: 2, description: 2, section: 1, content: 1},
      // The last word is matched as a prefix (search as you type), long words tolerate a typo.
      prefix: (term, i, all) => i === all.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
    },
  };
}

export function buildIndex(pages: IndexedPage[], locale: SearchLocale): SearchIndexFile {
  const ms = new MiniSearch<IndexedPage>(engineOptions(locale));
  ms.addAll(pages);
  return {version: 1, locale, index: ms.toJSON()};
}

export class SiteSearch {
  private readonly ms: MiniSearch<IndexedPage>;

  constructor(
    file: SearchIndexFile,
    readonly locale: SearchLocale = file.locale,
  ) {
    this.ms = MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], engineOptions(locale));
  }

  get size(): number {
    return this.ms.documentCount;
  }

  /** Hits for a query, best first; all words must match, else any word does. */
  search(query: string, limit = 20): SearchHit[] {
    if (textTerms(query, this.locale).length === 0) return [];
    let results: SearchResult[] = this.ms.search(query);
    if (results.length === 0) results = this.ms.search(query, {combineWith: 'OR'});
    return results.slice(0, limit).map((r) => ({
      id: r.id as number,
      url: r.url as string,
      title: r.title as string,
      section: r.section as string,
      description: r.description as string,
      score: r.score,
    }));
  }
}
