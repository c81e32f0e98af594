import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../scripts/build/service-worker';
import { serveSite } from '../../scripts/serve';
import { nodeUrl } from '../../src/lib/urls';
import { distDir } from '../support/dist';
import { content } from '../support/pages';

test.use({ serviceWorkers: 'allow' });

test('after one visit the whole site works offline, pages never opened included', async ({ context, page }) => {
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.get('start')!.title);

  await page.goto(nodeUrl('fpm-worker-sigkill'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.get('fpm-worker-sigkill')!.title);

  await page.goto('/reference/status-codes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/diagnose/no-such-node/');
  await expect(page.getByRole('heading', { level: 1 }), 'an unknown page offline gets the 404 page').toHaveText('There is no page at this address');
});

test('offline, the wizard still answers without a page load', async ({ context, page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.locator('[data-wizard-node][data-ready]').waitFor({ state: 'attached' });
  await context.setOffline(true);
  await page.locator('a[data-event="MY_SITE"]').click();
  await expect(page).toHaveURL(nodeUrl('error-page'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.get('error-page')!.title);
});

/** A copy of the built site with one visible change on two pages and search's dialog renamed, as a deploy that touched its code would; its own sw.js. */
function simulateDeploy(changed: string[]): string {
  const next = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync(distDir, next, { recursive: true, filter: (path) => !path.includes(`${sep}og${sep}`) });
  const assets = join(next, '_astro');
  const dialog = readdirSync(assets).find((name) => /^dialog\..*\.js$/.test(name))!;
  const renamed = dialog.replace(/^dialog\./, 'dialog.next');
  renameSync(join(assets, dialog), join(assets, renamed));
  const rewrite = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) rewrite(path);
      else if (/\.(js|html)$/.test(name.name)) writeFileSync(path, readFileSync(path, 'utf8').replaceAll(dialog, renamed));
    }
  };
  rewrite(next);
  for (const node of changed) {
    const page = join(next, nodeUrl(node), 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll(content.get(node)!.title, `${content.get(node)!.title} (new)`));
  }
  writeServiceWorker(next);
  return next;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('after a deploy the next page is the new one, a tab from before still opens search, and offline is the new version', async ({ browser }) => {
  test.setTimeout(90_000);
  // A host that lets browsers cache everything for ten minutes: the new version must not be filled from that cache.
  const host = serveSite(distDir, 0, [['Cache-Control', 'max-age=600']]);
  await once(host.server, 'listening');
  const baseURL = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const next = simulateDeploy(['fpm-worker-sigkill', 'fpm-socket-permission']);
  try {
    const before = await context.newPage();
    await before.goto(nodeUrl('nginx-backend'));
    await expect.poll(() => before.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    await before.evaluate(() => navigator.serviceWorker.addEventListener('controllerchange', () => Object.assign(window, { __tookOver: true })));

    host.deploy(next);
    const after = await context.newPage();
    await after.goto(nodeUrl('fpm-worker-sigkill'));
    await expect(heading(after), 'the next navigation shows the deploy').toHaveText(`${content.get('fpm-worker-sigkill')!.title} (new)`);

    await after.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect
      .poll(() => before.evaluate(() => (window as { __tookOver?: boolean }).__tookOver === true), { timeout: 30_000, message: 'the new worker takes over' })
      .toBe(true);
    // The HTTP cache may have dropped the old dialog too: only the worker's cache of the old version still holds it.
    await (await context.newCDPSession(before)).send('Network.clearBrowserCache');
    await before.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const field = before.getByRole('dialog', { name: 'Search' }).getByRole('searchbox');
    await expect(field, 'search opens in the tab from before the deploy').toBeFocused();
    await field.fill('SIGKILL');
    await expect(before.getByRole('dialog', { name: 'Search' }).locator('.search__results a').first(), 'and answers').toBeVisible({ timeout: 15_000 });

    await context.setOffline(true);
    await after.goto(nodeUrl('fpm-socket-permission'));
    await expect(heading(after), 'offline, a page never opened is the new version').toHaveText(`${content.get('fpm-socket-permission')!.title} (new)`);
  } finally {
    await context.close();
    host.server.close();
    rmSync(next, { recursive: true });
  }
});

test('a cache the browser evicted is filled again on the next visit', async ({ context, page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.evaluate(async () => Promise.all((await caches.keys()).map((key) => caches.delete(key))));
  await page.goto(nodeUrl('error-page'));
  await expect
    .poll(() => page.evaluate(async () => (await caches.match('/404.html')) !== undefined), { timeout: 30_000, message: 'the site is cached again' })
    .toBe(true);
  await context.setOffline(true);
  await page.goto(nodeUrl('fpm-worker-segfault'));
  await expect(heading(page)).toHaveText(content.get('fpm-worker-segfault')!.title);
});
