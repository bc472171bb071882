import { spawnSync } from 'node:child_process';

/** A fixed author, date and configuration, so commits are the same on every machine. */
function gitEnv(date: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: '编辑',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: '编辑',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
    GIT_AUTHOR_DATE: `${date}T08:00:00+08:00`,
    GIT_COMMITTER_DATE: `${date}T08:00:00+08:00`,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  delete env.GIT_DIR;
  delete env.GIT_INDEX_FILE;
  delete env.GIT_WORK_TREE;
  return env;
}

/**
 * Runs git in `root` and returns its output; throws with git's message when it fails.
 * `date` (YYYY-MM-DD) is the author and committer date of a commit made by the call.
 */
export function git(root: string, args: string[], date = '2026-11-24'): string {
  const run = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, env: gitEnv(date), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** Makes `root` a git repository and commits everything in it; returns the commit id. */
export function initRepo(root: string, date = '2026-11-24'): string {
  git(root, ['init', '-q']);
  return commitAll(root, '初始提交', date);
}

/** Commits every change under `root` (additions and deletions); returns the commit id. */
export function commitAll(root: string, message: string, date = '2026-11-24'): string {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '--allow-empty', '-m', message], date);
  return git(root, ['rev-parse', 'HEAD']);
}
