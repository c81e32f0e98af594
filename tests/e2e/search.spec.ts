import { expect, test, type Page } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { content, expectNode } from '../support/pages';
import { axeViolations } from '../support/axe';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const field = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the guide, log lines included' });
const results = (page: Page) => dialog(page).locator('.search__results a');
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });

/** Opens search with the shortcut and waits until it answers a first search. */
async function search(page: Page, term: string) {
  await page.keyboard.press('Control+K');
  await expect(field(page), 'the search field, focused, once Ctrl-K is pressed').toBeFocused();
  await field(page).fill(term);
  // The first search also loads Pagefind and its index, hence the longer wait.
  await expect(dialog(page).getByRole('status'), 'the number of matching pages announced').toContainText(`match “${term}”`, {
    timeout: 15_000,
  });
}

/** Log lines quoted on a node's page, and the node a search for them must offer. */
const logPhrases: [phrase: string, node: string][] = [
  ['upstream prematurely closed connection', 'app-crashed-mid-response'],
  ['recv() failed (104: Connection reset by peer)', 'fpm-request-terminated'],
  ['failed (2: No such file or directory) while connecting to upstream', 'fpm-socket-path-mismatch'],
  ['exited on signal 9 (SIGKILL)', 'fpm-worker-sigkill'],
];

for (const [phrase, node] of logPhrases) {
  test(`Ctrl-K opens search and the log phrase “${phrase}” finds ${node}`, async ({ page }) => {
    const { body, summary } = content.get(node)!;
    expect(`${summary}\n${body}`, `the phrase is quoted on ${node}'s own page`).toContain(phrase);
    await page.goto('/diagnose/nginx-backend/');
    await search(page, phrase);
    const hit = results(page).and(page.locator(`[href="${nodeUrl(node)}"]`));
    await expect(hit, `${node} among the results`).toHaveCount(1);
    await expect(hit, 'the result shows its title and kind').toContainText(content.get(node)!.title);
    await expect(hit.locator('mark').first(), 'the matching words highlighted in the excerpt').toBeVisible();
    await hit.click();
    await expectNode(page, node);
  });
}

test('a result shows the kind of page it leads to', async ({ page }) => {
  await page.goto('/');
  await search(page, 'exited on signal 9 (SIGKILL)');
  await expect(results(page).filter({ hasText: content.get('fpm-worker-sigkill')!.title }).locator('.search__kind')).toHaveText('Diagnosis');
  await expect(results(page).filter({ hasText: content.get('fpm-worker-log')!.title }).locator('.search__kind')).toHaveText('Check');
  await expect(results(page).filter({ hasText: 'What each 502 log line means' }).locator('.search__kind')).toHaveText('Reference');
});

test('arrow keys move through results and Enter opens one', async ({ page }) => {
  await page.goto('/');
  await search(page, 'No such file or directory');
  await expect(results(page).nth(2), 'at least three results').toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0), 'ArrowDown from the field goes to the first result').toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(2), 'each ArrowDown moves one result on').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(1), 'ArrowUp moves one back').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field(page), 'ArrowUp from the first result returns to the field').toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await results(page).nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL(href!);
  await expect(page.getByRole('heading', { level: 1 }), 'the page of the highlighted result').toBeVisible();
});

test('Enter in the field opens the first result', async ({ page }) => {
  await page.goto('/');
  await search(page, 'exited on signal 9 (SIGKILL)');
  const first = await results(page).first().getAttribute('href');
  await field(page).press('Enter');
  await page.waitForURL(first!);
});

test('Escape closes search and focus returns to the button', async ({ page }) => {
  await page.goto('/diagnose/error-page/');
  await searchButton(page).click();
  await expect(field(page), 'the field focused when the dialog opens').toBeFocused();
  await field(page).fill('nginx');
  await page.keyboard.press('Escape');
  await expect(dialog(page), 'the dialog closed by one Escape, text in the field or not').toBeHidden();
  await expect(searchButton(page), 'focus back on the Search button').toBeFocused();
});

test('the Close button closes search too', async ({ page }) => {
  await page.goto('/reference/prevention/');
  await searchButton(page).click();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
});

test('nothing for search is downloaded before it is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const forSearch = () => requested.filter((path) => path.startsWith('/pagefind/') || /\/_astro\/dialog\.[\w-]+\.js$/.test(path));
  await page.goto('/diagnose/fpm-was-stopped/');
  await page.waitForLoadState('networkidle');
  expect(forSearch(), 'no search code or index fetched by a page that is only read').toEqual([]);
  await search(page, 'socket');
  expect(forSearch(), 'the dialog code and Pagefind fetched once search is used').toEqual(
    expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/_astro\/dialog\./)]),
  );
});

for (const workers of [true, false]) {
  test(`search runs under the CSP${workers ? '' : ' without web workers, compiling its WebAssembly in the page'}`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript((noWorkers) => {
      if (noWorkers) Reflect.deleteProperty(window, 'Worker');
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    }, !workers);
    await page.goto('/diagnose/nginx-backend/');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, 'the page declares its policy').toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
    await search(page, 'upstream prematurely closed connection');
    await expect(results(page).first(), 'results shown').toBeVisible();
    expect(problems, 'no policy violation or error while searching').toEqual([]);
  });
}

test('a search for <script> markup shows text and runs nothing', async ({ page }) => {
  await page.goto('/');
  const markup = '<img src=x onerror="window.injected=1"><script>window.injected=1</script>';
  // search() waits for the status to echo the markup, as text.
  await search(page, markup);
  // Pagefind's excerpts carry markup quoted on the page too; it must stay text.
  await field(page).fill('title center grep');
  const cloudflare = results(page).and(page.locator(`[href="${nodeUrl('cloudflare-page-kind')}"]`));
  await expect(cloudflare.locator('.search__excerpt'), 'quoted HTML shown as text').toContainText('<title>');
  expect(await dialog(page).locator('img, script, title, center, head').count(), 'no element made from text').toBe(0);
  expect(await page.evaluate(() => 'injected' in window), 'no script ran').toBe(false);
});

test('typing on a highlighted result goes on editing the search', async ({ page }) => {
  await page.goto('/');
  await search(page, 'socket');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.type(' nginx');
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('socket nginx');
});

test('on Apple devices the button shows ⌘K and ⌘K opens search', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  await page.goto('/');
  await expect(searchButton(page), 'the shortcut shown the Apple way').toContainText('⌘K');
  await expect(searchButton(page)).toHaveAttribute('aria-keyshortcuts', 'Meta+K');
  await page.keyboard.press('Meta+K');
  await expect(field(page)).toBeFocused();
});

test('the open search dialog meets WCAG 2.2 AA in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await search(page, 'No such file or directory');
    await expect(results(page).first()).toBeVisible();
    expect(await axeViolations(page), `violations in ${colorScheme}`).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no Search button is shown, since it could not work', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Paste a log line' })).toBeVisible();
    await expect(searchButton(page), 'no dead button').toBeHidden();
  });
});
