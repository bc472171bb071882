import type { Problem } from '../problems.ts';
import type { Dataset } from './load.ts';
import { isFigureDataset } from './figures.ts';

/**
 * How large a data file may be. No real dataset comes near these (today's largest cell
 * has 27 characters); a million rows of ordinary cells pass (npm run bench builds one).
 * They keep every build inside its memory and every page small; docs/editor-guide.md
 * states them in Chinese.
 */
export const CSV_LIMITS = {
  /** GitHub refuses a file over 100 MiB in a push; larger data does not fit this workflow. */
  fileBytes: 100 * 1024 * 1024,
  /** Data rows (the header not counted). */
  rows: 2_000_000,
  /** Cells in all rows: the build holds each, so this bounds its memory (1,000,000 rows × 20 columns). */
  cells: 20_000_000,
  /** Characters in one cell: about ten pages of Chinese; longer text belongs in an article. */
  cellChars: 10_000,
} as const;

/** Datasets drawn row by row (cards, charts, map dots, lists of plots or readings): smaller, or a page would grow with them. */
export const DRAWN_LIMITS = {
  rows: 500,
  /** A chart label or card text longer than this would not fit where it is drawn. */
  cellChars: 200,
} as const;

/** Long cells reported one by one in a file; the rest are counted in one more problem. */
const REPORTED_CELLS = 10;

const wan = (n: number) => `${n / 10_000} 万`;

/** A data file too large to read, from its size on disk (checked before it is read). */
export function csvFileSizeProblem(file: string, bytes: number): Problem | undefined {
  if (bytes <= CSV_LIMITS.fileBytes) return undefined;
  return {
    code: 'CSV-FILE-TOO-LARGE',
    file,
    value: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
    message: '数据文件太大',
    expected: `不超过 ${CSV_LIMITS.fileBytes / 1024 / 1024} MB（GitHub 也不接受更大的文件）`,
    fix: '把数据按年份或地区拆成几个数据集，或删去不需要发布的列。',
  };
}

/**
 * Counts rows and cells and measures each cell while a CSV is parsed: returns the problems
 * so far and whether parsing must stop (too many rows or cells: reading on would only use memory).
 */
export function csvSizeCounter(file: string) {
  let rows = -1; // the header is not a data row
  let cells = 0;
  let longCells = 0;
  const problems: Problem[] = [];
  const tooMany = (line: number, what: string, limit: string): Problem => ({
    code: 'CSV-TOO-MANY-ROWS',
    file,
    line,
    message: `${what}超过上限，已停止读取`,
    expected: limit,
    fix: '把数据按年份或地区拆成几个数据集。',
  });
  return {
    problems,
    /** Records one CSV record; true when parsing must stop. */
    record(line: number, record: readonly string[]): boolean {
      rows += 1;
      if (rows > 0) cells += record.length;
      record.forEach((cell, i) => {
        if (cell.length <= CSV_LIMITS.cellChars) return;
        longCells += 1;
        if (longCells <= REPORTED_CELLS) {
          problems.push({
            code: 'CSV-CELL-TOO-LONG',
            file,
            line,
            field: `第 ${i + 1} 列`,
            value: cell.slice(0, 20),
            message: `单元格有 ${cell.length} 个字符，太长`,
            expected: `每个单元格不超过 ${CSV_LIMITS.cellChars} 个字符`,
            fix: '长的文字请写成文章；检查是否漏了引号，使整段文件被读成了一个单元格。',
          });
        } else if (longCells === REPORTED_CELLS + 1) {
          problems.push({ code: 'CSV-CELL-TOO-LONG', file, line, message: `还有更多过长的单元格（从这一行起不再逐个列出）`, expected: `每个单元格不超过 ${CSV_LIMITS.cellChars} 个字符` });
        }
      });
      if (rows > CSV_LIMITS.rows) {
        problems.push(tooMany(line, '数据行数', `不超过 ${wan(CSV_LIMITS.rows)}行`));
        return true;
      }
      if (cells > CSV_LIMITS.cells) {
        problems.push(tooMany(line, '单元格总数（行数 × 列数）', `不超过 ${wan(CSV_LIMITS.cells)}个单元格，如 100 万行 × 20 列`));
        return true;
      }
      return false;
    },
  };
}

/**
 * A dataset drawn row by row (a figure table, or one of `drawnIds`: map plots, progress
 * readings) must stay small: its latest release and working copy are checked.
 */
export function drawnDatasetProblems(dataset: Dataset, drawnIds: readonly string[]): Problem[] {
  if (!isFigureDataset(dataset.meta) && !drawnIds.includes(dataset.id)) return [];
  const problems: Problem[] = [];
  for (const table of [dataset.latest, ...(dataset.working ? [dataset.working] : [])]) {
    if (table.rows.length > DRAWN_LIMITS.rows) {
      problems.push({
        code: 'CSV-DRAWN-TOO-MANY-ROWS',
        file: table.file,
        value: `${table.rows.length} 行`,
        message: '这个数据集的每一行都画在网页上（数字卡片、图表、地图或列表），行数太多',
        expected: `不超过 ${DRAWN_LIMITS.rows} 行`,
        fix: '只保留网页要显示的指标；大量明细请另建一个普通数据集（普通数据集只在数据页显示前 50 行）。',
      });
    }
    const long = table.rows.flatMap((row, i) =>
      Object.entries(row).flatMap(([field, cell]) => (typeof cell === 'string' && cell.length > DRAWN_LIMITS.cellChars ? [{ field, cell, line: table.lines[i] ?? 0 }] : [])),
    );
    for (const { field, cell, line } of long.slice(0, REPORTED_CELLS)) {
      problems.push({
        code: 'CSV-DRAWN-CELL-TOO-LONG',
        file: table.file,
        line,
        field,
        value: cell.slice(0, 20),
        message: `单元格有 ${cell.length} 个字符：这个数据集的文字画在图表、卡片或地图上，放不下`,
        expected: `不超过 ${DRAWN_LIMITS.cellChars} 个字符`,
        fix: '写成简短的名称；详细说明放进 meta.yaml 的 description 或文章。',
      });
    }
  }
  return problems;
}
