import { z } from 'astro/zod';

/** The most characters an answer's label keeps on the map's chart (see `shortLabel`). */
export const shortLabelLength = 36;

/**
 * One answer to a question or check: either a plain label, or a label with
 * the exact text (a log fragment, a status line) the person will recognise.
 */
export const answerSchema = z
  .union([
    z.string().min(1),
    z.object({
      /** What the person picks, in their words: a symptom, not a solution. */
      label: z.string().min(1),
      /** Exact text to recognise, shown in monospace under the label. */
      code: z.string().min(1).optional(),
      /** The label on this answer's edge of the map's chart, when cutting `label` short reads badly (see `shortLabel`). */
      short: z.string().min(1).max(shortLabelLength).optional(),
    }),
  ])
  .transform((answer) => (typeof answer === 'string' ? { label: answer } : answer));

export type Answer = z.output<typeof answerSchema>;
