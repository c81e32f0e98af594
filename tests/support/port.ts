import { execFileSync } from 'node:child_process';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, as the system
 * hands it out for port 0. Synchronous, so a config file can settle its port
 * before anything starts; a fixed port may be taken on someone's machine.
 */
export function freePortSync(): number {
  const script =
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
