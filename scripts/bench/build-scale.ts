/**
 * How the build grows with the tree: builds the bench's synthetic tree at
 * each size given (default 1,000, 2,000 and 5,000 nodes) and prints its
 * build time, wall clock and CPU, and the time per node. CPU time tells work
 * from waiting on a busy machine. `SYN_VERBOSE=1` shows Astro's own output,
 * with the time of every page.
 *
 * Usage: npx tsx scripts/bench/build-scale.ts [nodes…]
 */
import { readFileSync } from 'node:fs';
import { buildSynthetic } from './synthetic';

/** CPU seconds used by this process's finished children, as Linux counts them (`/proc/self/stat`, in hundredths). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const sizes = process.argv.slice(2).map(Number);
for (const count of sizes.length > 0 ? sizes : [1000, 2000, 5000]) {
  const before = childCpuSeconds();
  const { buildSeconds } = buildSynthetic(count);
  const cpuSeconds = childCpuSeconds() - before;
  console.log(`${count} nodes: ${buildSeconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU), ${((buildSeconds / count) * 1000).toFixed(1)} ms per node`);
}
