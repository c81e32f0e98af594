import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fencedBlocks, findUnsafe, findUnsafeInSource } from '../../src/lib/commandSafety';

const shapesIn = (block: string) => findUnsafe(block).map((finding) => finding.shape.name);

describe('findUnsafe', () => {
  test.each([
    ['sudo kill -9 "$(systemctl show -p MainPID --value php8.2-fpm)"', 'kill of a command substitution'],
    ['kill -HUP `cat /run/nginx.pid`', 'kill of a command substitution'],
    ['pid=$(pgrep -o php-fpm)\nsudo kill -QUIT "$pid"', 'kill of an unchecked variable'],
    ['rm -rf "$BUILD_DIR/"', 'rm -r or -f of a variable'],
    ['sudo rm -f $(find /tmp -name "*.sock")', 'rm -r or -f of a command substitution'],
    ['echo "listen = 9000" > /etc/php/8.2/fpm/pool.d/www.conf', 'output redirected onto a system file'],
    ['sudo echo 1 >> /proc/sys/net/core/somaxconn', 'output redirected onto a system file'],
  ])('finds the danger in %s', (block, shape) => {
    expect(shapesIn(block)).toContain(shape);
  });

  test.each([
    'pid=$(systemctl show -p MainPID --value php8.2-fpm)\nif [ "${pid:-0}" -gt 1 ]; then sudo kill -9 "$pid"; fi',
    'sudo kill -QUIT 655',
    'rm -rf "${BUILD_DIR:?}/"',
    'curl -s -o /dev/null -w "%{http_code}" https://example.com/ 2>/dev/null > /dev/null',
    'echo "listen = 9000" | sudo tee /etc/php/8.2/fpm/pool.d/www.conf',
    "journalctl -k | grep -i 'killed process'",
    '# sudo kill -9 "$(pgrep nginx)" would signal everything if pgrep found nothing',
  ])('lets the safe form %s through', (block) => {
    expect(shapesIn(block)).toEqual([]);
  });
});

describe('fencedBlocks', () => {
  test('finds indented blocks inside lists, with the line their code starts on', () => {
    const source = 'Intro\n\n1. Step:\n\n   ```sh\n   kill -9 "$(pgrep x)"\n   ```\n';
    expect(fencedBlocks(source)).toEqual([{ lang: 'sh', startLine: 6, code: 'kill -9 "$(pgrep x)"' }]);
    expect(findUnsafeInSource(source).map((finding) => finding.fileLine)).toEqual([6]);
  });
});

test('no command block in content/ can expand to something destructive', () => {
  const root = join(import.meta.dirname, '../../content');
  const problems = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => findUnsafeInSource(readFileSync(join(root, file), 'utf8')).map((found) => `content/${file}:${found.fileLine}: ${found.shape.name}`));
  expect(problems).toEqual([]);
});
