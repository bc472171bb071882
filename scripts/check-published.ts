/**
 * npm run check:published [dist]: run by the deploy before it uploads dist/. Refuses a
 * build whose files differ from those the live site (SITE_URL, SITE_BASE) already serves
 * at the same permanent URLs (src/lib/datasets/published.ts). When the live site cannot be
 * read — a first deploy, DNS, a timeout — it says so and lets the deploy go on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPublished } from '../src/lib/datasets/published.ts';
import { problemsToReport } from '../src/lib/problems.ts';
import { SITE } from '../src/lib/site/config.ts';
import { absoluteUrl, paths } from '../src/lib/site/urls.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ 里没有构建好的网站：先运行 npm run build。`);
  process.exit(1);
}
const result = await checkPublished({ catalogUrl: absoluteUrl(paths.catalogJsonLd()), base: SITE.base, dist });
if (result.problems.length > 0) {
  console.error(`部署已停止：新构建会改变线上已经发布的内容。\n\n${problemsToReport(result.problems)}`);
  process.exit(1);
}
if (result.notice) {
  console.warn(`注意：没有对照线上网站核对已发布的文件。${result.notice}部署继续：已发布的数据由构建时的 git 历史检查把关（REQUIRE_RELEASE_HISTORY=1）。`);
} else {
  console.log(`已对照线上网站核对 ${result.checked} 个已发布的文件：新构建中相同网址的内容与线上一致。`);
}
