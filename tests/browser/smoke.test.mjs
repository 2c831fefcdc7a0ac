// Smoke test: the release build loads in headless Chromium and shows the results of the
// built-in example without any error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showWholePage } from './helpers.mjs';
import { onFreshPage, useServerAndBrowser } from './fixtures.mjs';

const shared = useServerAndBrowser();

test('de app laadt en toont de resultaten van het voorbeeld', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const chartModule = [];
    page.on('request', (request) => {
      if (/\/bijdragewijzer-charts-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(new URL(request.url()).pathname)) {
        chartModule.push(new URL(request.url()).pathname);
      }
    });
    await page.goto('/');
    await page.locator('[data-testid="summary"] table').waitFor({ state: 'visible' });
    // ECharts and the chart module that writes its options stay out of the way of the first results: they
    // load when the charts come into view, from the site itself (no CDN).
    assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined', 'no ECharts before the charts are near');
    assert.deepEqual(chartModule, [], 'no chart module before the charts are near');
    await showWholePage(page);

    assert.equal(await page.title(), 'Bijdragewijzer');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

    const results = page.locator('[data-testid="results"]');
    assert.equal(await results.isVisible(), true, 'results section is visible');
    // Streef scenario, built-in example: equal share of € 2.420.
    assert.match(await results.innerText(), /2\.420/);

    await page.locator('#grafieken').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => typeof window.echarts?.init === 'function');
    await page.locator('#grafiek-bijdrage svg').first().waitFor({ state: 'visible' });
    assert.equal(chartModule.length, 2, `the chart module's JS and WebAssembly, once each: ${chartModule}`);

    assert.deepEqual(page.problems.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(page.problems.failedRequests, [], 'no failed requests');
    assert.deepEqual(page.problems.consoleErrors, [], 'no console errors');
  });
});
