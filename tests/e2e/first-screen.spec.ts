import { expect, test, type Page } from '@playwright/test';
import { machineNodes, shortestSteps, type MachineNode } from '../../src/lib/graph';
import { nodeUrl, startId } from '../../src/lib/urls';
import { content, waitForWizard } from '../support/pages';

/** Where the parts of the first screen sit, in CSS pixels from the top of the viewport. */
interface Layout {
  screen: number;
  heading: Edges;
  summary: Edges;
  answers: Edges[];
  /** Diagnoses: the request-path drawing. */
  drawing: Edges | null;
  /** Whether focus is on the heading and the wizard's live region has named it. */
  focused: boolean;
  /** Whether the page is scrolled as far down as it goes. */
  atEnd: boolean;
}

interface Edges {
  top: number;
  bottom: number;
}

/**
 * One look at the page as it stands, in one round trip. With `focusedTitle`,
 * first waits (a few seconds at most) for the wizard to focus and announce
 * that heading, which it does right after bringing the new node into view.
 */
const measure = (page: Page, focusedTitle?: string) =>
  page.evaluate(async (title): Promise<Layout> => {
    const article = () => document.querySelector('[data-node-article]')!;
    const focused = () =>
      document.activeElement?.tagName === 'H1' &&
      document.activeElement.textContent === title &&
      document.querySelector('.wizard > [role="status"]')?.textContent === title;
    for (let frame = 0; title !== undefined && !focused() && frame < 120; frame++) await new Promise(requestAnimationFrame);
    const edges = (element: Element | null) => {
      if (!element) return null;
      const { top, bottom } = element.getBoundingClientRect();
      return { top: Math.round(top), bottom: Math.round(bottom) };
    };
    return {
      screen: innerHeight,
      heading: edges(article().querySelector('h1'))!,
      summary: edges(article().querySelector('.node__summary'))!,
      answers: [...article().querySelectorAll('.answers__list a')].map((answer) => edges(answer)!),
      drawing: edges(article().querySelector('.rp svg')),
      focused: focused(),
      atEnd: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
    };
  }, focusedTitle);

/** After an answer, the new heading sits this close to the top of the screen, unless the page ends first. */
const AT_THE_TOP = 0.1;

/** Up to this many answers, a laptop screen shows them all. */
const ALL_ANSWERS_UP_TO = 6;

/** What the person cannot see on the first screen of `node`, in words; empty when all is there. */
function missing(node: MachineNode, layout: Layout, laptop: boolean): string[] {
  const off = (edges: Edges) => edges.top < 0 || edges.bottom > layout.screen;
  const problems: string[] = [];
  if (off(layout.heading)) problems.push(`heading at ${layout.heading.top}–${layout.heading.bottom} px`);
  if (node.kind === 'diagnosis') {
    if (off(layout.summary)) problems.push(`summary ends at ${layout.summary.bottom} px`);
    if (layout.drawing && off(layout.drawing)) problems.push(`request path ends at ${layout.drawing.bottom} px`);
    return problems;
  }
  const [first] = layout.answers;
  const last = layout.answers.at(-1)!;
  if (off(first)) problems.push(`first answer ends at ${first.bottom} px`);
  if (laptop && layout.answers.length <= ALL_ANSWERS_UP_TO && off(last)) {
    problems.push(`last of ${layout.answers.length} answers ends at ${last.bottom} px`);
  }
  return problems;
}

/** The answer that first reaches each node on its shortest walk: the edges of a tree covering every node once. */
const reachedFrom = new Map<string, MachineNode[]>();
for (const node of machineNodes) {
  const last = shortestSteps.get(node.id)!.at(-1);
  if (last) reachedFrom.set(last.node, [...(reachedFrom.get(last.node) ?? []), node]);
}
const eventInto = (node: MachineNode) => shortestSteps.get(node.id)!.at(-1)!.event;

const phone = { width: 375, height: 740 };
const laptop = { width: 1280, height: 800 };
const isLaptop = (page: Page) => page.viewportSize()!.width === laptop.width;

type Seen = Layout & { node: string; size: number };

/** Every measurement, for whoever reads a failure or compares two layouts. */
const attachLayouts = (seen: Seen[]) => test.info().attach('layouts.json', { body: JSON.stringify(seen), contentType: 'application/json' });

// A trace would snapshot every one of the hundreds of steps; the attached layouts say more about a failure.
test.use({ trace: 'off' });

/** Time enough for one look at every node, however the tree grows. */
const timeForEveryNode = 30_000 + machineNodes.length * 2_000;

test('every node page opened from a link shows its heading, and its answers or its path, on the first screen of a phone and a laptop', async ({ page }) => {
  test.setTimeout(timeForEveryNode);
  const problems: string[] = [];
  const seen: Seen[] = [];
  // Each page is opened at the size the last one ended on and then resized once, so no resize is wasted.
  let sizes = [phone, laptop];
  await page.setViewportSize(phone);
  for (const node of machineNodes) {
    await page.goto(nodeUrl(node.id), { waitUntil: 'domcontentloaded' });
    for (const viewport of sizes) {
      if (viewport !== sizes[0]) await page.setViewportSize(viewport);
      const layout = await measure(page);
      seen.push({ node: node.id, size: viewport.width, ...layout });
      const found = missing(node, layout, isLaptop(page));
      if (found.length > 0) problems.push(`${node.id} at ${viewport.width} px: ${found.join(', ')}`);
    }
    sizes = sizes.toReversed();
  }
  await attachLayouts(seen);
  expect(problems, 'pages whose first screen lacks what the person needs').toEqual([]);
});

for (const viewport of [phone, laptop]) {
  test(`at ${viewport.width}×${viewport.height}, after each answer the next node is in view with its heading focused, no scrolling needed`, async ({ page }) => {
    test.setTimeout(timeForEveryNode);
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    const seen: Seen[] = [];
    await page.goto(nodeUrl(startId));
    await waitForWizard(page);
    /**
     * Depth first: answer into each child, look, go on from there, then Back.
     * Each answer is picked from the bottom of the screen, as by a person who
     * scrolled down to it (where the page lets them).
     */
    const visit = async (from: string) => {
      for (const child of reachedFrom.get(from) ?? []) {
        const answer = page.locator(`[data-node-article][data-node="${from}"] a[data-event="${eventInto(child)}"]`);
        await answer.evaluate((link) => link.scrollIntoView({ block: 'end' }));
        await answer.click();
        const layout = await measure(page, content.get(child.id)!.title);
        seen.push({ node: child.id, size: viewport.width, ...layout });
        const found = missing(child, layout, isLaptop(page));
        if (!layout.focused) found.push('heading not focused and announced');
        if (layout.heading.top > AT_THE_TOP * layout.screen && !layout.atEnd) found.push(`heading ${layout.heading.top} px down`);
        if (found.length > 0) problems.push(`${from} → ${child.id}: ${found.join(', ')}`);
        await visit(child.id);
        await page.goBack();
      }
    };
    await visit(startId);
    await attachLayouts(seen);
    expect(problems, 'steps after which the person has to scroll to find the new node').toEqual([]);
  });
}
