import { expect, test, type Page } from '@playwright/test';
import { answerLink, expectNode, expectSameDocument, markDocument, trailAnswers, waitForWizard } from '../support/pages';
import { pathTree, subtreesAt, type PathTree } from '../support/walks';

/**
 * Clicks through every path below `tree`, depth first, going Back to try the
 * next answer. Returns how many diagnoses were reached, one per path.
 */
async function explore(page: Page, tree: PathTree, withJs: boolean): Promise<number> {
  if (tree.children.size === 0) return 1;
  let reached = 0;
  for (const [event, child] of tree.children) {
    await answerLink(page, tree.node, event).click();
    await expectNode(page, child.node);
    if (withJs) await expect(trailAnswers(page), 'one trail entry per answer given').toHaveCount(child.events.length);
    reached += await explore(page, child, withJs);
    await page.goBack();
    await expectNode(page, tree.node);
  }
  return reached;
}

/** Answers from the start down to the position `tree` stands for. */
async function reach(page: Page, tree: PathTree) {
  let at = pathTree;
  for (const event of tree.events) {
    const next = at.children.get(event)!;
    await answerLink(page, at.node, event).click();
    await expectNode(page, next.node);
    at = next;
  }
}

const title = (tree: PathTree) =>
  `every path after ${tree.events.join(' › ')} (${tree.walks} path${tree.walks === 1 ? '' : 's'})`;

test.describe('with JavaScript, every path reaches its diagnosis without a page load', () => {
  for (const tree of subtreesAt(3)) {
    test(title(tree), async ({ page }) => {
      test.setTimeout(15 * 60_000);
      await page.goto('/');
      await waitForWizard(page);
      await markDocument(page);
      await reach(page, tree);
      expect(await explore(page, tree, true), 'diagnoses reached, one per path').toBe(tree.walks);
      await expectSameDocument(page);
    });
  }
});

test.describe('without JavaScript, every path is a chain of plain links', () => {
  test.use({ javaScriptEnabled: false });
  for (const tree of subtreesAt(3)) {
    test(title(tree), async ({ page }) => {
      test.setTimeout(15 * 60_000);
      await page.goto('/');
      await reach(page, tree);
      expect(await explore(page, tree, false), 'diagnoses reached, one per path').toBe(tree.walks);
    });
  }
});
