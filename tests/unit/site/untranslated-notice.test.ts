/**
 * An English page whose text exists only in French says so in English and marks
 * the French text as French (WCAG 3.1.2), and a translated page does neither.
 *
 * Every page of the site now has its English version, so no route of the real
 * build shows the notice any more. The fixture site in tests/fixtures/untranslated-site
 * keeps the case alive: the real docs plugin loads it for the English locale, and the
 * site's DocItem/Content renders the metadata Docusaurus produced for each page.
 */
import path from 'node:path';
import {createElement, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {beforeAll, describe, expect, it, vi} from 'vitest';

const docState: {metadata: DocMetadata | null; locale: string} = {metadata: null, locale: 'en'};

interface DocMetadata {
  id: string;
  title: string;
  source: string;
}

vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDoc: () => ({metadata: docState.metadata, frontMatter: {}, contentTitle: undefined}),
}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({i18n: {currentLocale: docState.locale, defaultLocale: 'fr'}}),
}));
vi.mock('@docusaurus/theme-common', () => ({ThemeClassNames: {docs: {docMarkdown: 'theme-doc-markdown'}}}));
vi.mock('@docusaurus/Translate', () => ({default: ({children}: {children: ReactNode}) => children, translate: ({message}: {message: string}) => message}));
vi.mock('@theme/Heading', () => ({default: ({as, children}: {as: string; children: ReactNode}) => createElement(as, null, children)}));
vi.mock('@theme/MDXContent', () => ({default: ({children}: {children: ReactNode}) => children}));
vi.mock('@site/src/components/PracticeMetadata', () => ({default: () => null}));
vi.mock('@site/src/components/IllustrativeNotice', async () => import('../../../src/components/IllustrativeNotice'));

const fixture = path.resolve(__dirname, '../../fixtures/untranslated-site');

/** The docs of the fixture site as the real docs plugin loads them for a locale. */
async function loadDocs(locale: 'fr' | 'en'): Promise<DocMetadata[]> {
  const {loadContext} = (await import('@docusaurus/core/lib/server/site.js')) as unknown as {
    loadContext: (p: {siteDir: string; locale: string}) => Promise<Record<string, unknown>>;
  };
  const docs = await import('@docusaurus/plugin-content-docs');
  const {normalizePluginOptions} = await import('@docusaurus/utils-validation');
  const context = await loadContext({siteDir: fixture, locale});
  const options = docs.validateOptions({
    validate: normalizePluginOptions as never,
    options: {path: 'docs', routeBasePath: '/', sidebarPath: false},
  });
  const plugin = await docs.default(context as never, options);
  const content = (await plugin.loadContent!()) as {loadedVersions: {docs: DocMetadata[]}[]};
  return content.loadedVersions[0]!.docs;
}

async function render(metadata: DocMetadata, locale: string): Promise<string> {
  docState.metadata = metadata;
  docState.locale = locale;
  const {default: DocItemContent} = await import('../../../src/theme/DocItem/Content');
  return renderToStaticMarkup(createElement(DocItemContent, null, createElement('p', null, 'texte')));
}

describe('the notice on English pages that exist only in French', () => {
  let en: DocMetadata[];
  let fr: DocMetadata[];
  const byId = (docs: DocMetadata[], id: string) => docs.find((d) => d.id === id)!;

  beforeAll(async () => {
    [en, fr] = await Promise.all([loadDocs('en'), loadDocs('fr')]);
  }, 60_000);

  it('Docusaurus serves the French file under /en/ when no translation exists', () => {
    expect(byId(en, 'non-traduite').source).toBe('@site/docs/non-traduite.md');
    expect(byId(en, 'traduite').source).toBe('@site/i18n/en/docusaurus-plugin-content-docs/current/traduite.md');
  });

  it('an untranslated page under /en/ shows the English notice and marks its content lang="fr"', async () => {
    const html = await render(byId(en, 'non-traduite'), 'en');
    expect(html).toMatch(/<div[^>]*class="[^"]*cego-untranslated[^"]*"[^>]*lang="en"[^>]*>.*not been translated yet/);
    expect(html).toMatch(/<div class="theme-doc-markdown markdown" lang="fr">/);
  });

  it('a translated page under /en/ has no notice and no lang="fr"', async () => {
    const html = await render(byId(en, 'traduite'), 'en');
    expect(html).not.toContain('cego-untranslated');
    expect(html).not.toContain('lang="fr"');
  });

  it('French pages never show the notice', async () => {
    for (const doc of fr) {
      const html = await render(doc, 'fr');
      expect(html, doc.id).not.toContain('cego-untranslated');
      expect(html, doc.id).not.toContain('lang=');
    }
  });
});
