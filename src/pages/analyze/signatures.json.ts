import type { APIRoute } from 'astro';
import { getSignatureTable } from '../../lib/signatures';

/** The analyzer's table, fetched by its worker on first use: kept out of /analyze/'s HTML, which stays small. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSignatureTable()), { headers: { 'Content-Type': 'application/json' } });
