// Printing as a report: on paper the key and the other assumptions come first, charts are drawn (also when
// they were never scrolled into view), no editor or button shows, every table fits the width of an A4 page,
// and the built-in example takes at most five A4 pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_TIMEOUT_MS, ARTIFACTS, openApp } from './helpers.mjs';
import { onFreshPage, useServerAndBrowser, waitUntil } from './fixtures.mjs';

const shared = useServerAndBrowser();

/** The width of A4 within the side margins of style/print.css (210 mm - 2 x 12 mm), in CSS pixels. */
const PRINTABLE_WIDTH = Math.floor((186 / 25.4) * 96);

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page (`/Pages` is the tree). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Every input, select, textarea and button a reader would see on the page as it is laid out now. */
function visibleControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

/** Each chart on the page: whether it is drawn (an SVG with shapes) and how wide it is laid out. */
function charts(page) {
  return page.evaluate(() =>
    ['#grafiek-bijdrage', '#grafiek-opbouw'].map((selector) => {
      const svg = document.querySelector(`${selector} svg`);
      const box = svg?.getBoundingClientRect();
      return {
        selector,
        shapes: svg ? svg.querySelectorAll('path').length : 0,
        width: box ? Math.round(box.width) : 0,
        height: box ? Math.round(box.height) : 0,
        viewBox: svg?.getAttribute('viewBox') ?? null,
      };
    }),
  );
}

async function savePdf(name, pdf) {
  try {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path.join(ARTIFACTS, name), pdf);
  } catch {
    // Only for a person looking at a failure; never a reason to fail.
  }
}

test('the example prints as a report of at most five A4 pages', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const pdf = await page.pdf({ format: 'A4' });
    await savePdf('example.pdf', pdf);
    const pages = pageCount(pdf);
    assert.ok(pages >= 1, 'a PDF with pages');
    assert.ok(pages <= 5, `the example takes ${pages} A4 pages; at most 5`);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('on paper the key and assumptions come first, with charts and without any editor', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const report = page.locator('[data-testid="print-report"]');
    assert.equal(await report.isVisible(), false, 'on screen the block of assumptions is not shown');
    await page.emulateMedia({ media: 'print' });
    await report.waitFor({ state: 'visible' });
    const assumptions = await page.locator('[data-testid="print-assumptions"]').innerText();
    assert.match(assumptions, /Verdeelsleutel\s+Gelijk: iedere gemeente betaalt hetzelfde deel/);
    assert.match(assumptions, /Minimum en maximum\s+geen/);
    assert.match(assumptions, /Groeiplan\s+van 45 naar 75 gemeenten in 2 jaar/);
    assert.match(assumptions, /Meerjarenraming\s+3 jaar.*3% per jaar/);
    assert.match(assumptions, /Reserve\s+Minimum 0%, Streef 10%, Wens 10%/);
    assert.match(await report.innerText(), /Meldingen openbare ruimte/);
    assert.match(await report.innerText(), /begrotingsjaar \d{4} · afgedrukt op \d{1,2} [a-z]+ \d{4}/);
    // The block comes before every figure: above the summary at the top of the first page.
    const [reportTop, summaryTop] = await Promise.all([
      report.evaluate((element) => element.getBoundingClientRect().top),
      page.locator('[data-testid="summary"]').evaluate((element) => element.getBoundingClientRect().top),
    ]);
    assert.ok(reportTop < summaryTop, 'assumptions above the summary');

    assert.deepEqual(await visibleControls(page), [], 'no input, select, textarea or button on paper');
    // What fields hold on screen is text on paper, where a table needs it.
    const costs = page.locator('#budget-comparison');
    assert.equal(await costs.isVisible(), true);
    assert.match(await costs.innerText(), /Hosting en infrastructuur\s+€\s10\.000\s+€\s12\.000/);
    assert.match(await page.locator('#meerjarentabel tbody tr').first().innerText(), /Streef/);
    assert.equal(await page.locator('[data-testid="compare-keys"]').isVisible(), true);

    const drawn = await waitUntil(
      () => charts(page),
      (all) => all.every((chart) => chart.shapes > 0 && chart.width > 0),
      'both charts drawn on paper',
      APP_TIMEOUT_MS,
    );
    for (const chart of drawn) {
      assert.ok(chart.width <= PRINTABLE_WIDTH, `${chart.selector} is ${chart.width}px wide`);
      assert.match(chart.viewBox ?? '', /^0 0 \d+(\.\d+)? \d+(\.\d+)?$/, `${chart.selector} scales as a whole`);
    }
    // Drawn charts carry the figures; their tables stay off paper.
    assert.equal(await page.locator('[data-testid="curve-table"]').isVisible(), false);

    // In English too.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-testid="lang"]').click();
    await page.emulateMedia({ media: 'print' });
    await waitUntil(
      () => page.locator('[data-testid="print-assumptions"]').innerText(),
      (text) => /Allocation key\s+Equal/.test(text),
      'the block in English',
    );
    assert.deepEqual(page.problems.pageErrors, []);
  }, { contextOptions: { viewport: { width: PRINTABLE_WIDTH, height: 1000 } } });
});

