import { z } from 'astro/zod';

/**
 * What a diagnosis is really about: an HTTP status (a 503 or 504 found on
 * the way as well as the 502), or `none` when nothing answers with an error
 * at all, such as a WebSocket cut by a proxy after its upgrade succeeded.
 */
export const statusSchema = z.union([z.number().int().min(400).max(599), z.literal('none')]).default(502);

export type Status = z.output<typeof statusSchema>;
