import os from 'node:os';
import {defineConfig} from 'vitest/config';

// Two projects: `unit` runs in Node against the code; `browser` drives the system
// Chromium (playwright-core) against the production build in build/.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core
    // machine. The unit files wait on child processes (the CLI tests) and on
    // imports as much as on the CPU: two workers take the unit run from 89 s to
    // 61 s there. The browser files run one at a time all the same (fileParallelism).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        // tsconfig leaves JSX to Docusaurus ("preserve"); unit tests that render a
        // component (renderToStaticMarkup) need it compiled.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
