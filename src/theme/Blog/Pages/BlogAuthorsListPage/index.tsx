/** Wraps the theme's list of authors: a title that names the newsletter and a meta description. */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import Original from '@theme-original/Blog/Pages/BlogAuthorsListPage';
import type {Props} from '@theme/Blog/Pages/BlogAuthorsListPage';
import {labelsFor} from '@site/src/plugins/newsletters/labels';
import {useNewsletterSeries} from '@site/src/plugins/newsletters/useSeries';

export default function BlogAuthorsListPage(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const series = useNewsletterSeries();
  const text = labelsFor(i18n.currentLocale);
  return (
    <>
      <Original {...props} />
      <PageMetadata title={text.authorsTitle(series.title)} description={text.authorsDescription(series.title)} />
    </>
  );
}
