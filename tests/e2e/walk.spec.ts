import { expect, test, type Page } from '@playwright/test';
import { shortestContext, shortestSteps, stepsLeft } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';
import { answerLink, content, markDocument, readView, waitForWizard, type View } from '../support/pages';
import { planWalks, transitionName, type Leg, type Mode, type Position, type Transition } from '../support/plan';

/**
 * Every transition of the machine, clicked in Chromium in both modes: the
 * plan (tests/support/plan.ts) walks the tree depth first with Back between
 * siblings, so each answer is clicked about once and no path is walked twice.
 * tests/unit/plan.test.ts proves the plan misses no transition.
 */

const label = (node: string, event: string) => content.get(node)!.answers![event].label;

/**
 * What the page must show at `at` after a walk of `trail` answers. With
 * JavaScript the trail is the walk taken and the context shows; without,
 * each page shows its own shortest path from the start, and the context at
 * its end (the same page opened cold with JavaScript shows the same).
 */
function expectedView(mode: Mode, at: Position, trail: readonly Transition[]): View {
  const cold = shortestSteps.get(at.node)!;
  const answers = mode === 'js' ? trail.map((step) => label(step.from.node, step.event)) : cold.map((step) => label(step.node, step.event));
  return {
    path: nodeUrl(at.node),
    heading: content.get(at.node)!.title,
    answers,
    taken: answers.length,
    left: stepsLeft.get(at.node)!,
    edgeNote: (mode === 'js' ? at.context : shortestContext.get(at.node)!).edge != null,
    sameDocument: mode === 'js',
  };
}

async function expectAt(page: Page, mode: Mode, at: Position, trail: readonly Transition[], doing: string) {
  const expected = expectedView(mode, at, trail);
  await page.waitForURL(expected.path);
  await expect
    .poll(() => readView(page), { message: `${doing}: the page should show ${at.node} as the walk so far says`, intervals: [10, 25, 50, 100, 250] })
    .toEqual(expected);
}

async function answer(page: Page, mode: Mode, transition: Transition, trail: readonly Transition[]) {
  await answerLink(page, transition.from.node, transition.event).click();
  await expectAt(page, mode, transition.to, trail, `answering ${transitionName(transition)}`);
}

/** Carries out one leg: answers its way in from the start, then clicks and goes Back as planned. */
async function walkLeg(page: Page, mode: Mode, leg: Leg) {
  await page.goto('/');
  if (mode === 'js') {
    await waitForWizard(page);
    await markDocument(page);
  }
  const trail: Transition[] = [];
  for (const transition of leg.reach) {
    trail.push(transition);
    await answer(page, mode, transition, trail);
  }
  for (const move of leg.moves) {
    if (move.type === 'answer') {
      trail.push(move.transition);
      await answer(page, mode, move.transition, trail);
    } else {
      const left = trail.pop()!;
      await page.goBack();
      await expectAt(page, mode, move.to, trail, `going Back after ${transitionName(left)}`);
    }
  }
}

const legTitle = (leg: Leg, index: number, count: number) => {
  const answers = leg.moves.filter((move) => move.type === 'answer');
  const start = leg.reach.at(-1)?.to.node ?? 'start';
  return `leg ${index + 1} of ${count}: ${answers.length} answers from ${start}`;
};

for (const mode of ['js', 'plain'] as const) {
  const { legs } = planWalks(diagnoseMachine, mode);
  test.describe(
    mode === 'js'
      ? 'with JavaScript, every answer leads to its node without a page load, and Back returns'
      : 'without JavaScript, every answer is a plain link to its node, and Back returns',
    () => {
      test.use({ javaScriptEnabled: mode === 'js' });
      legs.forEach((leg, index) => {
        test(legTitle(leg, index, legs.length), async ({ page }) => {
          test.setTimeout(180_000);
          await walkLeg(page, mode, leg);
        });
      });
    },
  );
}
