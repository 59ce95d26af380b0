/** Replaces the theme's component: same data, written escaped (see src/components/JsonLd). */
import React from 'react';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import JsonLd from '@site/src/components/JsonLd';

export default function BlogPostStructuredData(): React.ReactNode {
  return <JsonLd data={useBlogPostStructuredData()} />;
}
