// Offline: after one visit the service worker has cached every asset of the build, and the app loads
// and computes with the network off (and the server gone). The manifest makes it installable.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_TIMEOUT_MS, DIST, openApp, reloadApp } from './helpers.mjs';
import { onOwnServer, useServerAndBrowser } from './fixtures.mjs';
import { resultsText } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

test('the manifest, icons and JSON Schema are published with the site', async () => {
  const manifest = await (await fetch(new URL('manifest.webmanifest', shared.server.url))).json();
  assert.equal(manifest.name, 'Bijdragewijzer');
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, shared.server.url));
    assert.equal(response.status, 200, icon.src);
    assert.equal(response.headers.get('content-type'), icon.type, icon.src);
  }
  const schema = await (await fetch(new URL('bijdragewijzer.schema.json', shared.server.url))).json();
  assert.ok(schema.properties.format_version, 'the schema describes format_version');
});

test('the service worker lists every file of the build', async () => {
  const worker = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(worker.match(/const ASSETS = (\[.*?\]);/)[1]);
  const index = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const referenced = [...index.matchAll(/(?:href|src)=["']?(?:\.\/)?([\w./-]+\.(?:js|wasm|css|webmanifest|svg|png))/g)].map(
    (match) => match[1],
  );
  assert.ok(referenced.length >= 5, referenced.join(', '));
  for (const file of referenced) assert.ok(listed.includes(file), `${file} is cached`);
  assert.match(worker, /const VERSION = "[0-9a-f]{16}";/);
});

test('after one visit the app loads and works offline', async (t) => {
  // A server of its own, so that it can be shut down: offline means nothing answers at all.
  await onOwnServer(shared.browser, t, async (page, own) => {
    await openApp(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
      timeout: APP_TIMEOUT_MS,
    });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const numbers = await resultsText(page);

    await page.context().setOffline(true);
    await own.close();
    await reloadApp(page);
    assert.equal(await resultsText(page), numbers);

    // It still computes: an edit is kept and shown.
    await page.locator('#document-name').fill('Onderweg in de trein');
    assert.equal(await page.locator('#document-name').inputValue(), 'Onderweg in de trein');
    assert.deepEqual(page.problems.pageErrors, []);
  });
});
