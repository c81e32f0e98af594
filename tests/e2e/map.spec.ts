import { expect, test, type Page } from '@playwright/test';
import { branchOf } from '../../src/lib/branches';
import { branchListPages, firstListPage, listPageOf, mapAnchor, type MapStep } from '../../src/lib/map';
import { mapListPage, mapUrl } from '../../src/lib/urls';
import { longestWalk } from '../support/walks';
import { axeViolations } from '../support/axe';

/** A step's own entry on the list (not the cross-links that point to it). */
const placedLink = (page: Page, id: string) => page.locator(`[data-map-node="${id}"] > .map-node__head a`);

/** Every link in the page's content, as address and text. */
const mapLinks = (page: Page) =>
  page.locator('main a[href]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent!.trim()]));

const openFolds = (page: Page) => page.locator('details[open]').count();

/** The first page of the map as a list: the start's branch, and every other branch listed. */
const list = mapUrl([], mapListPage);

/** The list page that places a step. */
const listOf = (id: string) => mapUrl([], listPageOf(branchOf.get(id)!.id));

/** The deepest step of the list and its page: it starts folded away. */
const deepest = (() => {
  const steps = (page: string, tops: MapStep[]): { page: string; step: MapStep }[] =>
    tops.flatMap((step) => [{ page, step }, ...steps(page, step.edges.flatMap((edge) => edge.step ?? []))]);
  const all = [firstListPage, ...branchListPages].flatMap((list) => steps(mapUrl([], list.page), list.steps));
  return all.reduce((a, b) => (b.step.depth > a.step.depth ? b : a));
})();

/** The longest walk through the tree: it passes through several branches, and through the start's twice. */
const walk = longestWalk.nodes;
const here = walk.at(-1)!;
const walkPages = [...new Set(walk.map(listOf))];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('opening a folded step shows where its answers lead', async ({ page }) => {
      await page.goto(deepest.page);
      const deep = placedLink(page, deepest.step.id);
      await expect(deep, 'the deepest step starts folded away').toBeHidden();
      const folds = page.locator(`details:has([data-map-node="${deepest.step.id}"])`);
      for (let i = 0; i < (await folds.count()); i++) {
        const fold = folds.nth(i);
        if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open))) await fold.locator('> summary').click();
      }
      await expect(deep, 'the step shows once the steps above it are opened').toBeVisible();
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
  await page.goto(deepest.page);
  const folds = await page.locator('details').count();
  await page.getByRole('button', { name: 'Expand all' }).click();
  expect(await openFolds(page), 'every step is open').toBe(folds);
  await placedLink(page, deepest.step.id).scrollIntoViewIfNeeded();
  await expect(placedLink(page, deepest.step.id)).toBeVisible();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  expect(await openFolds(page), 'every step is folded').toBe(0);
});

test('the fully opened list fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(deepest.page);
  await page.getByRole('button', { name: 'Expand all' }).click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page is no wider than the screen').toBeLessThanOrEqual(320);
});

test('arriving with a walk marks it on each list page it passes through, with links that carry it on', async ({ page }) => {
  for (const url of walkPages) {
    await page.goto(`${url}?path=${walk.join(',')}`);
    const steps = walk.filter((id) => listOf(id) === url);
    for (const id of steps) await expect(placedLink(page, id), `${id} is shown on ${url}, marked`).toContainText(id === here ? 'you are here' : 'your path');
    await expect(page.locator('.map-node--path'), `no other step on ${url} is marked`).toHaveCount(steps.length);
    await expect(page.getByText('What you took is marked')).toBeVisible();
    const exits = walk.slice(1).flatMap((to, i) => (steps.includes(walk[i]) && listOf(to) !== url ? [{ from: walk[i], to }] : []));
    for (const { from, to } of exits) {
      const exit = page.locator(`[data-map-node="${from}"] > details > ul > li > [data-map-to="${to}"]`);
      await expect(exit, `the answer from ${from} to ${to}, on another page, is marked`).toContainText('your path');
      await expect(exit.locator('a[data-map-page]'), 'its link takes the walk to where the other page lists the step').toHaveAttribute(
        'href',
        `${mapUrl(walk, listPageOf(branchOf.get(to)!.id))}#${mapAnchor(to)}`,
      );
    }
    if (url === listOf(here)) {
      await expect(placedLink(page, here), 'where the person is').toHaveAttribute('aria-current', 'location');
      await expect(placedLink(page, here), 'where the person is, scrolled into view').toBeInViewport();
    }
    if (url === list) {
      const passed = branchListPages.map((other) => mapUrl([], other.page)).filter((other) => walkPages.includes(other));
      const marked = page.locator('.map-branch--path a');
      await expect(marked, 'the branches the walk passed through are marked').toHaveCount(passed.length);
      for (const [i, other] of passed.entries()) await expect(marked.nth(i)).toHaveAttribute('href', `${other}?path=${walk.join(',')}`);
      if (listOf(here) !== list) {
        await expect(marked.nth(passed.indexOf(listOf(here))), 'the branch the person is in').toHaveAttribute('aria-current', 'location');
      }
    }
    await expect(page.locator('[aria-current]'), `where the person is, once, on ${url}`).toHaveCount(url === listOf(here) || url === list ? 1 : 0);
  }
});

test('the list with a walk marked meets WCAG 2.2 AA in light and dark', async ({ page }) => {
  for (const url of [list, listOf(here)]) {
    await page.goto(`${url}?path=${walk.join(',')}`);
    await expect(page.locator('[aria-current]')).toHaveCount(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${url} in ${colorScheme}`).toEqual([]);
    }
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
    await expect(page.locator('.map-node--path, .map-branch--path, .map-edge__see--path, [aria-current]'), 'nothing is marked').toHaveCount(0);
    await expect(page.locator('img[src="x"], main script:not([src^="/_astro/"])'), 'no element came from the URL').toHaveCount(0);
    await expect(page.getByText('What you took is marked')).toBeHidden();
    expect(await page.evaluate(() => '__pwned' in window), 'nothing from the URL ran').toBe(false);
    expect(errors).toEqual([]);
  });
}
