import type { DiagnoseContext } from '../machine/context';

/** One answer as the wizard takes it in the browser: the state it leads to, and what it sets in the machine's context there. */
export interface Step {
  to: string;
  set?: Partial<DiagnoseContext>;
}

/**
 * The answers one state takes, by event: the part of the machine a page
 * needs, derived from it at build time (`src/lib/machineSteps.ts`) and
 * fetched per node (`nodeStepsUrl`), so what the browser loads does not
 * grow with the tree.
 */
export type NodeSteps = Record<string, Step>;

/** The context after taking `step`: what the machine's actions do, replayed from their recorded effect. */
export const contextAfter = (context: DiagnoseContext, step: Step): DiagnoseContext => (step.set ? { ...context, ...step.set } : context);
