import { nodeUrl } from '../../lib/urls';
import { loadPage } from './pages';
import { loadSteps } from './steps';

/** Warms the caches for the nodes the person may pick next, once the page is idle: their pages and their answers. */
export function prefetch(nodes: readonly string[]): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    for (const node of nodes) {
      loadPage(nodeUrl(node)).catch(() => undefined);
      loadSteps(node).catch(() => undefined);
    }
  });
}
