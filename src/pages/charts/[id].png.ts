import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng } from '../../lib/charts/png.ts';
import { getSiteCharts } from '../../lib/charts/site-charts.ts';

/** Each chart as a PNG, 720 px wide: /charts/<id>.png. */
export const getStaticPaths = (async () =>
  (await getSiteCharts()).map((chart) => ({ params: { id: chart.id }, props: { svg: chart.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props }) => new Response(await svgToPng(props.svg), { headers: { 'Content-Type': 'image/png' } });
