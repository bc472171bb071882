/** Every piece of interface text, in one place (zh-CN). */
export const STRINGS = {
  skipToContent: '跳到正文',
  nav: { home: '首页', articles: '文章', data: '数据', about: '关于' },
  navLabel: '主导航',
  footer: {
    license: '本站文章与数据集以 CC BY 4.0 许可发布，转载请注明出处和数据版本。',
    source: '数字来源：肇庆市总工会主席张思辉访谈（2025年）。本站非肇庆市总工会官方网站。',
  },
  home: {
    lead: '肇庆市总工会公开报告了哪些数字？这里逐一列出，并注明原文的限定词、时期和来源，每个数字都能下载到对应的数据集版本。',
    headline: '主要数字',
    latestArticles: '最新文章',
    datasets: '数据集',
    allArticles: '全部文章',
    allDatasets: '全部数据集',
  },
  fact: { source: '来源数据集' },
  articles: { title: '文章', lead: '访谈、故事与解读。文中的数字都取自数据集，点击即可查看出处。', related: '相关数据集' },
  data: {
    title: '数据集',
    lead: '每个数据集都有版本号。已发布的版本永不改动，可放心引用。',
    fields: '字段说明',
    table: '数据（最新版本）',
    download: '下载',
    versions: '版本记录',
    sources: '来源',
    license: '许可协议',
    latest: '最新版本',
    rows: '行',
    field: { name: '字段名', title: '中文名', type: '类型', unit: '单位', description: '说明', allowed: '允许取值' },
  },
  qualifierHint: '限定词按原文：近＝接近；多、超、以上＝不少于；上万＝一万以上。',
} as const;
