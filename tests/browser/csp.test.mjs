// The content security policy: a full walk through the app under the policy of index.html and the headers of
// dist/_headers causes no violation, and markup in a municipality name, a scenario name and the document
// name stays text everywhere: tables, the texts of section 6, the charts, the first view and the CSV.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_TIMEOUT_MS, hostHeaders, newAppPage, openApp } from './helpers.mjs';
import { assertNoErrors, onFreshPage, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { chooseFile, documentName, download, eventually } from './keep-helpers.mjs';

const SECTIONS = ['advies', 'begroting', 'deelnemers', 'resultaten', 'grafieken', 'meerjaren', 'conclusies', 'verantwoording'];
const MARKUP = '<img src=x onerror=alert(1)>';
const APP_MODULE = /\/bijdragewijzer-app-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

const shared = useServerAndBrowser(async () => ({ headers: await hostHeaders() }));

/** Makes `page` record every CSP violation (in `window.__violations`) and every dialog. */
async function watch(page) {
  await page.context().addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  page.dialogs = [];
  page.context().on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

/** `body` on a fresh watched page of the server with the host's headers. */
function onWatchedPage(t, body) {
  return onFreshPage(shared, t, async (page) => body(await watch(page)));
}

const violations = (page) => page.evaluate(() => window.__violations);

/** No element the markup could have made, and no handler attribute anywhere. */
async function assertNoInjectedMarkup(page, where) {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => el.hasAttribute('onerror')).length,
  }));
  assert.deepEqual(found, { images: 0, handlers: 0 }, where);
}

