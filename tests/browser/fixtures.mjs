// The set-up every browser test file shares, kept apart from helpers.mjs because it registers node:test
// hooks (helpers.mjs is also used by the benchmark, which is no test file).
//
// - useServerAndBrowser(serverOptions): the build served and a headless Chromium, started before the file's
//   tests and stopped after them; read `.server` and `.browser` from the returned object inside the tests.
//   `serverOptions` are startServer's, or an async function that returns them.
// - onFreshPage(shared, t, body, options): `body` on a page of its own, with a screenshot and the HTML saved
//   when it fails. The test fails on any uncaught page error or console error of that page or of a window it
//   opened, unless it matches one of `options.expectErrors` (regular expressions): a panic or a broken
//   script must not pass unnoticed because a test happened not to ask. `options.contextOptions` go to the
//   browser context (viewport, locale, ...).
// - onApp(shared, t, body, options): the same with the app opened first (openApp) at `options.route`, after
//   `options.initScript` (run in every document of the context) and `options.beforeOpen(page)` (routes).
// - onOwnServer(browser, t, body, options): onFreshPage on a server of the test's own (`options.server` are
//   startServer's options), which `body(page, server)` may shut down (offline use) or give another release.
// - assertNoErrors(page, expectErrors): the check those make, for a page a test opens by itself.
// - waitUntil(read, check, what): polls until the app shows what a test expects, instead of sleeping.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchBrowser, newAppPage, openApp, recordProblems, saveArtifacts, startServer } from './helpers.mjs';

export function useServerAndBrowser(serverOptions = {}) {
  const shared = { server: undefined, browser: undefined };
  before(async () => {
    shared.server = await startServer(typeof serverOptions === 'function' ? await serverOptions() : serverOptions);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/** Fails when `page` had an uncaught error or logged a console error that no pattern in `expectErrors` allows. */
export function assertNoErrors(page, expectErrors = []) {
  const unexpected = (lines) => lines.filter((line) => !expectErrors.some((pattern) => pattern.test(line)));
  const where = page.url();
  assert.deepEqual(unexpected(page.problems.pageErrors), [], `no uncaught page errors on ${where}`);
  assert.deepEqual(unexpected(page.problems.consoleErrors), [], `no console errors on ${where}`);
}

export async function onFreshPage(shared, t, body, { contextOptions, expectErrors = [] } = {}) {
  const page = await newAppPage(shared.browser, shared.server, contextOptions);
  // Windows the app opens (a preview, a download tab) are checked as well.
  const opened = [];
  page.context().on('page', (other) => {
    if (other !== page) opened.push(recordProblems(other));
  });
  try {
    const result = await body(page);
    for (const checked of [page, ...opened]) assertNoErrors(checked, expectErrors);
    return result;
  } catch (err) {
    await saveArtifacts(page, t.name);
    throw err;
  } finally {
    await page.context().close();
  }
}

export async function onApp(shared, t, body, { route, initScript, beforeOpen, ...options } = {}) {
  return onFreshPage(
    shared,
    t,
    async (page) => {
      if (initScript) await page.context().addInitScript(initScript);
      if (beforeOpen) await beforeOpen(page);
      await openApp(page, route);
      return body(page);
    },
    options,
  );
}

export async function onOwnServer(browser, t, body, { server: serverOptions, ...options } = {}) {
  const server = await startServer(serverOptions);
  try {
    return await onFreshPage({ browser, server }, t, (page) => body(page, server), options);
  } finally {
    await server.close();
  }
}

/** Polls `read` until `check` holds; returns the last value read. Fails with what was seen. */
export async function waitUntil(read, check, what, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
