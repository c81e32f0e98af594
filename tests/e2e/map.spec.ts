import { expect, test, type Page } from '@playwright/test';
import { machineNodes } from '../../src/lib/graph';
import { mapListPage, mapUrl, nodeUrl } from '../../src/lib/urls';
import { content } from '../support/pages';
import { longestWalk } from '../support/walks';
import { axeViolations } from '../support/axe';

/** A node's own entry on the map (not the cross-links that point to it). */
const placedLink = (page: Page, id: string) => page.locator(`[data-map-node="${id}"] > .map-node__head a`);

/** Every link in the page's content, as address and text. */
const mapLinks = (page: Page) =>
  page.locator('main a[href]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent!.trim()]));

const openFolds = (page: Page) => page.locator('details[open]').count();

/** The map as a list, the flowchart's text alternative. */
const list = mapUrl([], mapListPage);

/** The longest walk through the tree, so its steps sit deep in several branches of the map. */
const longestPath = longestWalk.nodes;
const longest = { diagnosis: longestPath.at(-1)! };

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the map links every node', async ({ page }) => {
      await page.goto(list);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every question and diagnosis, as a list');
      const links = await mapLinks(page);
      for (const node of machineNodes) {
        expect(links, `a link to ${node.id} named by its title`).toContainEqual([nodeUrl(node.id), content.get(node.id)!.title]);
      }
    });

    test('opening a folded step shows where its answers lead', async ({ page }) => {
      await page.goto(list);
      const deep = placedLink(page, longest.diagnosis);
      await expect(deep, 'a deep diagnosis starts folded away').toBeHidden();
      for (const id of longestPath.slice(0, -1)) {
        const fold = page.locator(`[data-map-node="${id}"] > details`);
        if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open))) await fold.locator('> summary').click();
      }
      await expect(deep, 'the diagnosis shows once the steps above it are opened').toBeVisible();
    });
  });
}

test('a folded step opens from the keyboard', async ({ page }) => {
  await page.goto(list);
  const id = await page.locator('[data-map-node]:has(> details:not([open]))').first().getAttribute('data-map-node');
  const fold = page.locator(`[data-map-node="${id}"] > details`);
  await fold.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(fold, 'Enter on its summary opens the step').toHaveAttribute('open', '');
});

test('Expand all opens every step and Collapse all folds them again', async ({ page }) => {
  await page.goto(list);
  const folds = await page.locator('details').count();
  await page.getByRole('button', { name: 'Expand all' }).click();
  expect(await openFolds(page), 'every step is open').toBe(folds);
  await placedLink(page, longest.diagnosis).scrollIntoViewIfNeeded();
  await expect(placedLink(page, longest.diagnosis)).toBeVisible();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  expect(await openFolds(page), 'every step is folded').toBe(0);
});

test('the fully opened map fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(list);
  await page.getByRole('button', { name: 'Expand all' }).click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page is no wider than the screen').toBeLessThanOrEqual(320);
});

test('arriving with a path highlights the path and the current node', async ({ page }) => {
  await page.goto(`${list}?path=${longestPath.join(',')}`);
  const current = placedLink(page, longest.diagnosis);
  await expect(current, 'the current node is marked as where the person is').toHaveAttribute('aria-current', 'location');
  await expect(current).toContainText('you are here');
  await expect(current, 'the current node is scrolled into view').toBeInViewport();
  await expect(page.locator('[aria-current]'), 'only one node is current').toHaveCount(1);
  for (const id of longestPath.slice(0, -1)) {
    await expect(placedLink(page, id), `${id} is shown, its branch open`).toBeVisible();
    await expect(placedLink(page, id), `${id} says it is on the path`).toContainText('your path');
  }
  await expect(page.locator('.map-node--path'), 'no other node is marked').toHaveCount(longestPath.length);
  await expect(page.getByText('The steps you took are marked')).toBeVisible();
});

test('the highlighted map meets WCAG 2.2 AA in light and dark', async ({ page }) => {
  test.slow(); // axe reads every open step of a long page, twice
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${list}?path=${longestPath.join(',')}`);
    await expect(page.locator('[aria-current]')).toHaveCount(1);
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('unknown ids in a path are skipped and the known ones still marked', async ({ page }) => {
  await page.goto(`${list}?path=start,no-such-node,${encodeURIComponent('"]')},error-page,__proto__`);
  await expect(placedLink(page, 'error-page'), 'the last known id is current').toHaveAttribute('aria-current', 'location');
  await expect(page.locator('.map-node--path')).toHaveCount(2);
});

/** Paths that name nothing on the map, some of them hostile. */
const junk = {
  'markup': '<img src=x onerror="window.__pwned=1">',
  'a broken selector': '"],[data-map-node',
  'a script tag': 'start"]<script>window.__pwned=1</script>',
  'object keys': '__proto__,constructor,toString',
  'only commas': ',,,',
  'a very long path': 'no-such-node,'.repeat(600),
};

for (const [name, path] of Object.entries(junk)) {
  test(`a path of ${name} changes nothing and throws no error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(list);
    const plain = { folds: await openFolds(page), links: await mapLinks(page) };
    const response = await page.goto(`${list}?path=${encodeURIComponent(path)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await openFolds(page), 'the same steps are open').toBe(plain.folds);
    expect(await mapLinks(page), 'the same links, with the same text').toEqual(plain.links);
    await expect(page.locator('.map-node--path, [aria-current]'), 'nothing is marked').toHaveCount(0);
    await expect(page.locator('img[src="x"], main script'), 'no element came from the URL').toHaveCount(0);
    await expect(page.getByText('The steps you took are marked')).toBeHidden();
    expect(await page.evaluate(() => '__pwned' in window), 'nothing from the URL ran').toBe(false);
    expect(errors).toEqual([]);
  });
}
