import { shortestSteps } from './graph';
import { getTree } from './tree';
import { nodeUrl } from './urls';
import { buildTable, type SignatureTable } from '../analyzer/table';

/**
 * The analyzer's table for the build, from the content collection. It goes
 * through getTree, so a signature that names no node, or an unsafe pattern,
 * fails the build before any page is written.
 */
export async function getSignatureTable(): Promise<SignatureTable> {
  const tree = await getTree();
  return buildTable(
    [...tree].map(([id, node]) => [id, node.entry.data] as const),
    nodeUrl,
    (id) => shortestSteps.get(id)?.length ?? 0,
  );
}
