/**
 * cego-discovery: what crawlers and browsers look for outside the pages.
 * - every page links the favicon.ico, the apple-touch icon, its locale's web
 *   manifest and the theme colour (injectHtmlTags);
 * - each locale's build gets its manifest.webmanifest (name, short name,
 *   colours, icons), French at /manifest.webmanifest, English at /en/…;
 * - the default locale's build gets /robots.txt, with a Sitemap line for each
 *   locale's sitemap (the URL of the site from docusaurus.config.ts).
 * Tag pages are left out of the sitemaps by the sitemap options of
 * docusaurus.config.ts (SITEMAP_IGNORE_PATTERNS).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {MANIFEST_FILE, discoveryLocale, iconHeadTags, robotsTxt, sitemapUrls, webManifest} from './site';

export default function discoveryPlugin(context: LoadContext): Plugin {
  const {siteConfig, i18n, baseUrl} = context;
  const locale = discoveryLocale(i18n.currentLocale);
  return {
    name: 'cego-discovery',
    injectHtmlTags() {
      return {headTags: iconHeadTags(baseUrl)};
    },
    async postBuild({outDir}) {
      fs.writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(webManifest(locale, baseUrl), null, 2)}\n`);
      if (i18n.currentLocale === i18n.defaultLocale) {
        const sitemaps = sitemapUrls(siteConfig.url, siteConfig.baseUrl, i18n.locales, i18n.defaultLocale);
        fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(sitemaps));
      }
    },
  };
}
