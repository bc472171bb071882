// Errors the file system gives only to another user or in a race (no permission, a file
// turned into a folder between two calls), simulated: the tests run as any user, root too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editableTreeProblems, readRepoBytes } from '../../../src/lib/validation/files.ts';
import { tempTree as tree } from '../../helpers/temp.ts';

/** Paths (by their end) that fs refuses, with the error code it gives. */
const refused = vi.hoisted(() => ({ readFileSync: new Map<string, string>(), readdirSync: new Map<string, string>() }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refuse = (calls: Map<string, string>, path: unknown) => {
    for (const [end, code] of calls) if (String(path).endsWith(end)) throw Object.assign(new Error(`${code}: ${String(path)}`), { code });
  };
  return {
    ...fs,
    readFileSync: ((path: string, ...rest: []) => (refuse(refused.readFileSync, path), fs.readFileSync(path, ...rest))) as typeof fs.readFileSync,
    readdirSync: ((path: string, ...rest: []) => (refuse(refused.readdirSync, path), fs.readdirSync(path, ...rest))) as typeof fs.readdirSync,
  };
});

afterEach(() => {
  refused.readFileSync.clear();
  refused.readdirSync.clear();
});

describe('readRepoBytes(root, file) when reading fails', () => {
  it('names a missing permission and a file that became a folder', () => {
    const root = tree({ 'data/demo/data.csv': 'a\n1\n', 'data/demo/meta.yaml': 'x' });
    refused.readFileSync.set('data/demo/data.csv', 'EACCES').set('data/demo/meta.yaml', 'EISDIR');
    expect(readRepoBytes(root, 'data/demo/data.csv')).toStrictEqual({ problem: { code: 'FILE-UNREADABLE', file: 'data/demo/data.csv', message: '无法读取：没有读取权限', fix: '检查这个文件是否存在、是否是普通文件、名称是否过长。' } });
    expect(readRepoBytes(root, 'data/demo/meta.yaml')).toMatchObject({ problem: { code: 'FILE-UNREADABLE', message: '无法读取：这里应该是一个文件，却是一个文件夹' } });
  });
});

describe('editableTreeProblems(root) when a folder cannot be listed', () => {
  it('names the folder and goes on with the rest of the tree', () => {
    const root = tree({ 'data/a/data.csv': 'x', 'data/b/13812345678.csv': 'x', 'public/page.html': 'x' });
    refused.readdirSync.set('data/a', 'EACCES');
    expect(editableTreeProblems(root).map((p) => [p.code, p.file, p.message])).toEqual([
      ['FILE-UNREADABLE', 'data/a', '无法读取：没有读取权限'],
      ['PII-MOBILE', 'data/b/13812345678.csv', '疑似手机号码：本站不发布个人信息'],
      ['FILE-PUBLIC-TYPE', 'public/page.html', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
    ]);
  });
});
