import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/datasets/load.ts';
import { COUNTIES } from '../../../src/lib/map/counties.ts';
import { CITY_CODE, countPlaces, isCountyCode, isDrawn, numberedInListOrder, placeCountyText, placeDateText, placePositionText, placesInListOrder, PRECISIONS, rowToPlace, ZONE_CODE, type MapPlace } from '../../../src/lib/map/places.ts';
import { rowsToPlots } from '../../../src/lib/map/plots.ts';

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
    expect(placeDateText(place({ date: '2022-11-05' }))).toBe('2022年11月5日');
    expect(placeDateText(place({ date: '--12-01', dateBasis: 'inferred' }))).toBe('12月1日（年份未核实）');
    expect(placeDateText(place({ date: null }))).toBe('日期不详');
  });
});

describe('placeCountyText(place)', () => {
  it('says when the county is our placement, and when the source names no county', () => {
    expect(placeCountyText(place({ county: '441202', countyBasis: '本站判断' }))).toBe('端州区（县区为本站判断，待核实）');
    expect(placeCountyText(place({ county: '4412' }))).toBe('肇庆市（县区未写明）');
    expect(placeCountyText(place({ county: 'gaoxin' }))).toBe('肇庆高新区');
    expect(placeCountyText(place({ county: 'gaoxin', countyBasis: '本站判断' }))).toBe('肇庆高新区（县区为本站判断，待核实）');
    expect(placeCountyText(place({ county: '441284' }))).toBe('四会市');
  });
});

describe('placePositionText(place)', () => {
  it('says a county- or town-level marker is not the real position, and an example is not a real place', () => {
    expect(placePositionText(place({}))).toBe('镇街级：原文写明镇或街道；图上画在德庆县代表点附近，不是实际位置');
    expect(placePositionText(place({ precision: '未定位', county: '4412', lat: null, lon: null }))).toBe('未定位：原文没有写明县区，不画在图上');
    expect(placePositionText(place({ illustrative: true, precision: null }))).toBe('示意位置 北纬 23.2657°，东经 112.0304°（WGS84）：不是真实地点，不计入任何合计');
    expect(placePositionText(place({ precision: '县区级', county: '441202' }))).toBe('县区级：只知道所在县区；图上画在端州区代表点附近，不是实际位置');
    expect(placePositionText(place({ precision: '精确' }))).toBe('精确：来源给出坐标：北纬 23.2657°，东经 112.0304°（WGS84）');
    expect(placePositionText(place({ precision: null }))).toBe('');
  });
});

describe('isDrawn(place)', () => {
  it('draws a place with a position unless its county is unknown', () => {
    expect(isDrawn(place({}))).toBe(true);
    expect(isDrawn(place({ lat: null }))).toBe(false);
    expect(isDrawn(place({ lon: null }))).toBe(false);
    expect(isDrawn(place({ precision: '未定位' }))).toBe(false);
    expect(isDrawn(place({ lat: 0, lon: 0 }))).toBe(true);
  });
});

describe('rowToPlace(row) and rowsToPlots(rows)', () => {
  const row = {
    key: 'mocun-riverbank-park', name: '莫村镇河堤公园工会林', forest_type: '工会林', county: 441226, county_basis: '本站判断', precision: '镇街级', place_detail: '莫村镇河堤公园',
    latitude: 23.2657, longitude: 112.0304, date: '--02-27', date_basis: 'inferred', date_note: '原文只印有2月27日', planting: 'zhaoshui-camellias', saplings: 45, area_mu: null, funds: null, participants: 120,
    provenance: 'reported', source: 'anon-zhaoshui-union-forest', note: null,
  };
  it('reads every column, county and planting as text, figures as numbers, an empty cell as null', () => {
    expect(rowToPlace(row)).toStrictEqual({
      key: 'mocun-riverbank-park', name: '莫村镇河堤公园工会林', county: '441226', countyBasis: '本站判断', precision: '镇街级', placeDetail: '莫村镇河堤公园',
      lat: 23.2657, lon: 112.0304, illustrative: false, source: 'anon-zhaoshui-union-forest', date: '--02-27', dateBasis: 'inferred', dateNote: '原文只印有2月27日', note: null,
    });
    expect(rowsToPlots([row])).toMatchObject([{ key: 'mocun-riverbank-park', forestType: '工会林', planting: 'zhaoshui-camellias', saplings: 45, funds: null, participants: 120 }]);
  });
  it('reads a missing basis as printed in the source, and an illustrative row as such', () => {
    const example = { key: 'example-1', name: '示例', forest_type: '工会林', county: 441202, precision: null, latitude: 23.07, longitude: 112.46, provenance: 'illustrative', planting: null };
    expect(rowToPlace(example)).toMatchObject({ countyBasis: '原文', dateBasis: 'printed', illustrative: true, precision: null, date: null, source: null, placeDetail: null, dateNote: null, note: null });
    expect(rowsToPlots([example])).toMatchObject([{ planting: null, saplings: null, funds: null, participants: null }]);
    expect(rowsToPlots([{ ...example, saplings: '45' }])[0]!.saplings).toBeNull();
  });
});

describe('placesInListOrder(places)', () => {
  it('puts the city-only places after the eight counties and the zone last; the same date is ordered by key', () => {
    const keys = placesInListOrder([
      place({ key: 'zone', county: ZONE_CODE }),
      place({ key: 'city', county: CITY_CODE }),
      place({ key: 'b', county: '441284' }),
      place({ key: 'a', county: '441284' }),
      place({ key: 'sihui-undated', county: '441284', date: null }),
      place({ key: 'duanzhou', county: '441202' }),
    ]).map((p) => p.key);
    expect(keys).toEqual(['duanzhou', 'a', 'b', 'sihui-undated', 'city', 'zone']);
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

describe('isCountyCode(code), and list order by date', () => {
  it('takes exactly six digits', () => {
    expect(['441202', '4412', 'gaoxin', '4412020', 'x441202', '441202x'].map(isCountyCode)).toEqual([true, false, false, false, false, false]);
  });
  it('orders by date before key, a date without a year after every dated one, the zone after the city', () => {
    const keys = placesInListOrder([
      place({ key: 'a-zone', county: ZONE_CODE }),
      place({ key: 'b-city', county: CITY_CODE }),
      place({ key: 'c-no-year', date: '--01-01' }),
      place({ key: 'd-late', date: '2025-06-01' }),
      place({ key: 'e-early', date: '2016-02-13' }),
      place({ key: 'f-undated', date: null }),
      place({ key: 'g-zone', county: ZONE_CODE }),
      place({ key: 'h-duanzhou', county: '441202' }),
    ]).map((p) => p.key);
    expect(keys).toEqual(['h-duanzhou', 'e-early', 'd-late', 'c-no-year', 'f-undated', 'b-city', 'a-zone', 'g-zone']);
  });
  it('writes an example without a position as such', () => {
    expect(placePositionText(place({ illustrative: true, precision: null, lat: null, lon: null }))).toBe('示意位置 北纬 °，东经 °（WGS84）：不是真实地点，不计入任何合计');
  });
  it('reads a plot row without a planting column as having none', () => {
    expect(rowsToPlots([{ key: 'k', name: 'n', forest_type: '工会林', county: 441202 }])[0]!.planting).toBeNull();
  });
});
