import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { nodeSchema } from './schemas/node';
import { referenceSchema } from './schemas/reference';

/** One MDX file per machine state; the file name is the state key. */
const nodes = defineCollection({
  loader: glob({ base: './content/nodes', pattern: '**/[^_]*.mdx' }),
  schema: nodeSchema,
});

/** Background pages: 502 vs 503 vs 504, reading the logs, prevention… */
const reference = defineCollection({
  loader: glob({ base: './content/reference', pattern: '**/[^_]*.mdx' }),
  schema: referenceSchema,
});

export const collections = { nodes, reference };
