import { z } from 'astro/zod';
import { evidenceSources, type EvidenceSource } from './evidence-sources';

const sourceNames = Object.keys(evidenceSources) as [EvidenceSource, ...EvidenceSource[]];

/**
 * One signature: a line a real server writes, and what it says about this node.
 * The analyzer scores every node by the signatures its paste matches, so
 * evidence from several lines and several logs adds up.
 */
export const evidenceSchema = z.object({
  /**
   * What to find in one line: a regular expression in the safe subset that
   * `src/analyzer/pattern.ts` accepts (the build rejects any other).
   */
  pattern: z.string().min(1),
  /** Which log or text the line comes from. */
  source: z.enum(sourceNames),
  /** In words, for the reader: what this line means and why it points here. */
  explain: z.string().min(1),
  /** How strongly the line points here; a line that fits several nodes gets less on each. */
  weight: z.number().positive().max(10).default(1),
  /** Match case exactly (HAProxy's `SH` and `sH` differ only by case); otherwise case is ignored. */
  matchCase: z.boolean().default(false),
  /**
   * Companions: nodes of which at least one must also be pointed at by the
   * paste (through a signature without `needs`) for this line to count here,
   * such as an FPM log line that only means something next to nginx's line
   * about the same failure. Each must be a node with evidence of its own.
   */
  needs: z.array(z.string().min(1)).default([]),
});

export type Evidence = z.output<typeof evidenceSchema>;
export type { EvidenceSource };
