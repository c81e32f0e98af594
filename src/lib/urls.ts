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

export const referenceUrl = (slug: string): string => `/reference/${slug}/`;

/** The tree map, with the walk so far (node ids, the current node last) to highlight. */
export const mapUrl = (path: readonly string[]): string =>
  path.length === 0 ? '/map/' : `/map/?path=${path.map(encodeURIComponent).join(',')}`;
