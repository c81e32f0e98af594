import { expect, test, type Page } from '@playwright/test';
import { nodesById, stepsLeft } from '../../src/lib/graph';
import { nodeUrl, startId } from '../../src/lib/urls';
import { expectNode, waitForWizard } from '../support/pages';

const progress = (page: Page) => page.locator('.progress');

async function expectProgress(page: Page, taken: number, node: string) {
  const left = stepsLeft.get(node)!;
  await expect(progress(page)).toHaveAttribute('data-taken', String(taken));
  await expect(progress(page)).toHaveAttribute('data-left', String(left));
  await expect(progress(page).locator('.progress__text')).toHaveText(
    `${taken} answered · ${left === 0 ? 'diagnosis reached' : `at most ${left} to go`}`,
  );
}

test('the progress indicator counts answers up and the most left down along a walk', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  let node = startId;
  let taken = 0;
  let lastLeft = Number.POSITIVE_INFINITY;
  await expectProgress(page, taken, node);
  // Always the answer that leaves the most to go: the longest walk the tree has.
  while (nodesById.get(node)!.edges.length > 0) {
    const edge = nodesById.get(node)!.edges.reduce((a, b) => (stepsLeft.get(b.target)! > stepsLeft.get(a.target)! ? b : a));
    expect(stepsLeft.get(node)!, `fewer left at ${node}`).toBeLessThan(lastLeft);
    lastLeft = stepsLeft.get(node)!;
    await page.locator(`[data-node-article] a[data-event="${edge.event}"]`).click();
    node = edge.target;
    taken += 1;
    await expectNode(page, node);
    await expectProgress(page, taken, node);
  }
  expect(taken, 'the longest walk is as long as the start said at most').toBe(stepsLeft.get(startId));
});

test('a deep link opened cold counts the answers on its path from the start', async ({ page }) => {
  await page.goto(nodeUrl('nginx-fpm-log'));
  const trailLength = await page.locator('.trail__step').count();
  await expectProgress(page, trailLength, 'nginx-fpm-log');
});

test('the map link carries the walk so far', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await page.locator('a[data-event="MY_SITE"]').click();
  await expectNode(page, 'error-page');
  await expect(page.getByRole('link', { name: 'See this walk on the map' })).toHaveAttribute('href', '/map/?path=start,error-page');
});

test('a number key picks that answer while the answer list has focus, and Back returns', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  const second = nodesById.get(startId)!.edges[1];
  await page.keyboard.press('2');
  await expect(page, 'a digit outside the answer list does nothing').toHaveURL('/');
  await page.locator('.answers__list a').first().focus();
  await page.keyboard.press('2');
  await expectNode(page, second.target);
  await page.goBack();
  await expectNode(page, startId);
});

test('a digit with Ctrl held is left to the browser', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await page.locator('.answers__list a').first().focus();
  await page.keyboard.press('Control+2');
  await expect(page).toHaveURL('/');
});
