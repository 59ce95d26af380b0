/**
 * The theme's mobile menu, also rendered when opened above 996 px: this site
 * collapses its navbar into the menu up to 1 180 px (src/css/custom.css), where
 * its items do not fit beside the title, but Docusaurus renders the menu only
 * below its own 996 px breakpoint. Same markup as the theme's component
 * (@docusaurus/theme-classic, Navbar/MobileSidebar), one condition wider.
 *
 * The menu is also drawn only once a reader has opened it (then kept): the
 * theme draws it, hidden off screen, on every phone-sized page right after
 * hydration, with the whole docs sidebar inside, in one blocking render that
 * grows with the number of sheets. Opened, it is the same menu; it only slides
 * in without its transition the first time.
 */
import React, {useState} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

export default function NavbarMobileSidebar(): React.ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const [opened, setOpened] = useState(false);
  // Derived state, set during render (React's pattern for it): no extra commit.
  if (mobileSidebar.shown && !opened) setOpened(true);
  if (!opened || (!mobileSidebar.shouldRender && !mobileSidebar.shown)) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
