/**
 * Reading the editable tree safely: plain files only (never through a symlink, which
 * could publish any file of the build machine), every failure a problem for the report
 * rather than a crash, and every file and folder name checked as published text (names
 * become URLs and download names).
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { publishedTextProblems } from './published-text.ts';

/** The folders editors commit to; everything in them may reach dist/. */
export const EDITABLE_DIRS = ['content', 'data', 'public'] as const;

/** Longest file or folder name accepted (file systems stop at 255 bytes; URLs should be short). */
export const MAX_NAME_LENGTH = 100;

function lstat(path: string): Stats | NodeJS.ErrnoException {
  try {
    return lstatSync(path);
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

/** Why a path cannot be read as a plain file, as a problem; undefined when it can. */
function notPlainFile(root: string, file: string): Problem | undefined {
  const stat = lstat(join(root, file));
  if (stat instanceof Error) return unreadable(file, stat);
  if (stat.isSymbolicLink()) return symlinkProblem(file);
  if (!stat.isFile()) {
    return { code: 'FILE-NOT-FILE', file, message: stat.isDirectory() ? '这里应该是一个文件，却是一个文件夹' : '这里应该是一个普通文件', fix: '删除这个文件夹（或特殊文件），按编辑指南放入正确的文件。' };
  }
  return undefined;
}

function symlinkProblem(file: string): Problem {
  return {
    code: 'FILE-SYMLINK',
    file,
    message: '这是一个符号链接（快捷方式）：网站只发布仓库里的普通文件，链接可能指向构建机器上的任何文件',
    fix: '删除这个链接，把要发布的文件本身放进仓库。',
  };
}

function unreadable(file: string, err: NodeJS.ErrnoException): Problem {
  const reasons: Record<string, string> = {
    ENOENT: '文件不存在',
    ENAMETOOLONG: '文件名或路径太长',
    EACCES: '没有读取权限',
    EISDIR: '这里应该是一个文件，却是一个文件夹',
    ELOOP: '符号链接循环',
  };
  return { code: 'FILE-UNREADABLE', file, message: `无法读取：${reasons[err.code ?? ''] ?? '读取出错'}`, fix: '检查这个文件是否存在、是否是普通文件、名称是否过长。' };
}

/** A file's size in bytes without following a link (0 when it cannot be read: reading it then reports why). */
export function repoFileSize(root: string, file: string): number {
  const stat = lstat(join(root, file));
  return stat instanceof Error ? 0 : stat.size;
}

/** A repository file's bytes, or the problem that stops reading it. */
export function readRepoBytes(root: string, file: string): { bytes: Uint8Array<ArrayBuffer> } | { problem: Problem } {
  const refused = notPlainFile(root, file);
  if (refused) return { problem: refused };
  try {
    return { bytes: new Uint8Array(readFileSync(join(root, file))) };
  } catch (err) {
    return { problem: unreadable(file, err as NodeJS.ErrnoException) };
  }
}

/** A repository text file (UTF-8), or the problem that stops reading it. */
export function readRepoText(root: string, file: string): { text: string } | { problem: Problem } {
  const read = readRepoBytes(root, file);
  if ('problem' in read) return read;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return { problem: { code: 'FILE-ENCODING', file, message: '文件不是 UTF-8 编码', fix: '用文本编辑器以“UTF-8”编码另存这个文件。' } };
  }
}

/**
 * Every entry under content/, data/ and public/, walked without following links:
 * symlinks (named, their targets never read or shown), special files, names that are
 * too long or carry personal data or invisible characters, and in public/ anything but
 * the site's own files and real images.
 */
export function editableTreeProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch (err) {
      problems.push(unreadable(dir, err as NodeJS.ErrnoException));
      return;
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      problems.push(...publishedTextProblems(name, { file: path, field: '文件名' }));
      if (name.length > MAX_NAME_LENGTH) {
        problems.push({ code: 'FILE-NAME', file: path, value: `${name.length} 个字符`, message: '文件或文件夹名称太长', expected: `不超过 ${MAX_NAME_LENGTH} 个字符` });
      }
      const stat = lstat(join(root, path));
      if (stat instanceof Error) problems.push(unreadable(path, stat));
      else if (stat.isSymbolicLink()) problems.push(symlinkProblem(path));
      else if (stat.isDirectory()) walk(path);
      else if (!stat.isFile()) problems.push({ code: 'FILE-NOT-FILE', file: path, message: '这里应该是一个普通文件' });
      else if (path.startsWith('public/')) {
        const problem = publicFileProblem(root, path);
        if (problem) problems.push(problem);
      }
    }
  };
  for (const dir of EDITABLE_DIRS) {
    const stat = lstat(join(root, dir));
    if (stat instanceof Error) continue;
    if (stat.isSymbolicLink()) problems.push(symlinkProblem(dir));
    else if (stat.isDirectory()) walk(dir);
    // A file (or special file) in the folder's place would otherwise pass here and stop the
    // data and article checks with a crash (readdir: ENOTDIR) instead of a problem.
    else problems.push({ code: 'FILE-NOT-FILE', file: dir, message: '这里应该是一个文件夹', fix: `删除这个文件，建立 ${dir}/ 文件夹，按编辑指南放入文件。` });
  }
  return problems;
}

/**
 * Files of public/ that belong to the site itself (changed by developers, reviewed as
 * code); everything else an editor puts in public/ must be an image under images/.
 */
export const PUBLIC_SITE_FILES = new Set(['public/favicon.svg']);

/** Image types an article may show, each recognised by its first bytes as well as its name. */
const IMAGE_SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  png: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => String.fromCharCode(...b.slice(0, 4)) === 'GIF8',
  webp: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  avif: (b) => String.fromCharCode(...b.slice(4, 12)) === 'ftypavif',
};

/**
 * A file in public/ is published as it is, on the site's own origin: an HTML page, a
 * script or an SVG there would run as the site. Editors may add images only, under
 * public/images/, whose content really is the image type their name says.
 */
function publicFileProblem(root: string, path: string): Problem | undefined {
  if (PUBLIC_SITE_FILES.has(path)) return undefined;
  const ext = /\.([a-z]+)$/.exec(path.toLowerCase())?.[1] ?? '';
  const expected = `public/images/ 下的图片：${Object.keys(IMAGE_SIGNATURES).join('、')}`;
  if (!path.startsWith('public/images/') || !(ext in IMAGE_SIGNATURES)) {
    return { code: 'FILE-PUBLIC-TYPE', file: path, message: 'public/ 里的文件会原样发布在本站网址下：只能放图片', expected, fix: '图片放进 public/images/；其他文件（网页、脚本、SVG、文档）不能由编辑直接发布，请联系开发人员。' };
  }
  const read = readRepoBytes(root, path);
  if ('problem' in read) return read.problem;
  if (!IMAGE_SIGNATURES[ext]!(read.bytes)) {
    return { code: 'FILE-PUBLIC-TYPE', file: path, message: `文件内容不是 .${ext} 图片`, expected, fix: '用图片软件把它另存为真正的图片文件。' };
  }
  return undefined;
}
