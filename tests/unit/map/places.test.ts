import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { COUNTIES } from '../../../src/lib/map/counties.ts';
import { CITY_CODE, countPlaces, numberedInListOrder, placeCountyText, placeDateText, placePositionText, PRECISIONS, ZONE_CODE, type MapPlace } from '../../../src/lib/map/places.ts';

const place = (over: Partial<MapPlace>): MapPlace => ({
  key: 'k',
  name: 'n',
  county: '441226',
  countyBasis: '原文',
  precision: '镇街级',
  placeDetail: '莫村镇',
  lat: 23.2657,
  lon: 112.0304,
  illustrative: false,
  source: 's',
  date: '2024-03-09',
  dateBasis: 'printed',
  dateNote: null,
  note: null,
  ...over,
});

describe('placeDateText(place)', () => {
  it('marks a date without its year as 年份未核实 and an inferred one as 推断', () => {
    expect(placeDateText(place({ date: '--02-27' }))).toBe('2月27日（年份未核实）');
    expect(placeDateText(place({ date: '2024-03-09', dateBasis: 'inferred' }))).toBe('2024年3月9日（推断）');
    expect(placeDateText(place({ date: '2021-09', dateBasis: 'inferred' }))).toBe('2021年9月（推断）');
    expect(placeDateText(place({ date: '2022' }))).toBe('2022年');
  });
});

describe('placeCountyText(place)', () => {
  it('says when the county is our placement, and when the source names no county', () => {
    expect(placeCountyText(place({ county: '441202', countyBasis: '本站判断' }))).toBe('端州区（县区为本站判断，待核实）');
    expect(placeCountyText(place({ county: '4412' }))).toBe('肇庆市（县区未写明）');
    expect(placeCountyText(place({ county: 'gaoxin' }))).toBe('肇庆高新区');
  });
});

describe('placePositionText(place)', () => {
  it('says a county- or town-level marker is not the real position, and an example is not a real place', () => {
    expect(placePositionText(place({}))).toBe('镇街级：原文写明镇或街道；图上画在德庆县代表点附近，不是实际位置');
    expect(placePositionText(place({ precision: '未定位', county: '4412', lat: null, lon: null }))).toBe('未定位：原文没有写明县区，不画在图上');
    expect(placePositionText(place({ illustrative: true, precision: null }))).toContain('不是真实地点，不计入任何合计');
  });
});

describe('numberedInListOrder(places)', () => {
  it('numbers reported places by county, then date (a date without year last), then key; examples last, unnumbered', () => {
    const listed = numberedInListOrder([
      place({ key: 'late', date: '2025-01' }),
      place({ key: 'no-year', date: '--02-27' }),
      place({ key: 'city', county: '4412', precision: '未定位' }),
      place({ key: 'example', illustrative: true }),
      place({ key: 'duanzhou', county: '441202' }),
      place({ key: 'early', date: '2016-02-13' }),
    ]);
    expect(listed.map(({ place: p, number }) => [p.key, number])).toEqual([
      ['duanzhou', 1],
      ['early', 2],
      ['late', 3],
      ['no-year', 4],
      ['city', 5],
      ['example', undefined],
    ]);
  });
});

describe('countPlaces(places)', () => {
  it('counts reported places per county by precision; examples apart; city-only and zone rows last', () => {
    const counts = countPlaces([
      place({ key: 'a' }),
      place({ key: 'b', precision: '县区级' }),
      place({ key: 'c', illustrative: true, precision: null }),
      place({ key: 'd', county: '441202', countyBasis: '本站判断', precision: '县区级' }),
      place({ key: 'e', county: '4412', precision: '未定位', lat: null, lon: null }),
    ]);
    expect(counts.map((c) => c.code)).toEqual(['441202', '441203', '441204', '441223', '441224', '441225', '441226', '441284', '4412', 'gaoxin']);
    expect(counts.find((c) => c.code === '441226')).toMatchObject({ reported: 2, byPrecision: { 县区级: 1, 镇街级: 1, 精确: 0 }, illustrative: 1 });
    expect(counts.find((c) => c.code === '441202')).toMatchObject({ reported: 1, ourPlacement: 1 });
    expect(counts.find((c) => c.code === '4412')).toMatchObject({ reported: 1, byPrecision: { 未定位: 1 } });
  });
});

describe('the place datasets’ schemas (meta.yaml)', () => {
  const { catalog } = loadCatalog(process.cwd());
  const field = (dataset: string, name: string) => catalog.datasets.find((d) => d.id === dataset)!.meta.fields.find((f) => f.name === name)!;
  it('offer exactly the precisions the code draws and explains', () => {
    expect(field('union-service-places', 'precision').enum).toEqual([...PRECISIONS]);
    // Forest plots are always in one of the eight counties: nothing to list without a marker.
    expect(field('union-forest-plots', 'precision').enum).toEqual(PRECISIONS.filter((p) => p !== '未定位'));
    expect(field('union-forest-plots', 'precision').required).toBe(false); // empty on illustrative examples only
    expect(field('union-service-places', 'precision').required).toBe(true);
  });
  it('let a service place name the city (county not stated) or 肇庆高新区, besides the eight counties', () => {
    expect(field('union-service-places', 'county').enum).toEqual([...COUNTIES.map((c) => String(c.adcode)), CITY_CODE, ZONE_CODE]);
    expect(field('union-forest-plots', 'county').enum).toEqual(COUNTIES.map((c) => String(c.adcode)));
  });
});
