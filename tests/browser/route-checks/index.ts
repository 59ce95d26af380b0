/**
 * The checks run on every sitemap route, in this order, in one browser pass
 * (tests/browser/routes.test.ts). See types.ts for how to write one.
 */
import {axe} from './axe';
import {htmlcs} from './htmlcs';
import type {RouteCheck} from './types';
import {widths} from './widths';

export type {RouteCheck, RouteContext} from './types';

// widths last: it resizes the page (and puts it back), the others read it at its loaded size.
export const ROUTE_CHECKS: readonly RouteCheck[] = [axe, htmlcs, widths];
