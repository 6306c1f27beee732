/**
 * The service worker (built to /sw.js by scripts/serviceWorkerPlugin.ts,
 * which writes the list of this build's files into it): after the first
 * visit the page, its JavaScript chunks (the training worker, the tfjs
 * backends), the .wasm files and the CSS come from the cache, so Plateau
 * works without a network. The MNIST digits are cached once a run has used them. Each build gets its own cache, and a new build's
 * worker deletes the older caches when it takes over.
 */
declare const self: ServiceWorkerGlobalScope;
/** Replaced at build time by `{"version": "...", "urls": ["index.html", "assets/…", …]}`. */
declare const __PLATEAU_PRECACHE__: { version: string; urls: string[] };

const CACHE_PREFIX = 'plateau-';
const { version, urls } = __PLATEAU_PRECACHE__;
const CACHE = `${CACHE_PREFIX}${version}`;
const scoped = (path: string): string => new URL(path, self.registration.scope).href;
/** The server may answer with `Vary: Origin`; a module script asks with an Origin header, the install did not. */
const MATCH: CacheQueryOptions = { ignoreVary: true };

self.addEventListener('install', (event) => {
  // `reload`: fill the cache from the server, never from a stale HTTP cache.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls.map((url) => new Request(scoped(url), { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// Network first for the page, because the cached index.html is only ever this build's, stored beside its own chunks: online you always get the newest deploy, offline a whole older one, never a mix.
async function pageNetworkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await (await caches.open(CACHE)).match(scoped('index.html'), MATCH);
    if (cached) return cached;
    throw error;
  }
}

/** Data assets (the MNIST digits, 1.6 MB) are not cached at install, only once a run has fetched them. */
const ON_DEMAND = /\.bin$/;

/** Chunks, .wasm and data have content-hashed names, so a cached copy is always right. */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, MATCH);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && ON_DEMAND.test(new URL(request.url).pathname)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(request.mode === 'navigate' ? pageNetworkFirst(request) : cacheFirst(request));
});
