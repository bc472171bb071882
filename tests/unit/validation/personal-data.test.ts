import { describe, expect, it } from 'vitest';
import { findPersonalData, isIdCardNumber, normalizeForScan, passesLuhn } from '../../../src/lib/validation/personal-data.ts';

// Test numbers only. IDs: GB 11643's worked example and two made with its check table
// (check characters X, 3 and 0-free cases); cards: Luhn test numbers of several schemes.
const ID_X = '11010519491231002X';
const ID_3 = '441202198001014563';
const ID_44 = '44010119900307123X';
const CARD_UNIONPAY = '6222020200000000006';
const CARD_VISA = '4111111111111111';

const kinds = (text: string) => findPersonalData(text).map((h) => h.kind);

describe('isIdCardNumber(s)', () => {
  it.each([ID_X, ID_3, ID_44, ID_X.toLowerCase()])('accepts %s (check character right)', (id) => expect(isIdCardNumber(id)).toBe(true));
  it.each([
    ['110105194912310021', 'wrong check character'],
    ['441202198001014562', 'check off by one'],
    ['910105194912310029', 'region code starting with 9'],
    ['110105194913310023', 'month 13'],
    ['110105194902300024', '30 February'],
    ['110105189912310024', 'born in 1899'],
    ['11010519491231002', '17 characters'],
  ])('refuses %s (%s)', (id) => expect(isIdCardNumber(id)).toBe(false));
});

describe('passesLuhn(digits)', () => {
  it.each([CARD_VISA, CARD_UNIONPAY, '79927398713'])('accepts %s', (n) => expect(passesLuhn(n)).toBe(true));
  it.each(['4111111111111112', '6222020200000000005', '79927398710'])('refuses %s', (n) => expect(passesLuhn(n)).toBe(false));
});

describe('normalizeForScan(text)', () => {
  it('folds full-width digits and removes invisible characters, nothing else', () => {
    expect(normalizeForScan('１３８\u200b００\u00ad１３ 8000')).toBe('1380013 8000');
    expect(normalizeForScan('近3000万元')).toBe('近3000万元');
  });
});

describe('findPersonalData(text)', () => {
  it('finds each kind, masked so the middle digits never show', () => {
    const hits = findPersonalData(`身份证${ID_X}，电话 13812345678，卡号 ${CARD_UNIONPAY}。`);
    expect(hits).toEqual([
      { kind: 'id-card', masked: '110*************2X' },
      { kind: 'mobile', masked: '138******78' },
      { kind: 'bank-card', masked: '622**************06' },
    ]);
  });

  it.each([
    ['138 1234 5678', 'spaces'],
    ['138-1234-5678', 'hyphens'],
    ['138.1234.5678', 'dots'],
    ['138–1234—5678', 'dashes'],
    ['138\n1234\n5678', 'line breaks'],
    ['１３８１２３４５６７８', 'full-width digits'],
    ['138\u200b1234\u200c5678', 'zero-width characters'],
    ['+86 138 1234 5678', '+86'],
    ['86-13812345678', '86'],
    ['编号0 13812345678', 'a stray digit in front'],
  ])('finds a mobile number written with %s (%s)', (text) => expect(kinds(text)).toEqual(['mobile']));

  it.each([
    ['4401 0119 9003 0712 3X', 'groups of four'],
    ['440101.19900307.123X', 'dots'],
    ['440101 19900307 123 X', 'a separated check letter'],
    ['４４０１０１１９９００３０７１２３Ｘ', 'full-width'],
    ['1 44010119900307123X', 'a stray digit in front'],
    ['9944010119900307123X99', 'glued into a longer run'],
  ])('finds an ID number written with %s (%s)', (text) => expect(kinds(text)).toContain('id-card'));

  it.each([
    ['4111 1111 1111 1111', 'groups of four'],
    ['6222-0202-0000-0000-006', 'hyphens'],
    ['6222020200000000006', 'no separators'],
  ])('finds a card number written with %s (%s)', (text) => expect(kinds(text)).toEqual(['bank-card']));

  it.each([
    ['30000000 元；2025-12-31；23.0775,112.4662；441202；20000株', 'the site’s own figures, dates, coordinates, codes'],
    ['463e793afe7afc9b1a423982f22474b1aec089d2b234fa04752062f3ef0ef609', 'a checksum'],
    ['2021 2022 2023 2024', 'years in a row (a 16-digit run that is no card: starts with 2)'],
    ['12812345678', 'eleven digits not starting 13–19'],
    ['10812345678', 'eleven digits starting 10'],
    ['4111111111111112', 'a card number failing Luhn'],
    ['110105194912310021', 'an ID number with a wrong check character'],
    ['9913812345678', 'a mobile number inside a longer run'],
    ['1381234567', 'ten digits'],
  ])('leaves %s alone (%s)', (text) => expect(findPersonalData(text)).toEqual([]));

  it('reports one number once, however many groupings contain it', () => {
    expect(findPersonalData('138 1234 5678 138 1234 5678')).toHaveLength(1);
  });
});
