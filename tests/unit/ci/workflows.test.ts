/**
 * The GitHub workflows (.github/workflows) and .ci/run cannot be run here: check
 * what can be checked without GitHub. Each workflow is valid against the
 * workflow schema (@action-validator/core, SchemaStore's schema), and every npm
 * script or file a step calls exists, so a renamed script cannot leave a
 * pull-request gate that fails, or worse, never runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {validateWorkflow} from '@action-validator/core';
import yaml from 'js-yaml';

const root = path.resolve(__dirname, '../../..');
const workflowDir = path.join(root, '.github', 'workflows');
const workflows = fs.readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts;

/** npm scripts (`npm run x`, `npm run --silent x`, `npm test`) and `npx tsx file` a text calls. */
function calls(text: string): {scripts: string[]; files: string[]} {
  const names = [...text.matchAll(/\bnpm run(?: --silent)? ([\w:-]+)/g)].map((m) => m[1]!);
  if (/\bnpm test\b/.test(text)) names.push('test');
  const files = [...text.matchAll(/\bnpx tsx ([\w./-]+\.ts)\b/g)].map((m) => m[1]!);
  return {scripts: names, files};
}

describe('GitHub workflows', () => {
  it('has the pull-request, comment and deployment workflows', () => {
    expect(workflows.sort()).toEqual(['deploy.yml', 'pr-comment.yml', 'pr.yml']);
  });

  for (const file of workflows) {
    it(`${file} is a valid workflow`, () => {
      const state = validateWorkflow(fs.readFileSync(path.join(workflowDir, file), 'utf8'));
      expect(state.errors).toEqual([]);
    });
  }

  it('the schema check does catch a misspelt key', () => {
    const state = validateWorkflow('on: pull_request\njobs:\n  tests:\n    runs_on: ubuntu-24.04\n    steps:\n      - run: npm test\n');
    expect(state.errors.length).toBeGreaterThan(0);
  });

  for (const file of [...workflows.map((f) => path.join('.github', 'workflows', f)), path.join('.ci', 'run')]) {
    it(`${file} calls only npm scripts and files that exist`, () => {
      const used = calls(fs.readFileSync(path.join(root, file), 'utf8'));
      expect(used.scripts.filter((s) => !(s in scripts))).toEqual([]);
      expect(used.files.filter((f) => !fs.existsSync(path.join(root, f)))).toEqual([]);
    });
  }

  it('the pull-request gates run: validation annotated, change report, tests, Lighthouse, audit', () => {
    const pr = fs.readFileSync(path.join(workflowDir, 'pr.yml'), 'utf8');
    const used = calls(pr);
    expect(used.scripts).toEqual(expect.arrayContaining(['validate', 'data:diff', 'test', 'audit:lighthouse']));
    expect(used.files).toContain('scripts/ci/annotate.ts');
    expect(pr).toMatch(/npm audit --omit=dev --audit-level=high/);
  });
  // Issue 14: a hostile data file used to hold the data job for as long as
  // GitHub allows (6 hours); every job now has its own bound.
  for (const file of workflows) {
    it(`${file}: every job has a time limit of at most an hour`, () => {
      const wf = yaml.load(fs.readFileSync(path.join(workflowDir, file), 'utf8')) as {jobs: Record<string, {'timeout-minutes'?: unknown}>};
      const limits = Object.entries(wf.jobs).map(([name, job]) => [name, job['timeout-minutes']]);
      for (const [name, limit] of limits) {
        expect(typeof limit, `${file} job ${name} timeout-minutes`).toBe('number');
        expect(limit as number, `${file} job ${name}`).toBeLessThanOrEqual(60);
      }
    });
  }
  it('the data job of a pull request stops within 15 minutes', () => {
    const pr = yaml.load(fs.readFileSync(path.join(workflowDir, 'pr.yml'), 'utf8')) as {jobs: Record<string, {'timeout-minutes'?: number; steps: {run?: string}[]}>};
    const dataJob = Object.values(pr.jobs).find((j) => j.steps.some((s) => s.run?.includes('validate')) && !j.steps.some((s) => s.run?.includes('npm test')))!;
    expect(dataJob['timeout-minutes']).toBeLessThanOrEqual(15);
  });
});
