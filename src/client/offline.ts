// Someone fixing their own network may lose it: once the page is idle, a
// service worker keeps the whole site for offline use. It is registered
// late so it never competes with the page's first load.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    idle(() => {
      navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    });
  });
}
