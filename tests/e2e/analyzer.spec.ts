import { expect, test, type Page } from '@playwright/test';
import { cases, products, type Server } from '../../scripts/capture/cases';
import { readFixtures, realFixtures } from '../support/analyzer';
import { content, expectNode } from '../support/pages';

const fixtures = readFixtures(realFixtures);

/** Resolves once the analyzer island has hydrated, so typing and clicking reach it. */
async function openAnalyzer(page: Page) {
  await page.goto('/analyze/');
  await expect(page.locator('astro-island:not([ssr])'), 'the analyzer is ready').toHaveCount(1);
}

const input = (page: Page) => page.getByRole('textbox', { name: 'Log lines, error page or response headers' });

/** Pastes text the way a person does: a real paste event on the focused textarea. */
async function paste(page: Page, text: string) {
  await input(page).focus();
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const field = document.activeElement as HTMLTextAreaElement;
    if (field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
      field.setRangeText(pasted, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, text);
}

const best = (page: Page) => page.locator('.analyzer__best');

test('a pasted real PHP-FPM SIGKILL capture lands on its diagnosis, and one click opens it with its path', async ({ page }) => {
  await openAnalyzer(page);
  await paste(page, fixtures.get('worker-sigkill')!);
  const title = content.get('fpm-worker-sigkill')!.title;
  await expect(best(page).getByRole('heading', { level: 3 }), 'the best match named right after the paste').toHaveText(title);
  await expect(best(page).locator('mark').first(), 'the matched part of the nginx line highlighted').toHaveText(
    /^recv\(\) failed \(104: Connection reset by peer\)/,
  );
  await expect(best(page).locator('mark').nth(1), 'the matched part of the FPM line highlighted').toHaveText('exited on signal 9 (SIGKILL)');
  await expect(page.getByRole('heading', { name: 'Other candidates' }), 'the other candidates listed').toBeVisible();
  await best(page).getByRole('link', { name: title }).click();
  await expectNode(page, 'fpm-worker-sigkill');
  await expect(
    page.getByRole('navigation', { name: 'How you get here' }),
    'the node page shows the answers that lead to it',
  ).toContainText(content.get('fpm-worker-log')!.title);
});

test('a 504 capture submitted with the button lands on the 504 diagnosis, not a 502 one', async ({ page }) => {
  await openAnalyzer(page);
  await input(page).fill(fixtures.get('slow-upstream')!);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(best(page).getByRole('heading', { level: 3 }), 'the 504 diagnosis').toHaveText(content.get('status-504')!.title);
  await expect(best(page), 'the status called out').toContainText('This is an HTTP 504, not a 502.');
});

/** One captured case per server the capture runs, the first whose status is not a 502, so the verdict must also name it. */
const perServer = (Object.keys(products) as Server[]).map((server) => cases.find((c) => c.server === server && c.status !== 502)!);

test('a real capture from each server, nginx, Apache and HAProxy, lands on its diagnosis and says its status', async ({ page }) => {
  await openAnalyzer(page);
  for (const c of perServer) {
    await input(page).fill(fixtures.get(c.id)!);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect(best(page).getByRole('heading', { level: 3 }), `the diagnosis for ${c.id}`).toHaveText(content.get(c.node)!.title);
    await expect(best(page), `the status of ${c.id} called out`).toContainText(`This is an HTTP ${c.status}, not a 502.`);
  }
});

test('an empty box gets a hint, and unknown text says so and offers the questions', async ({ page }) => {
  await openAnalyzer(page);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.locator('[aria-live="polite"]'), 'a hint about what to paste').toContainText('The box is empty');
  await input(page).fill('my website says something went wrong');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.locator('[aria-live="polite"]'), 'a plain "not recognised"').toContainText('matches a pattern the analyzer knows');
  await page.getByRole('link', { name: 'Answer a few questions instead' }).click();
  await expectNode(page, 'start');
});

test('pasted HTML is shown as text, never run or parsed', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openAnalyzer(page);
  const html = '<title>504 Gateway Time-out</title><script>alert("script")</script><img src=x onerror=alert("img")>';
  await paste(page, html);
  await expect(best(page).locator('.analyzer__line'), 'the line shown exactly as pasted').toHaveText(html);
  expect(await best(page).locator('script, img').count(), 'no element made from the paste').toBe(0);
  expect(dialogs, 'no pasted script ran').toEqual([]);
});

test('analyzing sends nothing anywhere and keeps the text out of the address and storage', async ({ page }) => {
  await openAnalyzer(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await paste(page, fixtures.get('fpm-stopped')!);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(best(page).getByRole('heading', { level: 3 }), 'the analysis done').toHaveText(content.get('fpm-was-stopped')!.title);
  await page.waitForTimeout(500);
  expect(
    requests.filter((url) => !/\/_astro\/worker-[\w-]+\.js$|\/analyze\/signatures\.json$/.test(url)),
    'no request during analysis but the analyzer’s own worker and its table, both downloads',
  ).toEqual([]);
  expect(page.url(), 'the address unchanged').toMatch(/\/analyze\/$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored, 'nothing stored').toBe('{}{}');
});

test('a 10 MB paste is analyzed without freezing the page', async ({ page }) => {
  await openAnalyzer(page);
  const line = fixtures.get('no-live-upstreams')!;
  const elapsed = await page.evaluate((text) => {
    const huge = text.repeat(Math.ceil((10 * 1024 * 1024) / text.length));
    document.querySelector<HTMLTextAreaElement>('#analyzer-input')!.value = huge;
    const button = [...document.querySelectorAll('button')].find((element) => element.textContent === 'Analyze')!;
    const started = performance.now();
    button.click();
    return performance.now() - started;
  }, line);
  await expect(best(page).getByRole('heading', { level: 3 }), 'the answer for the huge paste').toHaveText(content.get('no-live-upstreams')!.title);
  expect(elapsed, 'milliseconds the page was busy analyzing 10 MB').toBeLessThan(3000);
});

test('without JavaScript the page says the analyzer needs it, shows no box that could do nothing, and links to the questions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/analyze/');
  // Playwright's text and role locators skip what is inside <noscript> whatever the page's scripting: found by CSS.
  const message = page.locator('main noscript p');
  await expect(message, 'the page says why there is no analyzer').toBeVisible();
  await expect(message).toContainText('The analyzer runs in your browser and needs JavaScript.');
  await expect(input(page), 'no paste box').toBeHidden();
  await expect(page.getByRole('button', { name: 'Analyze' }), 'no Analyze button').toBeHidden();
  await message.locator('a', { hasText: 'answer the questions' }).click();
  await expectNode(page, 'start');
  await context.close();
});
