import { describe, expect, test } from 'vitest';
import { classify, readFixtures, realFixtures } from '../support/analyzer';

/**
 * Where each case captured by scripts/capture-fixtures.sh must land. With
 * FRESH_FIXTURES set (CI sets it), the same check runs on what the script
 * has just captured from the installed nginx and PHP-FPM.
 */
const expected: Record<string, string> = {
  'fpm-stopped': 'fpm-was-stopped',
  'fpm-killed': 'fpm-listen-mismatch',
  'wrong-socket-path': 'fpm-socket-path-mismatch',
  'wrong-port': 'fpm-listen-mismatch',
  'socket-permission': 'fpm-socket-permission',
  'garbage-fastcgi': 'fastcgi-wrong-protocol',
  'worker-sigkill': 'fpm-worker-sigkill',
  'worker-segfault': 'fpm-worker-segfault',
  'request-terminated': 'fpm-request-terminated',
  'memory-limit': 'status-500',
  'backlog-full': 'fpm-pool-saturated',
  'slow-upstream': 'status-504',
  'return-503': 'status-503',
  'huge-header': 'upstream-header-too-big',
  'invalid-header': 'upstream-invalid-header',
  'garbage-http': 'upstream-invalid-header',
  'app-closed': 'app-crash-check',
  'app-refused': 'app-listen-check',
  'tls-upstream': 'upstream-tls-handshake',
  'no-live-upstreams': 'no-live-upstreams',
};

const sets = [['checked-in fixtures', realFixtures]];
if (process.env.FRESH_FIXTURES) sets.push(['freshly captured fixtures', process.env.FRESH_FIXTURES]);

for (const [name, dir] of sets) {
  describe(`classify on ${name}`, () => {
    const cases = readFixtures(dir);

    test('covers every case the capture script produces, and no other', () => {
      expect([...cases.keys()].sort()).toEqual(Object.keys(expected).sort());
    });

    test.each([...cases])('lands %s on its node', (name, paste) => {
      const result = classify(paste);
      expect(result.kind === 'match' && result.best.node, `the best node for ${name}`).toBe(expected[name]);
    });
  });
}
