/** Wraps the theme's list of tags: a title that names the newsletter and a meta description. */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import Original from '@theme-original/BlogTagsListPage';
import type {Props} from '@theme/BlogTagsListPage';
import {labelsFor} from '@site/src/plugins/newsletters/labels';
import {useNewsletterSeries} from '@site/src/plugins/newsletters/useSeries';

export default function BlogTagsListPage(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const series = useNewsletterSeries();
  const text = labelsFor(i18n.currentLocale);
  return (
    <>
      <Original {...props} />
      <PageMetadata title={text.tagsTitle(series.title)} description={text.tagsDescription(series.title)} />
    </>
  );
}
