import { startId } from '../../lib/urls';
import { initialContext, type DiagnoseContext } from '../../machine/context';
import { contextAfter, type NodeSteps } from '../../lib/steps';
import type { AnsweredStep, HistoryEntry } from '../../lib/trail';

/** A walk read back from history and vouched for by the machine: the entry, and the context and answers at its end. */
export interface Restored {
  entry: HistoryEntry;
  context: DiagnoseContext;
  steps: NodeSteps;
}

/** The longest text a trail step may carry from history: headings and labels are far shorter. */
const MAX_TEXT = 300;

/** The most answers a walk read from history may hold; far more than any walk of the tree takes. */
const MAX_STEPS = 64;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/** A state key as the machine writes them, and as nodeStepsUrl may put in an address. */
const isNodeId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,100}$/.test(value);

/**
 * A history entry read back from `history.state`, trusted only as far as the
 * machine vouches for it: each step's node and answer must be a transition
 * the machine takes, walked from the start, ending on `node`, the node the
 * address names. The answers of each node come from `load` (the machine's
 * steps, per node). Only ids and the two display texts are kept; anything
 * else (an `href`, extra fields) is dropped. Null when any of it fails, or
 * a node's steps cannot be had, so the caller rebuilds the page from its own
 * address instead.
 */
export async function restoreEntry(state: unknown, node: string, load: (node: string) => Promise<NodeSteps>): Promise<Restored | null> {
  if (typeof state !== 'object' || state === null) return null;
  const { wizard, node: claimed, trail, chosen } = state as Record<string, unknown>;
  if (wizard !== true || claimed !== node || !Array.isArray(trail) || trail.length > MAX_STEPS) return null;
  const steps: AnsweredStep[] = [];
  for (const step of trail as unknown[]) {
    if (typeof step !== 'object' || step === null) return null;
    const { node: at, event, question, answer } = step as Record<string, unknown>;
    if (!isNodeId(at) || typeof event !== 'string' || !isText(question) || !isText(answer)) return null;
    steps.push({ node: at, event, question, answer });
  }
  if (chosen !== undefined && typeof chosen !== 'string') return null;
  let answers: NodeSteps[];
  try {
    answers = await Promise.all([...steps.map((step) => step.node), node].map(load));
  } catch {
    return null;
  }
  let at = startId;
  let context = initialContext;
  for (const [index, step] of steps.entries()) {
    const taken = step.node === at ? Object.hasOwn(answers[index], step.event) && answers[index][step.event] : undefined;
    if (!taken) return null;
    context = contextAfter(context, taken);
    at = taken.to;
  }
  const here = answers.at(-1)!;
  if (at !== node || (chosen !== undefined && !Object.hasOwn(here, chosen))) return null;
  return { entry: { wizard: true, node, trail: steps, ...(chosen === undefined ? {} : { chosen }) }, context, steps: here };
}
