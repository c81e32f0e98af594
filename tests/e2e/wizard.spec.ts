import { expect, test, type Page } from '@playwright/test';
import { shortestSteps } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { answerLink, content, expectNode, expectSameDocument, markDocument, toFpmRefused, trailAnswers, waitForWizard } from '../support/pages';

/** Answers the given questions in turn from wherever the page is. */
async function answer(page: Page, steps: [from: string, event: string, to: string][]) {
  for (const [from, event, to] of steps) {
    await answerLink(page, from, event).click();
    await expectNode(page, to);
  }
}

/** Opens the one-line trail to the full list of answers, as a person taps it. */
const openTrail = (page: Page) => page.getByRole('navigation', { name: 'Your answers' }).locator('summary').click();

const label = (node: string, event: string) => content.get(node)!.answers![event].label;

test('a shared diagnosis link opens that diagnosis cold, with the path that leads to it', async ({ page }) => {
  await page.goto(nodeUrl('fpm-listen-mismatch'));
  await expectNode(page, 'fpm-listen-mismatch');
  const trail = page.getByRole('navigation', { name: 'How you get here' });
  await expect(trail, 'the path from the start is shown').toBeVisible();
  const steps = shortestSteps.get('fpm-listen-mismatch')!;
  await expect(trail.locator('.trail__answer'), 'one answer per step of the path').toHaveText(
    steps.map((step) => label(step.node, step.event)),
  );
  await expect(page.getByRole('heading', { name: 'Not it?' }), 'the alternatives are offered').toBeVisible();
});

test('the same deep link opened without JavaScript shows the node and its path', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(nodeUrl('nginx-fpm-log'));
  await expectNode(page, 'nginx-fpm-log');
  await expect(trailAnswers(page)).toHaveCount(shortestSteps.get('nginx-fpm-log')!.length);
  await expect(answerLink(page, 'nginx-fpm-log', 'CONNECTION_REFUSED'), 'answers are plain links').toHaveAttribute(
    'href',
    nodeUrl('fpm-listen-mismatch'),
  );
  await context.close();
});

test('answering moves focus to the new question and announces it, without a page load', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await markDocument(page);
  await answer(page, toFpmRefused.slice(0, 2));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading, 'focus is on the new heading').toBeFocused();
  await expect(page.getByRole('status'), 'screen readers hear the new question').toHaveText(content.get('nginx-backend')!.title);
  await expect(page, 'the tab title names the new node').toHaveTitle(new RegExp(content.get('nginx-backend')!.title.replace(/[?()]/g, '.')));
  await expect(trailAnswers(page), 'the answers given so far').toHaveText([
    label('start', 'MY_SITE'),
    label('error-page', 'NGINX_FOOTER'),
  ]);
  await expectSameDocument(page);
});

test('Back and Forward move through the answers given', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await markDocument(page);
  await answer(page, toFpmRefused);
  const shown = (answers: number) => toFpmRefused[answers][0];
  const last = toFpmRefused.length - 1;
  await page.goBack();
  await expectNode(page, shown(last));
  await expect(trailAnswers(page)).toHaveCount(last);
  await page.goBack();
  await page.goBack();
  await expectNode(page, shown(last - 2));
  await expect(trailAnswers(page)).toHaveCount(last - 2);
  await page.goForward();
  await expectNode(page, shown(last - 1));
  await expect(trailAnswers(page)).toHaveCount(last - 1);
  await expectSameDocument(page);
});

test('changing an earlier answer leads down the other branch and forgets the later answers', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await answer(page, toFpmRefused);
  await openTrail(page);
  await page.getByRole('link', { name: `Change your answer to “${content.get('nginx-backend')!.title}”` }).click();
  await expectNode(page, 'nginx-backend');
  await expect(trailAnswers(page), 'only the answers before that question remain').toHaveCount(2);
  await expect(
    page.getByRole('link', { name: /your earlier answer$/ }),
    'the earlier answer is marked, for eyes and screen readers alike',
  ).toContainText(label('nginx-backend', 'PHP_FPM_RUNNING'));
  await answer(page, [['nginx-backend', 'APP_SERVER', 'nginx-app-log']]);
  await expect(trailAnswers(page)).toHaveText([
    label('start', 'MY_SITE'),
    label('error-page', 'NGINX_FOOTER'),
    label('nginx-backend', 'APP_SERVER'),
  ]);
});

test('Start over returns to the first question with no answers', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await answer(page, toFpmRefused.slice(0, 3));
  await openTrail(page);
  await page.getByRole('link', { name: 'Start over' }).click();
  await expectNode(page, 'start');
  await expect(trailAnswers(page)).toHaveCount(0);
});

test('a question the wizard swaps in brings the stylesheet of its error-page drawings', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await markDocument(page);
  await answer(page, toFpmRefused.slice(0, 1));
  const drawing = page.locator('.mock').first();
  await expect(drawing, 'the drawing is drawn as a page, not left as bare text').toHaveCSS('height', '152px');
  await expectSameDocument(page);
});

test('a walk through Cloudflare to the origin remembers that Cloudflare is in front', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await answer(page, [
    ['start', 'MY_SITE', 'error-page'],
    ['error-page', 'CLOUDFLARE_PAGE', 'cloudflare-page-kind'],
    ['cloudflare-page-kind', 'BRANDED_502', 'cloudflare-bypass-check'],
    ['cloudflare-bypass-check', 'ORIGIN_502', 'origin-server'],
    ['origin-server', 'NGINX', 'nginx-backend'],
  ]);
  await expect(page.getByText(/through Cloudflare/), 'the Cloudflare note stays on the own-server branch').toBeVisible();
});

test('an unknown address gets a real 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/diagnose/no-such-node/');
  expect(response?.status(), 'the server says 404').toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page at this address');
  await page.getByRole('link', { name: 'Start the diagnosis' }).click();
  await expectNode(page, 'start');
});
