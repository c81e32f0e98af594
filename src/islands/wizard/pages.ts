/** A node page's article and title, lifted from its pre-rendered HTML. */
export interface NodePage {
  html: string;
  title: string;
  /** The most answers still to give from that node, as the build worked it out. */
  stepsLeft: number;
}

/** A page that did not arrive: `status` is the server's answer, or null when the network gave none. */
export class PageLoadError extends Error {
  constructor(
    readonly href: string,
    readonly status: number | null,
  ) {
    super(status === null ? `${href} did not load` : `${href} answered ${status}`);
  }
}

const pages = new Map<string, Promise<NodePage>>();

/**
 * Fetches a node's own static page once and keeps its article. The wizard
 * swaps that article in, so client-side and no-JavaScript visits show the
 * very same HTML and no second copy of the content ships as data.
 *
 * `signal` cancels this caller's wait: the fetch it started is aborted, and
 * a load another caller started (a prefetch) is left to finish for them.
 */
export function loadPage(href: string, signal?: AbortSignal): Promise<NodePage> {
  let page = pages.get(href);
  if (!page) {
    page = fetch(href, { credentials: 'same-origin', signal }).then(
      (response) => readArticle(href, response),
      (error: unknown) => {
        throw signal?.aborted ? error : new PageLoadError(href, null);
      },
    );
    pages.set(href, page);
    page.catch(() => pages.delete(href));
  }
  return signal ? abortable(page, signal) : page;
}

/** `work`, or its caller giving up on it: the work itself goes on for whoever else waits for it. */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

async function readArticle(href: string, response: Response): Promise<NodePage> {
  if (!response.ok) throw new PageLoadError(href, response.status);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = doc.querySelector('[data-node-article]');
  if (!article) throw new PageLoadError(href, response.status);
  return { html: article.outerHTML, title: doc.title, stepsLeft: Number(article.getAttribute('data-steps-left') ?? 0) };
}
