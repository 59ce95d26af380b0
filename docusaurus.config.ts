import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkGfm from 'remark-gfm';
import remarkContentGuard from './src/lib/content-policy/remark-guard';
import {checkedFrontMatterParser} from './src/lib/content-policy/front-matter';
import {SERIES, SERIES_IDS, blogPluginOptions, isLocale} from './scripts/newsletter/series';
import {algoliaFromEnv, docSearchThemeConfig, searchPlugins} from './src/lib/search/config';
import {accessibilityContact} from './src/lib/accessibility-contact';
import {tagPagePatterns} from './src/plugins/discovery/site';
import {SSR_TEMPLATE} from './src/plugins/lean-client/route-chunks';

// Docusaurus reads this file for every locale: keep it declarative.
const siteUrl = process.env.SITE_URL ?? 'https://www.grandsorganismes.gouv.qc.ca';
// Newsletter feed titles follow the locale being built (set by Docusaurus per locale).
const buildLocale = isLocale(process.env.DOCUSAURUS_CURRENT_LOCALE) ? process.env.DOCUSAURUS_CURRENT_LOCALE : 'fr';
// Search: Algolia DocSearch when ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are set, offline otherwise.
const algolia = algoliaFromEnv(process.env);
// Run first on every Markdown/MDX file: no content file can run code (src/lib/content-policy).
const contentGuard = [[remarkContentGuard, {siteDir: __dirname}]];

