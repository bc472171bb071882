import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from '../../helpers/golden.ts';

describe('goldenUpdateRequested(env): the switch that rewrites golden files', () => {
  it('is off unless UPDATE_GOLDEN is set, and on when it is, on a developer machine', () => {
    expect(goldenUpdateRequested({})).toBe(false);
    expect(goldenUpdateRequested({ UPDATE_GOLDEN: '1' })).toBe(true);
  });
  it('is refused in CI, where a rewritten golden file would pass by definition', () => {
    expect(() => goldenUpdateRequested({ UPDATE_GOLDEN: '1', CI: 'true' })).toThrow(/UPDATE_GOLDEN is set in CI/);
    expect(goldenUpdateRequested({ CI: 'true' })).toBe(false);
  });
});
