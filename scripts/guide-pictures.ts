/**
 * Makes the pictures of docs/editor-guide.md’s “在 GitHub 网页上编辑” section, on this machine
 * (GitHub itself is not reachable here, so these are local illustrations, captioned as such):
 *  1. the workflow-command lines `npm run validate -- --format github` prints for a real
 *     editor's mistake in a copy of the repository;
 *  2. the changed file rendered locally with each annotation under its line, from those lines.
 * Run: node scripts/guide-pictures.ts (needs Chromium: node scripts/ensure-chromium.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { parseWorkflowCommand } from '../tests/helpers/workflow-commands.ts';

const FILE = 'data/union-forests/data.csv';
const OUT = 'docs/images';
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// A copy of the repository with the mistake an editor makes in the web editor: the unit typed into the number.
const root = mkdtempSync(join(tmpdir(), 'zq-guide-'));
try {
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) cpSync(file, join(root, file));
  const csv = readFileSync(join(root, FILE), 'utf8').replace(',35,exact,', ',35片,exact,');
  writeFileSync(join(root, FILE), csv);
  const run = spawnSync(process.execPath, ['scripts/validate.ts', '--format', 'github'], { env: { ...process.env, SITE_ROOT: root }, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
  if (run.status !== 1 || lines.length === 0) throw new Error(`expected annotations, got:\n${run.stdout}${run.stderr}`);
  const annotations = lines.map((l) => parseWorkflowCommand(l)!);

  const caption = (text: string) => `<p class="caption">${escape(text)}</p>`;
  const style = `body{margin:0;padding:20px;background:#fff;font:15px/1.5 "Noto Sans CJK SC",sans-serif;color:#1f2328;width:900px}
    pre{background:#0d1117;color:#e6edf3;padding:14px 16px;border-radius:6px;white-space:pre-wrap;word-break:break-all;font:13px/1.6 "Noto Sans Mono CJK SC",monospace;margin:0}
    .caption{color:#59636e;font-size:13px;margin:10px 0 0}
    .file{border:1px solid #d1d9e0;border-radius:6px;overflow:hidden}
    .file h2{margin:0;padding:8px 12px;font-size:14px;background:#f6f8fa;border-bottom:1px solid #d1d9e0;font-family:monospace}
    table{border-collapse:collapse;width:100%;font:13px/1.7 "Noto Sans Mono CJK SC",monospace}
    td.n{width:1%;padding:0 10px;color:#59636e;text-align:right;user-select:none;background:#f6f8fa}
    td.c{padding:0 10px;white-space:pre}
    tr.marked td.c{background:#fff8c5}
    .note{margin:6px 10px 10px 48px;border:1px solid #d1242f;border-left-width:4px;border-radius:6px;padding:8px 12px;font:14px/1.6 "Noto Sans CJK SC",sans-serif;white-space:pre-wrap;background:#fff}
    .note b{color:#d1242f}`;

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 940, height: 400 }, deviceScaleFactor: 1 });
  const shoot = async (name: string, body: string) => {
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`);
    await page.locator('body').screenshot({ path: join(OUT, name) });
  };
  await shoot(
    'github-annotations-log.png',
    `<pre>$ npm run validate -- --format github\n${escape(lines.join('\n'))}</pre>` +
      caption('本地示意图：在本机运行 npm run validate -- --format github 打印的标注行（工作流命令格式）。拉取请求的检查运行同一条命令，GitHub 读取这些行并把问题标到文件上。'),
  );
  const marked = new Map(annotations.filter((a) => a.properties.file === FILE).map((a) => [Number(a.properties.line), a]));
  const rows = csv.split('\n').slice(0, 5).map((text, i) => {
    const a = marked.get(i + 1);
    const note = a ? `<tr><td colspan="2"><div class="note"><b>${escape(a.properties.title ?? '')}</b>\n${escape(a.message)}</div></td></tr>` : '';
    return `<tr class="${a ? 'marked' : ''}"><td class="n">${i + 1}</td><td class="c">${escape(text)}</td></tr>${note}`;
  });
  await shoot(
    'github-annotations-file.png',
    `<div class="file"><h2>${escape(FILE)}</h2><table>${rows.join('')}</table></div>` +
      caption('本地示意图（不是 GitHub 页面截图）：把上面的标注行按文件和行号画在文件上，样子接近 GitHub 拉取请求“Files changed”里的标注；文字就是 GitHub 会显示的内容。'),
  );
  await browser.close();
  console.log(`写出 ${OUT}/github-annotations-log.png 和 ${OUT}/github-annotations-file.png（${annotations.length} 条标注）`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
