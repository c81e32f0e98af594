// The service worker. scripts/build/service-worker.ts fills in VERSION and
// FILES after each build, so every deploy that changes a byte gets a new
// worker, a new cache, and the old cache is dropped.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `502-doctor-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('502-doctor-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(respond(event.request, url));
});

/**
 * The site is precached whole, so its own files come from the cache (fast,
 * and the same offline as online); anything else goes to the network. A
 * page missing from the cache, offline, gets the cached 404 page.
 */
async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url.pathname);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}
