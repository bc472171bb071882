import { describe, expect, it } from 'vitest';
import { findPersonalData, isIdCardNumber, normalizeForScan, passesLuhn, personalDataProblem } from '../../../src/lib/validation/personal-data.ts';

// Test numbers only. IDs: GB 11643's worked example and two made with its check table
// (check characters X, 3 and 0-free cases); cards: Luhn test numbers of several schemes.
const ID_X = '11010519491231002X';
const ID_3 = '441202198001014563';
const ID_44 = '44010119900307123X';
// Made with the check table for the date rules: days 10–29 and leap days, and impossible
// dates whose check character is right (so only the date can refuse them).
const ID_DAY_25 = '441202198511251235';
const ID_DAY_15 = '350203199912150011';
const ID_LEAP_2000 = '441203200002291235';
const ID_30_FEB = '441284194902301232';
const ID_31_APR = '441284194904311231';
const ID_29_FEB_1900 = '441203190002291239';
const CARD_UNIONPAY = '6222020200000000006';
const CARD_VISA = '4111111111111111';

const kinds = (text: string) => findPersonalData(text).map((h) => h.kind);

describe('isIdCardNumber(s)', () => {
  it.each([ID_X, ID_3, ID_44, ID_X.toLowerCase(), ID_DAY_25, ID_DAY_15, ID_LEAP_2000])('accepts %s (check character right)', (id) => expect(isIdCardNumber(id)).toBe(true));
  it.each([
    ['110105194912310021', 'wrong check character'],
    ['441202198001014562', 'check off by one'],
    ['910105194912310029', 'region code starting with 9'],
    ['110105194913310023', 'month 13'],
    ['110105194902300024', '30 February'],
    ['110105189912310024', 'born in 1899'],
    ['11010519491231002', '17 characters'],
    [ID_30_FEB, '30 February, check character right'],
    [ID_31_APR, '31 April, check character right'],
    [ID_29_FEB_1900, '29 February 1900 (not a leap year), check character right'],
    [`${ID_3}5`, 'an ID number and one digit more'],
    [`${ID_3}${ID_X}`, 'two ID numbers glued together'],
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
    ['12345678913812345678', 'a 20-digit reference that merely ends like a mobile number'],
    ['14111111111111110', 'a 17-digit number passing Luhn that starts with 1 (no card does)'],
    ['24111111111111119', 'the same starting with 2'],
    ['1381234567', 'ten digits'],
  ])('leaves %s alone (%s)', (text) => expect(findPersonalData(text)).toEqual([]));

  it.each([
    ['13999999999', 'mobile'],
    ['电话 139 9999 9999', 'mobile'],
    ['9999 9999 9999 9995', 'bank-card'],
  ])('finds %s, digits 9 included', (text, kind) => expect(kinds(text)).toEqual([kind]));

  it('reports one number once, however many groupings contain it', () => {
    expect(findPersonalData('138 1234 5678 138 1234 5678')).toHaveLength(1);
  });
});

describe('personalDataProblem(hit, file, line, field)', () => {
  const hit = { kind: 'id-card' as const, masked: '441*************35' };
  it('gives the editor the masked number, what it looks like and how to fix it', () => {
    expect(personalDataProblem(hit, 'data/x/data.csv', 4, 'note')).toStrictEqual({
      code: 'PII-ID-CARD',
      file: 'data/x/data.csv',
      line: 4,
      field: 'note',
      value: '441*************35',
      message: '疑似居民身份证号码：本站不发布个人信息',
      fix: '删除或改写这段内容。CSV 中某一列若确属必须公开且已获授权，可在 meta.yaml 中为该列设置 personal_data: true 并说明理由；其他地方（文章、说明、来源、发布说明、文件名）不能出现个人信息。',
    });
  });
  it('leaves out the line and field it was not given (a file name has neither)', () => {
    const problem = personalDataProblem({ kind: 'mobile', masked: '138******78' }, 'data/13812345678/meta.yaml');
    expect(Object.keys(problem)).toEqual(['code', 'file', 'value', 'message', 'fix']);
    expect(problem.code).toBe('PII-MOBILE');
    expect(personalDataProblem({ kind: 'bank-card', masked: '622**************06' }, 'f', 0).line).toBe(0);
  });
});
