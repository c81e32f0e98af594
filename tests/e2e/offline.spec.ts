import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { offlineFiles, writeServiceWorker } from '../../scripts/build/service-worker';
import { serveSite } from '../../scripts/serve';
import { nodeUrl } from '../../src/lib/urls';
import { distDir, urlOf } from '../support/dist';
import { answerLink, content, expectNode, waitForWizard } from '../support/pages';

test.use({ serviceWorkers: 'allow' });

/** Waits for the worker's answer to the page: it keeps the whole 'site', or only the 'pages' read. */
const expectOfflineCopy = (page: Page, copy: 'site' | 'pages', message: string) =>
  expect(page.locator('html'), message).toHaveAttribute('data-offline', copy, { timeout: 30_000 });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Every file of this site the page has loaded, by path: itself and its resources. */
const filesRead = (page: Page) =>
  page.evaluate(() =>
    [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
      .map((url) => new URL(url, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname),
  );

/** The paths installing the worker fetches. */
const shellPaths = () => new Set(offlineFiles(distDir).shell.map(urlOf));

/** Every path in any of the site's caches. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths = [];
    for (const key of await caches.keys()) {
      if (!key.endsWith('record')) for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

test('after one visit the whole site works offline, pages never opened included', async ({ context, page }) => {
  await page.goto('/');
  await expectOfflineCopy(page, 'site', 'on an ordinary connection the whole site is downloaded once the page is idle');
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
  await expectOfflineCopy(page, 'site', 'the whole site is kept');
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
    await expectOfflineCopy(before, 'site', 'the first version is kept whole');

    host.deploy(next);
    const after = await context.newPage();
    await after.goto(nodeUrl('fpm-worker-sigkill'));
    await expect(heading(after), 'the next navigation shows the deploy').toHaveText(`${content.get('fpm-worker-sigkill')!.title} (new)`);

    const tabs = [before, after];
    for (const tab of tabs) await tab.evaluate(() => navigator.serviceWorker.addEventListener('controllerchange', () => Object.assign(window, { __tookOver: true })));
    await after.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    for (const tab of tabs) {
      await expect
        .poll(() => tab.evaluate(() => (window as { __tookOver?: boolean }).__tookOver === true), { timeout: 30_000, message: 'the new worker takes over' })
        .toBe(true);
    }
    await expectOfflineCopy(after, 'site', 'the new version is kept whole');
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
  await expectOfflineCopy(page, 'site', 'the whole site is kept');
  await page.evaluate(async () => Promise.all((await caches.keys()).map((key) => caches.delete(key))));
  await page.goto(nodeUrl('error-page'));
  await expectOfflineCopy(page, 'site', 'the site is cached again');
  await context.setOffline(true);
  await page.goto(nodeUrl('fpm-worker-segfault'));
  await expect(heading(page)).toHaveText(content.get('fpm-worker-segfault')!.title);
});

test('the offline copy waits for the page to load: neither its code nor a worker comes while an image is still loading', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/map/tree.svg', async (route) => {
    await held;
    await route.continue();
  });
  const offlineCode: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/offlineCopy\.[^/]*\.js$/.test(request.url())) offlineCode.push(request.url());
  });
  await page.goto('/map/', { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  expect(offlineCode, 'the offline code is not fetched before the load event').toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), 'no worker before the load event').toBe(true);
  release();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), { message: 'a worker once loaded' }).toBe(true);
  expect(offlineCode, 'its code, once').toHaveLength(1);
});

test('under Save-Data nothing is downloaded in the background, yet the pages read work offline', async ({ context, page }) => {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: Object.assign(new EventTarget(), { saveData: true, effectiveType: '4g' }) });
  });
  await page.goto(nodeUrl('error-page'));
  await expectOfflineCopy(page, 'pages', 'only the pages read are kept');
  const shell = shellPaths();
  const read = new Set(await filesRead(page));
  const cached = await cachedPaths(page);
  expect(cached, 'the page read is kept').toContain(nodeUrl('error-page'));
  expect(cached.filter((path) => !shell.has(path) && !read.has(path)), 'nothing but the shell and what the page read').toEqual([]);

  // Pages the wizard fetches from now on are kept as they arrive: the next answers' pages, prefetched after this swap.
  await waitForWizard(page);
  await answerLink(page, 'error-page', 'NGINX_FOOTER').click();
  await expectNode(page, 'nginx-backend');
  await expect.poll(async () => (await cachedPaths(page)).includes(nodeUrl('nginx-fpm-log')), { message: 'a page fetched later is kept' }).toBe(true);
  await context.setOffline(true);
  await answerLink(page, 'nginx-backend', 'PHP_FPM_RUNNING').click();
  await expectNode(page, 'nginx-fpm-log');
  await page.reload();
  await expect(heading(page), 'and it opens offline as a page of its own').toHaveText(content.get('nginx-fpm-log')!.title);
  await page.goto(nodeUrl('error-page'));
  await expect(heading(page), 'the first page read works offline').toHaveText(content.get('error-page')!.title);
  await expect(page.goto(nodeUrl('fpm-worker-sigkill')), 'a page never read is not there, and is not called missing').rejects.toThrow();
});

test('the background download steps aside while the person types, and goes on once they stop', async ({ context, page }) => {
  const fetched: { path: string; at: number }[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetched.push({ path: new URL(request.url()).pathname, at: Date.now() });
  });
  // The person starts typing the moment the worker takes over, just as the page asks it for the whole site.
  await page.addInitScript(() =>
    navigator.serviceWorker?.addEventListener('controllerchange', () => {
      dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      Object.assign(window, { __typedAt: Date.now() });
    }),
  );
  await page.goto('/');
  const typedAt = await (await page.waitForFunction(() => (window as { __typedAt?: number }).__typedAt ?? 0)).jsonValue();
  // Well within the three seconds one key holds the download for; a request reported in that time was made in it.
  const heldUntil = typedAt + 2500;
  await page.waitForTimeout(Math.max(0, heldUntil - Date.now()));
  const shell = shellPaths();
  const read = new Set(await filesRead(page));
  const downloaded = fetched.filter(({ path, at }) => at >= typedAt && at < heldUntil && !shell.has(path) && !read.has(path));
  expect(downloaded.map(({ path }) => path), 'nothing but what the page itself reads is fetched meanwhile').toEqual([]);
  await expectOfflineCopy(page, 'site', 'the whole site is kept once they stop');
});

test('an interrupted download resumes: the next visit fetches only the files still missing', async ({ context, page }) => {
  await page.goto('/');
  await expectOfflineCopy(page, 'site', 'the whole site is kept');
  const dropped = [nodeUrl('fpm-worker-sigkill'), '/reference/status-codes/', '/map/tree.svg'];
  await page.evaluate(async (paths) => {
    for (const key of await caches.keys()) for (const path of paths) await (await caches.open(key)).delete(path);
  }, dropped);
  const byPage = new Set<string>();
  const byWorker = new Set<string>();
  page.on('request', (request) => byPage.add(new URL(request.url()).pathname));
  context.on('request', (request) => {
    if (request.serviceWorker()) byWorker.add(new URL(request.url()).pathname);
  });
  await page.reload();
  await expectOfflineCopy(page, 'site', 'the whole site is kept again');
  expect([...byWorker].filter((path) => !byPage.has(path)).sort(), 'the worker downloads only what was missing').toEqual([...dropped].sort());
});
