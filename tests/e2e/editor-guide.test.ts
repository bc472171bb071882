import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo } from '../helpers/repo-copy.ts';

/** Code blocks of the guide marked `文件=<path>` (a new file) or `追加到=<path>` (rows to append). */
function guideExamples(): { mode: 'file' | 'append'; path: string; text: string }[] {
  const guide = readFileSync('docs/editor-guide.md', 'utf8');
  return [...guide.matchAll(/```\w+ (文件|追加到)=(\S+)\n([\s\S]*?)```/g)].map((m) => ({
    mode: m[1] === '文件' ? 'file' : 'append',
    path: m[2]!,
    text: m[3]!,
  }));
}

describe('the editor guide’s examples', () => {
  it('validate, release and build exactly as written', () => {
    const examples = guideExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const repo = copyRepo();
    for (const ex of examples) {
      if (ex.mode === 'file') repo.write(ex.path, ex.text);
      else appendFileSync(join(repo.root, ex.path), ex.text);
    }
    const env = { SITE_AS_OF: '2026-11-24' };
    const validate = repo.run('npm', ['run', 'validate'], env);
    expect(validate.status, validate.stderr).toBe(0);
    // Rows appended to a dataset's data.csv are released; sources.yaml and disagreements.yaml are read as they are.
    const appendedDatasets = examples.filter((e) => e.mode === 'append' && e.path.endsWith('/data.csv')).map((e) => e.path.split('/')[1]!);
    for (const id of new Set(appendedDatasets)) {
      const release = repo.run('npm', ['run', 'data:release', '--', id, 'minor', '编辑指南示例'], env);
      expect(release.status, release.stderr).toBe(0);
    }
    const build = repo.run('npm', ['run', 'build'], env);
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(repo.root, 'dist/articles/guide-example/index.html'))).toBe(true);
    const figures = readFileSync(join(repo.root, 'dist/articles/guide-example-figures/index.html'), 'utf8');
    for (const id of ['model-worker-outreach-bar', 'union-forests-waffle-plots', 'hardship-assistance-card-funds', 'forest-map-441224', 'service-map-441225']) expect(figures).toContain(`id="${id}"`);
    expect(readFileSync(join(repo.root, 'dist/progress/index.html'), 'utf8')).toContain('progress-craftsmen-members');
    expect(readFileSync(join(repo.root, 'dist/forests/index.html'), 'utf8')).toContain('plot-guide-example');
    expect(readFileSync(join(repo.root, 'dist/service-places/index.html'), 'utf8')).toContain('place-guide-example-station');
  });
});
