/**
 * Wraps the theme's tag page: a title that names the newsletter (both series
 * could use the same subject). The description stays the tag's own (tags.yml).
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import Original from '@theme-original/BlogTagsPostsPage';
import type {Props} from '@theme/BlogTagsPostsPage';
import {labelsFor} from '@site/src/plugins/newsletters/labels';
import {useNewsletterSeries} from '@site/src/plugins/newsletters/useSeries';

export default function BlogTagsPostsPage(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const series = useNewsletterSeries();
  const text = labelsFor(i18n.currentLocale);
  return (
    <>
      <Original {...props} />
      <PageMetadata title={text.tagTitle(props.tag.label, series.title)} />
    </>
  );
}