test('every table fits the width of an A4 page', async (t) => {
  await onFreshPage(
    shared,
    t,
    async (page) => {
      await openApp(page);
      await page.emulateMedia({ media: 'print' });
      await page.locator('[data-testid="print-report"]').waitFor({ state: 'visible' });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .filter((table) => table.getBoundingClientRect().width > 0)
          .map((table) => {
            const box = table.getBoundingClientRect();
            const wrapper = table.parentElement;
            return {
              caption: table.querySelector('caption')?.textContent.slice(0, 50) ?? table.id,
              left: Math.round(box.left),
              right: Math.round(box.right),
              scrollWidth: table.scrollWidth,
              wrapperOverflow: wrapper.scrollWidth - wrapper.clientWidth,
            };
          }),
      );
      assert.ok(tables.length >= 8, `the report's tables are on paper (${tables.length})`);
      assert.ok(tables.some((table) => /onder elke sleutel/.test(table.caption)), 'the key comparison is on paper');
      for (const table of tables) {
        assert.ok(table.left >= 0 && table.right <= PRINTABLE_WIDTH, `${table.caption}: ${table.left}..${table.right}`);
        assert.ok(table.scrollWidth <= PRINTABLE_WIDTH, `${table.caption}: ${table.scrollWidth}px of content`);
        assert.ok(table.wrapperOverflow <= 0, `${table.caption}: cut off by ${table.wrapperOverflow}px`);
      }
    },
    { contextOptions: { viewport: { width: PRINTABLE_WIDTH, height: 1000 } } },
  );
});

test('printing draws the charts even when they were never scrolled into view', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    // Opened at the top and left there: the charts are screens away and the sections may still be joining.
    await page.goto('/');
    await page.locator('[data-testid="summary"] table').waitFor({ state: 'visible' });
    await page.locator('[data-testid="print"]').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    // Ctrl+P cannot wait for a script to load: ECharts comes once the page has settled, without scrolling.
    await page.waitForFunction(() => typeof window.echarts?.init === 'function', null, { timeout: APP_TIMEOUT_MS });
    assert.equal(await page.locator('figure.bw-chart-figure[data-drawn]').count(), 0, 'not drawn before printing');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pageCount(pdf) >= 1);
    // beforeprint mounted every section and drew both charts before the pages were laid out.
    assert.equal(await page.locator('main#main').getAttribute('data-pending'), null, 'every section there');
    const drawn = await charts(page);
    for (const chart of drawn) assert.ok(chart.shapes > 0, `${chart.selector} drawn`);
    assert.equal(await page.locator('figure.bw-chart-figure[data-drawn]').count(), 2);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('charts that cannot be drawn yet print as their tables, never blank', async (t) => {
  await onFreshPage(
    shared,
    t,
    async (page) => {
      // ECharts on its way and never arriving: the state of a page printed in its first seconds.
      await page.route(/echarts.*\.js$/, () => {});
      await openApp(page);
      await page.emulateMedia({ media: 'print' });
      await page.locator('[data-testid="print-report"]').waitFor({ state: 'visible' });
      assert.equal(await page.locator('figure.bw-chart-figure[data-drawn]').count(), 0);
      assert.equal(await page.locator('#grafiek-bijdrage').isVisible(), false, 'no empty chart area');
      for (const table of ['curve-table', 'composition-table']) {
        assert.equal(await page.locator(`[data-testid="${table}"]`).isVisible(), true, `${table} on paper`);
      }
      assert.match(await page.locator('[data-testid="composition-table"]').innerText(), /108\.900/);
    },
    { contextOptions: { serviceWorkers: 'block' } },
  );
});

test('the print button opens the dialog only when the page is ready for paper', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.goto('/');
    await page.locator('[data-testid="print"]').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
    // Instead of the dialog, record what the page looks like at the moment it would open.
    await page.evaluate(() => {
      window.print = () => {
        const svg = (selector) => document.querySelector(`${selector} svg`);
        window.__atPrint = {
          pending: document.querySelector('main#main')?.getAttribute('data-pending') ?? null,
          echarts: typeof window.echarts?.init,
          drawn: ['#grafiek-bijdrage', '#grafiek-opbouw'].map((s) => svg(s)?.querySelectorAll('path').length ?? 0),
          width: Number(svg('#grafiek-bijdrage')?.getAttribute('width') ?? 0),
          report: document.querySelector('[data-testid="print-assumptions"]')?.textContent ?? '',
        };
      };
    });
    await page.locator('[data-testid="print"]').click();
    const atPrint = await waitUntil(
      () => page.evaluate(() => window.__atPrint ?? null),
      Boolean,
      'the print dialog asked for',
      APP_TIMEOUT_MS,
    );
    assert.equal(atPrint.pending, null, 'every section mounted');
    assert.equal(atPrint.echarts, 'function', 'ECharts loaded');
    assert.ok(atPrint.drawn.every((shapes) => shapes > 0), `both charts drawn: ${atPrint.drawn}`);
    assert.ok(atPrint.width > 0 && atPrint.width <= PRINTABLE_WIDTH, `drawn for paper: ${atPrint.width}px`);
    assert.match(atPrint.report, /Gelijk/);
    // After printing the charts follow the screen again.
    const screenWidth = await page.locator('#grafiek-bijdrage').evaluate((element) => element.clientWidth);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await waitUntil(
      () => page.locator('#grafiek-bijdrage svg').evaluate((svg) => Number(svg.getAttribute('width'))),
      (width) => width === screenWidth,
      'the chart back at the width of the screen',
    );
    assert.deepEqual(page.problems.pageErrors, []);
  });
});
