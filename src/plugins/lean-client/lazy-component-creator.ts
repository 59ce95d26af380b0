/**
 * Stands in for @docusaurus/ComponentCreator (see ./index.ts). The generated
 * route table calls ComponentCreator once per route while main.js is evaluated,
 * on every page: each call flattens the route's chunk names and builds a
 * react-loadable component, for hundreds of routes the page will never show
 * (about 110 ms of a practice sheet's longest task at 4× CPU, and growing with
 * every sheet). Here each route gets a small component that builds Docusaurus's
 * own on first render or first preload, so only the routes a reader opens or
 * prefetches pay for it. Rendering, preloading and the server's record of the
 * modules a page uses are Docusaurus's, unchanged.
 */
import ComponentCreator from '@docusaurus/core/lib/client/exports/ComponentCreator';
import {lazyRoute, type LazyRouteComponent} from './lazy-route';

export default function LazyComponentCreator(path: string, hash: string): LazyRouteComponent {
  return lazyRoute(path, hash, ComponentCreator);
}
