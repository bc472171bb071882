import { describe, expect, it } from 'vitest';
import { clipText } from '../../../src/lib/datasets/display.ts';

describe('clipText(text, max)', () => {
  it('keeps short text and cuts long text at whole characters, with an ellipsis', () => {
    expect(clipText('工会林', 3)).toBe('工会林');
    expect(clipText('一二三四五', 3)).toBe('一二三…');
    expect(clipText('🌳🌳🌳🌳', 2)).toBe('🌳🌳…');
  });
  it('reads only the start of an enormous value', () => expect(clipText('字'.repeat(5_000_000), 200)).toHaveLength(201));
});
