/**
 * How audit:lighthouse judges a page (scripts/lighthouse.ts): on the median of
 * its runs, a miss confirmed over five runs, and Lighthouse's own aborts told
 * apart from real failures.
 */
import {describe, expect, it} from 'vitest';
import type {Result as LhResult} from 'lighthouse';
import {CONFIRM_RUNS, isLighthouseRuntimeError, measurePage} from '../../../scripts/lighthouse';

function run(performance: number, accessibility = 1): LhResult {
  const cat = (score: number) => ({score});
  return {categories: {performance: cat(performance), accessibility: cat(accessibility), 'best-practices': cat(1), seo: cat(1)}} as unknown as LhResult;
}

function sequence(...scores: number[]) {
  let i = 0;
  const calls = () => i;
  const runOnce = async () => run(scores[i++]!);
  return {runOnce, calls};
}

describe('measurePage', () => {
  it('keeps the median of three runs: one slow run does not fail the page', async () => {
    const s = sequence(0.99, 0.7, 0.97);
    const m = await measurePage(s.runOnce, 3);
    expect(m.scores.performance).toBe(0.97);
    expect(m.failures).toEqual([]);
    expect(s.calls()).toBe(3);
  });

  it('confirms a miss over five runs before failing', async () => {
    const s = sequence(0.93, 0.94, 0.99, 0.98, 0.97);
    const m = await measurePage(s.runOnce, 3);
    expect(s.calls()).toBe(CONFIRM_RUNS);
    expect(m.runs).toBe(5);
    expect(m.scores.performance).toBe(0.97);
    expect(m.failures).toEqual([]);
  });

  it('fails a page that stays under budget, naming the category and score', async () => {
    const s = sequence(0.9, 0.91, 0.92, 0.96, 0.89);
    const m = await measurePage(s.runOnce, 3);
    expect(m.failures).toEqual(['performance 0.91 < 0.95']);
  });

  it('accepts nothing below 1 in accessibility', async () => {
    const m = await measurePage(async () => run(1, 0.98), 1);
    expect(m.failures).toEqual(['accessibility 0.98 < 1']);
  });
});

describe('isLighthouseRuntimeError', () => {
  it("recognises Lighthouse's own aborts, not other failures", () => {
    expect(
      isLighthouseRuntimeError(
        'Command failed: node lighthouse/cli/index.js http://127.0.0.1/\nRuntime error encountered: Something went wrong with recording the trace over your page load. Please run Lighthouse again. (NO_NAVSTART)',
      ),
    ).toBe(true);
    expect(isLighthouseRuntimeError('Command failed: node lighthouse/cli/index.js\nError: connect ECONNREFUSED 127.0.0.1:9222')).toBe(false);
  });
});
