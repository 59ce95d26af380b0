/** Replaces the theme's component: same data, written escaped (see src/components/JsonLd). */
import React from 'react';
import {useBlogListPageStructuredData} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogListPage/StructuredData';
import JsonLd from '@site/src/components/JsonLd';

export default function BlogListPageStructuredData(props: Props): React.ReactNode {
  return <JsonLd data={useBlogListPageStructuredData(props)} />;
}
