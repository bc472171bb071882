import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Dataset } from '../datasets/load.ts';
import { PartialDateSchema } from '../datasets/schemas.ts';
import type { Problem } from '../problems.ts';
import type { CountyAnchor } from './anchors.ts';
import { countiesAt, type CountyProps } from './boundaries.ts';
import { countyName } from './counties.ts';
import { ANCHORED, isCountyCode, rowToPlace, type MapPlace } from './places.ts';

const GEO_README = 'data/geo/README.md';

type Located = Omit<Problem, 'file' | 'line'>;

function precisionProblems(p: MapPlace): Located[] {
  const out: Located[] = [];
  const at = (message: string, fix: string): Located => ({ code: 'PLACE-PRECISION', field: 'precision', value: p.precision ?? '', message, fix });
  if (p.precision === null) {
    if (!p.illustrative) out.push(at('已报道（reported）的地点必须写明精度', '按原文写：只知道县区写 县区级；写明镇或街道写 镇街级；来源给出坐标写 精确；原文没有写明县区写 未定位。'));
  } else if (p.precision === '未定位' && isCountyCode(p.county)) {
    out.push(at(`所在县区已知（${countyName(Number(p.county))}），精度不能是 未定位`, '改为 县区级 或 镇街级（原文写明镇或街道时）。'));
  } else if (p.precision !== '未定位' && !isCountyCode(p.county)) {
    out.push(at('原文没有写明县区（4412）或在肇庆高新区（gaoxin）的地点不画在图上，精度应为 未定位', '把精度改为 未定位，并清空经纬度；知道县区时把 county 改为县区代码。'));
  } else if (p.precision === '镇街级' && p.placeDetail === null) {
    out.push(at('镇街级的地点须在 place_detail 写出原文的镇或街道', '在 place_detail 照原文写出镇或街道（和更具体的地点）；原文只写了县区时精度写 县区级。'));
  }
  return out;
}

/** The marker must be where the documentation says a place of this precision is drawn. */
function positionProblem(p: MapPlace, anchors: readonly CountyAnchor[]): Located | undefined {
  const where = `${p.lat ?? ''}, ${p.lon ?? ''}`;
  if (p.precision === '未定位' || !isCountyCode(p.county)) {
    return p.lat !== null || p.lon !== null
      ? { code: 'PLACE-POSITION', field: 'latitude,longitude', value: where, message: '不画在图上的地点（未定位）不能有经纬度', fix: '清空 latitude 和 longitude。' }
      : undefined;
  }
  if (p.precision !== null && ANCHORED.includes(p.precision)) {
    const anchor = anchors.find((a) => a.adcode === Number(p.county));
    if (anchor && (p.lat !== anchor.lat || p.lon !== anchor.lon)) {
      return {
        code: 'PLACE-POSITION',
        field: 'latitude,longitude',
        value: where,
        message: `${p.precision}的地点画在${countyName(anchor.adcode)}的代表点，坐标不对`,
        expected: `纬度 ${anchor.lat}，经度 ${anchor.lon}（见 ${GEO_README}）`,
        fix: `把 latitude 改为 ${anchor.lat}，longitude 改为 ${anchor.lon}。只有来源给出坐标时，精度才写 精确。`,
      };
    }
    return undefined;
  }
  return p.lat !== null && p.lon !== null ? undefined : { code: 'PLACE-POSITION', field: 'latitude,longitude', value: where, message: '精确定位或示例的地点须填写经纬度', fix: '填写 WGS84 经纬度；没有坐标时精度写 县区级 或 镇街级。' };
}

/** A drawn position must lie in Zhaoqing and in the county the row names. */
function containmentProblem(p: MapPlace, counties: FeatureCollection<MultiPolygon, CountyProps>): Located | undefined {
  if (p.lat === null || p.lon === null || !isCountyCode(p.county)) return undefined;
  const county = Number(p.county);
  const where = `${p.lat}, ${p.lon}`;
  const found = countiesAt(counties, [p.lon, p.lat]);
  if (found.length === 0) {
    return { code: 'PLACE-OUTSIDE-CITY', field: 'latitude,longitude', value: where, message: '坐标不在肇庆市范围内', fix: '核对经纬度是否写反，是否为 WGS84（GPS）坐标；高德、腾讯地图拾取的是 GCJ-02 坐标，需先转换。' };
  }
  if (found.includes(county)) return undefined;
  return {
    code: 'PLACE-OUTSIDE-COUNTY',
    field: 'county',
    value: `${county}（${countyName(county)}），坐标 ${where}`,
    message: `坐标不在所填的${countyName(county)}，而在${found.map(countyName).join('、')}（${found.join('、')}）`,
    fix: `把 county 改为 ${found[0]}，或核对坐标。`,
  };
}

function dateProblem(p: MapPlace): Located | undefined {
  if (p.date === null) return undefined;
  const parsed = PartialDateSchema.safeParse(p.date);
  if (!parsed.success) {
    return { code: 'PLACE-DATE', field: 'date', value: p.date, message: parsed.error.issues.map((i) => i.message).join('；'), expected: 'YYYY-MM-DD、YYYY-MM 或 YYYY；原文没有印年份时写 --MM-DD（如 --02-27）' };
  }
  if ((p.dateBasis === 'inferred' || p.date.startsWith('--')) && p.dateNote === null) {
    return { code: 'PLACE-DATE', field: 'date_note', value: p.date, message: '推断的日期、没有印年份的日期，须在 date_note 写明依据', fix: '在 date_note 写明日期从哪里来（如“由转帖日期推断年份”“原文只印有月日”）。' };
  }
  return undefined;
}

/**
 * Every row of a place dataset (forest plots, union service places), in its latest
 * release and working copy: a reported place cites a source and states its precision;
 * the precision fits the county (a place with no county is 未定位, never drawn); a
 * county- or town-level marker sits at the county's documented point, any other inside
 * its county; a date is a real (partial) date with its basis. Each problem names file and line.
 */
export function placeProblems(dataset: Dataset, counties: FeatureCollection<MultiPolygon, CountyProps>, anchors: readonly CountyAnchor[]): Problem[] {
  const problems: Problem[] = [];
  for (const table of [dataset.latest, ...(dataset.working ? [dataset.working] : [])]) {
    table.rows.forEach((row, i) => {
      const p = rowToPlace(row);
      const found: Located[] = [];
      if (!p.illustrative && p.source === null) {
        found.push({ code: 'PLACE-SOURCE', field: 'source', message: '已报道（reported）的地点必须注明来源', fix: '填写来源代码；如果没有公开来源，provenance 应为 illustrative。' });
      }
      found.push(...precisionProblems(p));
      const position = positionProblem(p, anchors);
      const containment = position ? undefined : containmentProblem(p, counties);
      const date = dateProblem(p);
      for (const problem of [position, containment, date]) if (problem) found.push(problem);
      problems.push(...found.map((f) => ({ ...f, file: table.file, line: table.lines[i] ?? 0 })));
    });
  }
  return problems;
}
