/**
 * The checks run on every sitemap route, in this order, in one browser pass
 * (tests/browser/routes.test.ts). See types.ts for how to write one.
 */
import {axe} from './axe';
import {htmlcs} from './htmlcs';
import type {RouteCheck} from './types';

export type {RouteCheck, RouteContext} from './types';

export const ROUTE_CHECKS: readonly RouteCheck[] = [axe, htmlcs];
