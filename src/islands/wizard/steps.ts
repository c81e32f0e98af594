import { nodeStepsUrl } from '../../lib/urls';
import type { NodeSteps } from '../../lib/steps';
import { PageLoadError } from './pages';

const loaded = new Map<string, Promise<NodeSteps>>();

/** The answers a node takes, fetched once per node; a failed fetch is forgotten, so the next try asks again. */
export function loadSteps(node: string): Promise<NodeSteps> {
  let steps = loaded.get(node);
  if (!steps) {
    const url = nodeStepsUrl(node);
    steps = fetch(url, { credentials: 'same-origin' }).then(
      (response) => {
        if (!response.ok) throw new PageLoadError(url, response.status);
        return response.json() as Promise<NodeSteps>;
      },
      () => {
        throw new PageLoadError(url, null);
      },
    );
    loaded.set(node, steps);
    steps.catch(() => loaded.delete(node));
  }
  return steps;
}

/** The steps a page was built with: its own node's, known without a fetch. */
export function knowSteps(node: string, steps: NodeSteps): void {
  loaded.set(node, Promise.resolve(steps));
}
