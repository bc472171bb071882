import type { Problem } from '../problems.ts';

/**
 * Characters no published text needs and an attacker can use: control characters (C0
 * but tab, line feed and carriage return; DEL; C1, NUL included) and Unicode format
 * characters (category Cf: bidi overrides and isolates, zero-width spaces and joiners,
 * the byte-order mark inside text, soft hyphens, invisible tags), plus the line and
 * paragraph separators that end a line in JavaScript but not in HTML.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}\u2028\u2029]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

const NAMES: Record<string, string> = {
  '0000': '空字符 NUL',
  '200B': '零宽空格',
  '200C': '零宽不连字',
  '200D': '零宽连字',
  '200E': '从左到右标记',
  '200F': '从右到左标记',
  '202A': '从左到右嵌入',
  '202B': '从右到左嵌入',
  '202C': '方向格式结束',
  '202D': '从左到右覆盖',
  '202E': '从右到左覆盖',
  '2066': '从左到右隔离',
  '2067': '从右到左隔离',
  '2068': '方向隔离',
  '2069': '方向隔离结束',
  FEFF: '字节顺序标记（BOM）',
  '00AD': '软连字符',
  '2028': '行分隔符',
  '2029': '段分隔符',
};

/** `U+202E（从右向左覆盖）` for a character, so an editor can find an invisible one. */
export function describeCharacter(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}（${NAMES[hex] ?? (/\p{Cc}/u.test(ch) ? '控制字符' : '不可见的格式字符')}）`;
}

/** The forbidden characters in `text`, each described once, in order of appearance; empty when clean. */
export function forbiddenCharacters(text: string): string[] {
  if (!FORBIDDEN.test(text)) return [];
  return [...new Set(text.match(FORBIDDEN_ALL) ?? [])].map(describeCharacter);
}

/**
 * A problem when `text` holds control or invisible format characters, else undefined.
 * @example
 * cleanTextProblem('工会\u202E林', 'data/x/meta.yaml', 3, 'title')?.value // 'U+202E（从右到左覆盖）'
 */
export function cleanTextProblem(text: string, file: string, line?: number, field?: string): Problem | undefined {
  const found = forbiddenCharacters(text);
  if (found.length === 0) return undefined;
  return {
    code: 'TEXT-CONTROL',
    file,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    value: found.join('、'),
    message: '含有看不见的控制字符或格式字符（可能来自复制粘贴），会让显示的文字与实际内容不一致',
    fix: '删除这些字符：在编辑器中打开“显示不可见字符”，或把这段文字重新手动输入一遍。',
  };
}
