/**
 * Issue 14, item 5: the change-report comment runs with a write token on an
 * artifact the pull request's code wrote. The script of pr-comment.yml is run
 * here as actions/github-script runs it (an async function of require, github,
 * context, core), against a fake GitHub API and a hostile artifact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import yaml from 'js-yaml';
import {afterEach, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../../..');
const workflowFile = path.join(root, '.github', 'workflows', 'pr-comment.yml');
const workflowText = fs.readFileSync(workflowFile, 'utf8');
const workflow = yaml.load(workflowText) as {jobs: Record<string, {steps: {uses?: string; with?: {script?: string}}[]}>};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const script = steps.find((s) => s.uses?.startsWith('actions/github-script@'))!.with!.script!;

interface Pr {
  number: number;
  state: string;
  head: {sha: string; ref: string; repo: string};
}

/** Runs the workflow's script in `dir` (where the artifact was unpacked) against fake pull requests. */
async function runScript(dir: string, event: Record<string, unknown>, prs: Pr[]) {
  const comments: {issue: number; body: string}[] = [];
  const notices: string[] = [];
  const github = {
    rest: {
      pulls: {
        list: 'pulls.list',
        get: async ({pull_number}: {pull_number: number}) => ({data: prs.find((p) => p.number === pull_number)!}),
      },
      issues: {
        listComments: 'issues.listComments',
        createComment: async ({issue_number, body}: {issue_number: number; body: string}) => comments.push({issue: issue_number, body}),
        updateComment: async () => undefined,
      },
    },
    paginate: async (what: string, args: {head?: string}) => {
      if (what === 'pulls.list') return prs.filter((p) => p.state === 'open' && `${p.head.repo}:${p.head.ref}` === args.head);
      return [];
    },
  };
  const context = {repo: {owner: 'cego', repo: 'site'}, payload: {workflow_run: event}};
  const core = {notice: (m: string) => notices.push(m)};
  const localRequire = createRequire(path.join(dir, 'x.js'));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fn = new Function('require', 'github', 'context', 'core', `return (async () => {\n${script}\n})();`) as (...a: unknown[]) => Promise<void>;
    await fn(localRequire, github, context, core);
  } finally {
    process.chdir(cwd);
  }
  return {comments, notices};
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

function artifact(report: string, numero?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-pr-comment-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'rapport'));
  fs.writeFileSync(path.join(dir, 'rapport', 'rapport.md'), report);
  if (numero !== undefined) fs.writeFileSync(path.join(dir, 'rapport', 'numero'), numero);
  return dir;
}

const fork = {number: 12, state: 'open', head: {sha: 'f00d', ref: 'donnees', repo: 'mallory'}};
const victim = {number: 7, state: 'open', head: {sha: 'beef', ref: 'travail', repo: 'cego'}};
// A pull request from a fork: GitHub leaves workflow_run.pull_requests empty.
const forkEvent = {head_sha: 'f00d', head_branch: 'donnees', head_repository: {owner: {login: 'mallory'}}, pull_requests: []};

describe('pr-comment.yml', () => {
  it('comments on the pull request the event names, whatever number the artifact holds', async () => {
    const {comments} = await runScript(artifact('## Rapport\n', '7'), forkEvent, [fork, victim]);
    expect(comments.map((c) => c.issue)).toEqual([12]);
  });

  it('does not comment when no open pull request has the tested commit as its head', async () => {
    const moved = {...fork, head: {...fork.head, sha: 'newer'}};
    const {comments, notices} = await runScript(artifact('## Rapport\n', '12'), forkEvent, [moved, victim]);
    expect(comments).toEqual([]);
    expect(notices[0]).toMatch(/pas de commentaire/);
  });

  it('escapes the Markdown of the report: HTML, links, images, @mentions, references and </details> from a note', async () => {
    const note = 'Voir <img src=x onerror=alert(1)> [cliquez](https://exemple.org/vol) ![pixel](https://exemple.org/p.png) @cego/admins @alice #7 GH-7 https://exemple.org www.exemple.org </details> <!-- cego-rapport-donnees -->';
    const report = [
      '## Rapport de modification des données',
      '',
      '<details><summary>Détail des lignes par fichier (daff)</summary>',
      '',
      `| note |`,
      `| --- |`,
      `| ${note} |`,
      '</details>',
      '',
    ].join('\n');
    const {comments} = await runScript(artifact(report), forkEvent, [fork]);
    const body = comments[0]!.body;
    const visible = body.split('\n').slice(1).join('\n');
    // The structure data-diff writes is kept…
    expect(visible).toContain('## Rapport de modification des données');
    expect(visible.match(/<details>/g)).toHaveLength(1);
    expect(visible.match(/<\/details>/g)).toHaveLength(1);
    expect(visible.trimEnd().endsWith('</details>')).toBe(true);
    // …nothing from the note acts.
    const row = visible.split('\n').find((l) => l.startsWith('| Voir'))!;
    expect(row).not.toMatch(/<|>/);
    expect(row).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(row).toContain('\\[cliquez\\](https:\u200b//exemple.org/vol)');
    expect(row).toContain('\\!\\[pixel\\]');
    expect(row).not.toMatch(/@[\w/]/);
    expect(row).not.toMatch(/#\d|GH-\d|:\/\/|www\./);
    expect(row).toContain('&lt;\\!-- cego-rapport-donnees --&gt;');
    expect(body.startsWith('<!-- cego-rapport-donnees -->\n')).toBe(true);
  });

  it('pins every action by commit and wrangler by exact version', () => {
    for (const file of fs.readdirSync(path.join(root, '.github', 'workflows'))) {
      const text = fs.readFileSync(path.join(root, '.github', 'workflows', file), 'utf8');
      for (const [, ref] of text.matchAll(/uses:\s*([^\s#]+)/g)) expect(ref, `${file}: ${ref}`).toMatch(/@[0-9a-f]{40}$/);
      for (const [, v] of text.matchAll(/wrangler@(\S+)/g)) expect(v, `${file}: wrangler@${v}`).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('reads no pull-request number from the artifact', () => {
    expect(script).not.toMatch(/numero/);
    expect(fs.readFileSync(path.join(root, '.github', 'workflows', 'pr.yml'), 'utf8')).not.toMatch(/numero/);
  });
});
