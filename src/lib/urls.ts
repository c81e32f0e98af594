import { startId } from '../machine/start';

export { startId };

/** The one place a node's public address is decided: it is what people share. */
export const nodeUrl = (id: string): string => (id === startId ? '/' : `/diagnose/${id}/`);

export const referenceUrl = (slug: string): string => `/reference/${slug}/`;

/** The tree map, with the walk so far (node ids, the current node last) to highlight. */
export const mapUrl = (path: readonly string[]): string =>
  path.length === 0 ? '/map/' : `/map/?path=${path.map(encodeURIComponent).join(',')}`;

/** The timeout chain: lay out the hops in front of an app and see which timeouts disagree. */
export const timeoutsUrl = '/timeouts/';

/** The table of every product's timeout defaults, with their sources. */
export const timeoutDefaultsUrl = '/timeouts/defaults/';
