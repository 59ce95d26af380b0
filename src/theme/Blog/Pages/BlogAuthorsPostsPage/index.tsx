/**
 * Wraps the theme's author page: a title that names the newsletter (an author
 * may sign issues of both series) and a meta description. Rendered after the
 * original, so its <title> and description are the ones kept.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import Original from '@theme-original/Blog/Pages/BlogAuthorsPostsPage';
import type {Props} from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import {labelsFor} from '@site/src/plugins/newsletters/labels';
import {useNewsletterSeries} from '@site/src/plugins/newsletters/useSeries';

export default function BlogAuthorsPostsPage(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const series = useNewsletterSeries();
  const text = labelsFor(i18n.currentLocale);
  const name = props.author.name ?? props.author.key;
  return (
    <>
      <Original {...props} />
      <PageMetadata title={text.authorTitle(name, series.title)} description={text.authorDescription(name, series.title, props.author.count)} />
    </>
  );
}
