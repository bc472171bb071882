/** A deterministic synthetic Chinese corpus: N articles written from the site's own vocabulary. */
const WORDS = [
  '工会', '职工', '困难职工', '帮扶', '劳模', '工匠', '工会林', '劳模林', '工匠林', '先锋林', '植树', '乡村', '建会入会',
  '技能竞赛', '技术服务队', '宣讲', '企业', '车间', '班组', '结对', '镇村', '百千万工程', '绿美肇庆', '生活救助', '助学',
  '会员', '培训', '合格证', '涉农行业', '口袋公园', '志愿服务', '消费帮扶', '就业对接', '疗休养', '产业工人', '创新',
];
const COUNTIES = ['端州区', '鼎湖区', '高要区', '广宁县', '怀集县', '封开县', '德庆县', '四会市'];

/** Mulberry32: the same corpus on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function sentence(rnd: () => number): string {
  const n = 4 + Math.floor(rnd() * 6);
  return `${pick(rnd, COUNTIES)}${Array.from({ length: n }, () => pick(rnd, WORDS)).join('、')}。`;
}

/**
 * Figures the real articles cite, and the charts and maps they place: the synthetic corpus
 * draws from these, so every <Fact> and <Chart> resolves against the real data.
 */
const FACTS = [
  ['hardship-assistance', 'funds'], ['hardship-assistance', 'households'], ['hardship-assistance', 'assistance'],
  ['union-forests', 'plots'], ['union-forests', 'saplings'], ['union-forests', 'funds'], ['union-forests', 'participants'],
  ['model-worker-outreach', 'lecture-sessions'], ['model-worker-outreach', 'lecture-audience'], ['model-worker-outreach', 'service-teams'],
  ['model-worker-outreach', 'enterprises-served'], ['model-worker-outreach', 'problems-solved'], ['model-worker-outreach', 'skill-upgrades'],
  ['targets-2025', 'craftsmen-members'], ['targets-2025', 'craftsmen-trained'], ['targets-2025', 'new-members'], ['targets-2025', 'paired-unions'],
  ['union-rest-stations', '2024-love-stations'], ['union-rest-stations', '2024-service-points'], ['union-rest-stations', '2022-provincial-stations'],
  ['school-grants', 'duanzhou-cumulative-students'], ['union-tree-planting', '2024-bozhi-trees'],
] as const;
const CHARTS = [
  '<Chart dataset="model-worker-outreach" kind="bar" keys="lecture-sessions,lecture-audience,service-teams,service-members,enterprises-served,problems-solved,skill-upgrades" title="2024年劳模工匠宣讲与技术服务" />',
  '<Chart dataset="hardship-assistance-by-year" kind="bar" keys="2021-living-funds,2021-illness-funds,2021-school-funds,2021-central-funds,2021-living-person-times,2021-illness-person-times,2021-central-person-times,2021-school-students" title="2021年困难职工帮扶：按类型" />',
];
const MAPS = ['<ForestMap />', '<ForestMap county="441226" />', '<ServiceMap />'];

/**
 * The MDX source of article `i`, shaped like the real articles (2026-11: nine articles,
 * about 2,400 characters and 12 figures each on average; two in nine place a chart,
 * three in nine a map): four sections, twelve <Fact>s, and a chart or a map in the same shares.
 */
