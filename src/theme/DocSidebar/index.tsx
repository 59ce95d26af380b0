/** The theme's DocSidebar, hydrated in a task of its own (src/plugins/lean-client/HydrateLater.tsx). */
import React from 'react';
import DocSidebar from '@theme-original/DocSidebar';
import type {WrapperProps} from '@docusaurus/types';
import HydrateLater from '@site/src/plugins/lean-client/HydrateLater';

type Props = WrapperProps<typeof DocSidebar>;

export default function DocSidebarWrapper(props: Props): React.ReactNode {
  return (
    <HydrateLater>
      <DocSidebar {...props} />
    </HydrateLater>
  );
}
