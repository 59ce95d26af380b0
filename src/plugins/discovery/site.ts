/**
 * What crawlers and browsers find outside the pages: robots.txt, the web
 * manifest of each locale and the icons every page links to. Pure functions of
 * the site URL and the locale (the plugin in index.ts writes the files; the
 * tests in tests/browser/discovery.test.ts read them back from build/).
 */

export type DiscoveryLocale = 'fr' | 'en';

/** The site's colours (src/css/custom.css: --ifm-color-primary, page background). */
export const THEME_COLOR = '#095797';
export const BACKGROUND_COLOR = '#ffffff';

/**
 * Icon files, under static/ (copied to the root of build/ and of build/en/).
 * Regenerated from static/img/favicon.svg by scripts/dev/icons.ts.
 */
export const ICON_FILES = {
  svg: 'img/favicon.svg',
  ico: 'favicon.ico',
  appleTouch: 'img/apple-touch-icon.png',
  png192: 'img/icon-192.png',
  png512: 'img/icon-512.png',
} as const;

export const MANIFEST_FILE = 'manifest.webmanifest';

const NAMES: Record<DiscoveryLocale, {name: string; shortName: string; description: string; htmlLang: string}> = {
  fr: {
    name: "Centre d'expertise des grands organismes",
    shortName: 'CEGO',
    description: 'Pratiques, rapports, bulletins et étalonnage des grands organismes de services du Québec.',
    htmlLang: 'fr-CA',
  },
  en: {
    name: "Centre d'expertise des grands organismes",
    shortName: 'CEGO',
    description: "Practices, reports, newsletters and benchmarking of Québec's large public service agencies.",
    htmlLang: 'en-CA',
  },
};

export function discoveryLocale(locale: string): DiscoveryLocale {
  return locale === 'en' ? 'en' : 'fr';
}

/**
 * The web manifest of a locale. `baseUrl` is the locale's ("/" or "/en/"):
 * the English manifest starts the app on the English home page.
 */
export function webManifest(locale: DiscoveryLocale, baseUrl: string) {
  const text = NAMES[locale];
  return {
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: text.htmlLang,
    dir: 'ltr',
    id: baseUrl,
    start_url: baseUrl,
    scope: baseUrl,
    display: 'browser',
    background_color: BACKGROUND_COLOR,
    theme_color: THEME_COLOR,
    icons: [
      {src: `${baseUrl}${ICON_FILES.svg}`, type: 'image/svg+xml', sizes: 'any', purpose: 'any'},
      {src: `${baseUrl}${ICON_FILES.png192}`, type: 'image/png', sizes: '192x192', purpose: 'any'},
      {src: `${baseUrl}${ICON_FILES.png512}`, type: 'image/png', sizes: '512x512', purpose: 'any'},
    ],
  };
}

/**
 * <head> links of every page of a locale (the SVG icon itself is the
 * `favicon` of docusaurus.config.ts). Root-relative, under the locale's base URL.
 */
export function iconHeadTags(baseUrl: string) {
  return [
    {tagName: 'link', attributes: {rel: 'icon', href: `${baseUrl}${ICON_FILES.ico}`, sizes: '32x32'}},
    {tagName: 'link', attributes: {rel: 'apple-touch-icon', href: `${baseUrl}${ICON_FILES.appleTouch}`}},
    {tagName: 'link', attributes: {rel: 'manifest', href: `${baseUrl}${MANIFEST_FILE}`}},
    {tagName: 'meta', attributes: {name: 'theme-color', content: THEME_COLOR}},
  ];
}

/**
 * Sitemap ignore patterns (micromatch, matched against route paths) for the tag
 * pages of the blog instances at `seriesPaths`, in the default locale (at the
 * root) and in each of `otherLocales` (under /<locale>/): the list of tags and
 * each tag's page, e.g. /rond-point/tags, /en/veille/tags/exemple.
 */
export function tagPagePatterns(seriesPaths: readonly string[], otherLocales: readonly string[]): string[] {
  const prefixes = ['', ...otherLocales.map((l) => `/${l}`)];
  return prefixes.flatMap((prefix) => seriesPaths.flatMap((s) => [`${prefix}/${s}/tags`, `${prefix}/${s}/tags/**`]));
}

/** Absolute URL of each locale's sitemap: the default locale at the root, the others under /<locale>/. */
export function sitemapUrls(siteUrl: string, baseUrl: string, locales: readonly string[], defaultLocale: string): string[] {
  const root = `${siteUrl.replace(/\/+$/, '')}${baseUrl}`;
  return locales.map((l) => (l === defaultLocale ? `${root}sitemap.xml` : `${root}${l}/sitemap.xml`));
}

/** robots.txt: the whole site may be crawled; one Sitemap line per locale. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return [
    '# Every page may be crawled. One sitemap per language (French at the root, English under /en/).',
    'User-agent: *',
    'Allow: /',
    '',
    ...sitemaps.map((s) => `Sitemap: ${s}`),
    '',
  ].join('\n');
}
