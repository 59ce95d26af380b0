/**
 * What each content folder may contain. Everything under docs/, blog/, src/pages/
 * and i18n/ arrives by pull request, so none of it may run code: no raw HTML, no
 * MDX import/export or {expression}, no javascript: link, on any host, with or
 * without the CSP headers. A folder may use the project's own components of its
 * allow-list, with literal props only.
 *
 * Checked at build time by remark-guard.ts (body) and front-matter.ts (header);
 * see docs/README.md and CONTRIBUTING.md for the contributor's side.
 */

export interface ProjectComponent {
  /** Module the .mdx file imports it from. */
  module: string;
  /** 'default' or the named export. */
  export: string;
  /** Props it accepts; every value must be a literal (string, number, true/false). */
  props: readonly string[];
}

/** The project's own MDX components (src/components). Nothing else can be imported. */
export const PROJECT_COMPONENTS = {
  Organisme: {module: '@site/src/components/Organisme', export: 'default', props: ['code', 'forme']},
  ListeOrganismes: {module: '@site/src/components/ListeOrganismes', export: 'default', props: ['statut']},
  MembresReseau: {module: '@site/src/components/MembresReseau', export: 'default', props: ['reseau']},
  StatutReseau: {module: '@site/src/components/StatutReseau', export: 'default', props: ['reseau']},
  DatesReseau: {module: '@site/src/components/StatutReseau', export: 'DatesReseau', props: ['reseau']},
  TableauGroupes: {module: '@site/src/components/StatutReseau', export: 'TableauGroupes', props: []},
  PratiquesDuReseau: {module: '@site/src/components/PratiquesDuReseau', export: 'default', props: ['reseau']},
  ConferencesDuReseau: {module: '@site/src/components/ConferencesDuReseau', export: 'default', props: ['reseau']},
  ChiffresCles: {module: '@site/src/components/ChiffresCles', export: 'default', props: ['source']},
  ChiffreCle: {module: '@site/src/components/ChiffresCles', export: 'ChiffreCle', props: ['valeur', 'unite', 'libelle', 'illustratif']},
  SignalerProbleme: {module: '@site/src/components/SignalerProbleme', export: 'default', props: []},
} as const satisfies Record<string, ProjectComponent>;

export type ComponentName = keyof typeof PROJECT_COMPONENTS;

export type ContentKind = 'practice' | 'newsletter' | 'report' | 'page';

export interface FolderRule {
  kind: ContentKind;
  /** French label used in messages. */
  label: string;
  /** Matches the file's path relative to the site, with "/" separators. */
  match: RegExp;
  /** File formats accepted: a .mdx file where only 'md' is allowed fails. */
  formats: readonly ('md' | 'mdx')[];
  components: readonly ComponentName[];
  /** Route prefix every page of the folder must stay under (slug check), null = no constraint. */
  section: string | null;
}

const DOCS = '(?:docs|i18n/[^/]+/docusaurus-plugin-content-docs/current)';
const BLOG = '(?:blog/[^/]+|i18n/[^/]+/docusaurus-plugin-content-blog-[^/]+)';
const ALL_COMPONENTS = Object.keys(PROJECT_COMPONENTS) as ComponentName[];

/** First match wins. */
export const FOLDER_RULES: readonly FolderRule[] = [
  {
    kind: 'newsletter',
    label: 'numéro de bulletin',
    match: new RegExp(`^${BLOG}/`),
    formats: ['md'],
    components: [],
    section: null, // a post's slug is always under its series (checked in front-matter.ts)
  },
  {
    kind: 'practice',
    label: 'fiche de pratique',
    // Every file of the folder but its two section pages.
    match: new RegExp(`^${DOCS}/meilleures-pratiques/(?!(?:index|par-reseau)\\.mdx?$)[^/]+$`),
    formats: ['md'],
    components: [],
    section: '/meilleures-pratiques/',
  },
  {
    kind: 'report',
    label: 'rapport',
    match: new RegExp(`^${DOCS}/rapports/`),
    formats: ['md', 'mdx'],
    components: ['Organisme', 'ListeOrganismes', 'ChiffresCles', 'ChiffreCle'],
    section: '/rapports',
  },
  {
    kind: 'page',
    label: 'page',
    match: /.*/,
    formats: ['md', 'mdx'],
    components: ALL_COMPONENTS,
    section: null,
  },
];

export function ruleFor(relativePath: string): FolderRule {
  const rel = relativePath.split('\\').join('/');
  return FOLDER_RULES.find((r) => r.match.test(rel))!;
}

/** Link and image schemes a content file may use (besides relative and #anchor URLs). */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * The scheme of a URL as a browser sees it (leading spaces and control
 * characters stripped, tabs and newlines removed), lower case; null if relative.
 */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : null;
}

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme);
}
