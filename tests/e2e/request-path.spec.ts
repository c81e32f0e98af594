import { expect, test, type Page } from '@playwright/test';
import { machineNodes, shortestSteps } from '../../src/lib/graph';
import { describePath, type BrokenPath } from '../../src/machine/request-path';
import { nodeUrl } from '../../src/lib/urls';
import { answerLink, expectNode, expectSameDocument, markDocument, waitForWizard } from '../support/pages';

const diagnoses = machineNodes.filter((node) => node.kind === 'diagnosis');

/*
 * Each diagnosis page's own drawing is static HTML, checked over dist/ in
 * tests/built/request-path.test.ts; what needs a browser is the drawing the
 * wizard swaps in, and the layout on a narrow screen.
 */

/** Asserts the page draws `path`, named in words, with its one fault marked on the right hop or link. */
async function expectDrawing(page: Page, path: BrokenPath) {
  const drawing = page.getByRole('img', { name: describePath(path), exact: true });
  await expect(drawing, 'the request path is drawn and named in words').toBeVisible();
  const marks = drawing.locator('[data-fault]');
  await expect(marks, 'exactly one hop or link is marked').toHaveCount(1);
  const { type, index } = path.fault;
  if (type === 'link') {
    await expect(drawing.locator(`.a${index}`), 'the broken link is the one marked').toHaveAttribute('data-fault', 'link');
  } else {
    await expect(marks, 'the marked hop is the one that failed').toHaveClass(`h${index}`);
    await expect(marks, 'the marked hop shows its name').toContainText(path.hops[index].label);
  }
}

test('reaching a diagnosis by answering questions shows its path drawing too', async ({ page }) => {
  const target = diagnoses.find((node) => node.id === 'fpm-listen-mismatch')!;
  await page.goto('/');
  await waitForWizard(page);
  await markDocument(page);
  await expect(page.getByRole('img'), 'a question draws no path').toHaveCount(0);
  for (const step of shortestSteps.get(target.id)!) {
    await answerLink(page, step.node, step.event).click();
  }
  await expectNode(page, target.id);
  await expectDrawing(page, target.path!);
  await expectSameDocument(page);
});

test('on a 320 px screen the drawing stacks its hops and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const widest = diagnoses.reduce((a, b) => (b.path!.hops.length > a.path!.hops.length ? b : a));
  await page.goto(nodeUrl(widest.id));
  const drawing = page.getByRole('img', { name: describePath(widest.path!) });
  const box = (await drawing.boundingBox())!;
  expect(box.height, 'the hops are stacked, so the drawing is taller than wide').toBeGreaterThan(box.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(320);
});
