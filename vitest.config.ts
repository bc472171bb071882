import { defineConfig } from 'vitest/config';

// Tests build and validate copies of the repository that have no git history on purpose;
// the tests of the history check ask for REQUIRE_RELEASE_HISTORY themselves.
const env = { REQUIRE_RELEASE_HISTORY: '0' };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { ...env, TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          env,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
