// Steps 1 and 4 to 7 as a user sees them: advice, charts with their tables, multi-year and break-even,
// the generated texts with their copy buttons, accountability, and the language switch.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';

const shared = useServerAndBrowser();

const text = (locator) => () => locator.innerText();

test('het advies volgt het gekozen samenwerkingsniveau', async (t) => {
  await onApp(shared, t, async (page) => {
    const outcome = page.locator('[data-testid="advice-outcome"]');
    const structured = await outcome.innerText();
    assert.match(structured, /Hybride/);
    await page.getByLabel('Delen zonder regie').check();
    const sharing = await waitUntil(text(outcome), (v) => v !== structured, 'advice changes');
    assert.match(sharing, /Nog niet/);
    assert.doesNotMatch(sharing, /Hybride/);
    // The guide's consequences of going without a contribution, and from which level on it makes sense.
    assert.match(sharing, /versies van de gemeenten groeien uit elkaar/);
    assert.match(sharing, /vanaf ‘Lichte coördinatie’/);
    await page.getByLabel('Volledige regie').check();
    const full = await waitUntil(text(outcome), (v) => /product owner/.test(v), 'full direction advice');
    // By inhabitants suits full direction; usage is less suited to classic municipal collaborations.
    assert.match(full, /Inwoners/);
    assert.doesNotMatch(full, /Gebruik/);
    // The overview table of keys has a caption and header cells for every key.
    const overview = page.locator('#sleuteloverzicht');
    assert.match(await overview.locator('caption').innerText(), /Verdeelsleutels/);
    assert.equal(await overview.locator('tbody th[scope="row"]').count(), 5);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('de grafieken staan er, elk met een tabel van dezelfde cijfers', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('#grafieken').scrollIntoViewIfNeeded();
    await page.locator('#grafiek-bijdrage svg').first().waitFor({ state: 'visible' });
    await page.locator('#grafiek-opbouw svg').first().waitFor({ state: 'visible' });
    const curveTable = page.locator('[data-testid="curve-table"]');
    assert.equal(await curveTable.locator('caption').count(), 1);
    // The row of today's 45 municipalities shows Streef's equal share, as the results do.
    const rowA = curveTable.locator('tbody tr', { hasText: 'A: nu' });
    assert.match(await rowA.textContent(), /2\.420/);
    const composition = page.locator('[data-testid="composition-table"]');
    const totalRow = composition.locator('tbody tr').last();
    assert.match(await totalRow.textContent(), /108\.900/);
    assert.match(await totalRow.textContent(), /247\.500/);
    // ECharts got our options, with the scenario names and both marked points.
    const names = await page.evaluate(() => {
      const chart = window.echarts.getInstanceByDom(document.querySelector('#grafiek-bijdrage'));
      return chart.getOption().series.map((s) => s.name);
    });
    assert.deepEqual(names.slice(0, 3), ['Minimum', 'Streef', 'Wens']);
    assert.deepEqual(page.problems.pageErrors, []);
    assert.deepEqual(page.problems.consoleErrors, []);
  });
});

test('opmaak in een scenarionaam wordt in de grafiek nooit uitgevoerd', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('[data-testid="scenario-tab-0"]').click();
    const nameField = page.locator('#scenario-name');
    assert.equal(await nameField.inputValue(), 'Minimum');
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)>';
    await nameField.fill(markup);
    await page.locator('#grafieken').scrollIntoViewIfNeeded();
    const chart = page.locator('#grafiek-bijdrage');
    await chart.locator('svg').first().waitFor({ state: 'visible' });
    await waitUntil(
      () => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#grafiek-bijdrage')).getOption().series[0].name),
      (name) => name === markup,
      'the series name as typed (ECharts escapes it in its tooltip, and draws legends as text)',
    );
    // Hover along the curves so the tooltip (HTML) shows the names.
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    for (const fraction of [0.1, 0.3, 0.5]) {
      await page.mouse.move(box.x + box.width * fraction, box.y + box.height * 0.6);
    }
    await chart.locator('div').filter({ hasText: 'Streef' }).last().waitFor({ state: 'attached' });
    assert.ok(await chart.locator('div').filter({ hasText: markup }).count() > 0, 'the tooltip shows the name as text');
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'no injected element');
    assert.deepEqual(dialogs, [], 'no dialog');
    // The table alternative shows the name as text.
    assert.equal(await page.locator('[data-testid="curve-table"] thead th', { hasText: markup }).count(), 1);
  });
});

