import { describe, expect, it } from 'vitest';
import { cleanTextProblem, describeCharacter, forbiddenCharacters } from '../../../src/lib/validation/clean-text.ts';

describe('forbiddenCharacters(text)', () => {
  it.each([
    ['\u0000', 'U+0000（空字符 NUL）'],
    ['\u0007', 'U+0007（控制字符）'],
    ['\u007f', 'U+007F（控制字符）'],
    ['\u0085', 'U+0085（控制字符）'],
    ['\u202e', 'U+202E（从右到左覆盖）'],
    ['\u2066', 'U+2066（从左到右隔离）'],
    ['\u200b', 'U+200B（零宽空格）'],
    ['\u200d', 'U+200D（零宽连字）'],
    ['\ufeff', 'U+FEFF（字节顺序标记（BOM））'],
    ['\u00ad', 'U+00AD（软连字符）'],
    ['\u2028', 'U+2028（行分隔符）'],
    ['\u{e0041}', 'U+E0041（不可见的格式字符）'],
  ])('refuses %j inside text', (ch, described) => expect(forbiddenCharacters(`工会${ch}林`)).toEqual([described]));

  it('allows tab, line feed, carriage return, Chinese punctuation and full-width space', () => {
    expect(forbiddenCharacters('甲\t乙\r\n丙　丁，“戊”——己…')).toEqual([]);
  });

  it('lists each bad character once, in order', () => {
    expect(forbiddenCharacters('\u202ea\u200bb\u202e')).toEqual(['U+202E（从右到左覆盖）', 'U+200B（零宽空格）']);
  });
});

describe('cleanTextProblem(text, file, line, field)', () => {
  it('is a TEXT-CONTROL problem naming file, line, field and the characters', () => {
    expect(cleanTextProblem('a\u202eb', 'data/x/meta.yaml', 3, 'title')).toMatchObject({ code: 'TEXT-CONTROL', file: 'data/x/meta.yaml', line: 3, field: 'title', value: 'U+202E（从右到左覆盖）' });
    expect(cleanTextProblem('干净的文字', 'f')).toBeUndefined();
  });
  it('tells the editor why the characters matter and how to remove them, without a line or field it was not given', () => {
    expect(cleanTextProblem('a\u200bb', 'data/x/file\u200b.csv')).toStrictEqual({
      code: 'TEXT-CONTROL',
      file: 'data/x/file\u200b.csv',
      value: 'U+200B（零宽空格）',
      message: '含有看不见的控制字符或格式字符（可能来自复制粘贴），会让显示的文字与实际内容不一致',
      fix: '删除这些字符：在编辑器中打开“显示不可见字符”，或把这段文字重新手动输入一遍。',
    });
    expect(Object.keys(cleanTextProblem('\u0000', 'f', 0, '')!)).toEqual(['code', 'file', 'line', 'field', 'value', 'message', 'fix']);
  });
  it('describes astral characters by their code point', () => expect(describeCharacter('\u{e0001}')).toBe('U+E0001（不可见的格式字符）'));
});
