import { relative, sep } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import config from './vitest.config.ts';

// Stryker's vitest runner has no project option: give it the unit project alone (the e2e
// project builds the site and drives Chromium, far too slow to run once per mutant).
const unit = config.test?.projects?.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (!unit || typeof unit !== 'object' || !('test' in unit)) throw new Error('vitest.config.ts has no unit project');

/**
 * Stryker stops a mutant's run at the first failing test, but vitest runs the slowest files
 * first. Run the test file that mirrors the mutated module first (tests/unit/x/y.test.ts for
 * src/lib/x/y.ts), then its folder's, then the rest quickest first: most mutants then die
 * in the first file, before the suites that copy the repository or spawn `npm run validate`.
 */
class MirrorFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    // Stryker names the mutated file in `related` (its path inside the sandbox).
    const mutated = (this.ctx.config.related ?? []).map((file) => relative(root, file).split(sep).join('/'));
    const mirrors = mutated.filter((file) => file.startsWith('src/lib/')).map((file) => file.replace(/^src\/lib\//, 'tests/unit/').replace(/\.ts$/, '.test.ts'));
    const folders = mirrors.map((file) => file.slice(0, file.lastIndexOf('/') + 1));
    const rank = (spec: TestSpecification) => {
      const file = relative(root, spec.moduleId).split(sep).join('/');
      return mirrors.includes(file) ? 0 : folders.some((folder) => file.startsWith(folder)) ? 1 : 2;
    };
    const duration = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => rank(a) - rank(b) || duration(a) - duration(b));
  }
}

export default defineConfig({
  test: {
    ...unit.test,
    name: undefined,
    // Instrumented code counts every branch it passes: the 20-million-cell limit test needs more than 5 s.
    testTimeout: 60_000,
    sequence: { sequencer: MirrorFirstSequencer },
  },
});
