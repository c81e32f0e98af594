// The service worker. scripts/build/service-worker.ts fills in VERSION,
// FILES and SHELL after each build, so every deploy that changes a byte gets
// a new worker and a cache of its own.
//
// Installing fetches only the shell (the start page, the 404 page, the icon
// and the site's code and stylesheet), so the worker takes over quickly.
// The rest of the site is downloaded in the background only when a page
// asks for it (src/client/offlineCopy.ts decides: after load, once idle,
// never under Save-Data or on a metered or slow link), a few files at a
// time, stepping aside while the person works in a page, and picks up
// where it stopped when asked again. Every page and file
// of this version the network serves is kept as well, so what a person has
// read works offline even without the download.
//
// Pages (and every file whose name carries no hash) come from the network
// first, the cache answering only when the network fails or is slow: a
// deploy shows on the next navigation, with no prompt to read. Files with a
// hash in their name never change, so they come from the cache first; the
// caches of older versions are kept while a window opened under one is still
// open, so its lazily loaded code (search's dialog) is still there.
const VERSION = '__VERSION__';
/** Every file of this version, by the URL it is fetched by. */
const FILES = __FILES__;
/** What installing fetches: few and small, so the worker is soon in control. */
const SHELL = __SHELL__;
const PREFIX = '502-doctor-';
const CACHE = `${PREFIX}${VERSION}`;
/** Where the worker keeps, across its restarts, which windows were open when it took over. */
const RECORD = new Request('/__502-doctor-older-windows');
const RECORD_CACHE = `${PREFIX}record`;
/** How long a page may take from the network before the cached copy is shown instead. */
const NETWORK_TIMEOUT_MS = 3000;
/** Part of the shell; its absence means the browser evicted the cache. */
const SENTINEL = '/404.html';
/** Files the background download fetches at once: it finishes soon and leaves room for the person's own requests. */
const PARALLEL = 4;
/** The longest a page may hold the background download back with one message. */
const MAX_HOLD_MS = 10_000;

const ours = new Set(FILES);
const hashed = (pathname) => pathname.startsWith('/_astro/') || /^\/pagefind\/(fragment|index)\//.test(pathname) || pathname.endsWith('.pf_meta');

self.addEventListener('install', (event) => {
  event.waitUntil(fill(SHELL).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(rememberOlderWindows().then(pruneOlderCaches).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') event.waitUntil(upkeep());
  event.respondWith(hashed(url.pathname) ? cacheFirst(event, url) : networkFirst(event, url));
});

/** A page's question: `keep` the files it read, and fetch the `whole` site too if its connection allows. Answers 'site' or 'pages' on the port it sent. */
self.addEventListener('message', (event) => {
  const { keep, whole, hold } = event.data ?? {};
  if (typeof hold === 'number') return holdDownload(hold);
  if (!Array.isArray(keep)) return;
  event.waitUntil(answer(keep, whole === true).then((copy) => event.ports[0]?.postMessage(copy)));
});

async function answer(keep, whole) {
  // A shell refill under way finishes first, so the download does not fetch the same files; if it failed, the download retries them.
  await refilling?.catch(() => undefined);
  await keepRead(keep.filter((url) => ours.has(url))).catch(() => undefined);
  if (!whole) download?.stop.abort();
  else await downloadWholeSite().catch(() => undefined);
  return (await missing(FILES)).length === 0 ? 'site' : 'pages';
}

/** The files of `urls` this version's cache lacks. */
async function missing(urls) {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return urls.filter((url) => !have.has(url));
}

/**
 * Fetches into this version's cache each of `urls` it lacks, PARALLEL at a
 * time, straight from the server (`cache: 'reload'`: through the HTTP cache,
 * a new version could be filled with the old one's files); a hashed file
 * already in an older version's cache is copied from there. The first
 * failure stops the rest, and what was stored stays, so a later call
 * resumes where this one stopped. `pause` is awaited before each file.
 */
async function fill(urls, { signal, until = () => true, pause } = {}) {
  const cache = await caches.open(CACHE);
  const queue = await missing(urls);
  const next = async () => {
    while (queue.length > 0 && until()) {
      const url = queue.shift();
      await pause?.();
      signal?.throwIfAborted();
      try {
        const kept = hashed(url) ? await caches.match(url) : undefined;
        const response = kept ?? (await fetch(new Request(url, { cache: 'reload', signal })));
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await cache.put(url, response);
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

/**
 * Until when the background download waits: a page holds it back while the
 * person types, clicks, pastes, drops or chooses a file
 * (src/client/offlineHold.ts), so the few milliseconds a classification or
 * a swap takes are not shared with it.
 */
let heldUntil = 0;
function holdDownload(ms) {
  heldUntil = Math.max(heldUntil, Date.now() + Math.min(Math.max(ms, 0), MAX_HOLD_MS));
}
async function stepAside() {
  while (Date.now() < heldUntil) await new Promise((resolve) => setTimeout(resolve, heldUntil - Date.now()));
}

/** The download of the whole site under way, shared by every page that asks, and how to stop it. */
let download;
function downloadWholeSite() {
  if (!download) {
    const stop = new AbortController();
    // A newer version waiting to take over downloads its own copy: this one would be thrown away.
    const current = () => !self.registration.installing && !self.registration.waiting;
    download = { stop, done: fill(FILES, { signal: stop.signal, until: current, pause: stepAside }).finally(() => (download = undefined)) };
  }
  return download.done;
}

/**
 * Keeps the files a page read. Hashed ones may come from the HTTP cache,
 * costing nothing; the rest are revalidated with the server (a few bytes
 * when it answers 304), since the HTTP cache may hold an older version's.
 */
async function keepRead(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    (await missing(urls)).map(async (url) => {
      const response = await fetch(new Request(url, { cache: hashed(url) ? 'default' : 'no-cache' }));
      if (response.status === 200) await cache.put(url, response);
    }),
  );
}

/** Keeps a copy of what the network served for one of this version's files; the copy is taken before anyone reads the body. */
async function keepCopy(url, response) {
  if (response.status !== 200 || !ours.has(url.pathname)) return;
  const copy = response.clone();
  await (await caches.open(CACHE)).put(url.pathname, copy);
}

/** On each navigation: refill the shell if the browser evicted the cache, and drop older versions no window needs. */
let refilling;
async function upkeep() {
  if (!(await caches.match(SENTINEL, { cacheName: CACHE }))) {
    refilling ??= fill(SHELL).finally(() => (refilling = undefined));
    await refilling;
  }
  await pruneOlderCaches();
}

/** Any version's copy of a hashed file will do: its content is fixed by its name. */
async function cacheFirst(event, url) {
  const copy = await caches.match(url.pathname);
  if (copy) return copy;
  const response = await fetch(event.request);
  event.waitUntil(keepCopy(url, response).catch(() => undefined));
  return response;
}

async function networkFirst(event, url) {
  const { request } = event;
  // Revalidated with the server, so a host's caching headers cannot hold back a deploy.
  const network = fetch(new Request(request, { cache: 'no-cache' }));
  // Registered before the race below, so the copy is taken first; kept even when the cached copy answers.
  event.waitUntil(network.then((response) => keepCopy(url, response)).catch(() => undefined));
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
    // Only an address the site lacks gets the 404 page; a page of the site not kept yet gets the browser's own offline error.
    const notFound = request.mode === 'navigate' && !ours.has(url.pathname) ? await caches.match('/404.html', { cacheName: CACHE }) : undefined;
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
