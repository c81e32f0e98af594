import { createActor, transition } from 'xstate';
import { diagnoseMachine } from '../../machine/diagnose.machine';
import type { AnsweredStep, HistoryEntry } from '../../lib/trail';

export type DiagnoseSnapshot = ReturnType<ReturnType<typeof createActor<typeof diagnoseMachine>>['getSnapshot']>;

/**
 * The machine's state after the given answers from the start. Replaying
 * rebuilds context too (such as "behind Cloudflare"), so a restored walk
 * behaves exactly like the one the person made. Null when an answer is not
 * one the machine takes at that point.
 */
export function replay(events: readonly string[]): DiagnoseSnapshot | null {
  let snapshot = createActor(diagnoseMachine).getSnapshot();
  for (const type of events) {
    const [next] = transition(diagnoseMachine, snapshot, { type });
    if (next.value === snapshot.value) return null;
    snapshot = next;
  }
  return snapshot;
}

/** Where an answer leads from here, without taking it; null if not accepted. */
export function nextNode(snapshot: DiagnoseSnapshot, type: string): string | null {
  const [next] = transition(diagnoseMachine, snapshot, { type });
  return next.value === snapshot.value ? null : String(next.value);
}

export const nodeOf = (snapshot: DiagnoseSnapshot): string => String(snapshot.value);

/** The longest text a trail step may carry from history: headings and labels are far shorter. */
const MAX_TEXT = 300;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/**
 * A history entry read back from `history.state`, trusted only as far as the
 * machine vouches for it: each step's node and answer must be a transition
 * that exists, walked from the start, ending on `node`, the node the address
 * names. Only ids and the two display texts are kept; anything else (an
 * `href`, extra fields) is dropped. Null when any of it fails, so the caller
 * rebuilds the page from its own address instead.
 */
export function restoreEntry(state: unknown, node: string): HistoryEntry | null {
  if (typeof state !== 'object' || state === null) return null;
  const { wizard, node: claimed, trail, chosen } = state as Record<string, unknown>;
  if (wizard !== true || claimed !== node || !Array.isArray(trail)) return null;
  const steps: AnsweredStep[] = [];
  for (const step of trail as unknown[]) {
    if (typeof step !== 'object' || step === null) return null;
    const { node: at, event, question, answer } = step as Record<string, unknown>;
    if (typeof at !== 'string' || typeof event !== 'string' || !isText(question) || !isText(answer)) return null;
    steps.push({ node: at, event, question, answer });
  }
  let at: DiagnoseSnapshot | null = createActor(diagnoseMachine).getSnapshot();
  for (const step of steps) {
    if (!at || nodeOf(at) !== step.node || nextNode(at, step.event) === null) return null;
    [at] = transition(diagnoseMachine, at, { type: step.event });
  }
  const snapshot = at;
  if (!snapshot || nodeOf(snapshot) !== node) return null;
  if (chosen !== undefined && (typeof chosen !== 'string' || nextNode(snapshot, chosen) === null)) return null;
  return { wizard: true, node, trail: steps, ...(chosen === undefined ? {} : { chosen }) };
}
