/**
 * Fails the build when a command block in content/ holds a shape that can
 * turn destructive once pasted (see src/lib/commandSafety.ts), naming the
 * file and line of each.
 *
 * Usage: tsx scripts/build/check-commands.ts [dir=content]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUnsafeInSource } from '../../src/lib/commandSafety';

const root = process.argv[2] ?? 'content';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

const problems = mdxFiles(root).flatMap((file) =>
  findUnsafeInSource(readFileSync(file, 'utf8')).map((found) => `${file}:${found.fileLine}: ${found.shape.name}: ${found.text}\n    ${found.shape.why}`),
);
if (problems.length > 0) {
  console.error(`Commands that are not safe to paste:\n${problems.join('\n')}`);
  process.exit(1);
}
