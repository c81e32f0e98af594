import { getShortestPaths } from 'xstate/graph';
import { diagnoseMachine } from '../machine/diagnose.machine';
import type { DiagnoseContext } from '../machine/context';
import type { NodeKind } from '../machine/nodes';
import type { BrokenPath } from '../machine/request-path';

/** One answer as the machine sees it: the event and the state it leads to. */
export interface Edge {
  event: string;
  target: string;
}

/** One state of the machine, read back from its definition. */
export interface MachineNode {
  id: string;
  kind: NodeKind;
  edges: Edge[];
  /** Diagnoses: the request's path and where it broke. */
  path?: BrokenPath;
}

/** A step of a walk: at `node`, the person answered `event`. */
export interface Step {
  node: string;
  event: string;
}

/** Every state of the machine, in definition order, with its outgoing answers. */
export const machineNodes: MachineNode[] = Object.values(diagnoseMachine.root.states).map((state) => ({
  id: state.key,
  kind: (state.meta as { kind: NodeKind }).kind,
  path: (state.meta as { path?: BrokenPath }).path,
  edges: [...state.transitions].flatMap(([event, transitions]) =>
    transitions.flatMap((t) => (t.target ?? []).map((target) => ({ event, target: target.key }))),
  ),
}));

export const nodesById = new Map(machineNodes.map((node) => [node.id, node]));

/** The shortest walk from the start to a state, and the machine's context at its end. */
interface Walk {
  steps: Step[];
  context: DiagnoseContext;
}

/** States reached with different context appear once per context; the shortest of them wins. */
const shortestWalks: Map<string, Walk> = (() => {
  const best = new Map<string, Walk>();
  for (const path of getShortestPaths(diagnoseMachine)) {
    const id = String(path.state.value);
    const steps: Step[] = [];
    for (let i = 1; i < path.steps.length; i++) {
      steps.push({ node: String(path.steps[i - 1].state.value), event: path.steps[i].event.type });
    }
    if (!best.has(id) || best.get(id)!.steps.length > steps.length) best.set(id, { steps, context: path.state.context });
  }
  return best;
})();

/** The shortest walk from the start to every state. */
export const shortestSteps: Map<string, Step[]> = new Map([...shortestWalks].map(([id, walk]) => [id, walk.steps]));

/** The machine's context at the end of each state's shortest walk: what a page opened cold knows, such as "behind Cloudflare". */
export const shortestContext: Map<string, DiagnoseContext> = new Map([...shortestWalks].map(([id, walk]) => [id, walk.context]));

/**
 * The most answers still to give from each state before a diagnosis: the
 * longest path to a leaf. The tree has no cycles (a unit test holds it to
 * that), so one memoised depth-first pass settles every state.
 */
export const stepsLeft: Map<string, number> = (() => {
  const memo = new Map<string, number>();
  const visit = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const edges = nodesById.get(id)!.edges;
    const most = edges.length === 0 ? 0 : 1 + Math.max(...edges.map((edge) => visit(edge.target)));
    memo.set(id, most);
    return most;
  };
  for (const node of machineNodes) visit(node.id);
  return memo;
})();
