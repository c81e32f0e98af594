import { getSimplePaths } from 'xstate/graph';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';

/** One answer taken on a walk: at `from`, pick `event`, arrive at `to`. */
export interface WalkStep {
  from: string;
  event: string;
  to: string;
}

export interface Walk {
  /** The answers taken, which is how a person would describe the walk. */
  title: string;
  steps: WalkStep[];
  diagnosis: string;
}

/** Every simple path from the start to a diagnosis, generated from the machine. */
export const walks: Walk[] = getSimplePaths(diagnoseMachine)
  .filter((path) => path.state.status === 'done')
  .map((path) => {
    const steps = path.steps.slice(1).map((step, i) => ({
      from: String(path.steps[i].state.value),
      event: step.event.type,
      to: String(step.state.value),
    }));
    const diagnosis = String(path.state.value);
    return { title: `${steps.map((step) => step.event).join(' › ')} reaches ${diagnosis}`, steps, diagnosis };
  });
