import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { editableTreeProblems, readRepoBytes, readRepoText, repoFileSize } from '../../../src/lib/validation/files.ts';
import { tempTree as tree } from '../../helpers/temp.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
// The first bytes of real files of each type, as cameras and image programs write them.
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const GIF = bytes('GIF89a', [0x01, 0x00, 0x01, 0x00]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const AVIF = bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0]);
const IMAGE_TYPES = 'public/images/ 下的图片：png、jpg、jpeg、gif、webp、avif';

describe('readRepoText(root, file) and readRepoBytes(root, file)', () => {
  it('reads a plain UTF-8 file, and its size', () => {
    const root = tree({ 'data/a.yaml': '标题: 工会林\n' });
    expect(readRepoText(root, 'data/a.yaml')).toEqual({ text: '标题: 工会林\n' });
    expect(repoFileSize(root, 'data/a.yaml')).toBe(18);
    expect(repoFileSize(root, 'data/none.yaml')).toBe(0);
  });

  it('tells the editor why a file cannot be read: missing, a folder, a link, not UTF-8', () => {
    const root = tree({ 'data/x/keep.txt': 'x', 'data/gbk.csv': Uint8Array.from([0xb9, 0xa4, 0xbb, 0xe1]) });
    symlinkSync('/etc/passwd', join(root, 'data/link.csv'));
    expect(readRepoText(root, 'data/none.csv')).toStrictEqual({ problem: { code: 'FILE-UNREADABLE', file: 'data/none.csv', message: '无法读取：文件不存在', fix: '检查这个文件是否存在、是否是普通文件、名称是否过长。' } });
    expect(readRepoText(root, `data/${'长'.repeat(200)}.csv`)).toMatchObject({ problem: { code: 'FILE-UNREADABLE', message: '无法读取：文件名或路径太长' } });
    expect(readRepoBytes(root, 'data/x')).toStrictEqual({ problem: { code: 'FILE-NOT-FILE', file: 'data/x', message: '这里应该是一个文件，却是一个文件夹', fix: '删除这个文件夹（或特殊文件），按编辑指南放入正确的文件。' } });
    expect(readRepoBytes(root, 'data/link.csv')).toStrictEqual({
      problem: { code: 'FILE-SYMLINK', file: 'data/link.csv', message: '这是一个符号链接（快捷方式）：网站只发布仓库里的普通文件，链接可能指向构建机器上的任何文件', fix: '删除这个链接，把要发布的文件本身放进仓库。' },
    });
    expect(readRepoText(root, 'data/gbk.csv')).toStrictEqual({ problem: { code: 'FILE-ENCODING', file: 'data/gbk.csv', message: '文件不是 UTF-8 编码', fix: '用文本编辑器以“UTF-8”编码另存这个文件。' } });
  });

  it('names the reason when a folder on the way is a link loop or a file', () => {
    const root = tree({ 'data/demo/data.csv': 'x' });
    symlinkSync('loop', join(root, 'data/loop'));
    expect(readRepoText(root, 'data/loop/data.csv')).toStrictEqual({ problem: { code: 'FILE-UNREADABLE', file: 'data/loop/data.csv', message: '无法读取：符号链接循环', fix: '检查这个文件是否存在、是否是普通文件、名称是否过长。' } });
    // No reason of its own for ENOTDIR: the general one.
    expect(readRepoBytes(root, 'data/demo/data.csv/meta.yaml')).toMatchObject({ problem: { code: 'FILE-UNREADABLE', message: '无法读取：读取出错' } });
  });

  it('refuses a named pipe as not a plain file', () => {
    const root = tree({ 'data/keep.txt': 'x' });
    if (spawnSync('mkfifo', [join(root, 'data/pipe.csv')]).status !== 0) return;
    expect(readRepoBytes(root, 'data/pipe.csv')).toMatchObject({ problem: { code: 'FILE-NOT-FILE', message: '这里应该是一个普通文件' } });
    expect(editableTreeProblems(root)).toStrictEqual([{ code: 'FILE-NOT-FILE', file: 'data/pipe.csv', message: '这里应该是一个普通文件' }]);
  });
});

