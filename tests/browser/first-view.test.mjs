// The page loads in two steps: a small first module shows the header and the results at a glance, then
// the app arrives and takes over. These tests hold the app back to look at the first view on its own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newAppPage, openApp, showWholePage } from './helpers.mjs';
import { assertNoErrors, onFreshPage, useServerAndBrowser } from './fixtures.mjs';
import { DRAFTS_INDEX } from './keep-helpers.mjs';

const APP_MODULE = /\/bijdragewijzer-app-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
const SUMMARY = '[data-testid="summary"]';

const shared = useServerAndBrowser();

/** Opens `route` with the app module held back; resolves to a function that lets it through. */
async function openFirstViewOnly(page, route = '/') {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.route(APP_MODULE, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(route);
  await page.locator(`${SUMMARY} table`).waitFor({ state: 'visible' });
  return { release, requested };
}

test('the first view shows the example at a glance before the app has arrived', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const { release, requested } = await openFirstViewOnly(page);
    const summary = page.locator(SUMMARY);
    // The example's Streef: EUR 108,900 a year, EUR 2,420 for each of 45 municipalities.
    assert.match(await summary.innerText(), /Streef\s+€\s108\.900\s+€\s2\.420/);
    assert.match(await summary.innerText(), /Per gemeente nu \(45\)/);
    assert.equal(await page.locator('h1').innerText(), 'Bijdragewijzer');
    assert.match(await page.locator('[role="status"]').innerText(), /geladen/);
    assert.equal(await page.locator('input:not([disabled])').count(), 0, 'nothing to type in yet');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFTS_INDEX), null, 'nothing stored yet');
    assert.ok(!requested.some((path) => path.startsWith('/echarts')), 'no ECharts for the first view');
    assert.ok(!requested.some((path) => path.startsWith('/bijdragewijzer-charts-')), 'no chart module for the first view');

    const firstView = await summary.innerText();
    release();
    await showWholePage(page);
    assert.equal(await page.locator('#bw-first-view').count(), 0, 'the app took the first view away');
    assert.equal(await page.locator(SUMMARY).count(), 1);
    assert.equal(await page.locator(SUMMARY).innerText(), firstView, 'the app shows the same summary');
    assert.deepEqual(page.problems.pageErrors, []);
    assert.deepEqual(page.problems.consoleErrors, []);
  });
});

test('the app is asked for only after the first results are on screen', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(`${selector} table`)) {
          window.__summaryAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, SUMMARY);
    await openApp(page);
    const { summaryAt, appAskedAt } = await page.evaluate(() => ({
      summaryAt: window.__summaryAt,
      appAskedAt: performance.getEntriesByType('resource')
        .filter((entry) => /bijdragewijzer-app-/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
    assert.equal(appAskedAt.length, 2, 'the app glue and its WebAssembly');
    for (const start of appAskedAt) assert.ok(start > summaryAt, `asked at ${start} ms, summary at ${summaryAt} ms`);
  });
});

test('the summary follows edits, the cents switch and the language', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const summary = page.locator(SUMMARY);
    await page.locator('#hourly-rate').fill('110');
    await page.locator('#hourly-rate').blur();
    // Streef has 550 hours (400 features + 150 maintenance): EUR 5,500 more, plus 10% reserve.
    await page.waitForFunction((selector) => /114\.950/.test(document.querySelector(selector).innerText), SUMMARY);
    await page.getByLabel('Toon centen').check();
    assert.match(await summary.innerText(), /114\.950,00/);
    await page.locator('[data-testid="lang"]').click();
    assert.match(await summary.innerText(), /Per municipality now \(45\)/);
    assert.match(await summary.innerText(), /€114,950\.00/);
  });
});

test('a share link is shown at a glance by the first view too', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    await page.locator('[data-testid="scenario-tab-1"]').click();
    await page.locator('#scenario-name').fill('Gedeeld & samen');
    await page.locator('[data-testid="share-link"]').click();
    const link = await page.locator('[data-testid="share-link-output"]').inputValue();

    const fresh = await newAppPage(shared.browser, shared.server);
    try {
      const { release } = await openFirstViewOnly(fresh, link);
      assert.match(await fresh.locator(SUMMARY).innerText(), /Gedeeld & samen/);
      assert.match(new URL(fresh.url()).hash, /^#bw1\./, 'the first view leaves the link for the app');
      release();
      await showWholePage(fresh);
      assert.match(await fresh.locator(SUMMARY).innerText(), /Gedeeld & samen/);
      assert.equal(new URL(fresh.url()).hash, '');
      assertNoErrors(fresh);
    } finally {
      await fresh.context().close();
    }
  });
});

/** The header as a reader sees it: elements, classes, language and text; not the ids, test hooks and the
 *  disabled state, which the first view's waiting controls differ in by design. */
function headerShape(page) {
  return page.locator('header.bw-header').evaluate((header) => {
    const shape = (element) => ({
      tag: element.tagName,
      class: element.getAttribute('class') ?? '',
      lang: element.getAttribute('lang') ?? '',
      type: element.getAttribute('type') ?? '',
      text: [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent.trim())
        .filter(Boolean)
        .join(' '),
      children: [...element.children].map(shape),
    });
    return shape(header);
  });
}

test("the app's header is the first view's header, so nothing moves when the app arrives", async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const { release } = await openFirstViewOnly(page);
    const waiting = await headerShape(page);
    assert.match(JSON.stringify(waiting), /Bijdragewijzer/, 'the shape holds the title');
    assert.equal(await page.locator('header.bw-header input:not([disabled]), header.bw-header button:not([disabled])').count(), 0,
      'the controls wait for the app');
    release();
    await showWholePage(page);
    await page.locator('[data-testid="lang"]').waitFor();
    assert.deepEqual(await headerShape(page), waiting);
    assert.equal(await page.locator('header.bw-header').count(), 1, 'one header, not two');
  });
});
