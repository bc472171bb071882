/** Zhaoqing's eight county-level divisions (fact sheet, "Places"), by administrative code. */
export const COUNTIES = [
  { adcode: 441202, name: '端州区' },
  { adcode: 441203, name: '鼎湖区' },
  { adcode: 441204, name: '高要区' },
  { adcode: 441223, name: '广宁县' },
  { adcode: 441224, name: '怀集县' },
  { adcode: 441225, name: '封开县' },
  { adcode: 441226, name: '德庆县' },
  { adcode: 441284, name: '四会市' },
] as const;

export type County = (typeof COUNTIES)[number];

export function countyName(adcode: number): string {
  return COUNTIES.find((c) => c.adcode === adcode)?.name ?? String(adcode);
}
