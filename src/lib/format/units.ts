/**
 * Units figures are counted in: the Chinese words around the number as the source
 * writes them (`before`, `after`), the label a table shows, what the number measures
 * (`measure`: two figures can only be compared when it is the same) and whether
 * figures in it may be added up at all (`additive`: false for rates, ordinals, years).
 */
export const UNITS = {
  yuan: { before: '', after: '元', label: '元', measure: 'money', additive: true },
  yuan_unwritten: { before: '', after: '', label: '元（原文未写“元”）', measure: 'money', additive: true },
  yuan_per_month: { before: '每月', after: '元', label: '元/月', measure: 'money-per-month', additive: false },
  yuan_per_year: { before: '每年', after: '元', label: '元/年', measure: 'money-per-year', additive: false },
  yuan_slash_month: { before: '', after: '元/月', label: '元/月', measure: 'money-per-month', additive: false },
  yuan_slash_year: { before: '', after: '元/年', label: '元/年', measure: 'money-per-year', additive: false },
  yuan_slash_time: { before: '', after: '元/次', label: '元/次', measure: 'money-per-time', additive: false },
  households: { before: '', after: '户', label: '户', measure: 'households', additive: true },
  person_times: { before: '', after: '人次', label: '人次', measure: 'person-times', additive: true },
  people: { before: '', after: '人', label: '人', measure: 'people', additive: true },
  people_ming: { before: '', after: '名', label: '名', measure: 'people', additive: true },
  plots: { before: '', after: '片', label: '片', measure: 'plots', additive: true },
  saplings: { before: '', after: '株', label: '株', measure: 'trees', additive: true },
  sessions: { before: '', after: '场次', label: '场次', measure: 'sessions', additive: true },
  rounds: { before: '', after: '期', label: '期', measure: 'rounds', additive: true },
  teams: { before: '', after: '支', label: '支', measure: 'teams', additive: true },
  enterprises: { before: '', after: '家', label: '家', measure: 'enterprises', additive: true },
  problems: { before: '', after: '个', label: '个', measure: 'problems', additive: true },
  unions: { before: '', after: '个', label: '个', measure: 'unions', additive: true },
  unions_jia: { before: '', after: '家', label: '家', measure: 'unions', additive: true },
  stations_jia: { before: '', after: '家', label: '家（驿站）', measure: 'stations', additive: true },
  service_points: { before: '', after: '个', label: '个（站点）', measure: 'stations', additive: true },
  sites: { before: '', after: '个站点', label: '个站点', measure: 'stations', additive: true },
  big_stations: { before: '', after: '大服务站', label: '大服务站', measure: 'stations', additive: true },
  large_stations: { before: '', after: '个大型服务站', label: '个大型服务站', measure: 'stations', additive: true },
  studios: { before: '', after: '家', label: '家（工作室）', measure: 'studios', additive: true },
  activities: { before: '', after: '个', label: '个（活动）', measure: 'activities', additive: true },
  tickets: { before: '', after: '张', label: '张', measure: 'tickets', additive: true },
  counties: { before: '', after: '个县(市、区)', label: '个县(市、区)', measure: 'counties', additive: true },
  cities: { before: '', after: '市', label: '市', measure: 'cities', additive: true },
  service_kinds: { before: '', after: '类服务', label: '类服务', measure: 'kinds', additive: false },
  functional_areas: { before: '', after: '大功能区', label: '大功能区', measure: 'areas', additive: false },
  days: { before: '', after: '天', label: '天', measure: 'days', additive: false },
  metres: { before: '', after: '米', label: '米', measure: 'length', additive: false },
  editions: { before: '第', after: '届', label: '届（第几届）', measure: 'ordinal', additive: false },
  prize_grade: { before: '', after: '等奖', label: '等奖', measure: 'ordinal', additive: false },
  since_year: { before: '自', after: '年起', label: '起始年份', measure: 'year', additive: false },
  percent: { before: '', after: '%', label: '%', measure: 'percent', additive: false },
} as const satisfies Record<string, UnitInfo>;

interface UnitInfo {
  before: string;
  after: string;
  label: string;
  measure: string;
  additive: boolean;
}

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

export function isUnitId(id: string): id is UnitId {
  return Object.hasOwn(UNITS, id);
}
