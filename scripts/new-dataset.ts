/** npm run new:dataset -- <数据集代码> "中文标题" : meta.yaml and data.csv to fill in, never overwriting. */
import { scaffoldDataset } from '../src/lib/content/scaffold.ts';
import { SITE } from '../src/lib/site/config.ts';

const [id, title] = process.argv.slice(2);
if (!id || !title) {
  console.error('用法：npm run new:dataset -- <数据集代码> "中文标题"，如 npm run new:dataset -- skills-contests "职工技能竞赛"');
  process.exit(2);
}
const outcome = scaffoldDataset(SITE.root, id, title);
if ('error' in outcome) {
  console.error(outcome.error);
  process.exit(1);
}
console.log(`已创建 ${outcome.written.join('、')}。把“（请填写）”换成内容、填好 data.csv，运行 npm run validate，再用 npm run data:release -- ${id} major "首次发布" 发布。`);
