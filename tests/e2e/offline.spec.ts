import { expect, test } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
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
