/**
 * npm run validate: checks all data and content, prints every problem in Chinese.
 * With ZQ_DIGEST_FILES=<folder> (set by npm run build), once everything passes it also
 * writes there the files of the versions with a digest, which the pages do not build
 * (src/lib/datasets/digest.ts).
 */
import { dataTimesLine, timed } from '../src/lib/datasets/build-clock.ts';
import { writeDigestFiles } from '../src/lib/datasets/file-output.ts';
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
  const digestFiles = process.env.ZQ_DIGEST_FILES;
  if (digestFiles) {
    const count = timed('write', () => writeDigestFiles(catalog, digestFiles));
    // The files of versions read from their digest: built (and compared with it) and written here.
    if (count > 0) console.log(`大版本的下载文件：${count} 个\n校验中的${dataTimesLine()}`);
  }
} catch (err) {
  // A check that crashed is still a report an editor can act on, never a stack trace.
  console.error(`校验未通过，网站不会构建。\n\n${problemsToReport([crashToProblem(err)])}`);
  process.exit(1);
}
