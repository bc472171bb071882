/**
 * Site-wide settings, read once from the environment with defaults. The only module
 * that reads the clock: the as-of date decides scheduling and statuses for a build.
 */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

const env = process.env;

function checkedDate(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`SITE_AS_OF 应为 YYYY-MM-DD，实际为“${value}”`);
  return value;
}

export const SITE = {
  title: '肇庆工会开放数据',
  titleEn: 'Zhaoqing Trade Union Open Data',
  description: '肇庆市总工会公开报告的数字与故事：困难职工帮扶、工会林、劳模工匠、2025年目标与进展。每个数字都有来源、限定词和可下载的版本化数据集。',
  /** Absolute origin used in permanent URLs and citations. */
  url: env.SITE_URL ?? 'https://zq-union-data.example',
  /** Path prefix when the site is not served from the host root. */
  base: env.SITE_BASE ?? '/',
  /** The build's "today", YYYY-MM-DD. */
  asOf: checkedDate(env.SITE_AS_OF) ?? todayUtc(),
  publisher: env.SITE_PUBLISHER ?? '肇庆工会开放数据编辑组',
  /** License of the site's own articles and compilations. */
  contentLicense: 'CC-BY-4.0',
  /** `SITE_DRAFTS=1` (npm run dev): drafts and future-dated articles are shown, for editors' preview only. */
  previewDrafts: env.SITE_DRAFTS === '1',
  /**
   * `REQUIRE_RELEASE_HISTORY=1` (CI, deploy): released data that cannot be checked against
   * git history (no .git, a shallow clone) stops validation instead of printing a notice.
   */
  requireReleaseHistory: env.REQUIRE_RELEASE_HISTORY === '1',
  /** Repository root: the only folder data and content are read from. */
  root: env.SITE_ROOT ?? process.cwd(),
} as const;
