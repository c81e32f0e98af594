import { getCollection } from 'astro:content';
import type { Status } from '../../schemas/status';
import { getTree } from '../tree';
import { branchChartTitle, chartBranches } from '../chart/charts';
import { branchListPages, branchListTitle } from '../map';
import { mapListPage, mapUrl, referenceUrl, timeoutDefaultsUrl, timeoutsUrl } from '../urls';

/** What a page's preview image says about it. */
export interface Card {
  /** The page's title, the biggest text on the image. */
  title: string;
  /** What sort of page it is: "Diagnosis", "Question", "Reference"… */
  kind: string;
  /** Diagnoses only: the HTTP status, shown when it is not 502. */
  status?: Status;
}

const kindLabels = { question: 'Question', check: 'Check', diagnosis: 'Diagnosis' } as const;

/** The image every page without one of its own falls back to. */
export const defaultCard: Card = { title: 'Find out why you see “502 Bad Gateway”', kind: 'Troubleshooter' };

/** The image shown for the analyzer page, which is neither a node nor a reference page. */
export const analyzeCard: Card = { title: 'Paste a log line or error page', kind: 'Paste to diagnose' };

/** The tree map's image: the flowchart of the whole tree. */
export const mapCard: Card = { title: 'Map of every question and diagnosis', kind: 'Tree map' };

/** The map as a list, the flowchart's text alternative. */
export const mapListCard: Card = { title: 'Every question and diagnosis, as a list', kind: 'Tree map' };

/** The timeout chain's image, and its table of defaults. */
export const timeoutsCard: Card = { title: 'Check the timeouts along your chain', kind: 'Timeout chain' };
export const timeoutDefaultsCard: Card = { title: 'Timeout defaults of CDNs, balancers, proxies and app servers', kind: 'Timeout chain' };

let cards: Promise<Map<string, Card>> | undefined;

/** The preview card of every page that has its own, by the page's path; once per build. */
export function getCards(): Promise<Map<string, Card>> {
  cards ??= buildCards();
  return cards;
}

async function buildCards(): Promise<Map<string, Card>> {
  const nodes = [...(await getTree()).values()].map((node): [string, Card] => {
    const { title, kind, status } = node.entry.data;
    return [node.href, { title, kind: kindLabels[kind], ...(kind === 'diagnosis' && status !== 502 ? { status } : {}) }];
  });
  const references = (await getCollection('reference')).map((page): [string, Card] => [
    referenceUrl(page.id),
    { title: page.data.title, kind: 'Reference' },
  ]);
  const branches = chartBranches.map((branch): [string, Card] => [branch.href, { title: branchChartTitle(branch), kind: 'Tree map' }]);
  const lists = branchListPages.map(({ branch, page }): [string, Card] => [mapUrl([], page), { title: branchListTitle(branch), kind: 'Tree map' }]);
  return new Map([
    ...nodes,
    ...references,
    ...branches,
    ...lists,
    ['/analyze/', analyzeCard],
    [mapUrl([]), mapCard],
    [mapUrl([], mapListPage), mapListCard],
    [timeoutsUrl, timeoutsCard],
    [timeoutDefaultsUrl, timeoutDefaultsCard],
  ]);
}

/** The image file's name under /og/, without `.png`: the page's path, or `index` for the start page. */
export const imageSlug = (pagePath: string): string => pagePath.replace(/^\/|\/$/g, '') || 'index';

export const defaultImageSlug = 'default';

export const imagePath = (slug: string): string => `/og/${slug}.png`;
