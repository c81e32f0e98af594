import { expect, test, type Page } from '@playwright/test';
import { branchOf } from '../../src/lib/branches';
import { machineNodes, nodesById } from '../../src/lib/graph';
import { chartFileUrl, mapListPage, mapUrl } from '../../src/lib/urls';
import { content } from '../support/pages';
import { longestWalk } from '../support/walks';

/** The longest walk through the tree: it crosses several branches. */
const longestPath = longestWalk.nodes;
const longest = { diagnosis: longestPath.at(-1)! };

const chartNode = (page: Page, id: string) => page.locator(`[id="n-${id}"]`);

/** Resolves once the chart's script has inlined the chart (where it was an image), drawn the walk and set up zoom. */
const chartReady = (page: Page) => expect(page.locator('[data-chart][data-ready]'), 'the chart is ready').toHaveCount(1);

test('a walk from the wizard is drawn on the whole chart answer by answer, the current step marked and in view', async ({ page }) => {
  await page.goto(mapUrl(longestPath));
  await chartReady(page);
  let answers = 0;
  for (const [from, to] of longestPath.slice(1).map((id, i) => [longestPath[i], id])) {
    const edges = page.locator(`[data-edge="${from} ${to}"]`);
    await expect(edges.first(), `the answer from ${from} to ${to} is on the route`).toHaveClass(/chart-edge--on/);
    answers += nodesById.get(from)!.edges.filter((edge) => edge.target === to).length;
  }
  await expect(page.locator('[data-chart-frame] .chart-edge--on'), 'no other answer is on the route').toHaveCount(answers);
  await expect(page.locator('[data-chart-frame] .chart-node--on'), 'every step of the walk, and no other, is outlined').toHaveCount(longestPath.length);
  const current = chartNode(page, longest.diagnosis);
  await expect(current, 'the current step is where the person is').toHaveAttribute('aria-current', 'location');
  await expect(page.locator('[aria-current="location"]')).toHaveCount(1);
  await expect(current, 'the current step is scrolled into view').toBeInViewport();
  await expect(page.getByText('You are here')).toBeInViewport();
  await expect(page.locator('.chart-tools').getByRole('link', { name: 'The map as a list' }), 'the list keeps the walk').toHaveAttribute(
    'href',
    mapUrl(longestPath, mapListPage),
  );
  const branch = branchOf.get(longest.diagnosis)!.id;
  await expect(page.locator(`.chart-cluster__link[data-branch="${branch}"]`), 'a branch heading keeps the walk').toHaveAttribute(
    'href',
    mapUrl(longestPath, branch),
  );
});

test('keyboard focus reaches every node of the whole chart, each named by its title', async ({ page }) => {
  test.slow(); // one real Tab per node of the tree
  await page.goto(mapUrl([]));
  await chartReady(page);
  // Small on screen, so moving focus repaints little; every node stays in the tab order whatever the zoom.
  await page.getByRole('button', { name: 'Whole chart' }).click();
  await page.evaluate(() => {
    const reached: string[] = [];
    Object.assign(window, { __reached: reached });
    document.addEventListener('focusin', (event) => {
      const target = event.target as Element;
      if (target.classList.contains('chart-node')) reached.push(target.id.slice(2));
    });
  });
  await page.locator('[data-chart-frame]').focus();
  const links = await page.locator('[data-chart-frame] svg a').count();
  for (let presses = 0; presses < links; presses++) await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => (window as unknown as { __reached: string[] }).__reached);
  expect(reached.toSorted(), 'every node once').toEqual(machineNodes.map((node) => node.id).toSorted());
  const [first, last] = [reached[0], reached.at(-1)!];
  await expect(chartNode(page, first)).toHaveAccessibleName(content.get(first)!.title);
  await expect(chartNode(page, last)).toHaveAccessibleName(content.get(last)!.title);
  await expect(chartNode(page, first), 'a node is a link to its page').toHaveRole('link');
});

test('the buttons, the keys and Ctrl with the wheel zoom a chart; dragging pans it without opening a node', async ({ page }) => {
  const branch = branchOf.get(longest.diagnosis)!.id;
  await page.goto(mapUrl([], branch));
  await chartReady(page);
  const svg = page.locator('[data-chart-frame] svg');
  const frame = page.locator('[data-chart-frame]');
  const width = async () => Number(await svg.getAttribute('width'));
  const natural = await width();

  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await width(), 'Zoom out shrinks the chart').toBeCloseTo(natural / 1.25, 0);
  await expect(page.getByRole('status', { name: 'Zoom' })).toHaveText('80%');
  await frame.focus();
  await page.keyboard.press('+');
  expect(await width(), '+ zooms back in').toBeCloseTo(natural, 0);
  await page.getByRole('button', { name: 'Whole chart' }).click();
  const fitted = await frame.evaluate((element) => [element.scrollWidth <= element.clientWidth, element.scrollHeight <= element.clientHeight]);
  expect(fitted, 'the whole chart fits its frame').toEqual([true, true]);
  await page.getByRole('button', { name: 'Actual size' }).click();
  expect(await width()).toBe(natural);

  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  expect(await width(), 'Ctrl with the wheel zooms in').toBeGreaterThan(natural);
  await page.getByRole('button', { name: 'Actual size' }).click();

  const node = chartNode(page, longest.diagnosis);
  await node.scrollIntoViewIfNeeded();
  const start = (await node.boundingBox())!;
  const [scrolled, room] = await frame.evaluate((element) => [element.scrollLeft, element.scrollWidth - element.clientWidth - element.scrollLeft]);
  // Drag left where the chart can move on that way, right where it already shows its end.
  const dx = room > 0 ? -100 : 100;
  await page.mouse.move(start.x + 20, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + 20 + dx, start.y - 50, { steps: 5 });
  await page.mouse.up();
  const after = await frame.evaluate((element) => element.scrollLeft);
  expect(Math.sign(after - scrolled), 'dragging moves the chart the other way along').toBe(-Math.sign(dx));
  await expect(page, 'a drag that started on a node did not open it').toHaveURL(mapUrl([], branch));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole chart is an image that scrolls in its frame, and the list is one click away', async ({ page }) => {
    await page.goto(mapUrl([]));
    await expect(page.locator(`[data-chart-frame] img[src="${chartFileUrl('tree')}"]`)).toBeVisible();
    const scrolls = await page.locator('[data-chart-frame]').evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(scrolls, 'the chart is wider than its frame, which scrolls').toBe(true);
    await expect(page.getByRole('button', { name: 'Zoom in' }), 'zoom needs the script').toBeHidden();
    await page.getByRole('link', { name: 'The map as a list' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every question and diagnosis, as a list');
  });
});
