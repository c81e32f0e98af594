import { linkedNodes } from '../timeouts/products';
import { getTree } from './tree';

/**
 * The title of every diagnosis the timeout verdicts link to, by node id: what
 * their links say. Throws, naming the node, when the table points at a state
 * the machine does not have, which fails the build.
 */
export async function linkedTitles(): Promise<Record<string, string>> {
  const tree = await getTree();
  return Object.fromEntries(
    linkedNodes.map((id) => {
      const node = tree.get(id);
      if (!node) throw new Error(`src/timeouts/products.ts links to "${id}", which is no state in the machine`);
      return [id, node.entry.data.title];
    }),
  );
}
