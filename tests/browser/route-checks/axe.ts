import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import type {RouteCheck} from './types';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the
  // site's Content-Security-Policy (static/_headers) would refuse the latter.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      resultTypes: ['violations'],
    });
    return result.violations.map((v: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** axe-core, WCAG 2.0/2.1 A and AA rules. */
export const axe: RouteCheck = {
  name: 'axe-core (WCAG 2.1 AA)',
  async run({page}) {
    const violations = await runAxe(page);
    return violations.map((v) => `${v.id} (${v.impact}) ${v.help} → ${v.targets.join(' | ')}`);
  },
};
