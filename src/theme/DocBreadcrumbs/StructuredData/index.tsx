/** Replaces the theme's component: same data, written escaped (see src/components/JsonLd). */
import React from 'react';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import JsonLd from '@site/src/components/JsonLd';

export default function DocBreadcrumbsStructuredData(props: Props): React.ReactNode {
  return <JsonLd data={useBreadcrumbsStructuredData({breadcrumbs: props.breadcrumbs})} />;
}
