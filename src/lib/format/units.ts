/** Units figures are counted in, with the Chinese words that surround the number. */
export const UNITS = {
  yuan: { before: '', after: '元', label: '元' },
  yuan_per_month: { before: '每月', after: '元', label: '元/月' },
  households: { before: '', after: '户', label: '户' },
  person_times: { before: '', after: '人次', label: '人次' },
  people: { before: '', after: '人', label: '人' },
  plots: { before: '', after: '片', label: '片' },
  saplings: { before: '', after: '株', label: '株' },
  sessions: { before: '', after: '场次', label: '场次' },
  teams: { before: '', after: '支', label: '支' },
  enterprises: { before: '', after: '家', label: '家' },
  problems: { before: '', after: '个', label: '个' },
  unions: { before: '', after: '个', label: '个' },
  percent: { before: '', after: '%', label: '%' },
} as const satisfies Record<string, { before: string; after: string; label: string }>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

export function isUnitId(id: string): id is UnitId {
  return Object.hasOwn(UNITS, id);
}
