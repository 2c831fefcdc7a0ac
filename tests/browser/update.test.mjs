// Updates that lose nothing: a new version deployed while the app is open announces itself in the open tab,
// reloads into the new version when the user asks, and the draft the user was working on is there and open.
// The version and build date show in the footer.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_TIMEOUT_MS, DIST, ROOT, launchBrowser, openApp, showWholePage } from './helpers.mjs';
import { onOwnServer } from './fixtures.mjs';
import { documentName, draftNames, eventually, storedIndex, waitForStoredName } from './keep-helpers.mjs';

const NOTICE = '[data-testid="update-notice"]';
const START_MODULE = /^bijdragewijzer-start-([0-9a-f]{16})\.js$/;

let work;
let browser;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bijdragewijzer-update-'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/**
 * A copy of dist/ that differs as a new release does: another cache version in sw.js and another content-hashed
 * name for the start module, written into index.html and the service worker's list. Resolves to its folder
 * and the start module's new name.
 */
async function nextRelease(name) {
  const dir = path.join(work, name);
  await cp(DIST, dir, { recursive: true });
  const old = (await readdir(dir)).find((file) => START_MODULE.test(file));
  assert.ok(old, 'a start module in dist/');
  const renamed = old.replace(START_MODULE, (_, hash) => `bijdragewijzer-start-${[...hash].reverse().join('')}.js`);
  await rename(path.join(dir, old), path.join(dir, renamed));
  const index = await readFile(path.join(dir, 'index.html'), 'utf8');
  await writeFile(path.join(dir, 'index.html'), index.replace(old, renamed));
  const worker = await readFile(path.join(dir, 'sw.js'), 'utf8');
  const version = worker.match(/const VERSION = "([0-9a-f]{16})";/);
  assert.ok(version, 'sw.js has a version');
  await writeFile(
    path.join(dir, 'sw.js'),
    worker.replace(version[0], `const VERSION = "${[...version[1]].reverse().join('')}";`).replace(`"${old}"`, `"${renamed}"`),
  );
  return { dir, startModule: renamed };
}

const startModuleOfPage = (page) =>
  page.evaluate(() => new URL(document.querySelector('script[type="module"][src]').src).pathname.split('/').pop());

test('the footer names the version from Cargo.toml and the build date', async (t) => {
  await onOwnServer(browser, t, async (page) => {
    await openApp(page);
    const cargo = await readFile(path.join(ROOT, 'Cargo.toml'), 'utf8');
    const version = cargo.match(/^version = "([^"]+)"/m)[1];
    assert.equal(await page.locator('[data-testid="version-number"]').innerText(), version);
    const built = await page.locator('[data-testid="build-date"]').getAttribute('datetime');
    assert.match(built, /^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = built.split('-').map(Number);
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    assert.equal(await page.locator('[data-testid="build-date"]').innerText(), `${day} ${months[month - 1]} ${year}`);
    assert.match(await page.locator('[data-testid="version"]').innerText(), new RegExp(`Bijdragewijzer versie ${version.replaceAll('.', '\\.')}, gebouwd op`));
  });
});

test('a new version announces itself, reloads on request and keeps the draft', async (t) => {
  const releaseA = path.join(work, 'a');
  await cp(DIST, releaseA, { recursive: true });
  const releaseB = await nextRelease('b');
  await onOwnServer(browser, t, async (page, server) => {
    await openApp(page, server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: APP_TIMEOUT_MS });
    const startA = await startModuleOfPage(page);
    assert.notEqual(startA, releaseB.startModule);

    await page.locator('#document-name').fill('Begroting 2027, vóór de update');
    await waitForStoredName(page, 'Begroting 2027, vóór de update');
    const drafts = await storedIndex(page);
    assert.equal(await page.locator(NOTICE).count(), 0, 'no notice while there is nothing new');

    // Deploy release B, and let the tab look for it as browsers do (on a visit, and the app hourly).
    server.setRoot(releaseB.dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator(NOTICE).waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    assert.match(await page.locator(NOTICE).innerText(), /Er is een nieuwe versie\..*Herladen/s);
    assert.equal(await page.locator(NOTICE).evaluate((notice) => notice.closest('[aria-live="polite"]') !== null), true);
    assert.equal(await documentName(page), 'Begroting 2027, vóór de update', 'nothing changed by itself');
    assert.equal(await startModuleOfPage(page), startA);

    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: APP_TIMEOUT_MS }),
      page.locator('[data-testid="update-reload"]').click(),
    ]);
    await page.waitForLoadState('load');
    await showWholePage(page);
    assert.equal(await startModuleOfPage(page), releaseB.startModule, 'the page comes from release B');
    assert.equal(await documentName(page), 'Begroting 2027, vóór de update', 'the draft is open');
    assert.deepEqual(await draftNames(page), ['Begroting 2027, vóór de update']);
    assert.deepEqual((await storedIndex(page)).map((d) => d.id), drafts.map((d) => d.id), 'the same draft');
    assert.equal(await page.locator(NOTICE).count(), 0, 'no notice after the update');
    await eventually(
      () => page.evaluate(async () => (await caches.keys()).length === 1 && (await navigator.serviceWorker.ready).waiting === null),
      'only the new release cached',
    );
    assert.deepEqual(page.problems.pageErrors, []);
    assert.deepEqual(page.problems.consoleErrors, []);
  }, { server: { root: releaseA, prefix: '/bijdragewijzer/' } });
});
