import { createActor, transition } from 'xstate';
import { diagnoseMachine } from '../../machine/diagnose.machine';

export type DiagnoseActor = ReturnType<typeof createActor<typeof diagnoseMachine>>;
export type DiagnoseSnapshot = ReturnType<DiagnoseActor['getSnapshot']>;

/**
 * A running actor that has taken the given answers from the start. Replaying
 * rebuilds context too (such as "behind Cloudflare"), so a restored walk
 * behaves exactly like the one the person made.
 */
export function replay(events: readonly string[]): DiagnoseActor {
  const actor = createActor(diagnoseMachine).start();
  for (const type of events) actor.send({ type });
  return actor;
}

/** Where an answer leads from here, without sending it; null if not accepted. */
export function nextNode(snapshot: DiagnoseSnapshot, type: string): string | null {
  const [next] = transition(diagnoseMachine, snapshot, { type });
  return next.value === snapshot.value ? null : String(next.value);
}

export const nodeOf = (snapshot: DiagnoseSnapshot): string => String(snapshot.value);
