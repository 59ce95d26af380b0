/**
 * Ejected from @docusaurus/theme-classic DocItem/Content (3.10) to add:
 * - an English notice when /en/ falls back to the French file (never silent French),
 *   with lang="fr" on the French content for screen readers (WCAG 3.1.2);
 * - the metadata box of a practice sheet, under its title (front matter validated
 *   at build time by the cego-data plugin).
 * Practice sheets are titled by front matter (no "# " heading in the body).
 */
import React from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import PracticeMetadata, {type PracticeFrontMatter} from '@site/src/components/PracticeMetadata';
import {UntranslatedNotice} from '@site/src/components/IllustrativeNotice';

export default function DocItemContent({children}: Props): React.ReactNode {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const {i18n} = useDocusaurusContext();
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const untranslated = i18n.currentLocale !== i18n.defaultLocale && metadata.source.startsWith('@site/docs/');
  const fm = frontMatter as unknown as Partial<PracticeFrontMatter>;
  const isPractice = typeof fm.reseau === 'string' && metadata.id.startsWith('meilleures-pratiques/');
  return (
    <>
      {untranslated && <UntranslatedNotice />}
      <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')} lang={untranslated ? 'fr' : undefined}>
        {syntheticTitle && (
          <header>
            <Heading as="h1">{syntheticTitle}</Heading>
          </header>
        )}
        {isPractice && <PracticeMetadata fm={fm as PracticeFrontMatter} />}
        <MDXContent>{children}</MDXContent>
      </div>
    </>
  );
}
