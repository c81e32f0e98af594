import type { EvidenceSource } from '../schemas/evidence';
import type { NodeData } from '../schemas/node';
import type { Status } from '../schemas/status';

/** One evidence signature, flattened from the node it points to. */
export interface Signature {
  node: string;
  pattern: string;
  matchCase: boolean;
  source: EvidenceSource;
  explain: string;
  weight: number;
  needs: string[];
}

/** What a result shows about a node: its heading, its address and, for a diagnosis, a status that is not 502. */
export interface NodeSummary {
  title: string;
  href: string;
  status?: Status;
  /** Answers from the start to this node: on equal evidence, the deeper, more specific node ranks first. */
  depth: number;
}

/** Everything the analyzer knows, derived from the nodes' frontmatter: no second table is kept. */
export interface SignatureTable {
  nodes: Record<string, NodeSummary>;
  signatures: Signature[];
}

/**
 * Collects every node's `evidence` into one table, in content order. The
 * build passes the content collection; unit tests pass the same files read
 * from disk, so both classify with the very same signatures.
 */
export function buildTable(
  content: Iterable<readonly [string, NodeData]>,
  hrefOf: (id: string) => string,
  depthOf: (id: string) => number,
): SignatureTable {
  const table: SignatureTable = { nodes: {}, signatures: [] };
  for (const [id, data] of content) {
    if (data.evidence.length === 0) continue;
    table.nodes[id] = {
      title: data.title,
      href: hrefOf(id),
      depth: depthOf(id),
      ...(data.kind === 'diagnosis' && data.status !== 502 ? { status: data.status } : {}),
    };
    for (const evidence of data.evidence) table.signatures.push({ node: id, ...evidence });
  }
  return table;
}
