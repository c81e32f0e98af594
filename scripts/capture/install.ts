/**
 * Installs the servers the capture runs, from Debian's packages, when any is
 * missing. Their postinst scripts would start the system services (and take
 * port 80): a policy-rc.d that answers 101 forbids that for the install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { products } from './cases';
import { BIN, fpmBinary } from './lab';

const PACKAGES = ['nginx', 'php-fpm', 'php-cli', 'apache2', 'haproxy', 'curl', 'iproute2'];
const POLICY = '/usr/sbin/policy-rc.d';

const run = (args: string[]) => {
  const root = process.getuid?.() === 0;
  execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, { stdio: ['ignore', 'ignore', 'inherit'] });
};

export function installMissing(): void {
  const missing = Object.values(BIN).filter((bin) => !existsSync(bin));
  if (missing.length === 0 && fpmBinary(false)) return;
  console.log(`fixtures: installing ${PACKAGES.join(' ')}`);
  const madePolicy = !existsSync(POLICY);
  if (madePolicy) {
    writeFileSync(POLICY, '#!/bin/sh\nexit 101\n');
    chmodSync(POLICY, 0o755);
  }
  try {
    run(['apt-get', 'update', '-qq']);
    run(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]);
  } finally {
    if (madePolicy) rmSync(POLICY, { force: true });
  }
}

/** The versions of the servers that ran, by the product names `checked:` uses. */
export function versions(): Record<string, string> {
  // nginx prints its version on standard error, the others on standard output.
  const said = (bin: string, pattern: RegExp) => {
    const { stdout, stderr } = spawnSync(bin, ['-v'], { encoding: 'utf8' });
    return pattern.exec(`${stdout}${stderr}`)?.[1] ?? 'unknown';
  };
  return {
    [products.nginx]: said(BIN.nginx, /nginx\/([\d.]+)/),
    [products.apache]: said(BIN.apache, /Apache\/([\d.]+)/),
    [products.haproxy]: said(BIN.haproxy, /version ([\d.]+)/),
    'PHP-FPM': said(fpmBinary(), /PHP ([\d.]+)/),
  };
}
