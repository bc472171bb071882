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

/**
 * An 18-character mainland ID number (GB 11643): a region code whose first digit is 1–8,
 * a birth date that exists (1900–2099), and the right check character.
 */
export function isIdCardNumber(s: string): boolean {
  if (!/^[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
  const [y, m, d] = [Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
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
  /** The number with its separators removed, masked except for its first 3 and last 2 characters. */
  masked: string;
}

/**
 * Characters a reader does not see: zero-width spaces and joiners, the word joiner,
 * the byte-order mark and the soft hyphen. They are removed before scanning, so they
 * cannot hide a number.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * What may stand between the digit groups of one number as a reader sees it: spaces of
 * any width, line breaks, hyphens and dashes, dots (after NFKC folding of full-width forms).
 */
const SEPARATOR = String.raw`[\s\-\u2010-\u2015\u2212.\u00B7\u30FB\u3002]+`;

/** A run of digit groups joined by separators, perhaps ending in the ID's check letter X. */
const DIGIT_RUN = new RegExp(String.raw`\d+(?:${SEPARATOR}\d+)*(?:(?:${SEPARATOR})?[Xx](?![A-Za-z]))?`, 'g');
const SEPARATORS = new RegExp(SEPARATOR, 'g');

/** Text as a reader reads its digits: full-width forms folded (NFKC), invisible characters removed. */
export function normalizeForScan(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

const mask = (s: string) => `${s.slice(0, 3)}${'*'.repeat(Math.max(0, s.length - 5))}${s.slice(-2)}`;

const isMobile = (s: string) => /^(?:86)?1[3-9]\d{9}$/.test(s);
/** Card numbers start with 3–6 (international schemes, UnionPay 62) or 9 (older domestic cards), never with a year's 1 or 2. */
const isBankCard = (s: string) => /^[3-69]\d{15,18}$/.test(s) && passesLuhn(s) && !isIdCardNumber(s);

/**
 * Every kind has at least 11 digits: one quick count (ASCII digits, then any Unicode
 * number character, which NFKC may fold to a digit) spares almost every cell and line.
 */
function mayHoldEnoughDigits(text: string): boolean {
  let digits = 0;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 11) return true;
    } else if (c >= 0x80) other = true;
  }
  return other && (text.match(/\p{N}/gu)?.length ?? 0) >= 11;
}

/** What one candidate string of digits is, if it is personal data. */
function classify(candidate: string): PersonalDataKind | undefined {
  if (candidate.length === 18 && isIdCardNumber(candidate)) return 'id-card';
  if (isMobile(candidate)) return 'mobile';
  if (isBankCard(candidate)) return 'bank-card';
  return undefined;
}

/**
 * Candidates in one run of digit groups: every concatenation of consecutive groups (so
 * any grouping of a number is seen whole, and a stray digit in front cannot hide it),
 * and every 18-character window of a longer unbroken group (an ID number glued to other digits).
 */
function runCandidates(run: string): string[] {
  const groups = run.split(SEPARATORS).filter(Boolean);
  const candidates: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    let joined = '';
    for (let j = i; j < groups.length && joined.length < 20; j++) {
      joined += groups[j];
      if (joined.length >= 11 && joined.length <= 19) candidates.push(joined);
    }
    const group = groups[i]!;
    if (group.length > 18) for (let k = 0; k <= group.length - 18; k++) candidates.push(group.slice(k, k + 18));
  }
  return candidates;
}

/**
 * Personal data in a piece of text, as a reader would read it: ID numbers (region,
 * birth date and check character valid), mainland mobile numbers (with or without 86),
 * and card numbers that pass Luhn — in any grouping, with full-width digits, invisible
 * characters, spaces, line breaks, dashes or dots between the digits.
 * @example
 * findPersonalData('电话：１３８ ００１３–８０００') // [{ kind: 'mobile', masked: '138******00' }]
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  if (!mayHoldEnoughDigits(text)) return [];
  const normalized = normalizeForScan(text);
  const hits: PersonalDataHit[] = [];
  const seen = new Set<string>();
  for (const m of normalized.matchAll(DIGIT_RUN)) {
    for (const candidate of runCandidates(m[0])) {
      const kind = classify(candidate);
      if (kind === undefined) continue;
      // +86 138… and 138… are one number: keyed and shown without the country code.
      const number = kind === 'mobile' ? candidate.slice(-11) : candidate;
      if (seen.has(`${kind}:${number}`)) continue;
      seen.add(`${kind}:${number}`);
      hits.push({ kind, masked: mask(number) });
    }
  }
  return hits;
}

const CODES: Record<PersonalDataKind, string> = { 'id-card': 'PII-ID-CARD', mobile: 'PII-MOBILE', 'bank-card': 'PII-BANK-CARD' };

/** A personal-data hit as a problem for the editor; the value is shown masked. */
export function personalDataProblem(hit: PersonalDataHit, file: string, line?: number, field?: string): Problem {
  return {
    code: CODES[hit.kind],
    file,
    ...(line === undefined ? {} : { line }),
    ...(field ? { field } : {}),
    value: hit.masked,
    message: `疑似${PERSONAL_DATA_LABELS[hit.kind]}：本站不发布个人信息`,
    fix: '删除或改写这段内容。CSV 中某一列若确属必须公开且已获授权，可在 meta.yaml 中为该列设置 personal_data: true 并说明理由；其他地方（文章、说明、来源、发布说明、文件名）不能出现个人信息。',
  };
}
