/**
 * `npm run fixtures -- DIR [CASE…]`: captures every case of `cases.ts` (or
 * the ones named) from real servers into DIR/<case>/, a few at a time. A
 * case that breaks is reported and the others go on; the run fails at the
 * end if any did. DIR/versions.json records which versions answered, and
 * DIR/README.md lists the cases (only when all of them were run).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, type Case } from './cases';
import { installMissing, versions } from './install';
import { Lab } from './lab';
import { captureReadme } from './readme';

/** Cases run side by side: most of their time is spent waiting on a timeout, not on the CPU. */
const PARALLEL = 4;

const [out, ...only] = process.argv.slice(2);
if (!out) {
  console.error('usage: npm run fixtures -- DIR [CASE…]');
  process.exit(2);
}
const chosen = only.length > 0 ? cases.filter((c) => only.includes(c.id)) : cases;
const unknown = only.filter((id) => !cases.some((c) => c.id === id));
if (unknown.length > 0) {
  console.error(`fixtures: no such case: ${unknown.join(', ')}`);
  process.exit(2);
}

/** Runs one case on a fresh lab and saves it; throws when the servers did not behave as the case says. */
async function capture(c: Case): Promise<void> {
  const lab = new Lab();
  try {
    const port = await c.setup(lab);
    const [method, path] = c.request.split(' ');
    const response = lab.request(port, path, { method: method === 'GET' ? undefined : method, timeout: c.timeout });
    if (c.during) await c.during(lab);
    const { status, headers, body } = await response;
    const after = c.after ?? (c.server === 'haproxy' ? (['haproxy.log', new RegExp(` ${c.status} `)] as const) : undefined);
    if (after) await lab.logged(...after);
    if (status !== c.status) {
      const logs = [...lab.captured()].map(([name, text]) => `${name}:\n${text}`).join('');
      throw new Error(`answered ${status || 'nothing'}, the case says ${c.status}\n${logs}`);
    }
    const dir = join(out, c.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'headers'), headers);
    writeFileSync(join(dir, 'body'), body);
    for (const [name, text] of lab.captured()) writeFileSync(join(dir, name), text);
  } finally {
    await lab.close();
  }
}

installMissing();
const started = performance.now();
const failures: string[] = [];
const queue = [...chosen];
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const t = performance.now();
      try {
        await capture(c);
        console.log(`captured ${c.id} (${Math.round(performance.now() - t)} ms)`);
      } catch (error) {
        failures.push(c.id);
        console.error(`fixtures: ${c.id} FAILED: ${(error as Error).message}`);
      }
    }
  }),
);
mkdirSync(out, { recursive: true });
const ran = versions();
writeFileSync(join(out, 'versions.json'), `${JSON.stringify(ran, null, 2)}\n`);
if (chosen === cases) writeFileSync(join(out, 'README.md'), captureReadme(cases, ran));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fixtures: ${chosen.length - failures.length} of ${chosen.length} cases captured in ${seconds} s`);
if (failures.length > 0) {
  console.error(`fixtures: broken: ${failures.join(', ')}`);
  process.exit(1);
}
