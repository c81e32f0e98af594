import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { nodeSchema, type NodeData } from '../../src/schemas/node';

const nodesDir = join(import.meta.dirname, '../../content/nodes');

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return { data: parse(match[1]), body: match[2] };
}

/** Every node content file, parsed with the same schema the build uses. */
export function readNodeContent(): Map<string, NodeData & { body: string }> {
  const nodes = new Map<string, NodeData & { body: string }>();
  for (const file of readdirSync(nodesDir)) {
    if (!file.endsWith('.mdx') || file.startsWith('_')) continue;
    const { data, body } = splitFrontmatter(readFileSync(join(nodesDir, file), 'utf8'));
    nodes.set(file.replace(/\.mdx$/, ''), { ...nodeSchema.parse(data), body });
  }
  return nodes;
}

const referenceDir = join(import.meta.dirname, '../../content/reference');

/** The slugs of the reference pages under content/reference/. */
export function readReferenceSlugs(): Set<string> {
  return new Set(
    readdirSync(referenceDir)
      .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
      .map((file) => file.replace(/\.mdx$/, '')),
  );
}

/** The Markdown body of one reference page. */
export function readReferenceBody(slug: string): string {
  return splitFrontmatter(readFileSync(join(referenceDir, `${slug}.mdx`), 'utf8')).body;
}
