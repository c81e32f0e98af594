import { expect, test, type Page } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { answerLink, content, expectNode, expectSameDocument, markDocument, toFpmRefused, trailAnswers, waitForWizard } from '../support/pages';
import { races } from '../support/races';

/**
 * Slow and failing networks, made on purpose with `page.route`: a first
 * visit has no service worker, so every answer waits on the network. A held
 * page is let through only when the test says so, so the races happen in the
 * same order however busy the machine is.
 */

const label = (node: string, event: string) => content.get(node)!.answers![event].label;

/**
 * Holds back the page of `node`, its prefetch included, until `release()`,
 * which resolves once the page has had time to act on the late response.
 * Register it before the page that links to `node` is shown.
 */
async function hold(page: Page, node: string) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let through!: () => void;
  const done = new Promise<void>((resolve) => (through = resolve));
  await page.route(
    (url) => url.pathname === nodeUrl(node),
    async (route) => {
      await gate;
      // The page may have aborted the request meanwhile, which is the point.
      await route.continue().catch(() => undefined);
      through();
    },
  );
  return {
    release: async () => {
      open();
      // A request the page cancelled before it reached the network never comes here.
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    },
  };
}

const throwsNothing = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

/** Each race in one order under one timing and in the other order under the other: every question, both timings, no pair twice. */
const [firstArrivesLast, bothLoading] = [races.filter((race) => race.first < race.second), races.filter((race) => race.first > race.second)];

test('of two answers clicked while the first loads, the second wins everywhere, though the first page arrives last', async ({ page }) => {
  test.setTimeout(60_000);
  for (const race of firstArrivesLast) {
    await test.step(`${race.question}: ${race.first}, then ${race.second}`, async () => {
      await page.unrouteAll();
      const late = await hold(page, race.firstTo);
      await page.goto(nodeUrl(race.question));
      await waitForWizard(page);
      await answerLink(page, race.question, race.first).click();
      await answerLink(page, race.question, race.second).click();
      await expectNode(page, race.arrive);
      await late.release();
      await expectNode(page, race.arrive);
      await expect(trailAnswers(page).last(), 'the trail names the answer clicked last').toHaveText(label(race.question, race.second));
      await answerLink(page, race.arrive, race.then).click();
      await expectNode(page, race.thenTo);
    });
  }
});

test('of two answers clicked while both load, only the second is taken and makes one history entry', async ({ page }) => {
  test.setTimeout(60_000);
  for (const race of bothLoading) {
    await test.step(`${race.question}: ${race.first}, then ${race.second}`, async () => {
      await page.unrouteAll();
      const sooner = await hold(page, race.firstTo);
      const later = await hold(page, race.arrive);
      await page.goto(nodeUrl(race.question));
      await waitForWizard(page);
      await answerLink(page, race.question, race.first).click();
      await answerLink(page, race.question, race.second).click();
      await sooner.release();
      await later.release();
      await expectNode(page, race.arrive);
      await answerLink(page, race.arrive, race.then).click();
      await expectNode(page, race.thenTo);
      await page.goBack();
      await expectNode(page, race.arrive);
      await page.goBack();
      await expectNode(page, race.question);
    });
  }
});


test('Back while the next page loads stays back, and Forward still has the page that was shown', async ({ page }) => {
  const late = await hold(page, 'nginx-backend');
  await page.goto('/');
  await waitForWizard(page);
  await answerLink(page, 'start', 'MY_SITE').click();
  await expectNode(page, 'error-page');
  await answerLink(page, 'error-page', 'NGINX_FOOTER').click();
  await page.goBack();
  await expectNode(page, 'start');
  await late.release();
  await expectNode(page, 'start');
  await page.goForward();
  await expectNode(page, 'error-page');
  await expect(trailAnswers(page)).toHaveText([label('start', 'MY_SITE')]);
});

test('Back twice while the first Back loads ends on the second, address and page alike', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  for (const [from, event, to] of toFpmRefused.slice(0, 3)) {
    await answerLink(page, from, event).click();
    await expectNode(page, to);
  }
  // After a reload no earlier page is in memory: Back must fetch each one.
  await page.reload();
  await waitForWizard(page);
  const late = await hold(page, 'nginx-backend');
  await page.goBack();
  await page.goBack();
  await expectNode(page, 'error-page');
  await late.release();
  await expectNode(page, 'error-page');
  await expect(trailAnswers(page)).toHaveText([label('start', 'MY_SITE')]);
  await page.goForward();
  await expectNode(page, 'nginx-backend');
  await expect(trailAnswers(page)).toHaveText([label('start', 'MY_SITE'), label('error-page', 'NGINX_FOOTER')]);
});

