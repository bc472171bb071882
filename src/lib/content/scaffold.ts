import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PLACE_CODES } from '../datasets/places.ts';
import { SlugSchema } from '../datasets/schemas.ts';
import { NUMBER_STYLES } from '../format/numbers.ts';
import { QUALIFIER_IDS } from '../format/qualifiers.ts';
import { UNIT_IDS } from '../format/units.ts';

/** Text an editor still has to replace; validation refuses it. */
export const PLACEHOLDER = '（请填写）';

export type ScaffoldOutcome = { written: string[] } | { error: string };

function writeNew(root: string, files: Record<string, string>): ScaffoldOutcome {
  const taken = Object.keys(files).filter((f) => existsSync(join(root, f)));
  if (taken.length > 0) return { error: `已存在，不会覆盖：${taken.join('、')}` };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text, { flag: 'wx' });
  }
  return { written: Object.keys(files) };
}

/**
 * A title as a YAML scalar that every YAML parser reads back unchanged, whatever it
 * holds (colons, quotes, # or ---): a JSON string is a valid YAML double-quoted scalar.
 */
const yamlString = (text: string) => JSON.stringify(text);

/** A new draft article `content/articles/<slug>.mdx`, dated `date`: valid as written, hidden until `draft: false`. */
export function scaffoldArticle(root: string, slug: string, title: string, date: string): ScaffoldOutcome {
  if (!SlugSchema.safeParse(slug).success) return { error: `文章短名只能用小写英文字母、数字和连字符：${slug}` };
  const mdx = ['---', `title: ${yamlString(title)}`, `date: ${date}`, 'summary: 一两句话的摘要。', 'kind: news', 'tags: []', 'datasets: []', 'draft: true', '---', '', '## 小标题', '', '在这里写正文。数字用 `<Fact dataset=\"…\" key=\"…\" />` 从数据集引用，见 docs/editor-guide.md。', ''].join('\n');
  return writeNew(root, { [`content/articles/${slug}.mdx`]: mdx });
}

/** A new dataset folder with a figure-table meta.yaml and the CSV header to fill. */
export function scaffoldDataset(root: string, id: string, title: string): ScaffoldOutcome {
  if (!SlugSchema.safeParse(id).success) return { error: `数据集代码只能用小写英文字母、数字和连字符：${id}` };
  const meta = `title: ${yamlString(title)}
title_en: ${PLACEHOLDER}
description: ${PLACEHOLDER}
topic: ${PLACEHOLDER}
keywords: [${PLACEHOLDER}]
license: CC-BY-4.0
sources: [${PLACEHOLDER}]
spatial: 肇庆市
temporal: ${PLACEHOLDER}
fields:
  - { name: key, title: 指标代码, type: string, description: 指标的英文代码，唯一 }
  - { name: metric, title: 指标, type: string, description: 指标的中文名称 }
  - { name: value, title: 数值, type: number, description: 原文给出的数值 }
  - name: qualifier
    title: 限定词
    type: string
    description: 原文对数值的限定（代码见编辑指南）
    enum: [${QUALIFIER_IDS.join(', ')}]
  - name: unit
    title: 单位
    type: string
    description: 数值的单位代码（见编辑指南）；只留本数据集用到的
    enum: [${UNIT_IDS.join(', ')}]
  - { name: number_style, title: 数字写法, type: string, description: 留空按万、亿写；digits 写出全部数字；hanzi 汉字数字, enum: [${NUMBER_STYLES.join(', ')}], required: false }
  - { name: period, title: 时期, type: string, description: 数字所指的时期，按原文 }
  - { name: period_start, title: 时期起, type: date, description: 时期明确时的起始日期，不明确时留空, required: false }
  - { name: period_end, title: 时期止, type: date, description: 时期明确时的截止日期，不明确时留空, required: false }
  - { name: place, title: 地点, type: string, description: 地点代码（见编辑指南）, enum: [${PLACE_CODES.map((c) => `'${c}'`).join(', ')}] }
  - { name: place_detail, title: 具体地点, type: string, description: 原文写出的镇、村或单位, required: false }
  - { name: source_wording, title: 原文表述, type: string, description: 原文中这个数字的写法（简体），每行都要填, required: false }
  - { name: source, title: 来源, type: string, description: 来源代码，见 data/sources.yaml }
  - { name: note, title: 备注, type: string, description: 备注, required: false }
primary_key: [key]
`;
  return writeNew(root, {
    [`data/${id}/meta.yaml`]: meta,
    [`data/${id}/data.csv`]: 'key,metric,value,qualifier,unit,number_style,period,period_start,period_end,place,place_detail,source_wording,source,note\n',
  });
}