export function syntheticArticle(i: number): { slug: string; mdx: string } {
  const rnd = random(i + 1);
  const fact = () => {
    const [dataset, key] = pick(rnd, FACTS);
    return `<Fact dataset="${dataset}" key="${key}" />`;
  };
  // Each paragraph about 150 characters with one or two figures: 12 figures in all.
  const paragraph = (facts: number) => Array.from({ length: 4 }, (_, k) => `${sentence(rnd)}${k < facts ? `数字是${fact()}。` : ''}`).join('');
  const section = (title: string) => [`## ${title}`, '', paragraph(2), '', paragraph(1), '', paragraph(0), ''];
  const figure = i % 9 < 2 ? CHARTS[i % CHARTS.length]! : i % 9 < 5 ? MAPS[i % MAPS.length]! : undefined;
  const mdx = [
    '---',
    `title: ${pick(rnd, COUNTIES)}${pick(rnd, WORDS)}${pick(rnd, WORDS)}动态（第${i + 1}篇）`,
    `date: 2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    `summary: ${sentence(rnd)}`,
    'kind: news',
    `tags: [${pick(rnd, WORDS)}, ${pick(rnd, WORDS)}]`,
    'datasets: [hardship-assistance]',
    'draft: false',
    '---',
    '',
    ...section('概况'),
    ...section('做法'),
    ...(figure ? [figure, ''] : []),
    ...section('成效'),
    ...section('下一步'),
  ].join('\n');
  return { slug: `synthetic-${String(i + 1).padStart(5, '0')}`, mdx };
}

/**
 * Files of synthetic dataset `i` with `rows` rows (meta.yaml, data.csv, versions/, releases.yaml):
 * paths relative to data/. Released as 1.0.0; with `firstRows`, 1.0.0 holds that many rows
 * (their values different) and ten rows later removed, and 2.0.0 all `rows`: a diff with every
 * kind of change, as a dataset that grows to a million rows in one release has.
 */
export function syntheticDataset(i: number, rows: number, sha256Hex: (b: Uint8Array) => string, options: { firstRows?: number } = {}): Record<string, string> {
  const rnd = random(10_000 + i);
  const id = `synthetic-${String(i + 1).padStart(2, '0')}`;
  const meta = [
    `title: 合成数据集${i + 1}：${pick(rnd, WORDS)}${pick(rnd, WORDS)}`,
    `title_en: Synthetic dataset ${i + 1}`,
    `description: 基准测试用的合成数据（${rows} 行），不是真实数字。`,
    `topic: ${pick(rnd, WORDS)}`,
    `keywords: [${pick(rnd, WORDS)}, ${pick(rnd, WORDS)}]`,
    'license: CC-BY-4.0',
    'sources: [zhang-sihui-interview-2025]',
    'spatial: 肇庆市',
    'temporal: 2015—2024年',
    'fields:',
    '  - { name: key, title: 行键, type: string, description: 行的唯一代码 }',
    `  - { name: county, title: 县区, type: string, description: 县区名称, enum: [${COUNTIES.join(', ')}] }`,
    '  - { name: year, title: 年份, type: year, description: 年份 }',
    '  - { name: topic, title: 主题, type: string, description: 主题词 }',
    '  - { name: value, title: 数值, type: number, description: 合成数值 }',
    'primary_key: [key]',
    '',
  ].join('\n');
  const csvOf = (keys: string[]) => `${['key,county,year,topic,value', ...keys.map((key, r) => `${key},${pick(rnd, COUNTIES)},${2015 + (r % 10)},${pick(rnd, WORDS)},${Math.floor(rnd() * 1_000_000) / 10}`)].join('\n')}\n`;
  const keys = (n: number, prefix = 'r') => Array.from({ length: n }, (_, r) => `${prefix}${r + 1}`);
  const versions: [string, string][] = options.firstRows === undefined
    ? [['1.0.0', csvOf(keys(rows))]]
    : [['1.0.0', csvOf([...keys(options.firstRows), ...keys(10, 'gone')])], ['2.0.0', csvOf(keys(rows))]];
  const releases = versions.map(([version, csv]) => {
    const bytes = new TextEncoder().encode(csv);
    return `- version: ${version}\n  date: 2026-11-24\n  note: 基准测试用的合成数据。\n  sha256: ${sha256Hex(bytes)}\n  bytes: ${bytes.length}\n`;
  });
  return {
    [`${id}/meta.yaml`]: meta,
    [`${id}/data.csv`]: versions.at(-1)![1],
    ...Object.fromEntries(versions.map(([version, csv]) => [`${id}/versions/${version}.csv`, csv])),
    [`${id}/releases.yaml`]: releases.join(''),
  };
}
