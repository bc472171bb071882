/** npm run validate: checks all data and content, prints every problem in Chinese. */
import { crashToProblem, problemsToReport } from '../src/lib/problems.ts';
import { SITE } from '../src/lib/site/config.ts';
import { problemsToAnnotations, reportFormatFromArgs } from '../src/lib/validation/github-annotations.ts';
import { validateProject } from '../src/lib/validate.ts';

try {
  const { catalog, problems } = await validateProject(SITE.root);
  if (problems.length > 0) {
    // --format github: each problem is also marked on its line in a pull request (.github/workflows/pr.yml).
    if (reportFormatFromArgs(process.argv.slice(2)) === 'github') console.log(problemsToAnnotations(problems));
    console.error(`校验未通过，网站不会构建。\n\n${problemsToReport(problems)}`);
    process.exit(1);
  }
  const versions = catalog.datasets.reduce((n, d) => n + d.versions.length, 0);
  console.log(`校验通过：${catalog.datasets.length} 个数据集（${versions} 个已发布版本）、${catalog.sources.length} 个来源，文章无问题。`);
} catch (err) {
  // A check that crashed is still a report an editor can act on, never a stack trace.
  console.error(`校验未通过，网站不会构建。\n\n${problemsToReport([crashToProblem(err)])}`);
  process.exit(1);
}
