/** The docs' main column (breadcrumbs, article, pagination, table of contents), hydrated in a task of its own (src/plugins/lean-client/HydrateLater.tsx). */
import React from 'react';
import Main from '@theme-original/DocRoot/Layout/Main';
import type {WrapperProps} from '@docusaurus/types';
import HydrateLater from '@site/src/plugins/lean-client/HydrateLater';

type Props = WrapperProps<typeof Main>;

export default function MainWrapper(props: Props): React.ReactNode {
  return (
    <HydrateLater>
      <Main {...props} />
    </HydrateLater>
  );
}