describe('editableTreeProblems(root)', () => {
  it('finds nothing wrong in plain files, the favicon and real images', () => {
    const root = tree({ 'content/articles/a.mdx': 'x', 'data/demo/data.csv': 'a\n1\n', 'public/favicon.svg': '<svg/>', 'public/images/a.png': PNG, 'public/images/b.PNG': PNG });
    expect(editableTreeProblems(root)).toEqual([]);
  });

  it('names every problem, in the order of the sorted tree', () => {
    const root = tree({
      'content/b.mdx': 'x',
      [`content/${'a'.repeat(101)}.mdx`]: 'x',
      [`content/${'c'.repeat(96)}.mdx`]: 'x',
      'data/13812345678/x.csv': 'x',
      'public/index.html': '<script>',
      'public/images/fake.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x00]),
      'public/images/almost.png': Uint8Array.from([0x00, 0x50, 0x4e, 0x47]),
      'public/images/logo.svg': '<svg/>',
    });
    symlinkSync('/etc', join(root, 'data/etc'));
    expect(editableTreeProblems(root).map((p) => [p.code, p.file, p.value ?? '', p.message])).toEqual([
      ['FILE-NAME', `content/${'a'.repeat(101)}.mdx`, '105 个字符', '文件或文件夹名称太长'],
      ['PII-MOBILE', 'data/13812345678', '138******78', '疑似手机号码：本站不发布个人信息'],
      ['FILE-SYMLINK', 'data/etc', '', '这是一个符号链接（快捷方式）：网站只发布仓库里的普通文件，链接可能指向构建机器上的任何文件'],
      ['FILE-PUBLIC-TYPE', 'public/images/almost.png', '', '文件内容不是 .png 图片'],
      ['FILE-PUBLIC-TYPE', 'public/images/fake.png', '', '文件内容不是 .png 图片'],
      ['FILE-PUBLIC-TYPE', 'public/images/logo.svg', '', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
      ['FILE-PUBLIC-TYPE', 'public/index.html', '', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
    ]);
    expect(editableTreeProblems(root).find((p) => p.code === 'FILE-NAME')).toMatchObject({ expected: '不超过 100 个字符' });
    expect(editableTreeProblems(root).find((p) => p.code === 'PII-MOBILE')).toMatchObject({ field: '文件名' });
  });

  it('accepts a name of exactly 100 characters', () => {
    const root = tree({ [`content/${'a'.repeat(96)}.mdx`]: 'x' });
    expect(editableTreeProblems(root)).toEqual([]);
  });

  it('lists the names in code-unit order, the same on every machine, not in the file system’s byte order', () => {
    // 𠮷 (U+20BB7) is stored as a surrogate pair (D842 DFB7) and so sorts before （ (U+FF08);
    // in UTF-8 bytes, the order Linux lists them in, it comes after (F0… against EF…).
    const root = tree({ 'public/（草稿）.html': 'x', 'public/𠮷.html': 'x' });
    expect(editableTreeProblems(root).map((p) => p.file)).toEqual(['public/𠮷.html', 'public/（草稿）.html']);
  });

  it('names a file with a mobile number and a name one character too long, both in a nested folder', () => {
    const long = `${'b'.repeat(97)}.csv`;
    const root = tree({ [`data/demo/versions/${long}`]: 'x', 'data/demo/联系人13912345678.csv': 'x' });
    expect(editableTreeProblems(root)).toStrictEqual([
      { code: 'FILE-NAME', file: `data/demo/versions/${long}`, value: '101 个字符', message: '文件或文件夹名称太长', expected: '不超过 100 个字符' },
      expect.objectContaining({ code: 'PII-MOBILE', file: 'data/demo/联系人13912345678.csv', field: '文件名', value: '139******78' }),
    ]);
  });

  it('refuses a file where an editable folder belongs, and still walks the others', () => {
    const root = tree({ data: 'x', 'public/page.html': 'x' });
    expect(editableTreeProblems(root)).toStrictEqual([
      { code: 'FILE-NOT-FILE', file: 'data', message: '这里应该是一个文件夹', fix: '删除这个文件，建立 data/ 文件夹，按编辑指南放入文件。' },
      expect.objectContaining({ code: 'FILE-PUBLIC-TYPE', file: 'public/page.html' }),
    ]);
  });

  it('refuses an editable folder that is itself a link, without walking it', () => {
    const root = tree({ 'elsewhere/13812345678.txt': 'x' });
    symlinkSync(join(root, 'elsewhere'), join(root, 'content'));
    expect(editableTreeProblems(root).map((p) => [p.code, p.file])).toEqual([['FILE-SYMLINK', 'content']]);
  });
});

describe('editableTreeProblems(root): files in public/', () => {
  it('tells the editor what may go there and how to fix it', () => {
    const root = tree({ 'public/report.pdf': 'x', 'public/images/chart.svg': '<svg/>', 'public/images/fake.jpg': '<html>' });
    expect(editableTreeProblems(root)).toStrictEqual([
      { code: 'FILE-PUBLIC-TYPE', file: 'public/images/chart.svg', message: 'public/ 里的文件会原样发布在本站网址下：只能放图片', expected: IMAGE_TYPES, fix: '图片放进 public/images/；其他文件（网页、脚本、SVG、文档）不能由编辑直接发布，请联系开发人员。' },
      { code: 'FILE-PUBLIC-TYPE', file: 'public/images/fake.jpg', message: '文件内容不是 .jpg 图片', expected: IMAGE_TYPES, fix: '用图片软件把它另存为真正的图片文件。' },
      { code: 'FILE-PUBLIC-TYPE', file: 'public/report.pdf', message: 'public/ 里的文件会原样发布在本站网址下：只能放图片', expected: IMAGE_TYPES, fix: '图片放进 public/images/；其他文件（网页、脚本、SVG、文档）不能由编辑直接发布，请联系开发人员。' },
    ]);
  });

  it('accepts a real image of every type under images/, in a subfolder too, whatever the case of its name', () => {
    const root = tree({
      'public/images/a.jpg': JPEG,
      'public/images/2026/b.JPEG': JPEG,
      'public/images/c.gif': GIF,
      'public/images/d.webp': WEBP,
      'public/images/e.avif': AVIF,
      'public/images/f.Png': PNG,
    });
    expect(editableTreeProblems(root)).toEqual([]);
  });

  it('refuses a real image outside images/, and a name whose last extension is not an image', () => {
    const root = tree({ 'public/logo.png': PNG, 'public/images/photo.png.html': PNG, 'public/images/photo': PNG });
    expect(editableTreeProblems(root).map((p) => [p.file, p.message])).toEqual([
      ['public/images/photo', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
      ['public/images/photo.png.html', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
      ['public/logo.png', 'public/ 里的文件会原样发布在本站网址下：只能放图片'],
    ]);
  });

  it('refuses content that differs from its type in any one of the signature bytes', () => {
    const root = tree({
      'public/images/png-1.png': Uint8Array.from([0x89, 0x00, 0x4e, 0x47, 0x0d, 0x0a]),
      'public/images/png-2.png': Uint8Array.from([0x89, 0x50, 0x00, 0x47, 0x0d, 0x0a]),
      'public/images/jpg-0.jpg': bytes([0x00, 0xd8, 0xff, 0xe0]),
      'public/images/jpg-1.jpg': bytes([0xff, 0x00, 0xff, 0xe0]),
      'public/images/jpg-2.jpg': bytes([0xff, 0xd8, 0x00, 0xe0]),
      'public/images/jpeg-0.jpeg': bytes([0x00, 0xd8, 0xff, 0xe0]),
      'public/images/jpeg-1.jpeg': bytes([0xff, 0x00, 0xff, 0xe0]),
      'public/images/jpeg-2.jpeg': bytes([0xff, 0xd8, 0x00, 0xe0]),
      'public/images/gif.gif': bytes('<svg onload=x>'),
      // A WAV sound is a RIFF file too, but not WEBP; the second has WEBP where it belongs but no RIFF.
      'public/images/wav.webp': bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '),
      'public/images/riff.webp': bytes('RIFX', [0x24, 0, 0, 0], 'WEBPVP8 '),
      // An iPhone's HEIC photo renamed to .avif.
      'public/images/heic.avif': bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]),
    });
    expect(editableTreeProblems(root).map((p) => [p.file, p.message])).toEqual([
      ['public/images/gif.gif', '文件内容不是 .gif 图片'],
      ['public/images/heic.avif', '文件内容不是 .avif 图片'],
      ['public/images/jpeg-0.jpeg', '文件内容不是 .jpeg 图片'],
      ['public/images/jpeg-1.jpeg', '文件内容不是 .jpeg 图片'],
      ['public/images/jpeg-2.jpeg', '文件内容不是 .jpeg 图片'],
      ['public/images/jpg-0.jpg', '文件内容不是 .jpg 图片'],
      ['public/images/jpg-1.jpg', '文件内容不是 .jpg 图片'],
      ['public/images/jpg-2.jpg', '文件内容不是 .jpg 图片'],
      ['public/images/png-1.png', '文件内容不是 .png 图片'],
      ['public/images/png-2.png', '文件内容不是 .png 图片'],
      ['public/images/riff.webp', '文件内容不是 .webp 图片'],
      ['public/images/wav.webp', '文件内容不是 .webp 图片'],
    ]);
  });
});
