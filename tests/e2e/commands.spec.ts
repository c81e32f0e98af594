import { expect, test, type Page } from '@playwright/test';
import { nodeUrl, referenceUrl } from '../../src/lib/urls';
import { answerLink, expectNode, expectSameDocument, markDocument, waitForWizard } from '../support/pages';
import { axeViolations } from '../support/axe';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A diagnosis whose commands name the PHP version, the socket and the domain. */
const phpDiagnosis = 'fpm-socket-permission';
/** A check whose commands name the PHP version, and the answer to a diagnosis whose commands do too. */
const phpWalk = { check: 'fpm-start-check', event: 'EXTENSION_ERROR', diagnosis: 'fpm-extension-failed' };

/** Opens "Your values" and types into the named fields, as a reader would. */
async function enterValues(page: Page, values: Record<string, string>) {
  const panel = page.locator('[data-your-values]');
  await panel.getByText('Your values in the commands').click();
  for (const [label, value] of Object.entries(values)) {
    await panel.getByLabel(label).fill(value);
    await panel.getByLabel(label).blur();
  }
}

const spots = (page: Page, key: string) => page.locator(`main [data-value="${key}"]`);

/** The first code block that shows the value `key`. */
const blockWith = (page: Page, key: string) => page.locator('[data-code-block]', { has: page.locator(`[data-value="${key}"]`) }).first();

test('copying a command puts the filled-in command on the clipboard', async ({ page }) => {
  await page.goto(referenceUrl('reading-the-logs'));
  await enterValues(page, { 'PHP version': '8.3', 'Domain': 'shop.example.net' });

  await page.goto(nodeUrl(phpDiagnosis));
  const block = blockWith(page, 'php');
  const copy = block.getByRole('button', { name: 'Copy command' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(block.getByText('Copied'), 'the block confirms the copy').toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied, 'the clipboard holds the command with the PHP version entered').toContain('/run/php/php8.3-fpm.sock');
  expect(copied, 'the default PHP version is gone from the copy').not.toContain('8.2');
  expect(copied, 'only the command is copied, not the button').not.toMatch(/Copy|Copied/);
});

test('values persist across page loads and fill an article the wizard swapped in', async ({ page }) => {
  await page.goto(nodeUrl(phpDiagnosis));
  await enterValues(page, { 'PHP version': '8.4' });
  await expect(spots(page, 'php').first(), 'the command on this page changes at once').toHaveText('8.4');

  await page.goto(nodeUrl(phpWalk.check));
  await waitForWizard(page);
  await page.getByText('Your values in the commands').click();
  await expect(page.getByLabel('PHP version'), 'the form remembers the value after a page load').toHaveValue('8.4');

  await markDocument(page);
  await answerLink(page, phpWalk.check, phpWalk.event).click();
  await expectNode(page, phpWalk.diagnosis);
  await expectSameDocument(page);
  await expect(spots(page, 'php').first(), 'the swapped-in article shows the reader’s PHP version').toHaveText('8.4');
  expect(new Set(await spots(page, 'php').allTextContents()), 'every PHP version in it is the reader’s').toEqual(new Set(['8.4']));
  await expect(blockWith(page, 'php').getByRole('button', { name: 'Copy command' }), 'the swapped-in blocks have copy buttons').toBeVisible();

  await page.getByRole('button', { name: 'Clear my values' }).click();
  await expect(spots(page, 'php').first(), 'clearing brings the default back').toHaveText('8.2');
  await page.reload();
  await expect(spots(page, 'php').first(), 'and it stays cleared').toHaveText('8.2');
});

test('without JavaScript the commands read naturally, with no controls that cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(nodeUrl(phpDiagnosis));
  await expect(page.locator('main pre').first(), 'the default values read as part of the command').toContainText('/run/php/php8.2-fpm.sock');
  await expect(page.locator('main'), 'no marker syntax shows').not.toContainText('«');
  await expect(page.getByRole('button', { name: /Copy/ }), 'no copy button without JavaScript').toHaveCount(0);
  await expect(page.getByText('Your values in the commands'), 'no values form without JavaScript').toBeHidden();
  await context.close();
});

test('hostile input is refused and shown only as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.goto(nodeUrl(phpDiagnosis));
  await enterValues(page, { Domain: hostile });
  await expect(page.getByLabel('Domain'), 'the field keeps what was typed, as text').toHaveValue(hostile);
  await expect(page.getByLabel('Domain'), 'the field says it is invalid').toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Not used: Domain should look like example.com'), 'the reader is told why').toBeVisible();
  await expect(spots(page, 'domain').first(), 'commands keep the default').toHaveText('example.com');
  await expect(page.locator('main pre img'), 'no element was made from the input').toHaveCount(0);

  // Storage is writable by any script on the origin: a planted value must fare no better than a typed one.
  await page.evaluate((value) => localStorage.setItem('your-values', JSON.stringify({ domain: value })), hostile);
  await page.reload();
  await expect(spots(page, 'domain').first(), 'a planted value is not filled in').toHaveText('example.com');
  await expect(page.locator('main pre img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), 'no injected handler ran').toBeUndefined();
});

test('the open values form and copied blocks meet WCAG 2.2 AA in light and dark', async ({ page }) => {
  await page.goto(nodeUrl(phpDiagnosis));
  await enterValues(page, { 'PHP version': 'eight' });
  await blockWith(page, 'php').getByRole('button', { name: 'Copy command' }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `violations in ${colorScheme}`).toEqual([]);
  }
});
