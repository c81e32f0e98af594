import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fencedBlocks } from '../../src/lib/commandSafety';
import { userValues } from '../../src/lib/values';
import { splitFrontmatter } from '../support/content';

const root = join(import.meta.dirname, '../../content');
const php = userValues.find((value) => value.key === 'php')!.fallback.replace('.', '\\.');

/** The PHP version written out in a unit, binary or path name, where the reader's own version belongs. */
const hardCodedPhp = new RegExp(`(php|php-fpm|/php/)${php}(?!\\d)`);

test('inline code in prose names the PHP version through «php», as commands do', () => {
  const problems: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const source = readFileSync(join(root, file), 'utf8');
    const { body } = splitFrontmatter(source);
    const offset = source.slice(0, source.length - body.length).split('\n').length - 1;
    const fenced = new Set(fencedBlocks(body).flatMap((block) => block.code.split('\n').map((_, i) => block.startLine + i)));
    body.split('\n').forEach((line, index) => {
      if (fenced.has(index + 1)) return;
      for (const [, code] of line.matchAll(/`([^`\n]+)`/g)) {
        if (hardCodedPhp.test(code)) problems.push(`content/${file}:${offset + index + 1}: \`${code}\``);
      }
    });
  }
  expect(problems, 'write php«php»-fpm, /etc/php/«php»/…').toEqual([]);
});
