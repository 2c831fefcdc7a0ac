// Shared helpers for the browser tests (run with `node --test tests/browser/`).
//
// - startServer(): serves the Trunk build in dist/ on a free 127.0.0.1 port, optionally under a sub-path,
//   with extra headers, and with the files swapped for another build while it runs.
// - hostHeaders(): the response headers that dist/_headers asks a host to send.
// - launchBrowser(): headless Chromium from the system (/usr/bin/chromium) via playwright-core.
// - newAppPage(browser, server): a fresh page whose relative URLs resolve against the server,
//   recording console errors, page errors and failed requests (recordProblems(page) for other pages).
// - openApp(page), reloadApp(page): (re)load the app and wait until every section is on the page.
// - saveArtifacts(page, name): screenshot + HTML in tests/browser/artifacts/ (git-ignored).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.resolve(process.env.BIJDRAGEWIJZER_DIST ?? path.join(ROOT, 'dist'));
export const ARTIFACTS = path.join(ROOT, 'tests', 'browser', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The axe rule tags of WCAG 2.2 level AA (and the levels below it) that every accessibility check runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How long to wait for the wasm app to render its results. */
export const APP_TIMEOUT_MS = 30_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serve `root` (default dist/) on a free port on 127.0.0.1, at `prefix` (default "/"; a sub-path such as
 * "/tools/bijdragewijzer/" serves the build there and answers 404 outside it, and redirects the prefix
 * without its last slash to the prefix, as web servers do for a directory).
 * Paths without a file extension fall back to index.html, like `trunk serve`.
 * `headers(pathname)` may add response headers per path (see hostHeaders()).
 * Resolves to { url, close(), requests, setRoot(dir) } where requests lists every "<status> <path>" and
 * setRoot serves another build from then on, as a deployment does.
 */
export async function startServer({ root = DIST, prefix = '/', headers = () => ({}) } = {}) {
  if (!(await isFile(path.join(root, 'index.html')))) {
    throw new Error(`${root}/index.html not found: run \`trunk build --release\` first`);
  }
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
    throw new Error(`prefix ${prefix} must start and end with "/"`);
  }
  let served = path.resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const root = served;
    const send = (status, extra = {}) => {
      requests.push(`${status} ${req.url}`);
      res.writeHead(status, { 'cache-control': 'no-store', ...extra });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      send(400);
      res.end();
      return;
    }
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      send(301, { location: prefix });
      res.end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      send(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const inSite = '/' + pathname.slice(prefix.length);
    let file = path.resolve(root, '.' + inSite);
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(403);
      res.end();
      return;
    }
    if (!(await isFile(file))) {
      const index = path.join(file, 'index.html');
      if (await isFile(index)) {
        file = index;
      } else if (path.extname(inSite) === '') {
        file = path.join(root, 'index.html');
      } else {
        send(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found\n');
        return;
      }
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(200, { 'content-type': type, 'x-content-type-options': 'nosniff', ...headers(inSite) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    setRoot: (dir) => {
      served = path.resolve(dir);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * The headers that a _headers file (Netlify / Cloudflare Pages style, default dist/_headers) sets, as a
 * function of the path within the site, for startServer's `headers`. Rules are "/path-with-*" lines followed
 * by indented "Name: value" lines; every rule whose pattern matches adds its headers.
 */
export async function hostHeaders(file = path.join(DIST, '_headers')) {
  const rules = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return (pathname) =>
    Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
}

/** Headless system Chromium; `npx playwright install` does not work offline. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new page in its own context, with relative URLs resolved against the server and the
 * Dutch locale. `page.problems` collects console errors, uncaught page errors and failed
 * requests from the moment the page exists.
 */
export async function newAppPage(browser, server, contextOptions = {}) {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    ...contextOptions,
  });
  return recordProblems(await context.newPage());
}

/**
 * Sets `page.problems`: console errors, uncaught page errors and failed requests from now on. For pages
 * that newAppPage did not make, such as a window the app opens.
 */
export function recordProblems(page) {
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err?.stack ?? err)));
  page.on('requestfailed', (req) =>
    problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  page.problems = problems;
  return page;
}

/**
 * Load the app at `route` and wait until it is complete: every section is on the page and the results
 * section is visible.
 */
export async function openApp(page, route = '/') {
  await page.goto(route, { waitUntil: 'load' });
  await showWholePage(page);
}

/** Reload, as a user pressing F5 would, and wait until the app is complete again. */
export async function reloadApp(page, options = {}) {
  await page.reload({ waitUntil: 'load', ...options });
  await showWholePage(page);
}

/**
 * Sections join the page as they come near the viewport or the browser is idle (`<main>` has
 * `data-pending` until all are there):
 * scroll down as a reader would until none is missing, then back to the top.
 */
export async function showWholePage(page) {
  const main = page.locator('main#main');
  await main.waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  const deadline = Date.now() + APP_TIMEOUT_MS;
  while ((await main.getAttribute('data-pending')) === 'true') {
    if (Date.now() > deadline) throw new Error('the page did not complete its sections');
    await page.evaluate(() => new Promise((done) => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      requestAnimationFrame(() => requestAnimationFrame(done));
    }));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('[data-testid="results"]').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
}

/** Save a screenshot and the rendered HTML for a failed test. Never throws. */
export async function saveArtifacts(page, name) {
  const safe = name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  try {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${safe}.png`), fullPage: true });
    await writeFile(path.join(ARTIFACTS, `${safe}.html`), await page.content());
  } catch (err) {
    console.error(`could not save artifacts for ${name}: ${err}`);
  }
}
