/**
 * The Centre's two newsletters, described once for the site config (blog
 * instances, feeds), the email CLI and the tests. Pure data: no Node imports,
 * so docusaurus.config.ts and client code may import it.
 */

export type Locale = 'fr' | 'en';
export type SeriesId = 'rond-point' | 'veille';

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface NewsletterSeries {
  id: SeriesId;
  /** Folder of the French posts, relative to the site root. */
  path: string;
  /** URL segment of the series (same in both locales). */
  routeBasePath: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Short prefix used in issue titles, e.g. "Rond Point nº 3". */
  issueLabel: LocalizedText;
}

export const SERIES: Record<SeriesId, NewsletterSeries> = {
  'rond-point': {
    id: 'rond-point',
    path: 'blog/rond-point',
    routeBasePath: 'rond-point',
    title: {fr: 'Rond Point', en: 'Rond Point'},
    description: {
      fr: "Bulletin d'information du Centre d'expertise des grands organismes\u00a0: travaux des réseaux d'échange et des groupes de travail, rapports publiés et activités à venir.",
      en: "Newsletter of the Centre d'expertise des grands organismes: work of the exchange networks and working groups, reports published and upcoming events.",
    },
    issueLabel: {fr: 'Rond Point', en: 'Rond Point'},
  },
  veille: {
    id: 'veille',
    path: 'blog/veille',
    routeBasePath: 'veille',
    title: {fr: 'Bulletin de veille stratégique', en: 'Strategic watch bulletin'},
    description: {
      fr: 'Chaque mois, une sélection commentée de références sur la prestation de services aux citoyens.',
      en: 'Every month, a commented selection of references on public-service delivery.',
    },
    issueLabel: {fr: 'Veille', en: 'Watch'},
  },
};

export const SERIES_IDS = Object.keys(SERIES) as SeriesId[];

export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Site name as it appears in feed titles and email headers. */
export const CENTRE_NAME: LocalizedText = {
  fr: "Centre d'expertise des grands organismes",
  en: "Centre d'expertise des grands organismes",
};

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

export function isSeriesId(value: unknown): value is SeriesId {
  return value === 'rond-point' || value === 'veille';
}

/** Path prefix of a locale in URLs: French is the default locale, at the root. */
export function localePrefix(locale: Locale): string {
  return locale === 'fr' ? '' : `/${locale}`;
}

/** Feed title, e.g. "Rond Point — Centre d'expertise des grands organismes". */
export function feedTitle(series: SeriesId, locale: Locale): string {
  return `${SERIES[series].title[locale]} — ${CENTRE_NAME[locale]}`;
}

/**
 * Options for one @docusaurus/plugin-content-blog instance of a series, for the
 * locale being built (Docusaurus sets DOCUSAURUS_CURRENT_LOCALE per build).
 * Blog list titles are translated through i18n/en/…/options.json; feed titles
 * and descriptions are not, hence the locale here.
 */
export function blogPluginOptions(series: SeriesId, locale: Locale) {
  const s = SERIES[series];
  return {
    id: s.id,
    path: s.path,
    routeBasePath: s.routeBasePath,
    blogTitle: s.title.fr,
    blogDescription: s.description.fr,
    blogSidebarTitle: s.title.fr,
    blogSidebarCount: 'ALL' as const,
    postsPerPage: 10,
    showReadingTime: false,
    authorsMapPath: 'authors.yml',
    tags: 'tags.yml',
    onInlineTags: 'throw' as const,
    onInlineAuthors: 'throw' as const,
    onUntruncatedBlogPosts: 'throw' as const,
    archiveBasePath: 'archives',
    blogArchiveComponent: '@site/src/plugins/newsletters/ArchivePage',
    feedOptions: {
      type: 'all' as const,
      title: feedTitle(series, locale),
      description: s.description[locale],
      language: locale === 'fr' ? 'fr-CA' : 'en-CA',
      copyright: `© ${CENTRE_NAME[locale]}`,
      limit: false as const,
    },
  };
}
