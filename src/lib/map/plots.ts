import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Dataset } from '../datasets/load.ts';
import type { Row } from '../datasets/rows.ts';
import type { Problem } from '../problems.ts';
import { countiesAt, type CountyProps } from './boundaries.ts';
import { COUNTIES, countyName } from './counties.ts';

export const PLOTS_DATASET = 'union-forest-plots';

export interface Plot {
  key: string;
  name: string;
  forestType: string;
  county: number;
  lat: number;
  lon: number;
  illustrative: boolean;
  saplings: number | null;
  funds: number | null;
  participants: number | null;
}

const num = (v: Row[string] | undefined) => (typeof v === 'number' ? v : null);

/** Validated rows → plots (the dataset's schema has checked every cell). */
export function rowsToPlots(rows: readonly Row[]): Plot[] {
  return rows.map((row) => ({
    key: String(row.key),
    name: String(row.name),
    forestType: String(row.forest_type),
    county: Number(row.county),
    lat: Number(row.latitude),
    lon: Number(row.longitude),
    illustrative: row.provenance === 'illustrative',
    saplings: num(row.saplings),
    funds: num(row.funds),
    participants: num(row.participants),
  }));
}

/**
 * Plots must lie in the county they declare, and in Zhaoqing; a reported plot must
 * cite its source. Each problem names the file, line and the county the point is in.
 */
export function plotProblems(dataset: Dataset, counties: FeatureCollection<MultiPolygon, CountyProps>): Problem[] {
  const problems: Problem[] = [];
  const tables = [dataset.latest, ...(dataset.working ? [dataset.working] : [])];
  for (const table of tables) {
    table.rows.forEach((row, i) => {
      const plot = rowsToPlots([row])[0]!;
      const line = table.lines[i] ?? 0;
      const where = `${plot.lat}, ${plot.lon}`;
      const found = countiesAt(counties, [plot.lon, plot.lat]);
      if (found.length === 0) {
        problems.push({ code: 'PLOT-OUTSIDE-CITY', file: table.file, line, field: 'latitude,longitude', value: where, message: '坐标不在肇庆市范围内', fix: '核对经纬度是否写反，是否为 WGS84（GPS）坐标；高德、腾讯地图拾取的是 GCJ-02 坐标，需先转换。' });
      } else if (!found.includes(plot.county)) {
        problems.push({
          code: 'PLOT-OUTSIDE-COUNTY',
          file: table.file,
          line,
          field: 'county',
          value: `${plot.county}（${countyName(plot.county)}），坐标 ${where}`,
          message: `坐标不在所填的${countyName(plot.county)}，而在${found.map(countyName).join('、')}（${found.join('、')}）`,
          fix: `把 county 改为 ${found[0]}，或核对坐标。`,
        });
      }
      if (row.provenance === 'reported' && (row.source === null || row.source === undefined)) {
        problems.push({ code: 'PLOT-SOURCE', file: table.file, line, field: 'source', message: '已报道（reported）的地块必须注明来源', fix: '填写来源代码；如果没有公开来源，provenance 应为 illustrative。' });
      }
    });
  }
  return problems;
}

export interface CountySummary {
  adcode: number;
  name: string;
  /** Reported plots only: illustrative ones never enter a total. */
  plots: number;
  saplings: number | null;
  funds: number | null;
  illustrative: number;
}

const sumOrNull = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null);

/** Per county: reported plots, saplings and funds (null where none is reported), and how many examples are drawn. */
export function countySummaries(plots: readonly Plot[]): CountySummary[] {
  return COUNTIES.map(({ adcode, name }) => {
    const here = plots.filter((p) => p.county === adcode);
    const reported = here.filter((p) => !p.illustrative);
    return {
      adcode,
      name,
      plots: reported.length,
      saplings: sumOrNull(reported.map((p) => p.saplings)),
      funds: sumOrNull(reported.map((p) => p.funds)),
      illustrative: here.length - reported.length,
    };
  });
}
