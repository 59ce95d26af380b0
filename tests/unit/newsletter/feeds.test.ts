/**
 * The feed completions of src/plugins/newsletters/feeds.ts on feeds shaped as
 * the blog plugin's generator writes them; the built feeds themselves are
 * checked in tests/browser/crawl.test.ts.
 */
import {describe, expect, it} from 'vitest';
import {FeedRewriteError, completeAtom, completeJsonFeed, completeRss, feedLinkTitle} from '../../../src/plugins/newsletters/feeds';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <id>https://example.org/rond-point</id>
    <title>Rond Point</title>
    <updated>2008-06-18T00:00:00.000Z</updated>
    <link rel="alternate" href="https://example.org/rond-point"/>
    <entry>
        <link href="https://example.org/rond-point/a"/>
    </entry>
</feed>`;

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel>
        <title>Rond Point</title>
        <link>https://example.org/rond-point</link>
    </channel>
</rss>`;

describe('Atom', () => {
  const out = completeAtom(ATOM, {selfUrl: 'https://example.org/rond-point/atom.xml', language: 'fr-CA'});

  it('declares the language on <feed> and its own address once', () => {
    expect(out).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-CA">');
    expect(out.match(/rel="self"/g)).toHaveLength(1);
    expect(out).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/rond-point/atom.xml"/>');
    // Before the entries: a feed-level link, not an entry's.
    expect(out.indexOf('rel="self"')).toBeLessThan(out.indexOf('<entry>'));
  });

  it('escapes the address it writes', () => {
    expect(completeAtom(ATOM, {selfUrl: 'https://example.org/a"b&c', language: 'en-CA'})).toContain('href="https://example.org/a&quot;b&amp;c"');
  });

  it('stops the build when the generator no longer writes what it expects', () => {
    expect(() => completeAtom(ATOM.replace('<link rel="alternate" href="https://example.org/rond-point"/>', ''), {selfUrl: 'x', language: 'fr-CA'})).toThrow(FeedRewriteError);
    expect(() => completeAtom(out, {selfUrl: 'x', language: 'fr-CA'})).toThrow(/xml:lang déjà présent/);
  });
});

describe('RSS', () => {
  it('adds an atom:link rel="self" with its namespace, once', () => {
    const out = completeRss(RSS, {selfUrl: 'https://example.org/rond-point/rss.xml'});
    expect(out).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(out).toContain('<atom:link href="https://example.org/rond-point/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(completeRss(out, {selfUrl: 'https://example.org/rond-point/rss.xml'})).toBe(out);
  });
});

describe('JSON Feed 1 → 1.1', () => {
  const v1 = JSON.stringify({
    version: 'https://jsonfeed.org/version/1',
    title: 'Rond Point',
    home_page_url: 'https://example.org/rond-point',
    description: 'Bulletin',
    items: [
      {id: 'https://example.org/rond-point/a', content_html: '<p>a</p>', url: 'https://example.org/rond-point/a', date_modified: '2007-01-17T00:00:00.000Z', author: {name: 'Premier'}},
      {id: 'https://example.org/rond-point/b', content_html: '<p>b</p>', url: 'https://example.org/rond-point/b', date_modified: '2006-06-14T00:00:00.000Z'},
    ],
  });
  const issues = new Map([
    ['https://example.org/rond-point/a', {datePublished: '2007-01-17T00:00:00.000Z', authors: [{name: 'Premier', url: 'https://example.org/rond-point/authors/p'}, {name: 'Second'}]}],
    ['https://example.org/rond-point/b', {datePublished: '2006-06-14T00:00:00.000Z', authors: []}],
  ]);
  const centre = {name: 'Centre', url: 'https://example.org/'};

  it('writes version, feed_url, language, authors and date_published; every author of an issue, not only the first', () => {
    const out = JSON.parse(completeJsonFeed(v1, {selfUrl: 'https://example.org/rond-point/feed.json', language: 'fr-CA', feedAuthor: centre, issues}));
    expect(out).toMatchObject({version: 'https://jsonfeed.org/version/1.1', feed_url: 'https://example.org/rond-point/feed.json', language: 'fr-CA', authors: [centre], description: 'Bulletin'});
    expect(out.items[0]).toMatchObject({date_published: '2007-01-17T00:00:00.000Z', authors: [{name: 'Premier', url: 'https://example.org/rond-point/authors/p'}, {name: 'Second'}]});
    expect(out.items[0]).not.toHaveProperty('author');
    expect(out.items[0]).not.toHaveProperty('date_modified');
    // An issue without an author is the Centre's.
    expect(out.items[1].authors).toEqual([centre]);
  });

  it('refuses an item it cannot match to an issue', () => {
    expect(() => completeJsonFeed(v1, {selfUrl: 'x', language: 'fr-CA', feedAuthor: centre, issues: new Map()})).toThrow(/numéro inconnu/);
  });
});

it('feed link titles are in the page’s language', () => {
  expect(feedLinkTitle('rss', 'Rond Point', 'fr')).toBe('Fil RSS — Rond Point');
  expect(feedLinkTitle('json', 'Strategic watch bulletin', 'en')).toBe('JSON feed — Strategic watch bulletin');
});
