/**
 * A vitest reporter for long runs (`npm test`'s browser pass: ~300 routes in
 * one file, silent for many minutes under the default reporter when the
 * output is not a terminal, as in CI): one line when a test file starts, one
 * line per failed test as it fails, and a progress line every PROGRESS_EVERY
 * tests with the time elapsed. Used beside the default reporter (scripts/test.ts).
 */
import path from 'node:path';
import type {Reporter, TestCase, TestModule} from 'vitest/node';

const PROGRESS_EVERY = 20;

export default class ProgressReporter implements Reporter {
  private readonly start = Date.now();
  private done = 0;
  private failed = 0;

  private elapsed(): string {
    const s = Math.round((Date.now() - this.start) / 1000);
    return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
  }

  private name(m: TestModule): string {
    return path.relative(process.cwd(), m.moduleId);
  }

  onTestModuleCollected(m: TestModule): void {
    const n = [...m.children.allTests()].length;
    console.log(`[progression] ${this.name(m)} : ${n} test${n > 1 ? 's' : ''} (${this.elapsed()})`);
  }

  onTestCaseResult(t: TestCase): void {
    const state = t.result().state;
    if (state === 'skipped' || state === 'pending') return;
    this.done++;
    if (state === 'failed') {
      this.failed++;
      console.log(`[progression] ÉCHEC ${this.name(t.module)} › ${t.fullName}`);
    }
    if (this.done % PROGRESS_EVERY === 0) {
      console.log(`[progression] ${this.done} tests terminés, ${this.failed} en échec (${this.elapsed()})`);
    }
  }
}
