import { expect, test, type Page } from '@playwright/test';
import { timeoutsUrl } from '../../src/lib/urls';
import { axeViolations } from '../support/axe';

/** Opens the timeout chain and waits for the form, which arrives once its island is on screen. */
async function openForm(page: Page, query = '') {
  await page.goto(`${timeoutsUrl}${query}`);
  await expect(page.getByRole('group', { name: 'App server' }), 'the form has loaded').toBeVisible();
}

const place = (page: Page, name: string) => page.getByRole('group', { name });
const result = (page: Page) => page.locator('[data-chain-result]');
const outcome = (page: Page) => result(page).locator('.tc-outcome');

test('a Cloudflare → nginx → Node.js chain with a 150 s request ends with nginx’s 504, then Cloudflare’s 524, and its link brings it back', async ({
  page,
}) => {
  await openForm(page);
  await place(page, 'CDN').getByLabel('Product').selectOption({ label: 'Cloudflare' });
  await place(page, 'Load balancer').getByLabel('Product').selectOption('none');
  await page.getByLabel(/How long the slow request takes/).fill('150');

  await expect(outcome(page), 'nginx gives up first, at its default 60 s').toContainText('ends at 60 s with a 504 Gateway Timeout');
  await expect(result(page).locator('li[data-verdict="race"]'), 'two keep-alive races: at Cloudflare and at nginx').toHaveCount(2);
  await expect(result(page).locator('svg g[data-fault="link"]'), 'both racing links marked in the picture').toHaveCount(2);
  await expect(result(page).locator('svg [data-gives-up="60"]'), 'nginx marked as the hop that gives up').toHaveCount(1);

  await place(page, 'Proxy').getByLabel('proxy_read_timeout', { exact: true }).fill('300');
  await expect(outcome(page), 'Cloudflare’s own limit comes first now').toContainText('ends at 120 s with a 524');
  await expect(outcome(page).getByRole('link'), 'the verdict links to the 524 diagnosis').toHaveAttribute('href', '/diagnose/cf-524/');
  await expect(page, 'the chain is in the address').toHaveURL(/cdn=cloudflare&lb=none&proxy=nginx&proxy\.read=300&app=node&t=150$/);

  await page.reload();
  await expect(page.getByRole('group', { name: 'App server' })).toBeVisible();
  await expect(outcome(page), 'the shared link gives the same verdict').toContainText('ends at 120 s with a 524');
  await expect(place(page, 'Proxy').getByLabel('proxy_read_timeout', { exact: true }), 'with the value that was typed').toHaveValue('300');
  await expect(place(page, 'CDN').getByLabel('Product')).toHaveValue('cloudflare');
});

test('hostile values in a shared link are listed as text, run nothing and change nothing', async ({ page }) => {
  const hostile = {
    cdn: '<img src=x onerror="window.hit=1">',
    'proxy.read': '"><svg onload="window.hit=1">',
    t: '<script>window.hit=1</script>',
  };
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await openForm(page, `?${new URLSearchParams({ ...hostile, proxy: 'nginx', app: 'node' })}`);

  const notes = page.getByRole('status').getByRole('listitem');
  await expect(notes, 'each ignored part listed').toHaveText([`cdn=${hostile.cdn}`, `proxy.read=${hostile['proxy.read']}`, `t=${hostile.t}`]);
  await expect(page.locator('.tc-ignored *:not(p, ul, li, code), [onload], [onerror]'), 'nothing injected').toHaveCount(0);
  expect(await page.evaluate(() => (window as { hit?: number }).hit), 'no injected code ran').toBeUndefined();
  await expect(place(page, 'Proxy').getByLabel('proxy_read_timeout', { exact: true }), 'the default kept').toHaveValue('60');
  await expect(page, 'the address keeps only what was understood').toHaveURL(/\?cdn=none&lb=none&proxy=nginx&app=node&t=30$/);
});

// quality.spec.ts scans the whole page as it loads; this scans the form once a race, a kill and a timeout are drawn.
test('the form with a race and a killed worker marked meets WCAG 2.2 AA in light and dark', async ({ page }) => {
  await openForm(page, '?cdn=cloudflare&lb=aws-alb&proxy=nginx&app=gunicorn&t=45');
  await expect(outcome(page)).toContainText('ends at 30 s with a 502');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, { include: '.tc-tool' }), `accessibility violations in the ${colorScheme} scheme`).toEqual([]);
  }
});
