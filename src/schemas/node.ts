import { z } from 'astro/zod';
import { answerSchema } from './answer';
import { checkedSchema } from './checked';
import { evidenceSchema } from './evidence';
import { statusSchema } from './status';

/** Node ids and reference slugs: kebab-case, as in the machine and the URL. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** Frontmatter of `content/nodes/<state-key>.mdx`: the prose for one machine state. */
export const nodeSchema = z
  .object({
    /** The page heading: a question for questions and checks, the cause for a diagnosis. */
    title: z.string().min(1),
    /** Must agree with the machine's `meta.kind` for this state. */
    kind: z.enum(['question', 'check', 'diagnosis']),
    /** One or two sentences: the meta description and the line shown in trails. */
    summary: z.string().min(1),
    /** Questions and checks: one label per event the machine accepts here. */
    answers: z.record(z.string().regex(/^[A-Z0-9_]+$/, 'events are SCREAMING_SNAKE'), answerSchema).optional(),
    /** Diagnoses: the HTTP status this leaf is really about, or `none` (see `status.ts`). */
    status: statusSchema,
    /** Diagnoses: the nearest other diagnoses, shown under "Not it?". */
    notIt: z.array(slug).default([]),
    /** Reference pages (`content/reference/<slug>.mdx`) worth reading from here. */
    references: z.array(slug).default([]),
    /** Diagnoses: what the facts were checked against, at least one entry (see `checked.ts`). */
    checked: z.array(checkedSchema).default([]),
    /** Lines that lead straight here when pasted into the analyzer (`/analyze/`). */
    evidence: z.array(evidenceSchema).default([]),
  })
  .superRefine((node, ctx) => {
    const hasAnswers = node.answers !== undefined && Object.keys(node.answers).length > 0;
    if (node.kind === 'diagnosis' && hasAnswers) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'a diagnosis is a leaf and has no answers' });
    }
    if (node.kind !== 'diagnosis' && !hasAnswers) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `a ${node.kind} needs answers` });
    }
    if (node.kind !== 'diagnosis' && node.checked.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'only a diagnosis says what it was checked against' });
    }
    if (node.kind === 'diagnosis' && node.notIt.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['notIt'], message: 'a diagnosis names at least one alternative' });
    }
  });

export type NodeData = z.output<typeof nodeSchema>;
