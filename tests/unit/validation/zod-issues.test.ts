import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkValue, describeAt, issuesToProblems } from '../../../src/lib/validation/zod-issues.ts';

const Schema = z
  .object({
    title: z.string().describe('标题'),
    place: z.object({ county: z.number().describe('县区代码') }).nullable().describe('地点'),
    period: z.object({ start: z.string().describe('开始日期') }).transform((p) => p).describe('时期'),
    list: z.array(z.object({ name: z.string().describe('名称') })).describe('清单'),
    note: z.string().optional(),
    count: z.number().default(0).describe('个数'),
  })
  .describe('整个文件');

describe('describeAt(schema, path)', () => {
  it('finds the description through optional, nullable, default and transformed parts', () => {
    expect(describeAt(Schema, [])).toBe('整个文件');
    expect(describeAt(Schema, ['title'])).toBe('标题');
    expect(describeAt(Schema, ['place', 'county'])).toBe('县区代码');
    expect(describeAt(Schema, ['period', 'start'])).toBe('开始日期');
    expect(describeAt(Schema, ['list', 2, 'name'])).toBe('名称');
    expect(describeAt(Schema, ['count'])).toBe('个数');
  });

  it('stops where a key does not fit the part of the schema it meets, even if a later key would', () => {
    const Described = z.object({ list: z.array(z.object({ name: z.string() }).describe('一项')).describe('清单'), place: z.object({ county: z.number().describe('县区代码') }).describe('地点') });
    expect(describeAt(Described, ['list', 0])).toBe('一项');
    expect(describeAt(Described, ['list', 'name'])).toBe('清单');
    expect(describeAt(Described, ['place', 0, 'county'])).toBe('地点');
  });

  it('falls back to the nearest described parent where the path leaves the schema', () => {
    expect(describeAt(Schema, ['list', 'name'])).toBe('清单');
    expect(describeAt(Schema, ['title', 0])).toBe('标题');
    expect(describeAt(Schema, ['place', 'missing', 'deeper'])).toBe('地点');
    expect(describeAt(Schema, ['note'])).toBe('整个文件');
  });
});

describe('checkValue(data, schema, ctx) and issuesToProblems(issues, ctx)', () => {
  const lines: Record<string, number> = { '': 1, title: 2, 'list.0.name': 5 };
  const ctx = { file: 'data/x/meta.yaml', code: 'META-INVALID', lineOf: (path: readonly PropertyKey[]) => lines[path.join('.')] };

  it('names the field (lists counted from 1), its line, what was written and what is expected, in Chinese', () => {
    const data = { title: 3, place: null, period: { start: 'x' }, list: [{ name: 7 }] };
    expect(checkValue(data, Schema, ctx).problems).toStrictEqual([
      { code: 'META-INVALID', file: 'data/x/meta.yaml', message: '无效输入：期望 string，实际接收 数字', line: 2, field: 'title', value: '3', expected: '标题' },
      { code: 'META-INVALID', file: 'data/x/meta.yaml', message: '无效输入：期望 string，实际接收 数字', line: 5, field: 'list.[1].name', value: '7', expected: '名称' },
    ]);
  });

  it('leaves out a line it cannot find, an object or null as the value, and a description there is none of', () => {
    const problems = checkValue({ title: 't', place: { county: 'x' }, period: null, list: [], note: 5 }, Schema, ctx).problems;
    expect(problems.map((p) => Object.keys(p))).toEqual([
      ['code', 'file', 'message', 'field', 'value', 'expected'],
      ['code', 'file', 'message', 'field', 'expected'],
      ['code', 'file', 'message', 'field', 'value', 'expected'],
    ]);
    expect(problems.map((p) => [p.field, p.value, p.expected])).toEqual([
      ['place.county', 'x', '县区代码'],
      ['period', undefined, '时期'],
      ['note', '5', '整个文件'],
    ]);
  });

  it('gives a problem of the whole file no field, and reads a value only where the data has one', () => {
    expect(checkValue('text', Schema, ctx).problems).toStrictEqual([{ code: 'META-INVALID', file: 'data/x/meta.yaml', message: '无效输入：期望 object，实际接收 string', line: 1, value: 'text', expected: '整个文件' }]);
    expect(checkValue({ title: 't', place: null, period: { start: 's' }, list: 'x' }, Schema, ctx).problems).toMatchObject([{ field: 'list', value: 'x' }]);
    expect(issuesToProblems([{ code: 'custom', path: ['title'], message: 'm', input: undefined }], { ...ctx, schema: Schema })).toStrictEqual([
      { code: 'META-INVALID', file: 'data/x/meta.yaml', message: 'm', line: 2, field: 'title', expected: '标题' },
    ]);
  });

  it('shows no value where the editor wrote a list or a map instead of a text', () => {
    const problems = checkValue({ title: ['工会林', '绿美肇庆'], place: null, period: { start: { year: 2026 } }, list: [] }, Schema, ctx).problems;
    expect(problems.map((p) => [p.field, p.value, p.message])).toEqual([
      ['title', undefined, '无效输入：期望 string，实际接收 数组'],
      ['period.start', undefined, '无效输入：期望 string，实际接收 object'],
    ]);
  });

  it('gives no expected where neither the field nor a parent is described', () => {
    const Bare = z.object({ tags: z.array(z.string()) });
    expect(checkValue({ tags: ['a', 3] }, Bare, ctx).problems).toStrictEqual([{ code: 'META-INVALID', file: 'data/x/meta.yaml', message: '无效输入：期望 string，实际接收 数字', field: 'tags.[2]', value: '3' }]);
  });

  it('reads a value only from the data the editor wrote, never from inside a text a schema split', () => {
    // Tags written as one text, "a,b", split before they are checked: the issue's path
    // ([1]) points into the split list, which is not in the data.
    const Split = z.object({ tags: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string().min(2))).describe('标签') });
    expect(checkValue({ tags: '工会,林' }, Split, ctx).problems).toStrictEqual([
      { code: 'META-INVALID', file: 'data/x/meta.yaml', message: '数值过小：期望 string >=2 字符', field: 'tags.[2]', expected: '标签' },
    ]);
  });
});
