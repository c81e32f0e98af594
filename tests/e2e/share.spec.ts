import { expect, test } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { answerLink, content, expectNode, toFpmRefused, waitForWizard } from '../support/pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

const walk = toFpmRefused;

test('Copy summary puts the answers, the diagnosis and its commands on the clipboard as Markdown', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  for (const [from, event, to] of walk) {
    await answerLink(page, from, event).click();
    await expectNode(page, to);
  }
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Summary copied' })).toBeVisible();
  const summary = await clipboard(page);
  const diagnosis = content.get('fpm-listen-mismatch')!;
  expect(summary).toContain(`## 502 Bad Gateway: ${diagnosis.title}`);
  expect(summary).toContain(`http://127.0.0.1:${new URL(page.url()).port}${nodeUrl('fpm-listen-mismatch')}`);
  for (const [from, event] of walk) {
    expect(summary, `the answer to ${from}`).toContain(`**${content.get(from)!.answers![event].label}**`);
  }
  expect(summary, 'a confirm section with a command block').toMatch(/### Confirm[^\n]*\n\n```/);
  expect(summary, 'a fix section').toMatch(/### Fix/);
});

test('Share copies the diagnosis link where the browser has no share sheet', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(nodeUrl('fpm-worker-sigkill'));
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await clipboard(page)).toBe(page.url());
});

test('Share uses the system share sheet where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        Object.assign(window, { __shared: data });
        return Promise.resolve();
      },
    });
  });
  await page.goto(nodeUrl('fpm-worker-sigkill'));
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared?: ShareData }).__shared?.url)).toBe(page.url());
});

test('a printed diagnosis keeps the answers, the diagnosis and the fix, and drops the navigation', async ({ page }) => {
  await page.goto(nodeUrl('fpm-worker-sigkill'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header'), 'no site header').toBeHidden();
  await expect(page.locator('.site-footer'), 'no footer').toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' }), 'no buttons').toBeHidden();
  await expect(page.getByRole('link', { name: /^Change your answer/ }).first(), 'no Change links').toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.get('fpm-worker-sigkill')!.title);
  await expect(page.locator('.trail__answer').first(), 'the answers given').toBeVisible();
  await expect(page.getByRole('heading', { name: /^Fix/ }), 'the fix').toBeVisible();
  const overflow = await page.evaluate(() => [...document.querySelectorAll('pre')].some((pre) => pre.scrollWidth > pre.clientWidth));
  expect(overflow, 'commands wrap instead of being cut off').toBe(false);
});

test('questions have no share buttons; diagnoses have them only with JavaScript', async ({ browser, page }) => {
  await page.goto(nodeUrl('error-page'));
  await expect(page.getByRole('button', { name: 'Copy summary' })).toHaveCount(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(nodeUrl('fpm-worker-sigkill'));
  await expect(noJs.getByRole('button', { name: 'Copy summary' })).toBeHidden();
  await context.close();
});
