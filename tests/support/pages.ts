import { expect, type Page } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { readNodeContent } from './content';

export const content = readNodeContent();

/** A regular expression source matching `text` as an accessible name, whose white space is collapsed. */
const asName = (text: string) =>
  text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');

/** The answer link a person would pick: by role and its exact accessible name. */
export function answerLink(page: Page, from: string, event: string) {
  const answer = content.get(from)!.answers![event];
  const name = new RegExp(`^${asName(answer.label)}${answer.code ? `\\s+${asName(answer.code)}` : ''}$`);
  return page.getByRole('navigation', { name: 'Answers' }).getByRole('link', { name });
}

/** Asserts the page shows `node`: its address and its heading. */
export async function expectNode(page: Page, node: string) {
  await page.waitForURL(nodeUrl(node));
  await expect(page.getByRole('heading', { level: 1 }), `the heading of ${node}`).toHaveText(content.get(node)!.title);
}

/** Resolves once the wizard island has hydrated and loaded the machine, so clicks go to it. */
export async function waitForWizard(page: Page) {
  await expect(page.locator('[data-wizard-node][data-ready]'), 'the wizard is ready').toHaveCount(1);
}

/** Marks the document, so a later check can tell whether it was replaced by a full page load. */
export async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
}

export async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument), 'no full page load happened').toBe(true);
}

/** What a person sees of the wizard at a glance; `readView` reads it in one round trip. */
export interface View {
  path: string;
  heading: string;
  /** The trail's answers, in order. */
  answers: string[];
  /** What the progress line counts: answers given, and the most still to come. */
  taken: number;
  left: number;
  /** Whether the note about Cloudflare or a balancer in front shows. */
  edgeNote: boolean;
  /** Whether the document is still the one `markDocument` marked: no full page load since. */
  sameDocument: boolean;
}

export const readView = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const progress = document.querySelector<HTMLElement>('.progress');
    return {
      path: location.pathname,
      heading: text(document.querySelector('h1')),
      answers: [...document.querySelectorAll('.trail .trail__answer')].map(text),
      taken: Number(progress?.dataset.taken),
      left: Number(progress?.dataset.left),
      edgeNote: document.querySelector('.edge-note') !== null,
      sameDocument: (window as { __sameDocument?: boolean }).__sameDocument === true,
    };
  });

/** The answers the trail shows, whether walked or opened cold. */
export const trailAnswers = (page: Page) =>
  page.getByRole('navigation', { name: /Your answers|How you get here/ }).locator('.trail__answer');

/** A walk people often take: nginx and PHP-FPM, FPM running, connection refused. Each step is [from, answer event, to]. */
export const toFpmRefused: [string, string, string][] = [
  ['start', 'MY_SITE', 'error-page'],
  ['error-page', 'NGINX_FOOTER', 'nginx-backend'],
  ['nginx-backend', 'PHP_FPM_RUNNING', 'nginx-fpm-log'],
  ['nginx-fpm-log', 'CONNECTION_REFUSED', 'fpm-listen-mismatch'],
];