/** Hovers over a chart until ECharts shows its tooltip; returns the tooltip's text. */
async function chartTooltip(page, chart) {
  const canvas = page.locator(`#${chart} svg`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  for (const fraction of [0.5, 0.3, 0.7, 0.4, 0.6]) {
    await page.mouse.move(box.x + box.width * fraction, box.y + box.height * 0.6);
    const text = await page.evaluate((chart) => {
      const tip = [...document.querySelectorAll(`#${chart} div`)].find(
        (div) => div.style.position === 'absolute' && div.style.display !== 'none' && div.innerText.trim() !== '',
      );
      return tip?.innerText ?? '';
    }, chart);
    if (text) return text;
  }
  return '';
}

test('a full walk through the app violates no content security policy', async (t) => {
  await onWatchedPage(t, async (page) => {
    await openApp(page);
    assert.equal(
      (await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content)) ?? '',
      (await hostHeaders())('/')['content-security-policy'].replace("; frame-ancestors 'none'", ''),
    );
    for (const id of SECTIONS) assert.equal(await page.locator(`#${id}`).count(), 1, `section ${id}`);

    // The charts: ECharts loads, draws, and shows a tooltip (HTML with style attributes).
    await page.locator('#grafieken').scrollIntoViewIfNeeded();
    await page.locator('#grafiek-bijdrage svg').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    await page.locator('#grafiek-opbouw svg').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    assert.notEqual(await chartTooltip(page, 'grafiek-opbouw'), '', 'a tooltip shows');

    // The language switch, both ways.
    await page.locator('[data-testid="lang"]').click();
    await waitUntil(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === 'en', 'English');
    await page.locator('[data-testid="lang"]').click();
    await waitUntil(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === 'nl', 'Dutch');

    // A share link, the exports, and an import.
    await page.locator('[data-testid="share-link"]').click();
    assert.match(await page.locator('[data-testid="share-link-output"]').inputValue(), /#bw1\.[A-Za-z0-9_-]+$/);
    const exported = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    assert.equal(exported.generator.name, 'Bijdragewijzer');
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    assert.match(csv, /"Gemaakt met Bijdragewijzer \d+\.\d+\.\d+, gebouwd op \d{4}-\d{2}-\d{2}"\r\n$/);
    exported.name = 'Geïmporteerd onder de CSP';
    await chooseFile(page, 'csp.bijdragewijzer.json', JSON.stringify(exported));
    await eventually(async () => (await documentName(page)) === 'Geïmporteerd onder de CSP', 'the import');

    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(page.problems.consoleErrors, []);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test(`a name such as ${MARKUP} stays text everywhere`, async (t) => {
  await onWatchedPage(t, async (page) => {
    await openApp(page);
    await assertNoInjectedMarkup(page, 'before');
    const document = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    document.name = MARKUP;
    // The start scenario, which the texts of section 6 quote, and a participant in list mode.
    document.scenarios[document.conclusions.start_scenario].name = MARKUP;
    document.participants.mode = 'list';
    document.participants.list = [
      { name: MARKUP, inhabitants: '50000' },
      { name: 'Utrecht', inhabitants: '361000' },
      { name: 'Houten', inhabitants: '50000' },
    ];
    await chooseFile(page, 'markup.bijdragewijzer.json', JSON.stringify(document));
    await eventually(async () => (await documentName(page)) === MARKUP, 'the import');
    await page.locator('#grafieken').scrollIntoViewIfNeeded();
    await page.locator('#grafiek-opbouw svg').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });

    // Tables: the summary, the results and the participant list show the names as they are.
    assert.ok((await page.locator('[data-testid="summary"]').innerText()).includes(MARKUP), 'summary');
    const results = await page.locator('#resultaten').innerText();
    assert.ok(results.includes(MARKUP), 'results');
    assert.equal(
      (await page.locator('[data-testid="participant-row-0"] th, [data-testid="participant-row-0"] td').first().innerText()).trim(),
      MARKUP,
      'the participant row names the municipality as typed',
    );
    // Section 6: the generated texts quote the document and the scenario by name.
    const letters = await page.locator('#conclusies textarea.bw-letter').evaluateAll((areas) => areas.map((a) => a.value));
    assert.ok(letters.length >= 2 && letters.every((text) => text.includes(MARKUP)), letters.join('\n---\n'));
    // The charts: axis labels and legends (drawn on the canvas as text) and the tooltip (HTML) name the
    // scenario as the user typed it.
    const drawn = await page.evaluate(() => {
      const options = (id) => window.echarts.getInstanceByDom(document.getElementById(id)).getOption();
      return {
        axis: options('grafiek-opbouw').xAxis[0].data,
        legend: options('grafiek-bijdrage').series.map((series) => series.name),
      };
    });
    assert.ok(drawn.axis.includes(MARKUP), `axis labels: ${drawn.axis}`);
    assert.ok(drawn.legend.includes(MARKUP), `legend: ${drawn.legend}`);
    const tooltip = await chartTooltip(page, 'grafiek-opbouw');
    assert.ok(tooltip.includes(MARKUP), `tooltip: ${tooltip}`);
    await assertNoInjectedMarkup(page, 'the app');

    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    assert.ok(csv.includes(`"${MARKUP}"`), 'the CSV has the name as a text cell');

    // The first view (the app held back), which writes its markup as text itself: the same drafts in a
    // browser without the service worker, which would answer before the app could be held back.
    const first = await watch(
      await newAppPage(shared.browser, shared.server, {
        storageState: await page.context().storageState(),
        serviceWorkers: 'block',
      }),
    );
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await first.route(APP_MODULE, async (route) => {
      await released;
      await route.continue();
    });
    await first.goto(shared.server.url);
    await first.locator('[data-testid="summary"] table').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    assert.equal(await first.locator('#bw-first-view').count(), 1, 'the first view, not the app');
    assert.ok((await first.locator('[data-testid="summary"]').innerText()).includes(MARKUP), 'first view');
    await assertNoInjectedMarkup(first, 'the first view');
    release();
    assert.deepEqual(await violations(first), []);
    assert.deepEqual(first.dialogs, []);
    assertNoErrors(first);
    await first.context().close();

    assert.deepEqual(page.dialogs, [], 'no dialog opened');
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});
