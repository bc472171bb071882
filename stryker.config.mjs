// @ts-check
/**
 * Mutation testing of src/lib/ against the unit tests: `npm run test:mutation`
 * (README “质量” has the scores, “给开发者” how to read the report).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // The unit project only (vitest.mutation.config.ts). `related` would make vitest walk the
  // import graph of every test file before each mutant; perTest coverage already names the
  // tests to run, so it only slows the run down.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  // src/lib and its types only: the checker re-checks this program for every group of mutants.
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/lib/**/*.ts',
    // Glue that runs only inside Astro's build or a worker thread (astro:content, the build's
    // caches, the integration hook): the browser tests cover it, no unit test can load it.
    '!src/lib/content/published.ts',
    '!src/lib/charts/site-charts.ts',
    '!src/lib/map/site-map.ts',
    '!src/lib/share/site-cards.ts',
    '!src/lib/share/integration.ts',
    '!src/lib/datasets/integration.ts',
    '!src/lib/share/card-worker.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in code that runs only while a module loads (zod schemas, tables of strings)
  // would need the whole suite to run once per mutant: left out (reported as Ignored).
  ignoreStatic: true,
  // Two cores: one checker and one test runner; the checker becomes a second runner when done.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  // What .gitignore leaves out, but .astro/ (astro sync's types for astro:content, which the checker needs).
  ignorePatterns: ['dist', 'reports', 'test-results', '.tmp', '*.log', 'tests/mutation/stryker-incremental.json'],
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // A busy shared machine: give a slow run room before calling it a timeout.
  timeoutMS: 10_000,
};
