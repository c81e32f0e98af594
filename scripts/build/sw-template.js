// The service worker. scripts/build/service-worker.ts fills in VERSION and
// FILES after each build, so every deploy that changes a byte gets a new
// worker and a cache of its own.
//
// Pages (and every file whose name carries no hash) come from the network
// first, the cache answering only when the network fails or is slow: a
// deploy shows on the next navigation, with no prompt to read. Files with a
// hash in their name never change, so they come from the cache first; the
// caches of older versions are kept while a window opened under one is still
// open, so its lazily loaded code (search's dialog) is still there. Nothing
// the network returns is written to the cache: a cache only ever holds the
// one version it was filled with.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = '502-doctor-';
const CACHE = `${PREFIX}${VERSION}`;
/** Where the worker keeps, across its restarts, which windows were open when it took over. */
const RECORD = new Request('/__502-doctor-older-windows');
const RECORD_CACHE = `${PREFIX}record`;
/** How long a page may take from the network before the cached copy is shown instead. */
const NETWORK_TIMEOUT_MS = 3000;
/** Present in every full precache; its absence means the browser evicted the cache. */
const SENTINEL = '/404.html';

const hashed = (pathname) => pathname.startsWith('/_astro/') || /^\/pagefind\/(fragment|index)\//.test(pathname) || pathname.endsWith('.pf_meta');

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(rememberOlderWindows().then(pruneOlderCaches).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') event.waitUntil(upkeep());
  event.respondWith(hashed(url.pathname) ? cacheFirst(event.request, url) : networkFirst(event.request, url));
});

/** Fetches every file straight from the server: through the HTTP cache, a new version could be filled with the old one's files. */
async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' })));
}

/** On each navigation: refill the cache if the browser evicted it, and drop older versions no window needs. */
let refilling;
async function upkeep() {
  if (!(await caches.match(SENTINEL, { cacheName: CACHE }))) {
    refilling ??= precache().finally(() => (refilling = undefined));
    await refilling;
  }
  await pruneOlderCaches();
}

/** Any version's copy of a hashed file will do: its content is fixed by its name. */
async function cacheFirst(request, url) {
  return (await caches.match(url.pathname)) ?? fetch(request);
}

async function networkFirst(request, url) {
  // Revalidated with the server, so a host's caching headers cannot hold back a deploy.
  const network = fetch(new Request(request, { cache: 'no-cache' }));
  const ownCopy = () => caches.match(url.pathname, { cacheName: CACHE });
  let slow;
  const timeout = new Promise((resolve) => (slow = setTimeout(resolve, NETWORK_TIMEOUT_MS)));
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch {
    // Offline or refused: the cached copy answers below.
  } finally {
    clearTimeout(slow);
  }
  const copy = await ownCopy();
  if (copy) return copy;
  try {
    return await network;
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await caches.match('/404.html', { cacheName: CACHE }) : undefined;
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

/** The windows open now were loaded before this version took over: they may still ask for their version's files. */
async function rememberOlderWindows() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const record = await readRecord();
  await writeRecord([...new Set([...record, ...windows.map((client) => client.id)])]);
}

/** Deletes older versions' caches once no window from before this version is open. */
async function pruneOlderCaches() {
  const record = await readRecord();
  const open = (await Promise.all(record.map((id) => self.clients.get(id)))).filter(Boolean).map((client) => client.id);
  if (open.length !== record.length) await writeRecord(open);
  if (open.length > 0) return;
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE && key !== RECORD_CACHE).map((key) => caches.delete(key)));
}

async function readRecord() {
  const response = await caches.match(RECORD, { cacheName: RECORD_CACHE });
  return response ? response.json() : [];
}

async function writeRecord(ids) {
  await (await caches.open(RECORD_CACHE)).put(RECORD, new Response(JSON.stringify(ids)));
}
