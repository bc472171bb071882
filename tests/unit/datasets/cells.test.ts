import { describe, expect, it } from 'vitest';
import { CellError, fieldExpectation, fieldToCellParser, type Cell } from '../../../src/lib/datasets/cells.ts';
import type { Field } from '../../../src/lib/datasets/schemas.ts';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({ name: 'x', title: 'x', type, description: 'x', required: true, personal_data: false, ...extra });
/** The typed value, or the messages an editor is shown. */
const read = (f: Field, raw: string): Cell | string[] => {
  const result = fieldToCellParser(f)(raw);
  return result instanceof CellError ? [...result.messages] : result;
};

describe('fieldToCellParser(field): one CSV cell, raw text in, typed value out', () => {
  it.each<[Field['type'], string, Cell | string[]]>([
    ['string', '近3000万元', '近3000万元'],
    ['integer', '30000000', 30000000],
    ['integer', '-12', -12],
    ['integer', '0', 0],
    ['integer', '1.5', ['不是整数']],
    ['integer', '30,000,000', ['不是整数']],
    ['integer', '1e3', ['不是整数']],
    ['integer', '9007199254740991', 9007199254740991],
    ['integer', '9007199254740993', ['整数过大']],
    ['number', '1.5', 1.5],
    ['number', '-0.25', -0.25],
    ['number', '7', 7],
    ['number', '1.', ['不是数字']],
    ['number', '.5', ['不是数字']],
    ['number', '1,5', ['不是数字']],
    ['number', '1.5万', ['不是数字']],
    ['date', '2024-02-29', '2024-02-29'],
    ['date', '2025-02-29', ['这一天不存在']],
    ['date', '2025-3-1', ['不是 YYYY-MM-DD 格式的日期']],
    ['date', '2025-03-01T00:00', ['不是 YYYY-MM-DD 格式的日期']],
    ['year', '2024', 2024],
    ['year', '24', ['不是四位年份']],
    ['year', '20245', ['不是四位年份']],
    ['boolean', 'true', true],
    ['boolean', 'false', false],
    ['boolean', 'TRUE', ['只能是 true 或 false']],
    ['boolean', '是', ['只能是 true 或 false']],
  ])('%s: %j → %j', (type, raw, expected) => expect(read(field(type), raw)).toEqual(expected));

  it('reads an empty cell as null in an optional column, and refuses it in a required one (spaces count as empty)', () => {
    expect(read(field('integer', { required: false }), '')).toBeNull();
    expect(read(field('integer', { required: false }), '  ')).toBeNull();
    expect(read(field('integer'), '')).toEqual(['必填项为空']);
    expect(read(field('string'), ' ')).toEqual(['必填项为空']);
  });

  it('refuses spaces around a value, at either end', () => {
    expect(read(field('string'), ' 近3000万元')).toEqual(['单元格开头或结尾有多余的空格']);
    expect(read(field('integer'), '12 ')).toEqual(['单元格开头或结尾有多余的空格']);
  });

  it('allows only the listed values, then types them', () => {
    const grade = field('integer', { enum: ['1', '2', '3'] });
    expect(read(grade, '2')).toBe(2);
    expect(read(grade, '4')).toEqual(['不在允许的取值中']);
  });
});

describe('fieldExpectation(field)', () => {
  it('says the type, the allowed values and whether the cell is required', () => {
    expect(fieldExpectation(field('integer'))).toBe('整数（不带千位分隔符，如 30000000）；必填');
    expect(fieldExpectation(field('string', { enum: ['exact', 'nearly'], required: false }))).toBe('文本；只能取：exact、nearly');
    expect(fieldExpectation(field('date', { required: false }))).toBe('日期 YYYY-MM-DD，如 2025-03-01');
    expect(fieldExpectation(field('year'))).toBe('四位年份，如 2024；必填');
    expect(fieldExpectation(field('boolean'))).toBe('true 或 false；必填');
    expect(fieldExpectation(field('number'))).toBe('数字（小数点用英文句点，不带千位分隔符，如 1.5）；必填');
  });
});
