import type { APIRoute, GetStaticPaths } from 'astro';
import { chartMarkup, chartNames } from '../../lib/chart/charts';

export const getStaticPaths = (() => chartNames().map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartMarkup(params.chart!, true), { headers: { 'Content-Type': 'image/svg+xml' } });
