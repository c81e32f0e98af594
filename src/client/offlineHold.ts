/** How long the worker's background download waits after the person's last key, click, paste or drop. */
const HOLD_MS = 3000;
/** What a person does that starts work in the page: a paste or a chosen file to classify, an answer to swap in, a search. */
const ACTIVITY = ['keydown', 'pointerdown', 'paste', 'drop', 'change'] as const;

let heldAt = -Infinity;

/**
 * Holds the background download of the whole site back while the person is
 * at work in the page, one message a second at most: on two cores, the
 * classification of a paste ran a third slower beside it. A download that
 * starts while it holds waits for it too.
 */
function hold(): void {
  const worker = navigator.serviceWorker.controller;
  const now = performance.now();
  if (!worker || now - heldAt < 1000) return;
  heldAt = now;
  worker.postMessage({ hold: HOLD_MS });
}

/** Listens, from the start of the page, for what the person does. */
export function holdDownloadWhileBusy(): void {
  for (const type of ACTIVITY) addEventListener(type, hold, { capture: true, passive: true });
}
