import {defineConfig} from 'vitest/config';

// Two projects: `unit` runs in Node against the code; `browser` drives the system
// Chromium (playwright-core) against the production build in build/.
export default defineConfig({
  test: {
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
