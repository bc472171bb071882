import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SlugSchema } from '../datasets/schemas.ts';

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
    description: 原文对数值的限定
    enum: [exact, about, nearly, more_than, over, at_least, ten_thousand_plus]
  - name: unit
    title: 单位
    type: string
    description: 数值的单位代码
    enum: [yuan, yuan_per_month, households, person_times, people, plots, saplings, sessions, teams, enterprises, problems, unions, percent]
  - { name: period, title: 时期, type: string, description: 数字所指的时期，按原文 }
  - { name: source_wording, title: 原文表述, type: string, description: 原文中这个数字的写法, required: false }
  - { name: source, title: 来源, type: string, description: 来源代码，见 data/sources.yaml }
  - { name: note, title: 备注, type: string, description: 备注, required: false }
primary_key: [key]
`;
  return writeNew(root, {
    [`data/${id}/meta.yaml`]: meta,
    [`data/${id}/data.csv`]: 'key,metric,value,qualifier,unit,period,source_wording,source,note\n',
  });
}
