import { nodesById, stepsLeft, type Step } from '../../src/lib/graph';
import { startId } from '../../src/lib/urls';

/**
 * The longest walk the tree has, worked out without listing paths: from the
 * start, always the answer that leaves the most to go (`stepsLeft`).
 */
export const longestWalk: { steps: Step[]; nodes: string[] } = (() => {
  const steps: Step[] = [];
  const nodes = [startId];
  let at = startId;
  for (let edges = nodesById.get(at)!.edges; edges.length > 0; edges = nodesById.get(at)!.edges) {
    const edge = edges.reduce((a, b) => (stepsLeft.get(b.target)! > stepsLeft.get(a.target)! ? b : a));
    steps.push({ node: at, event: edge.event });
    at = edge.target;
    nodes.push(at);
  }
  return { steps, nodes };
})();
