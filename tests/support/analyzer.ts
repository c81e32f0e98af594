import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../../src/analyzer/classify';
import { buildTable } from '../../src/analyzer/table';
import { shortestSteps } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { readNodeContent } from './content';

/** The analyzer's table, built from content/nodes/ exactly as the build builds it. */
export const table = buildTable(readNodeContent(), nodeUrl, (id) => shortestSteps.get(id)?.length ?? 0);
export const classify = createClassifier(table);

export const realFixtures = join(import.meta.dirname, '../fixtures/real');

/** The files of one captured case, in the order a person would paste them: logs first, then the response. */
const pasteOrder = ['error.log', 'haproxy.log', 'php-fpm.log', 'headers', 'body'];

/** Every case under `dir` (one folder each, as `npm run fixtures` writes them), as one paste per case. */
export function readFixtures(dir: string): Map<string, string> {
  const cases = new Map<string, string>();
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const files = pasteOrder.map((file) => join(dir, name.name, file)).filter((file) => existsSync(file));
    cases.set(name.name, files.map((file) => readFileSync(file, 'utf8')).join('\n'));
  }
  return cases;
}
