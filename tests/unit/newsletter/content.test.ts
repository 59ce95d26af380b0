/**
 * The issues of both newsletters, as contributors write them: plain CommonMark,
 * complete front matter, a summary above the truncate marker, a visible notice
 * on example issues, and an English translation of every French issue.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {LOCALES, SERIES, SERIES_IDS, type Locale, type SeriesId} from '../../../scripts/newsletter/series';
import {seriesDir} from '../../../scripts/newsletter/issue';

const root = path.resolve(__dirname, '../../..');
const TRUNCATE = /<!--\s*truncate\s*-->/;

interface Post {
  file: string;
  data: Record<string, unknown>;
  content: string;
}

function posts(series: SeriesId, locale: Locale): Post[] {
  const dir = seriesDir(root, series, locale);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const {data, content} = matter(fs.readFileSync(path.join(dir, f), 'utf8'));
      return {file: f, data, content};
    });
}

function yamlKeys(series: SeriesId, locale: Locale, name: string): string[] {
  const file = path.join(seriesDir(root, series, locale), name);
  return Object.keys(yaml.load(fs.readFileSync(file, 'utf8')) as object);
}

const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const EXAMPLE_NOTICE: Record<Locale, string> = {fr: "**Numéro d'exemple.**", en: '**Example issue.**'};
const NUMBER_LABEL: Record<Locale, (n: number) => string> = {fr: (n) => `nº\u00a0${n}`, en: (n) => `No. ${n}`};

describe.each(SERIES_IDS)('newsletter %s', (series) => {
  const fr = posts(series, 'fr');

  it('has at least 6 issues', () => {
    expect(fr.length).toBeGreaterThanOrEqual(6);
  });

  it('is plain Markdown only (.md, CommonMark: a contributed issue cannot run code)', () => {
    for (const locale of LOCALES) {
      for (const post of posts(series, locale)) {
        expect(post.file, post.file).toMatch(/\.md$/);
        expect(post.content, post.file).not.toMatch(/^\s*(import|export)\s/m);
      }
    }
  });

  it('numbers issues 1…n in date order', () => {
    const byDate = [...fr].sort((a, b) => isoDate(a.data.date).localeCompare(isoDate(b.data.date)));
    expect(byDate.map((p) => p.data.number)).toEqual(byDate.map((_, i) => i + 1));
  });

  if (series === 'rond-point') {
    it('dates Rond Point issues 2006-2008', () => {
      for (const post of fr) expect(isoDate(post.data.date), post.file).toMatch(/^200[678]-/);
    });
  }

  it('has an English translation of every issue, with the same metadata', () => {
    const en = posts(series, 'en');
    expect(en.map((p) => p.file)).toEqual(fr.map((p) => p.file));
    for (const [i, post] of fr.entries()) {
      const tr = en[i];
      for (const key of ['slug', 'date', 'number', 'authors', 'tags', 'example']) {
        expect(tr.data[key], `${tr.file}: ${key}`).toEqual(post.data[key]);
      }
    }
  });

  describe.each(LOCALES)('%s', (locale) => {
    const list = posts(series, locale);
    const authors = yamlKeys(series, locale, 'authors.yml');
    const tags = yamlKeys(series, locale, 'tags.yml');

    it.each(list.map((p) => [p.file, p] as const))('%s: front matter, summary and notices', (_file, post) => {
      const {data, content} = post;
      expect(typeof data.slug).toBe('string');
      expect(typeof data.description).toBe('string');
      expect(String(data.title)).toContain(`${SERIES[series].issueLabel[locale]} ${NUMBER_LABEL[locale](Number(data.number))}`);
      // Authors and tags must be declared (the config also throws on inline ones).
      expect((data.authors as string[]).length).toBeGreaterThan(0);
      for (const a of data.authors as string[]) expect(authors).toContain(a);
      expect((data.tags as string[]).length).toBeGreaterThan(0);
      for (const t of data.tags as string[]) expect(tags).toContain(t);
      // A summary above the truncate marker.
      const [summary] = content.split(TRUNCATE);
      expect(content).toMatch(TRUNCATE);
      expect(summary.trim().length).toBeGreaterThan(80);
      // Example issues say so where every reader sees it: above the marker, so in lists, feeds and emails.
      if (data.example === true) {
        expect(summary).toContain(EXAMPLE_NOTICE[locale]);
        expect(data.tags).toContain('exemple');
      } else {
        expect(content).not.toContain(EXAMPLE_NOTICE[locale]);
      }
    });

    if (locale === 'fr') {
      it('uses French typography (no-break space before : ; ? ! and inside « »)', () => {
        for (const post of list) {
          const text = `${post.data.title}\n${post.data.description}\n${post.content}`.replace(/\]\([^)]*\)/g, '');
          expect(text, post.file).not.toMatch(/ [:;?!](\s|$)/m);
          expect(text, post.file).not.toMatch(/« | »/);
        }
      });
    }
  });

  if (series === 'rond-point') {
    it('marks every reconstructed Rond Point issue as an example (the annual report gives no issue numbers or dates)', () => {
      for (const post of fr) expect(post.data.example, post.file).toBe(true);
    });

    it('tags each issue with a network or working group', () => {
      for (const post of fr) {
        expect((post.data.tags as string[]).some((t) => /^(reseau|groupe)-|^rapport-annuel$/.test(t)), post.file).toBe(true);
      }
    });
  }
});
