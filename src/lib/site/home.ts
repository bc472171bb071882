/** A figure by reference: the value lives in its dataset. */
interface FigureRef {
  dataset: string;
  key: string;
}

/** Figures of one kind and one period, shown side by side with other columns of their group, never added to them. */
interface HeadlineColumn {
  /** The period and who reported it, as a reader needs it to tell the columns apart. */
  label: string;
  figures: readonly FigureRef[];
}

/**
 * The home page's headline figures, grouped by what they count: the newest figure of
 * each kind with its period. Where the record has figures of one kind for different
 * periods (the interview's 近年来 totals and the year 2021), each period gets a column
 * of its own; the marks on the figures link to why they cannot be added.
 */
export const HEADLINE_GROUPS: readonly { id: string; title: string; columns: readonly HeadlineColumn[] }[] = [
  {
    id: 'hardship',
    title: '困难职工帮扶',
    columns: [
      {
        label: '近年来（访谈，没有说明从哪一年算起）',
        figures: [
          { dataset: 'hardship-assistance', key: 'funds' },
          { dataset: 'hardship-assistance', key: 'households' },
          { dataset: 'hardship-assistance', key: 'assistance' },
        ],
      },
      {
        label: '2021年全年（《工人日报》，与《西江日报》相同）',
        figures: [
          { dataset: 'hardship-assistance-by-year', key: '2021-funds-grrb' },
          { dataset: 'hardship-assistance-by-year', key: '2021-households-grrb' },
          { dataset: 'hardship-assistance-by-year', key: '2021-person-times-grrb' },
        ],
      },
    ],
  },
  {
    id: 'model-workers',
    title: '劳模工匠服务队（2024年）',
    columns: [
      {
        label: '访谈',
        figures: [
          { dataset: 'model-worker-outreach', key: 'service-teams' },
          { dataset: 'model-worker-outreach', key: 'enterprises-served' },
        ],
      },
      {
        label: '广东省总工会网站（与访谈说法不一）',
        figures: [{ dataset: 'model-worker-outreach', key: 'service-teams-gdftu' }],
      },
    ],
  },
  {
    id: 'craftsmen',
    title: '乡村建筑工匠（2024年）',
    columns: [
      {
        label: '培训按人次计，取证按人计',
        figures: [
          { dataset: 'rural-craftsmen', key: '2024-trained' },
          { dataset: 'rural-craftsmen', key: '2024-certified' },
        ],
      },
    ],
  },
  {
    id: 'rest-stations',
    title: '工会驿站和户外劳动者服务站点（2024年9月报道）',
    columns: [
      {
        label: '两类站点分别统计',
        figures: [
          { dataset: 'union-rest-stations', key: '2024-love-stations' },
          { dataset: 'union-rest-stations', key: '2024-service-points' },
        ],
      },
    ],
  },
  {
    id: 'forests',
    title: '工会林（近两年来）',
    columns: [
      {
        label: '访谈',
        figures: [
          { dataset: 'union-forests', key: 'plots' },
          { dataset: 'union-forests', key: 'saplings' },
        ],
      },
    ],
  },
];

/** Every headline figure, in the order shown. */
export const HEADLINE_FIGURES: readonly FigureRef[] = HEADLINE_GROUPS.flatMap((g) => g.columns.flatMap((c) => c.figures));

/** The interview's 2024 model-worker figures, without the provincial union's 46 teams (two claims about one thing never share a scale). */
const INTERVIEW_2024_OUTREACH = 'lecture-sessions,lecture-audience,service-teams,service-members,enterprises-served,problems-solved,skill-upgrades';

/** Charts on the home page, as editors would write them in an article. */
export const HOME_CHARTS = [
  {
    dataset: 'hardship-assistance-by-year',
    kind: 'bar',
    keys: '2021-living-funds,2021-illness-funds,2021-school-funds,2021-central-funds,2021-living-person-times,2021-illness-person-times,2021-central-person-times,2021-school-students',
    title: '2021年困难职工帮扶：按类型',
  },
  { dataset: 'hardship-assistance', kind: 'waffle', key: 'households', unit: '100', title: '常态化帮扶的困难职工户数（近年来，起始年份未说明）' },
  { dataset: 'model-worker-outreach', kind: 'bar', keys: INTERVIEW_2024_OUTREACH, title: '2024年劳模工匠宣讲与技术服务（访谈）' },
  { dataset: 'union-forests', kind: 'waffle', key: 'plots', title: '工会林：建成片数' },
] as const;

/** Datasets the home page names: the most recently released; the catalog (/data/) lists them all. */
export const HOME_DATASETS = 12;

/** The home page's datasets: newest release first (then by id), at most HOME_DATASETS, so the page does not grow with the catalog. */
export function homeDatasets<D extends { id: string; latest: { date: string } }>(datasets: readonly D[]): D[] {
  return [...datasets].sort((a, b) => b.latest.date.localeCompare(a.latest.date) || a.id.localeCompare(b.id)).slice(0, HOME_DATASETS);
}
