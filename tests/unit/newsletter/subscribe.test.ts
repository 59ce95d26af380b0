/**
 * Subscribing: the form appears only when the mailing-list action URL is
 * configured; the feeds are always offered. Plus the blog instances' options.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import SubscribeContent from '../../../src/plugins/newsletters/SubscribeForm';
import {SERIES, SERIES_IDS, blogPluginOptions, feedTitle, type Locale} from '../../../scripts/newsletter/series';

const feeds = Object.fromEntries(
  SERIES_IDS.map((id) => [id, {rss: `/${id}/rss.xml`, atom: `/${id}/atom.xml`, json: `/${id}/feed.json`}]),
) as Parameters<typeof SubscribeContent>[0]['feeds'];

function render(locale: Locale, formAction: string | null) {
  return load(renderToStaticMarkup(createElement(SubscribeContent, {locale, formAction, feeds, siteUrl: 'https://example.org'})));
}

describe('subscription page content', () => {
  it('posts to the configured provider URL', () => {
    const $ = render('fr', 'https://listes.example.org/s/abc');
    expect($('form').attr('action')).toBe('https://listes.example.org/s/abc');
    expect($('form').attr('method')).toBe('post');
    expect($('input[type="email"][required]').length).toBe(1);
    expect($('input[name="series"]').map((_, el) => $(el).attr('value')).get()).toEqual(SERIES_IDS);
    // Every input has a label.
    $('input:not([type="hidden"])').each((_, el) => {
      expect($(`label[for="${$(el).attr('id')}"]`).length).toBe(1);
    });
  });

  it.each(['fr', 'en'] as const)('without configuration offers the feeds and explains RSS (%s)', (locale) => {
    const $ = render(locale, null);
    expect($('form').length).toBe(0);
    expect($('[role="note"]').text()).toMatch(locale === 'fr' ? /fils de nouvelles/ : /feeds/);
    const hrefs = $('a').map((_, el) => $(el).attr('href')).get();
    for (const id of SERIES_IDS) {
      expect(hrefs).toEqual(expect.arrayContaining([`/${id}/rss.xml`, `/${id}/atom.xml`, `/${id}/feed.json`]));
    }
    expect($('code').first().text()).toMatch(/^https:\/\/example\.org\//);
    if (locale === 'fr') expect($.root().text()).not.toMatch(/ [:;?!](\s|$)/);
  });
});

describe('blog instances', () => {
  it.each(SERIES_IDS)('%s: all feed types with localized titles', (id) => {
    const fr = blogPluginOptions(id, 'fr');
    const en = blogPluginOptions(id, 'en');
    expect(fr).toMatchObject({id, routeBasePath: id, path: `blog/${id}`, onInlineTags: 'throw', onInlineAuthors: 'throw'});
    expect(fr.feedOptions).toMatchObject({type: 'all', title: feedTitle(id, 'fr'), language: 'fr-CA'});
    expect(en.feedOptions).toMatchObject({type: 'all', title: feedTitle(id, 'en'), language: 'en-CA'});
    expect(en.feedOptions.description).not.toBe(fr.feedOptions.description);
    // French typography in what feed readers show: no-break space before : ; ? !
    expect(`${SERIES[id].title.fr} ${SERIES[id].description.fr}`).not.toMatch(/ [:;?!]/);
  });
});
