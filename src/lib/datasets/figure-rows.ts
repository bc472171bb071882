import { wordingMismatch } from '../format/wording.ts';
import type { Problem } from '../problems.ts';
import { FigureSchema, isFigureDataset } from './figures.ts';
import type { Row } from './row-key.ts';
import type { DatasetMeta } from './schemas.ts';

/**
 * Every reported row of a figure dataset that records the source's wording must fill it,
 * and the figure as the site renders it must say what the wording says: same number,
 * same qualifier, same unit (see wordingMismatch). The loader checks what is about to
 * be published: the working copy when there is one (so a fix can be released), else the
 * latest release (what the build publishes). Illustrative rows (`provenance`) are left out.
 */
export function figureWordingProblems(meta: DatasetMeta, table: { file: string; rows: readonly Row[]; lines: readonly number[] }): Problem[] {
  if (!isFigureDataset(meta) || !meta.fields.some((f) => f.name === 'source_wording')) return [];
  const problems: Problem[] = [];
  table.rows.forEach((row, i) => {
    if (row.provenance === 'illustrative') return;
    const line = table.lines[i] ?? 0;
    const figure = FigureSchema.safeParse(row);
    if (!figure.success) return; // the cells were checked against the schema already
    const wording = figure.data.source_wording;
    if (wording === null || wording === undefined) {
      problems.push({ code: 'FIGURE-WORDING-MISSING', file: table.file, line, field: 'source_wording', message: '缺少原文表述', fix: '照原文抄下这个数字的写法（简体），如“近3000万元”“2200多户”。' });
      return;
    }
    const mismatch = wordingMismatch(figure.data, wording);
    if (mismatch !== undefined) {
      problems.push({ code: 'FIGURE-WORDING', file: table.file, line, field: 'value,qualifier,unit,number_style', value: wording, message: mismatch, fix: '核对数值、限定词（qualifier）、单位（unit）和数字写法（number_style），使网站显示的写法与原文一致。' });
    }
  });
  return problems;
}
