import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteCharts } from '../../lib/charts/site-charts.ts';

/** Each chart as a standalone SVG file: /charts/<id>.svg. */
export const getStaticPaths = (async () =>
  (await getSiteCharts()).map((chart) => ({ params: { id: chart.id }, props: { svg: chart.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
