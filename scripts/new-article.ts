/** npm run new:article -- <英文短名> "标题" : a draft article to fill in, never overwriting. */
import { scaffoldArticle } from '../src/lib/content/scaffold.ts';
import { SITE } from '../src/lib/site/config.ts';

const [slug, title] = process.argv.slice(2);
if (!slug || !title) {
  console.error('用法：npm run new:article -- <英文短名> "标题"，如 npm run new:article -- forest-2026 "2026年植树"');
  process.exit(2);
}
const outcome = scaffoldArticle(SITE.root, slug, title, SITE.asOf);
if ('error' in outcome) {
  console.error(outcome.error);
  process.exit(1);
}
console.log(`已创建 ${outcome.written.join('、')}（草稿）。写好后把 draft 改为 false，运行 npm run validate，再提交。`);
