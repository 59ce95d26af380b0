/**
 * `npm test`: every check, in the order a failure is cheapest to find —
 * typecheck, unit tests, data validation, a production build of both locales,
 * then browser tests against that build. Ends with one line "tests: N passed, N failed".
 *
 *   npm test                 everything
 *   npm test -- --no-build   reuse an existing build/ (local iteration only)
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const args = new Set(process.argv.slice(2));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-test-'));
const totals = {passed: 0, failed: 0, skipped: 0};
const timings: string[] = [];

function run(label: string, cmd: string, cmdArgs: string[]): boolean {
  console.log(`\n=== ${label}: ${cmd} ${cmdArgs.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(cmd, cmdArgs, {stdio: 'inherit', env: process.env});
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${label}: ${seconds} s`);
  return result.status === 0;
}

function vitest(project: string): boolean {
  const out = path.join(tmp, `${project}.json`);
  // The progress reporter prints a line every few tests: the browser pass is long (see README).
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=./scripts/vitest/progress-reporter.ts',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as VitestJson;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } else if (!ok) {
    totals.failed += 1; // the runner itself failed (e.g. a syntax error): count it
  }
  return ok;
}

function finish(ok: boolean): never {
  console.log(`\n=== Durées\n${timings.join('\n')}`);
  if (totals.skipped > 0) console.log(`\n!!! ${totals.skipped} test(s) non exécuté(s) : voir les messages ci-dessus.`);
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

let ok = run('typecheck', 'npx', ['tsc', '--noEmit']);
if (!ok) totals.failed += 1;
ok = vitest('unit') && ok;
if (fs.existsSync(path.join('scripts', 'validate.ts'))) {
  const valid = run('data validation', 'npx', ['tsx', 'scripts/validate.ts']);
  if (!valid) totals.failed += 1;
  ok = valid && ok;
}
if (!args.has('--no-build')) {
  // The data validation above has printed the data's warnings: the build does not repeat them.
  process.env.CEGO_DATA_WARNINGS_SHOWN = '1';
  const built = run('build (fr + en)', 'npx', ['docusaurus', 'build']);
  if (!built) {
    totals.failed += 1;
    finish(false);
  }
}
ok = vitest('browser') && ok;
finish(ok);
