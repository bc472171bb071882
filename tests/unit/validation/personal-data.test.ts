import { describe, expect, it } from 'vitest';
import { findPersonalData, isIdCardNumber, passesLuhn } from '../../../src/lib/validation/personal-data.ts';

// Test numbers only: the ID is the GB 11643 standard's worked example, the card a Luhn test number.
const ID = '11010519491231002X';

describe('isIdCardNumber(s) and passesLuhn(digits)', () => {
  it('accepts a valid check character and refuses a wrong one', () => {
    expect(isIdCardNumber(ID)).toBe(true);
    expect(isIdCardNumber('110105194912310021')).toBe(false);
  });
  it('checks Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

describe('findPersonalData(text)', () => {
  it('finds an ID number, a mobile number and a bank card, masked', () => {
    const hits = findPersonalData(`身份证${ID}，电话 138-1234-5678，卡号 4111 1111 1111 1111。`);
    expect(hits.map((h) => h.kind)).toEqual(['id-card', 'mobile', 'bank-card']);
    expect(hits[0]?.masked).toBe('110*************2X');
    expect(hits.every((h) => !h.masked.includes('1234'))).toBe(true);
  });
  it('leaves the site’s own figures, dates, coordinates and checksums alone', () => {
    const text = '30000000 元；2025-12-31；23.0775,112.4662；463e793afe7afc9b1a423982f22474b1aec089d2b234fa04752062f3ef0ef609；441202；20000株';
    expect(findPersonalData(text)).toEqual([]);
  });
  it('does not take an ID number with a wrong check character, or digits inside a longer run', () => {
    expect(findPersonalData('110105194912310021')).toEqual([]);
    expect(findPersonalData('9913812345678')).toEqual([]);
  });
});
