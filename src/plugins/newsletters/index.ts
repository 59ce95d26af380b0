/**
 * @docusaurus/plugin-content-blog, plus the tiny global data the home page's
 * LatestIssues component needs (title, base path, 3 latest issues), feeds
 * completed for feed readers and feed links titled in the page's language
 * (feeds.ts). Every other lifecycle is the blog plugin's own: routes,
 * translations.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {HtmlTagObject, LoadContext, Plugin} from '@docusaurus/types';
import blogPlugin, {validateOptions} from '@docusaurus/plugin-content-blog';
import type {BlogContent, PluginOptions} from '@docusaurus/plugin-content-blog';
import {CENTRE_NAME, isLocale} from '../../../scripts/newsletter/series';
import type {IssueSummary, NewsletterGlobalData} from './types';
import {FEED_FILES, FEED_TYPES, completeAtom, completeJsonFeed, completeRss, feedLinkTitle, type FeedKind, type JsonFeedAuthor} from './feeds';

export const LATEST_COUNT = 3;

export default async function newsletterBlogPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<BlogContent>> {
  const blog = await blogPlugin(context, options);
  const locale = isLocale(context.i18n.currentLocale) ? context.i18n.currentLocale : 'fr';
  const language = context.i18n.localeConfigs[context.i18n.currentLocale]?.htmlLang ?? locale;
  const seriesPath = options.routeBasePath.replace(/^\/|\/$/g, '');
  // context.baseUrl is already localized ("/" or "/en/").
  const seriesUrl = `${context.siteConfig.url.replace(/\/+$/, '')}${context.baseUrl}${seriesPath}`;
  const feedKinds = (options.feedOptions.type ?? []) as FeedKind[];
  return {
    ...blog,
    injectHtmlTags({content}) {
      if (!content.blogPosts.length) return {};
      const headTags: HtmlTagObject[] = feedKinds.map((kind) => ({
        tagName: 'link',
        attributes: {
          rel: 'alternate',
          type: FEED_TYPES[kind],
          href: `${context.baseUrl}${seriesPath}/${FEED_FILES[kind]}`,
          title: feedLinkTitle(kind, content.blogTitle, locale),
        },
      }));
      return {headTags};
    },
    async postBuild(args) {
      await blog.postBuild?.(args);
      const {outDir, content} = args;
      if (!content.blogPosts.length) return;
      const dir = path.join(outDir, seriesPath);
      const absolute = (p: string) => `${context.siteConfig.url.replace(/\/+$/, '')}${p}`;
      const edit = (kind: FeedKind, change: (text: string, selfUrl: string) => string) => {
        const file = path.join(dir, FEED_FILES[kind]);
        if (feedKinds.includes(kind)) fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8'), `${seriesUrl}/${FEED_FILES[kind]}`));
      };
      edit('atom', (xml, selfUrl) => completeAtom(xml, {selfUrl, language}));
      edit('rss', (xml, selfUrl) => completeRss(xml, {selfUrl}));
      const issues = new Map<string, {authors: JsonFeedAuthor[]; datePublished: string}>();
      for (const {metadata} of content.blogPosts) {
        issues.set(absolute(metadata.permalink), {
          datePublished: new Date(metadata.date).toISOString(),
          authors: metadata.authors
            .filter((a) => a.name)
            .map((a) => ({name: a.name!, ...(a.page ? {url: absolute(a.page.permalink)} : a.url ? {url: a.url} : {})})),
        });
      }
      const feedAuthor = {name: CENTRE_NAME[locale], url: `${context.siteConfig.url.replace(/\/+$/, '')}${context.baseUrl}`};
      edit('json', (text, selfUrl) => completeJsonFeed(text, {selfUrl, language, feedAuthor, issues}));
    },
    async contentLoaded(args) {
      await blog.contentLoaded?.(args);
      const {content, actions} = args;
      const latest: IssueSummary[] = content.blogPosts
        .filter((post) => !post.metadata.unlisted)
        .slice(0, LATEST_COUNT)
        .map(({metadata}) => ({
          title: metadata.title,
          permalink: metadata.permalink,
          date: new Date(metadata.date).toISOString().slice(0, 10),
          description: metadata.description,
          number: typeof metadata.frontMatter.number === 'number' ? metadata.frontMatter.number : null,
          example: metadata.frontMatter.example === true,
        }));
      const data: NewsletterGlobalData = {
        title: content.blogTitle,
        // context.baseUrl is already localized ("/" or "/en/"); routeBasePath is normalized to "/rond-point".
        basePath: `${context.baseUrl}${options.routeBasePath.replace(/^\//, '')}`,
        latest,
      };
      actions.setGlobalData(data);
    },
  };
}

export {validateOptions};
