/** The theme's Navbar, hydrated in a task of its own (src/plugins/lean-client/HydrateLater.tsx). */
import React from 'react';
import Navbar from '@theme-original/Navbar';
import type {WrapperProps} from '@docusaurus/types';
import HydrateLater from '@site/src/plugins/lean-client/HydrateLater';

type Props = WrapperProps<typeof Navbar>;

export default function NavbarWrapper(props: Props): React.ReactNode {
  return (
    <HydrateLater>
      <Navbar {...props} />
    </HydrateLater>
  );
}
