import {runAxe} from '../helpers';
import type {RouteCheck} from './types';

/** axe-core, WCAG 2.0/2.1 A and AA rules. */
export const axe: RouteCheck = {
  name: 'axe-core (WCAG 2.1 AA)',
  async run({page}) {
    const violations = await runAxe(page);
    return violations.map((v) => `${v.id} (${v.impact}) ${v.help} → ${v.targets.join(' | ')}`);
  },
};
