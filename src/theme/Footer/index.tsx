/** The theme's Footer, hydrated in a task of its own (src/plugins/lean-client/HydrateLater.tsx). */
import React from 'react';
import Footer from '@theme-original/Footer';
import type {WrapperProps} from '@docusaurus/types';
import HydrateLater from '@site/src/plugins/lean-client/HydrateLater';

type Props = WrapperProps<typeof Footer>;

export default function FooterWrapper(props: Props): React.ReactNode {
  return (
    <HydrateLater>
      <Footer {...props} />
    </HydrateLater>
  );
}
