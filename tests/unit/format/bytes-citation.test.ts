import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format/bytes.ts';
import { citeApa, citeGbt7714 } from '../../../src/lib/format/citation.ts';
import { formatNumberPlain } from '../../../src/lib/format/numbers.ts';
import { absoluteUrl } from '../../../src/lib/site/urls.ts';

describe('formatBytes(bytes)', () => {
  it.each([
    [0, '0 字节'],
    [1023, '1023 字节'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [1024 * 1024 - 1, '1024.0 KB'],
    [1024 * 1024, '1.0 MB'],
    [40 * 1024 * 1024 + 300 * 1024, '40.3 MB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatNumberPlain(n)', () => {
  it.each([
    [30000000, '30,000,000'],
    [999, '999'],
    [-2200, '-2,200'],
    [1.5, '1.5'],
    // Six decimals kept (coordinates, rates), not the locale default of three.
    [0.1234567, '0.123457'],
  ])('%d → %s', (n, text) => expect(formatNumberPlain(n)).toBe(text));
});

describe('citeGbt7714(version) and citeApa(version)', () => {
  const version = {
    publisher: '肇庆工会开放数据编辑组',
    title: '困难职工帮扶',
    titleEn: 'Assistance for workers in hardship',
    datasetId: 'hardship-assistance',
    version: '2.0.1',
    date: '2026-12-01',
  };
  // The origin comes from SITE_URL; the path is the permanent download of that version.
  const url = absoluteUrl('/data/hardship-assistance/2.0.1/hardship-assistance.csv');

  it('cites the version as an online dataset in GB/T 7714-2015', () => {
    expect(citeGbt7714(version)).toBe(`肇庆工会开放数据编辑组. 困难职工帮扶: 2.0.1版[DS/OL]. (2026-12-01). ${url}.`);
  });

  it('cites it in APA 7 with the year only', () => {
    expect(citeApa(version)).toBe(`肇庆工会开放数据编辑组. (2026). 困难职工帮扶 [Assistance for workers in hardship] (Version 2.0.1) [Data set]. ${url}`);
  });
});
