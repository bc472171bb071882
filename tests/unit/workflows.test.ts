import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  env?: Record<string, unknown>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8'), workflow: parse(readFileSync(join(DIR, name), 'utf8')) as Workflow }));

/** Scopes a permissions block grants write access to ("write-all" grants every scope). */
function writes(permissions: Job['permissions']): string[] {
  if (permissions === undefined) return ['(not declared: the repository default applies)'];
  if (typeof permissions === 'string') return permissions === 'read-all' ? [] : [permissions];
  return Object.entries(permissions).filter(([, level]) => level === 'write').map(([scope]) => scope);
}

const runsProjectCode = (job: Job) => (job.steps ?? []).some((s) => s.run !== undefined || s.uses?.startsWith('actions/checkout@'));

describe('every workflow under .github/workflows/', () => {
  it('exists (deploy.yml at least)', () => {
    expect(workflows.map((w) => w.name)).toContain('deploy.yml');
  });

  for (const { name, text, workflow } of workflows) {
    describe(name, () => {
      it('grants nothing by default: no write at the top, every job declares its own permissions', () => {
        expect(writes(workflow.permissions ?? {})).toEqual([]);
        for (const [id, job] of Object.entries(workflow.jobs)) expect(job.permissions, `job ${id}`).toBeDefined();
      });

      it('gives no write access, secret or token to a job that runs the project’s code', () => {
        for (const [id, job] of Object.entries(workflow.jobs).filter(([, j]) => runsProjectCode(j))) {
          expect(writes(job.permissions), `job ${id}`).toEqual([]);
          expect(JSON.stringify(job), `job ${id}`).not.toMatch(/secrets\.|github\.token/);
        }
      });

      it('checks out without leaving credentials in .git/config', () => {
        const checkouts = Object.values(workflow.jobs).flatMap((j) => j.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
        for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
      });

      it('pins every action to a version tag or a commit, never a branch', () => {
        const uses = Object.values(workflow.jobs).flatMap((j) => j.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : []));
        for (const ref of uses) expect(ref).toMatch(/@(?:[0-9a-f]{40}|v\d+(?:\.\d+){0,2})$/);
      });

      it('does not run pull requests with the base repository’s privileges (pull_request_target)', () => {
        expect(text).not.toMatch(/pull_request_target/);
      });
    });
  }
});

describe('.github/workflows/deploy.yml', () => {
  const { workflow } = workflows.find((w) => w.name === 'deploy.yml')!;
  const build = workflow.jobs.build!;
  const deploy = workflow.jobs.deploy!;
  const steps = build.steps ?? [];
  const index = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? s.uses ?? ''));

  it('builds with read-only access to the repository and nothing else', () => {
    expect(build.permissions).toEqual({ contents: 'read' });
  });

  it('checks out full history and requires it for the release check', () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(build.env?.REQUIRE_RELEASE_HISTORY).toBe('1');
  });

  it('compares dist/ with the live site after the build and before the upload', () => {
    const built = index(/^npm run build$/);
    const checked = index(/^npm run check:published$/);
    const uploaded = index(/^actions\/upload-pages-artifact@/);
    expect(built).toBeGreaterThanOrEqual(0);
    expect(checked).toBeGreaterThan(built);
    expect(uploaded).toBeGreaterThan(checked);
  });

  it('deploys only from a separate job that takes the artifact and runs no project code', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect((deploy.steps ?? []).map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages']);
    const publishers = Object.entries(workflow.jobs).filter(([, j]) => writes(j.permissions).length > 0).map(([id]) => id);
    expect(publishers).toEqual(['deploy']);
  });

  it('pins each action to a full commit id', () => {
    for (const step of [...steps, ...(deploy.steps ?? [])]) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});
