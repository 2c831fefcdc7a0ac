// The set-up every browser test file shares, kept apart from helpers.mjs because it registers node:test
// hooks (helpers.mjs is also used by the benchmark, which is no test file).
//
// - useServerAndBrowser(): the build served and a headless Chromium, started before the file's tests and
//   stopped after them; read `.server` and `.browser` from the returned object inside the tests.
// - onFreshPage(shared, t, body, contextOptions): `body` on a page of its own, with a screenshot and the HTML
//   saved when it fails.
// - onOwnServer(browser, t, body, serverOptions): the same on a server of the test's own, which `body(page,
//   server)` may shut down (offline use) or give another release (updates).
// - waitUntil(read, check, what): polls until the app shows what a test expects, instead of sleeping.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchBrowser, newAppPage, saveArtifacts, startServer } from './helpers.mjs';

export function useServerAndBrowser() {
  const shared = { server: undefined, browser: undefined };
  before(async () => {
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

export async function onFreshPage(shared, t, body, contextOptions) {
  const page = await newAppPage(shared.browser, shared.server, contextOptions);
  try {
    return await body(page);
  } catch (err) {
    await saveArtifacts(page, t.name);
    throw err;
  } finally {
    await page.context().close();
  }
}

export async function onOwnServer(browser, t, body, serverOptions) {
  const server = await startServer(serverOptions);
  try {
    return await onFreshPage({ browser, server }, t, (page) => body(page, server));
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
