import type { Problem } from '../problems.ts';

/** Kinds of personal data the site must never publish, with how each is recognised. */
export type PersonalDataKind = 'id-card' | 'mobile' | 'bank-card';

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  'id-card': '居民身份证号码',
  mobile: '手机号码',
  'bank-card': '银行卡号',
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character mainland ID number whose check character is right (GB 11643). */
export function isIdCardNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

/** The Luhn checksum that bank card numbers carry. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** The matched text, masked except for its first 3 and last 2 characters. */
  masked: string;
}

const ELEVEN_DIGITS = /\d(?:[ -]?\d){10}/;

const mask = (s: string) => `${s.slice(0, 3)}${'*'.repeat(Math.max(0, s.length - 5))}${s.slice(-2)}`;

/**
 * Personal data in a piece of text: ID numbers (with a valid check character), mainland
 * mobile numbers, and 16–19 digit card numbers that pass Luhn (spaces or hyphens between
 * groups allowed). Digits inside longer runs are not matched.
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  // Every kind has at least 11 digits with at most one space or hyphen between any two:
  // one quick test spares the three patterns below for almost every cell and line.
  if (!ELEVEN_DIGITS.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g)) {
    if (isIdCardNumber(m[0])) hits.push({ kind: 'id-card', masked: mask(m[0]) });
  }
  for (const m of text.matchAll(/(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d[ -]?\d{4}[ -]?\d{4})(?!\d)/g)) {
    hits.push({ kind: 'mobile', masked: mask(m[1]!.replace(/[ -]/g, '')) });
  }
  for (const m of text.matchAll(/(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{4,7}(?![\d-])/g)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits) && !isIdCardNumber(digits)) {
      hits.push({ kind: 'bank-card', masked: mask(digits) });
    }
  }
  return hits;
}

const CODES: Record<PersonalDataKind, string> = { 'id-card': 'PII-ID-CARD', mobile: 'PII-MOBILE', 'bank-card': 'PII-BANK-CARD' };

/** A personal-data hit as a problem for the editor; the value is shown masked. */
export function personalDataProblem(hit: PersonalDataHit, file: string, line: number, field?: string): Problem {
  return {
    code: CODES[hit.kind],
    file,
    line,
    ...(field ? { field } : {}),
    value: hit.masked,
    message: `疑似${PERSONAL_DATA_LABELS[hit.kind]}：本站不发布个人信息`,
    fix: '删除或改写这段内容。若确属必须公开且已获授权，请在 meta.yaml 中为该列设置 personal_data: true 并说明理由。',
  };
}
