import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fencedBlocks } from '../../src/lib/commandSafety';
import { userValues } from '../../src/lib/values';
import { splitFrontmatter } from '../support/content';

const root = join(import.meta.dirname, '../../content');
const fallback = (key: string) => userValues.find((value) => value.key === key)!.fallback.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The reader's versions and paths written out where their own belong: the PHP version in a unit, binary or path name, and the error log's path. */
const hardCoded = [new RegExp(`(php|php-fpm|/php/)${fallback('php')}(?!\\d)`), new RegExp(`(?<![\\w./-])${fallback('error-log')}(?![\\w.-])`)];

test('inline code in prose names the PHP version and the error log through «php» and «error-log», as commands do', () => {
  const problems: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const source = readFileSync(join(root, file), 'utf8');
    const { body } = splitFrontmatter(source);
    const offset = source.slice(0, source.length - body.length).split('\n').length - 1;
    const fenced = new Set(fencedBlocks(body).flatMap((block) => block.code.split('\n').map((_, i) => block.startLine + i)));
    body.split('\n').forEach((line, index) => {
      if (fenced.has(index + 1)) return;
      for (const [, code] of line.matchAll(/`([^`\n]+)`/g)) {
        if (hardCoded.some((pattern) => pattern.test(code))) problems.push(`content/${file}:${offset + index + 1}: \`${code}\``);
      }
    });
  }
  expect(problems, 'write php«php»-fpm, /etc/php/«php»/…, «error-log»').toEqual([]);
});