// Without ECharts (a script that defines nothing), or without the chart module that writes its options (not
// found), the tables carry the numbers. The browser itself logs the chart module's 404 as a console error:
// that one line is expected, nothing else.
for (const [what, missing, answer, expectErrors] of [
  ['ECharts', /echarts.*\.js$/, { body: '', contentType: 'text/javascript' }, []],
  ['de grafiekmodule', /bijdragewijzer-charts-[0-9a-f]{16}\.js$/, { status: 404, body: '' }, [/^Failed to load resource: .* 404 /]],
]) {
  test(`zonder ${what} blijven de tabellen en draait de rest gewoon`, async (t) => {
    await onApp(
      shared,
      t,
      async (page) => {
        await page.locator('#grafieken').scrollIntoViewIfNeeded();
        await page.locator('[data-testid="charts-unavailable"]').waitFor();
        assert.equal(await page.locator('#grafiek-bijdrage').count(), 0);
        assert.equal(await page.locator('[data-testid="curve-table"]').isVisible(), true);
        assert.match(await page.locator('[data-testid="break-even"]').innerText(), /103/);
        assert.deepEqual(page.problems.pageErrors, []);
      },
      {
        // The service worker pre-caches both with its own requests, which routes cannot intercept.
        contextOptions: { serviceWorkers: 'block' },
        beforeOpen: (page) => page.route(missing, (route) => route.fulfill(answer)),
        expectErrors,
      },
    );
  });
}

test('de meerjarenraming telt kalenderjaren, volgt de indexatie en het groeiplan', async (t) => {
  await onApp(shared, t, async (page) => {
    const rows = page.locator('[data-testid="multi-year"] tbody tr');
    assert.equal(await rows.count(), 3);
    const yearTwo = rows.nth(1);
    assert.match(await yearTwo.innerText(), /112\.167/);
    // One growth plan: 45 in the budget year, 60 a year later, 75 in the third year.
    const counts = await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[2].innerText.trim()));
    assert.deepEqual(counts, ['45', '60', '75']);
    const budgetYear = Number(await page.locator('#budget-year').inputValue());
    assert.equal(budgetYear, new Date().getFullYear() + 1, 'a new budget is for next year');
    const years = await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[0].innerText.trim()));
    assert.deepEqual(years, [0, 1, 2].map((offset) => String(budgetYear + offset)));
    await page.getByLabel('Indexatie van de kosten per jaar').fill('10');
    // 108,900 plus 10 %.
    await waitUntil(text(yearTwo), (v) => /119\.790/.test(v), 'year 2 indexed by 10%');
    assert.match(await rows.nth(0).innerText(), /108\.900/);
    await page.getByLabel('Aantal jaren', { exact: true }).fill('5');
    await waitUntil(() => rows.count(), (n) => n === 5, 'five years');
    // A different scenario in the first year: Wens, 247,500 over today's 45.
    await page.getByLabel(`Scenario in ${budgetYear}`).selectOption({ label: 'Wens' });
    await waitUntil(text(rows.nth(0)), (v) => /247\.500/.test(v) && /5\.500/.test(v), 'Wens in year 1');
    // The growth plan by hand: 30 join in the first year after the budget year, none in the second.
    await page.locator('#growth-explicit').check();
    await page.getByLabel(`Nieuw in ${budgetYear + 1}`).fill('30');
    await page.getByLabel(`Nieuw in ${budgetYear + 2}`).fill('0');
    await waitUntil(text(rows.nth(1)), (v) => /\b75\b/.test(v), 'year 2 counts 75');
    assert.match(await rows.nth(0).innerText(), /\b45\b/);
    // Variant B follows the same plan.
    assert.match(await page.locator('[data-testid="growth-target"]').innerText(), /75 gemeenten in/);
  });
});

test('break-even volgt het referentiebedrag', async (t) => {
  await onApp(shared, t, async (page) => {
    const outcome = page.locator('[data-testid="break-even"]');
    assert.match(await outcome.innerText(), /Vanaf 103 gemeenten kost Wens/);
    const reference = page.getByLabel('Referentiebedrag per gemeente');
    await reference.fill('1.000');
    // 247,500 / 1,000 = 247.5, so 248 municipalities.
    await waitUntil(text(outcome), (v) => /Vanaf 248 gemeenten/.test(v), 'break-even at 1.000');
    await reference.fill('');
    await waitUntil(text(outcome), (v) => /Vanaf 103 gemeenten/.test(v), 'back to the default reference');
    await page.getByLabel('Scenario om te bereiken').selectOption({ label: 'Streef' });
    await waitUntil(text(outcome), (v) => /Vanaf 45 gemeenten kost Streef/.test(v), 'Streef break-even');
  });
});

