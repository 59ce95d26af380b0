/**
 * A route component built on first use (see ./lazy-component-creator.ts).
 */
import {createElement, type ComponentType, type ReactNode} from 'react';

type Props = Record<string, unknown>;

/** What Docusaurus's ComponentCreator returns: a component with a static preload(). */
export interface RouteComponentLike {
  preload: () => unknown;
}

export interface LazyRouteComponent {
  (props: Props): ReactNode;
  /** What Docusaurus's preload() awaits for a matched route. */
  preload: () => unknown;
  displayName: string;
}

/** The component `create(path, hash)` returns, built the first time it is rendered or preloaded, then reused. */
export function lazyRoute<C extends RouteComponentLike>(path: string, hash: string, create: (path: string, hash: string) => C): LazyRouteComponent {
  let built: C | undefined;
  const get = (): C => (built ??= create(path, hash));
  const Route = ((props: Props) => createElement(get() as unknown as ComponentType<Props>, props)) as LazyRouteComponent;
  Route.preload = () => get().preload();
  Route.displayName = `Route(${path})`;
  return Route;
}
