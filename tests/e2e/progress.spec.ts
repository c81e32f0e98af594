import { expect, test, type Page } from '@playwright/test';
import { nodesById, stepsLeft } from '../../src/lib/graph';
import { nodeUrl, startId } from '../../src/lib/urls';
import { expectNode, waitForWizard } from '../support/pages';
import { longestWalk } from '../support/walks';

const progress = (page: Page) => page.locator('.progress');

async function expectProgress(page: Page, taken: number, node: string) {
  const left = stepsLeft.get(node)!;
  await expect(progress(page)).toHaveAttribute('data-taken', String(taken));
  await expect(progress(page)).toHaveAttribute('data-left', String(left));
  await expect(progress(page).locator('.progress__text')).toHaveText(
    `${taken} answered · ${left === 0 ? 'diagnosis reached' : `at most ${left} to go`}`,
  );
}

test('along the longest walk, the progress line counts answers up and the most left down to none', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await expectProgress(page, 0, startId);
  let lastLeft = Number.POSITIVE_INFINITY;
  for (const [index, step] of longestWalk.steps.entries()) {
    expect(stepsLeft.get(step.node)!, `fewer left at ${step.node}`).toBeLessThan(lastLeft);
    lastLeft = stepsLeft.get(step.node)!;
    await page.locator(`[data-node-article] a[data-event="${step.event}"]`).click();
    const node = longestWalk.nodes[index + 1];
    await expectNode(page, node);
    await expectProgress(page, index + 1, node);
  }
  expect(stepsLeft.get(longestWalk.nodes.at(-1)!), 'the walk ends on a diagnosis').toBe(0);
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
