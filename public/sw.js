// Service worker of Bijdragewijzer: after one visit the app loads and works without a network.
//
// This file is a template: at build time scripts/finish-build.mjs (a Trunk post_build hook) writes
// dist/sw.js from it, with the list of every file of the build and a hash of that list and the files'
// contents. A new release therefore gets a new cache name; the old cache is deleted on activate.
//
// Updates: a new release installs beside the running one and then waits. Open tabs see it waiting and offer to
// reload (src/ui/update.rs); only when the user asks does the new worker take over (the message below), so a
// tab never loses the files of its own release while it still runs. With no tab open the new one simply takes
// over at the next visit. Drafts live in localStorage, which neither release touches.

const ASSETS = '__BW_ASSETS__';
const VERSION = '__BW_VERSION__';
// Caches belong to the origin, not to the path: named after the scope too, so that two copies of the app on
// one host (say /test/ and /bijdragewijzer/) never delete each other's files.
const CACHE_PREFIX = `bijdragewijzer ${new URL(self.registration.scope).pathname} `;
const CACHE = CACHE_PREFIX + VERSION;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Checked with the server, not taken from the browser's HTTP cache: a host that lets browsers keep
      // index.html for a while (GitHub Pages: 10 minutes) must not put an older page into a newer release.
      .then((cache) => cache.addAll(ASSETS.map((path) => new Request(scoped(path), { cache: 'no-cache' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    // The page itself: from the network when there is one, so a new release shows at once; otherwise
    // the cached page. The address may carry a share link in its fragment; that never reaches here.
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(scoped('index.html')))
          .then((page) => page || Response.error()),
      ),
    );
    return;
  }
  // Everything else has a content hash in its name or is fixed per release: the cache first.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
