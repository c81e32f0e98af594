import { z } from 'astro/zod';

/** Frontmatter of `content/reference/<slug>.mdx`: background pages nodes link to. */
export const referenceSchema = z.object({
  /** The page heading. */
  title: z.string().min(1),
  /** One or two sentences: the meta description and the link blurb. */
  summary: z.string().min(1),
});

export type ReferenceData = z.output<typeof referenceSchema>;
