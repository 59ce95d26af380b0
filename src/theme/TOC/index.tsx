/** The theme's TOC, hydrated in a task of its own (src/plugins/lean-client/HydrateLater.tsx). */
import React from 'react';
import TOC from '@theme-original/TOC';
import type {WrapperProps} from '@docusaurus/types';
import HydrateLater from '@site/src/plugins/lean-client/HydrateLater';

type Props = WrapperProps<typeof TOC>;

export default function TOCWrapper(props: Props): React.ReactNode {
  return (
    <HydrateLater>
      <TOC {...props} />
    </HydrateLater>
  );
}
