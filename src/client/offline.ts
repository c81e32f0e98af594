// Someone fixing their own network may lose it, so a service worker keeps
// pages for offline use. Nothing of it competes with the page's first load:
// this gate waits for the load event and then for the browser to be idle
// before it fetches the rest (offlineCopy.ts) and registers the worker, and
// the download it starts steps aside while the person works (offlineHold.ts).
import { holdDownloadWhileBusy } from './offlineHold';

if ('serviceWorker' in navigator) {
  holdDownloadWhileBusy();
  addEventListener('load', () => {
    // Safari has no requestIdleCallback: a second after load stands in for idle there.
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    idle(() => {
      import('./offlineCopy').then(({ keepOffline }) => keepOffline()).catch(() => undefined);
    });
  });
}