test('een gegenereerde tekst kopiëren', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const letter = page.locator('[data-testid="werving-text"]');
      const shown = await letter.inputValue();
      assert.match(shown, /45 gemeenten/);
      assert.match(shown, /€\u00a02\.420/);
      await page.locator('[data-testid="werving-copy"]').click();
      await waitUntil(text(page.locator('[data-testid="werving-status"]')), (v) => v === 'Gekopieerd', 'copied feedback');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, shown);
      // The decision text reflects the conclusions as they change.
      const decision = page.locator('[data-testid="besluit-text"]');
      assert.match(await decision.inputValue(), /Wens: €\u00a0247\.500/);
      assert.match(await decision.inputValue(), /opschalen naar Wens/);
      await page.getByLabel('Opschalen naar scenario').selectOption({ label: 'Geen' });
      await waitUntil(() => decision.inputValue(), (v) => !/opschalen naar Wens/.test(v), 'scale-up removed');
    },
  );
});

test('zonder klembord wordt de tekst geselecteerd met de aanwijzing Ctrl+C', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await page.locator('[data-testid="besluit-copy"]').click();
      await waitUntil(text(page.locator('[data-testid="besluit-status"]')), (v) => /Ctrl\+C/.test(v), 'by-hand hint');
      const selection = await page.evaluate(() => {
        const area = document.activeElement;
        return { id: area.dataset.testid, selected: area.selectionEnd - area.selectionStart, length: area.value.length };
      });
      assert.equal(selection.id, 'besluit-text');
      assert.ok(selection.length > 100);
      assert.equal(selection.selected, selection.length);
    },
    { beforeOpen: (page) => page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })) },
  );
});

test('verantwoording: verschillen, reserve en overschrijding', async (t) => {
  await onApp(shared, t, async (page) => {
    const table = page.locator('[data-testid="accountability"]');
    const firstDifference = table.locator('tbody tr').first().locator('[data-testid="difference"]');
    await page.getByLabel('Werkelijk uitgegeven aan Hosting en infrastructuur').fill('13.500');
    await waitUntil(text(firstDifference), (v) => /\+€\s1\.500/.test(v), 'line difference');
    const reserveUsed = table.locator('[data-testid="accountability-reserve-used"]');
    await waitUntil(text(reserveUsed), (v) => /1\.500/.test(v), 'reserve used');
    await page.getByLabel('Werkelijk uitgegeven aan 3 nieuwe features').fill('50000');
    const total = table.locator('[data-testid="accountability-total"]');
    // 1,500 + 10,000 over budget; the reserve of 9,900 covers part, 1,600 is an overrun.
    await waitUntil(text(total), (v) => /\+€\s11\.500/.test(v), 'total difference');
    assert.match(await reserveUsed.innerText(), /9\.900/);
    assert.match(await table.locator('[data-testid="accountability-overrun"]').innerText(), /1\.600/);
    // Emptying a field means "not known yet" again.
    await page.getByLabel('Werkelijk uitgegeven aan 3 nieuwe features').fill('');
    await waitUntil(text(total), (v) => /\+€\s1\.500/.test(v), 'line left out again');
  });
});

test('de taalwissel zet advies, teksten en tabellen in het Engels', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('[data-testid="lang"]').click();
    await waitUntil(() => page.locator('html').getAttribute('lang'), (v) => v === 'en', 'html lang');
    const letter = page.locator('[data-testid="werving-text"]');
    const english = await waitUntil(() => letter.inputValue(), (v) => v.startsWith('Join'), 'English letter');
    assert.match(english, /€2,420/);
    assert.match(await page.locator('[data-testid="advice-outcome"]').innerText(), /Does a contribution fit/);
    assert.match(await page.locator('[data-testid="break-even"]').innerText(), /From 103 municipalities on/);
    assert.match(await page.locator('#meerjaren caption').innerText(), /Multi-year estimate/);
    assert.match(await page.locator('#verantwoording caption').innerText(), /actual spend/);
  });
});
