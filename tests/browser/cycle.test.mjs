// The yearly cycle in the browser: the built-in example recorded, spent, settled, taken to next year with two
// newcomers, a 3 % wage and 2 % price index and new inhabitants, then a key change with a 10 % phase-in.
// Selectors are ids and data-testid hooks, never wording; figures are checked against each other and against
// what the example's budget makes them by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';
import { onFreshPage, useServerAndBrowser, waitUntil } from './fixtures.mjs';

const shared = useServerAndBrowser();

/** "€ 108.900,00" or "-€ 1.234" -> a number (Dutch notation). */
const amount = (value) => {
  const negative = /[-−]/.test(value);
  const digits = value.replace(/[^\d,]/g, '').replace(',', '.');
  return digits === '' ? 0 : (negative ? -1 : 1) * Number(digits);
};

async function goTo(page, id) {
  await page.click(`a[href="#${id}"]`);
  await page.locator(`#${id}`).waitFor();
}

async function cell(page, testid) {
  return amount(await page.locator(`[data-testid="${testid}"] td`).first().innerText());
}

test('een heel jaar: vastleggen, uitgeven, afrekenen, volgend jaar, ingroei', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    await goTo(page, 'facturen');
    await page.click('[data-testid="record-invoices"]');
    await page.locator('[data-testid="invoices-recorded"]').waitFor();
    const rows = page.locator('[data-testid="invoices"] tbody tr');
    assert.equal(await rows.count(), 45, 'one invoice per member of the example');

    // Spend: every line of Streef as budgeted, so the surplus is exactly the 10 % reserve, 9.900.
    await goTo(page, 'verantwoording');
    const actuals = page.locator('input[id^="verantwoording-werkelijk-"]');
    const lines = await actuals.count();
    assert.equal(lines, 7);
    for (let line = 0; line < lines; line += 1) {
      const budget = amount(await page.locator('#verantwoording tbody tr').nth(line).locator('td').first().innerText());
      await actuals.nth(line).fill(String(budget).replace('.', ','));
    }

    await goTo(page, 'jaarafrekening');
    const settlement = page.locator('[data-testid="settlement"]');
    await settlement.waitFor();
    await waitUntil(() => cell(page, 'settlement-spend'), (v) => v === 99000, 'actual spend from step 7');
    assert.equal(await cell(page, 'settlement-invoiced'), 108900);
    assert.equal(await cell(page, 'settlement-result'), 9900);
    assert.equal(await cell(page, 'settlement-reserve-closing'), 9900, 'no ceiling: the surplus goes to the reserve');

    // A ceiling of 5 % of 108.900 = 5.445: the rest, 4.455, is refunded over the 45 members.
    await page.selectOption('#afrekening-plafond-soort', 'percentage');
    await page.fill('#afrekening-plafond-percentage', '5');
    await waitUntil(() => cell(page, 'settlement-refunds'), (v) => v === 4455, 'refund above the ceiling');
    assert.equal(await cell(page, 'settlement-reserve-closing'), 5445);
    const refunds = await page.locator('[data-testid="settlement-members"] [data-testid="refund"]').allInnerTexts();
    assert.equal(refunds.length, 45);
    const refundSum = refunds.map(amount).reduce((a, b) => a + b, 0);
    assert.equal(Math.round(refundSum * 100), 445500, 'the refunds add up to the cent');
    await page.locator('[data-testid="export-settlement-csv"]').waitFor();

    // Next year with two newcomers and the two indexes.
    await goTo(page, 'volgend-jaar');
    await page.fill('#volgend-jaar-nieuw', '2');
    await page.fill('#volgend-jaar-loonindex', '3');
    await page.fill('#volgend-jaar-prijsindex', '2');
    await waitUntil(() => page.locator('[data-testid="next-year-changes"] li').count(), (n) => n >= 1, 'a preview');
    await page.click('[data-testid="next-year"]');
    await waitUntil(() => page.inputValue('#hourly-rate'), (v) => v === '103', 'the wage index reaches the rate');
    assert.equal(await page.inputValue('#fte-cost'), '77250');
    assert.equal(await page.inputValue('#summary-count'), '47');
    await goTo(page, 'volgend-jaar');
    assert.equal(await page.locator('[data-testid="history"] tbody tr').count(), 1, 'the closed year is in the history');

    // New inhabitants and a key by inhabitants; a 10 % phase-in.
    await page.fill('#summary-inhabitants', '1600000');
    await page.click('#key-inhabitants');
    await goTo(page, 'wat-verandert');
    const table = page.locator('[data-testid="year-over-year"]');
    await table.waitFor();
    await waitUntil(() => table.locator('tbody tr').count(), (n) => n === 47, 'a row per member, newcomers too');
    // Every continuing member: last + change = this, and the effects add up to the change.
    const first = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    const [last, now, change, , budgetEffect, membersEffect, sizeEffect, keyEffect] = first;
    // Each amount is shown in whole euros, rounded on its own: they agree within a euro.
    assert.ok(Math.abs(amount(now) - amount(last) - amount(change)) <= 1, `${last} -> ${now}: ${change}`);
    const effects = [budgetEffect, membersEffect, sizeEffect, keyEffect].map(amount).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(effects - amount(change)) <= 2, `effects ${effects} against change ${amount(change)} (whole euros)`);
    await page.fill('[data-testid="phase-in"]', '10');
    const phased = page.locator('[data-testid="phase-in-table"]');
    await phased.waitFor();
    await waitUntil(() => phased.locator('tbody tr').count(), (n) => n === 47, 'a phase-in row per member');
    // Members of a community described by its size alone are all alike: a new key moves nobody, so nobody
    // is held and the years until nobody is held are none.
    await page.locator('[data-testid="phase-in-years"]').waitFor();
  });
});

test('vijf jaar geschiedenis reist mee in een deellink', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const firstYear = Number(await page.locator('#budget-year').inputValue());
    // Five cycles: record the invoices, open next year's draft (which holds the closed year).
    for (let year = 1; year <= 5; year += 1) {
      await goTo(page, 'facturen');
      await page.click('[data-testid="record-invoices"]');
      await page.locator('[data-testid="invoices-recorded"]').waitFor();
      await goTo(page, 'volgend-jaar');
      await page.click('[data-testid="next-year"]');
      await waitUntil(() => page.locator('#budget-year').inputValue(), (v) => Number(v) === firstYear + year, `year ${year}`);
    }
    await goTo(page, 'volgend-jaar');
    assert.equal(await page.locator('[data-testid="history"] tbody tr').count(), 5, 'five closed years');

    await page.locator('[data-testid="share-link"]').click();
    const link = await page.locator('[data-testid="share-link-output"]').inputValue();
    assert.match(link, /#bw1\./, 'short enough for a link');
    const other = await page.context().newPage();
    await openApp(other, link);
    await waitUntil(() => other.locator('#budget-year').inputValue(), (v) => Number(v) === firstYear + 5, 'the linked year');
    await other.click('a[href="#volgend-jaar"]');
    await other.locator('#volgend-jaar').waitFor();
    const years = await other.locator('[data-testid="history"] tbody tr th').allInnerTexts();
    assert.deepEqual(years.map((year) => Number(year.match(/\d{4}/)?.[0])),
      [4, 3, 2, 1, 0].map((offset) => firstYear + offset), 'the five years, newest first');
    await other.close();
  });
});
