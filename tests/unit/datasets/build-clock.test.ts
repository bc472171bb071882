import { describe, expect, it } from 'vitest';
import { dataTimesLine, timed } from '../../../src/lib/datasets/build-clock.ts';

describe('timed(part, work) and dataTimesLine()', () => {
  it('sums each part over its calls, lists the parts measured in a fixed order, then starts again', () => {
    dataTimesLine();
    let now = 0;
    const clock = performance.now;
    performance.now = () => now;
    try {
      expect(timed('changes', () => ((now += 1500), 'diff'))).toBe('diff');
      timed('catalog', () => (now += 4000));
      timed('changes', () => (now += 460));
      expect(() => timed('write', () => ((now += 250), JSON.parse('{')))).toThrow(SyntaxError);
    } finally {
      performance.now = clock;
    }
    // Catalog first though measured second; a part that failed still counts; downloads were not measured.
    expect(dataTimesLine()).toBe('数据用时：读取并校验 4.0 s · 差异文件 2.0 s · 写入 0.3 s');
    expect(dataTimesLine()).toBe('数据用时：');
  });
});
