import { mayFetchWholeSite, type ConnectionLike } from './offlinePolicy';

/** What the worker keeps for this browser, as it last answered: the pages read, or the whole site. */
export type OfflineCopy = 'pages' | 'site';

const connection = (navigator as Navigator & { connection?: ConnectionLike & EventTarget }).connection;

/** Every file of this site the page has loaded: the page itself, its code, styles, drawings and the pages the wizard fetched. */
function filesRead(): string[] {
  const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)].map((url) => new URL(url, location.href));
  return [...new Set(urls.filter((url) => url.origin === location.origin).map((url) => url.pathname))];
}

let asked = 0;
let askedWhole: boolean | undefined;

/**
 * Tells the worker in control what to keep: the files this page read, and
 * the rest of the site only when the connection allows it. The answer says
 * what is kept, on `<html data-offline>`; only the latest question's answer
 * counts, so a worker being replaced cannot overwrite its successor's.
 */
function ask(): void {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  const question = ++asked;
  askedWhole = mayFetchWholeSite(connection);
  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data }: MessageEvent<OfflineCopy>) => {
    if (question === asked) document.documentElement.dataset.offline = data;
  };
  worker.postMessage({ keep: filesRead(), whole: askedWhole }, [channel.port2]);
}

/**
 * Registers the worker and asks it once it controls the page. A worker
 * takes control as soon as it has installed its small shell (the first
 * visit, or a deploy's new version), and is asked then; asking the version
 * it replaces would download a copy about to be thrown away.
 */
export async function keepOffline(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js');
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    delete document.documentElement.dataset.offline;
    ask();
  });
  // Moving to a metered or slow link stops the download; moving off one resumes it.
  connection?.addEventListener('change', () => {
    if (mayFetchWholeSite(connection) !== askedWhole) ask();
  });
  if (!registration.installing && !registration.waiting) ask();
}
