import { startId } from '../machine/start';

export { startId };

/** The one place a node's public address is decided: it is what people share. */
export const nodeUrl = (id: string): string => (id === startId ? '/' : `/diagnose/${id}/`);

/** The node an address names, read the way `nodeUrl` writes it; null for any other page. Whether the node exists is the machine's to say. */
export function nodeOfPath(pathname: string): string | null {
  if (pathname === '/') return startId;
  const match = /^\/diagnose\/([a-z0-9-]+)\/$/.exec(pathname);
  return match ? match[1] : null;
}

/** The answers a node takes, as the wizard fetches them: a small file per node, so nothing the browser loads grows with the tree. */
export const nodeStepsUrl = (id: string): string => `/machine/${id}.json`;

export const referenceUrl = (slug: string): string => `/reference/${slug}/`;

/**
 * The map's pages: the chart of the whole tree (`page` left out), one branch's
 * chart (`page` a branch id), or a page of the map as a list (`mapListPage`,
 * `mapListBranchPage`); each can mark a walk, node ids in order, the current
 * node last.
 */
export const mapUrl = (path: readonly string[], page?: string): string => {
  const base = page ? `/map/${page}/` : '/map/';
  return path.length === 0 ? base : `${base}?path=${path.map(encodeURIComponent).join(',')}`;
};

/** The map as a list, the chart's text alternative: its first page holds the start's branch and lists every other branch. */
export const mapListPage = 'list';

/** The page of the map as a list that holds one branch's steps. */
export const mapListBranchPage = (branch: string): string => `${mapListPage}/${branch}`;

/** The chart of the whole tree as a file of its own. */
export const treeChartName = 'tree';

/** A chart as an SVG file to download or show as an image: the whole tree (`treeChartName`) or a branch. */
export const chartFileUrl = (chart: string): string => `/map/${chart}.svg`;

/** The timeout chain: lay out the hops in front of an app and see which timeouts disagree. */
export const timeoutsUrl = '/timeouts/';

/** The table of every product's timeout defaults, with their sources. */
export const timeoutDefaultsUrl = '/timeouts/defaults/';
