import { test } from '@playwright/test';
import { answerLink, expectNode, expectSameDocument, markDocument, waitForWizard } from '../support/pages';
import { walks } from '../support/walks';

/** One test per path from the start to a diagnosis, generated from the machine. */
test.describe('with JavaScript, answering walks the tree without a page load', () => {
  for (const walk of walks) {
    test(walk.title, async ({ page }) => {
      await page.goto('/');
      await waitForWizard(page);
      await markDocument(page);
      for (const step of walk.steps) {
        await answerLink(page, step.from, step.event).click();
        await expectNode(page, step.to);
      }
      await expectSameDocument(page);
    });
  }
});

test.describe('without JavaScript, every answer is a link to the next page', () => {
  test.use({ javaScriptEnabled: false });
  for (const walk of walks) {
    test(walk.title, async ({ page }) => {
      await page.goto('/');
      for (const step of walk.steps) {
        await answerLink(page, step.from, step.event).click();
        await expectNode(page, step.to);
      }
    });
  }
});