const config: Config = {
  title: "Centre d'expertise des grands organismes",
  tagline: 'Partager les pratiques pour améliorer les services aux citoyens',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  future: {v4: true, faster: true},
  // Each page's own chunks before main.js (src/plugins/lean-client/route-chunks.ts).
  ssrTemplate: SSR_TEMPLATE,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its inline script only helps with a wrong baseUrl, which this site does not have: one inline script less to allow.
  baseUrlIssueBanner: false,

  markdown: {
    // .md files are plain CommonMark (contributed content cannot run code); .mdx is ours.
    format: 'detect',
    emoji: false,
    // Every front matter is checked as it is read: known keys and types per folder (src/lib/content-policy).
    parseFrontMatter: checkedFrontMatterParser(__dirname),
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'en'],
    localeConfigs: {
      fr: {label: 'Français', htmlLang: 'fr-CA'},
      en: {label: 'English', htmlLang: 'en-CA'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: '/',
          // Folder READMEs are for contributors, not pages.
          exclude: ['**/README.md', '**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**'],
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: contentGuard,
          remarkPlugins: [remarkGfm],
          showLastUpdateTime: false,
          breadcrumbs: true,
        },
        blog: false,
        pages: {beforeDefaultRemarkPlugins: contentGuard, remarkPlugins: [remarkGfm]},
        theme: {customCss: './src/css/custom.css'},
        // Tag pages (a newsletter's issues on one subject) stay out of the sitemaps: the issues and
        // the archives already list every issue. Routes carry the locale: /rond-point/tags/…, /en/veille/tags/…
        sitemap: {changefreq: 'monthly', priority: 0.5, ignorePatterns: tagPagePatterns(SERIES_IDS.map((id) => SERIES[id].routeBasePath), ['en'])},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // Less work on the main thread while a page loads (see src/plugins/lean-client/index.ts).
    './src/plugins/lean-client/index.ts',
    // `npm start` serves one locale: says how to see the other (development only).
    './src/plugins/dev-locale-hint.ts',
    './src/plugins/cego-data/index.ts',
    // Newsletters: two @docusaurus/plugin-content-blog instances (see src/plugins/newsletters).
    ['./src/plugins/newsletters/index.ts', {...blogPluginOptions('rond-point', buildLocale), beforeDefaultRemarkPlugins: contentGuard, remarkPlugins: [remarkGfm]}],
    ['./src/plugins/newsletters/index.ts', {...blogPluginOptions('veille', buildLocale), beforeDefaultRemarkPlugins: contentGuard, remarkPlugins: [remarkGfm]}],
    // Benchmarking comparison pages generated from data/ (see src/plugins/etalonnage/README.md).
    './src/plugins/etalonnage/index.ts',
    // The Centre's financial statements and conference pages from data/finances/ (see src/plugins/finances/index.ts).
    './src/plugins/finances/index.ts',
    // Every download (workbook, CSV for French Excel, CSV, JSON), datapackage.json and /donnees-ouvertes (see src/plugins/open-data).
    './src/plugins/open-data/index.ts',
    // The page to check a data file in the browser, with the data core in a Web Worker (see src/plugins/data-checker).
    './src/plugins/data-checker/index.ts',
    ...searchPlugins(algolia),
    // robots.txt with both sitemaps, favicon.ico, apple-touch icon and a web manifest per locale (see src/plugins/discovery).
    './src/plugins/discovery/index.ts',
    // Last: checks every built page (no undeclared script), escapes JSON-LD, writes the CSP (src/plugins/security).
    './src/plugins/security/index.ts',
  ],

  customFields: {
    // Action URL of the mailing-list provider's subscription form; unset = feeds only.
    newsletterFormAction: process.env.CEGO_NEWSLETTER_FORM_ACTION || null,
    // Where readers report an accessibility problem (docs/centre/accessibilite.mdx): an e-mail address.
    accessibilityContact: accessibilityContact(process.env),
    // Search client of the practice directory: algoliasearch-lite when set, local index otherwise.
    algolia,
    // The repository contributors propose data to (the checker page links to its upload page for the right folder).
    repository: {url: process.env.CEGO_REPOSITORY_URL || 'https://github.com/cego-qc/site-web', branch: process.env.CEGO_REPOSITORY_BRANCH || 'main'},
  },

  themeConfig: {
    ...docSearchThemeConfig(algolia),
    image: 'img/cego-social.png',
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: false, autoCollapseCategories: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    navbar: {
      title: "Centre d'expertise des grands organismes",
      logo: {alt: 'Accueil du Centre', src: 'img/logo.svg', width: 36, height: 36},
      items: [
        {to: '/centre', label: 'Le Centre', position: 'left', activeBaseRegex: '^/(en/)?centre'},
        {
          type: 'dropdown',
          label: 'Réseaux et groupes',
          position: 'left',
          items: [
            {to: '/reseaux', label: "Réseaux d'échange"},
            {to: '/groupes-de-travail', label: 'Groupes de travail'},
            {to: '/dejeuners-conferences', label: 'Déjeuners-conférences'},
          ],
        },
        {to: '/meilleures-pratiques', label: 'Meilleures pratiques', position: 'left', activeBaseRegex: '^/(en/)?meilleures-pratiques'},
        {to: '/rapports', label: 'Rapports', position: 'left', activeBaseRegex: '^/(en/)?rapports'},
        {to: '/etalonnage', label: 'Étalonnage', position: 'left', activeBaseRegex: '^/(en/)?etalonnage'},
        {to: '/rond-point', label: 'Bulletins', position: 'left', activeBaseRegex: '^/(en/)?(rond-point|veille|suivre-les-bulletins)'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Le Centre',
          items: [
            {label: 'Mission et mandats', to: '/centre'},
            {label: 'Organismes membres', to: '/centre/organismes-membres'},
            {label: 'Glossaire', to: '/glossaire'},
          ],
        },
        {
          title: 'Travaux',
          items: [
            {label: "Réseaux d'échange", to: '/reseaux'},
            {label: 'Groupes de travail', to: '/groupes-de-travail'},
            {label: 'Meilleures pratiques', to: '/meilleures-pratiques'},
            {label: 'Rapports', to: '/rapports'},
            {label: 'Données ouvertes', to: '/donnees-ouvertes'},
            {label: 'Vérifier un fichier de données', to: '/verifier-un-fichier'},
          ],
        },
        {
          title: 'Bulletins',
          items: [
            {label: 'Rond Point', to: '/rond-point'},
            {label: 'Veille stratégique', to: '/veille'},
            {label: 'Suivre les bulletins', to: '/suivre-les-bulletins'},
          ],
        },
        {
          title: 'Accessibilité',
          items: [{label: 'Accessibilité du site', to: '/centre/accessibilite'}],
        },
      ],
      copyright: `Centre d'expertise des grands organismes, gouvernement du Québec. Contenu tiré des publications du Centre; les données marquées « illustratives » sont des exemples.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
