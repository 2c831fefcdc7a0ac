// Hosting: the same build works at the root of a site and under a sub-path, as project pages on GitHub or
// GitLab Pages and most municipal web servers serve it. In both places: the first results, the app, the
// service worker with the right scope, and an offline reload. Nothing is asked for outside the app's path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  APP_TIMEOUT_MS,
  DIST,
  ROOT,
  hostHeaders,
  openApp,
  reloadApp,
  showWholePage,
} from './helpers.mjs';
import { onOwnServer, useServerAndBrowser } from './fixtures.mjs';
import { resultsText } from './keep-helpers.mjs';

const SECTIONS = ['advies', 'begroting', 'deelnemers', 'resultaten', 'grafieken', 'meerjaren', 'conclusies', 'verantwoording'];
const SUMMARY = '[data-testid="summary"]';

const shared = useServerAndBrowser();

for (const prefix of ['/', '/tools/bijdragewijzer/']) {
  test(`served at ${prefix}: first results, the app, its service worker and an offline reload`, async (t) => {
    await onOwnServer(shared.browser, t, async (page, server) => {
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(server.url);
      // The first view: the example's Streef, EUR 108,900 a year and EUR 2,420 per municipality.
      await page.locator(`${SUMMARY} table`).waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
      assert.match(await page.locator(SUMMARY).innerText(), /Streef\s+€\s108\.900\s+€\s2\.420/);

      await showWholePage(page);
      for (const id of SECTIONS) assert.equal(await page.locator(`#${id}`).count(), 1, `section ${id} is on the page`);
      assert.match(await resultsText(page), /2\.420/);
      await page.locator('#grafieken').scrollIntoViewIfNeeded();
      await page.locator('#grafieken svg').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });

      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { scope: registration.scope, script: registration.active?.scriptURL };
      });
      assert.equal(worker.scope, server.url, 'the service worker covers exactly the app');
      assert.equal(worker.script, `${server.url}sw.js`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: APP_TIMEOUT_MS });

      // The footer's link to the JSON Schema and the manifest's icons resolve beside the page.
      const schema = await page.locator('footer a[href$="schema.json"]').evaluate((a) => a.href);
      assert.equal(schema, `${server.url}bijdragewijzer.schema.json`);
      assert.equal((await fetch(schema)).status, 200);
      const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
      assert.equal(manifestUrl, `${server.url}manifest.webmanifest`);
      const manifest = await (await fetch(manifestUrl)).json();
      assert.equal(new URL(manifest.start_url, manifestUrl).href, server.url);
      for (const icon of manifest.icons) {
        assert.equal((await fetch(new URL(icon.src, manifestUrl))).status, 200, icon.src);
      }

      const outside = requested.filter((pathname) => !pathname.startsWith(prefix));
      assert.deepEqual(outside, [], 'nothing is asked for outside the app path');
      assert.deepEqual(page.problems.failedRequests, []);
      assert.deepEqual(server.requests.filter((line) => !line.startsWith('200 ')), []);

      const numbers = await resultsText(page);
      await page.context().setOffline(true);
      await server.close();
      await reloadApp(page);
      assert.equal(await resultsText(page), numbers, 'offline, the same results');
      for (const id of SECTIONS) assert.equal(await page.locator(`#${id}`).count(), 1, `offline, section ${id}`);
      assert.deepEqual(page.problems.pageErrors, []);
      assert.deepEqual(page.problems.consoleErrors, []);
    }, { server: { prefix } });
  });
}

test('the address of the sub-path without its last slash leads to the app', async (t) => {
  const prefix = '/bijdragewijzer/';
  await onOwnServer(shared.browser, t, async (page, server) => {
    await openApp(page, server.url.slice(0, -1));
    assert.equal(page.url(), server.url);
    assert.match(await resultsText(page), /2\.420/);
  }, { server: { prefix } });
});

test('the page has no inline script and no address from the site root', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 1, 'a script tag');
  for (const [tag, attributes, body] of scripts) {
    assert.match(attributes, /\ssrc=/, tag);
    assert.equal(body.trim(), '', tag);
  }
  const rooted = [...html.matchAll(/\s(?:href|src)=["']?(\/[^"'\s>]*)/g)].map((match) => match[1]);
  assert.deepEqual(rooted, []);
});

/** The content security policy of the page (meta) and of the headers (dist/_headers). */
async function policies() {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i)?.[0];
  assert.ok(meta, 'a CSP meta tag');
  const fromMeta = meta.match(/content="([^"]*)"/)[1];
  const fromHeaders = (await hostHeaders())('/index.html')['content-security-policy'];
  return { fromMeta, fromHeaders };
}

test('the headers carry the same policy as the page, plus what only headers can say', async () => {
  const { fromMeta, fromHeaders } = await policies();
  assert.equal(fromHeaders, `${fromMeta}; frame-ancestors 'none'`);
  const headers = (await hostHeaders())('/');
  assert.equal(headers['x-frame-options'], 'DENY');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.doesNotMatch(fromMeta, /'unsafe-eval'|frame-ancestors/);
  const scriptSrc = fromMeta.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.doesNotMatch(fromMeta, /https?:/, 'no third-party origin');
  const hashed = (await hostHeaders())('/bijdragewijzer-app-0123456789abcdef_bg.wasm')['cache-control'];
  assert.match(hashed, /max-age=31536000.*immutable/);
  assert.equal((await hostHeaders())('/sw.js')['cache-control'], undefined, 'unhashed files keep the host default');
});

test('the README snippets and `trunk serve` send that same policy', async () => {
  const { fromHeaders } = await policies();
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const trunk = await readFile(path.join(ROOT, 'Trunk.toml'), 'utf8');
  const quoted = fromHeaders.replaceAll("'", "\\'");
  assert.ok(readme.includes(`add_header Content-Security-Policy "${fromHeaders}" always;`), 'nginx snippet');
  assert.ok(readme.includes(`Header always set Content-Security-Policy "${fromHeaders}"`), 'Apache snippet');
  assert.ok(readme.includes(`<add name="Content-Security-Policy" value="${fromHeaders}" />`), 'IIS snippet');
  assert.ok(trunk.includes(`"Content-Security-Policy" = "${fromHeaders}"`) || trunk.includes(quoted), 'Trunk.toml');
});