test('after the skip link, Back returns through every answer to the page it was used on', async ({ page }) => {
  await page.goto('/');
  await waitForWizard(page);
  await markDocument(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/#main$/);
  await answerLink(page, 'start', 'MY_SITE').click();
  await expectNode(page, 'error-page');
  await answerLink(page, 'error-page', 'CLOUDFLARE_PAGE').click();
  await expectNode(page, 'cloudflare-page-kind');
  await page.goBack();
  await expectNode(page, 'error-page');
  await page.goBack();
  await expect(page).toHaveURL(/\/#main$/);
  await expect(page.getByRole('heading', { level: 1 }), 'the page the skip link was used on').toHaveText(content.get('start')!.title);
  await expect(trailAnswers(page)).toHaveCount(0);
  await page.goForward();
  await expectNode(page, 'error-page');
  await expectSameDocument(page);
});

test('a double click on an answer is one answer, slow page or fast', async ({ page }) => {
  const slow = await hold(page, 'error-page');
  await page.goto('/');
  await waitForWizard(page);
  await answerLink(page, 'start', 'MY_SITE').dblclick();
  await slow.release();
  await expectNode(page, 'error-page');
  await page.goBack();
  await expectNode(page, 'start');
  await page.goForward();
  await expectNode(page, 'error-page');
  // error-page's answers are prefetched by now: the second click would land on the next question.
  await expect(page.locator('[data-wizard-node="error-page"]')).toBeVisible();
  await answerLink(page, 'error-page', 'NGINX_FOOTER').dblclick();
  await expectNode(page, 'nginx-backend');
  await expect(trailAnswers(page)).toHaveCount(2);
  await page.goBack();
  await expectNode(page, 'error-page');
});

test('history state that the machine does not vouch for is dropped and the page rebuilt from its address', async ({ page }) => {
  const errors = throwsNothing(page);
  await page.goto('/');
  await waitForWizard(page);
  await answerLink(page, 'start', 'MY_SITE').click();
  await expectNode(page, 'error-page');
  await answerLink(page, 'error-page', 'NGINX_FOOTER').click();
  await expectNode(page, 'nginx-backend');

  await page.evaluate(() => history.replaceState({ wizard: true, node: 'nginx-backend', trail: null }, ''));
  await page.goBack();
  await expectNode(page, 'error-page');
  await page.goForward();
  await expectNode(page, 'nginx-backend');
  await expect(trailAnswers(page), 'the path is rebuilt from the address').toHaveText([label('start', 'MY_SITE'), label('error-page', 'NGINX_FOOTER')]);

  // A walk the machine takes, carrying addresses of its own: only the ids count.
  await waitForWizard(page);
  await page.evaluate(() => {
    const step = (node: string, event: string, href: string) => ({ node, event, question: 'Asked', answer: 'Answered', href });
    const trail = [step('start', 'MY_SITE', 'https://elsewhere.example/'), step('error-page', 'NGINX_FOOTER', 'javascript:alert(1)')];
    history.replaceState({ wizard: true, node: 'nginx-backend', trail }, '');
  });
  await page.reload();
  await waitForWizard(page);
  const changes = page.locator('.trail__change');
  await expect(changes, '"Change" leads to each question\'s own page').toHaveCount(2);
  await expect(changes.nth(0)).toHaveAttribute('href', nodeUrl('start'));
  await expect(changes.nth(1)).toHaveAttribute('href', nodeUrl('error-page'));

  // A transition that does not exist (the start has no answer leading to nginx-backend).
  await page.evaluate(() =>
    history.replaceState({ wizard: true, node: 'nginx-backend', trail: [{ node: 'start', event: 'NGINX_FOOTER', question: 'Q', answer: 'A' }] }, ''),
  );
  await page.reload();
  await waitForWizard(page);
  await expect(trailAnswers(page), 'the machine’s own path, not the made-up one').toHaveText([label('start', 'MY_SITE'), label('error-page', 'NGINX_FOOTER')]);
  expect(errors, 'no script error on the way').toEqual([]);
});

test('a step that fails to load says so, and its plain link still opens it', async ({ context, page }) => {
  // Routed before the page opens, so the wizard's prefetch of the next page fails as well as the click's own load.
  await page.route((url) => url.pathname === nodeUrl('nginx-backend'), (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto(nodeUrl('error-page'));
  await waitForWizard(page);
  await answerLink(page, 'error-page', 'NGINX_FOOTER').click();
  const alert = page.getByRole('alert');
  await expect(alert, 'the person is told what went wrong').toContainText('the server answered 500');
  await expect(alert, 'where they are looking: focus moves to the message').toBeFocused();
  await expectNode(page, 'error-page');
  await page.unrouteAll();
  await page.route((url) => url.pathname === nodeUrl('nginx-app-log'), (route) => route.abort('internetdisconnected'));
  await alert.getByRole('link', { name: 'Open it as a page' }).click();
  await expectNode(page, 'nginx-backend');

  await waitForWizard(page);
  await context.setOffline(true);
  await answerLink(page, 'nginx-backend', 'APP_SERVER').click();
  await expect(page.getByRole('alert'), 'offline, the person is told the network is not answering').toContainText('network is not answering');
  await expectNode(page, 'nginx-backend');
  await context.setOffline(false);
  await page.unrouteAll();
  await page.getByRole('alert').getByRole('link', { name: 'Open it as a page' }).click();
  await expectNode(page, 'nginx-app-log');
});
