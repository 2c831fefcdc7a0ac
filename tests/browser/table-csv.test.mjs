// The per-member table and the CSV are two views of one set of rows (domain::views::member_rows): for 342
// named municipalities under the size-band key with a minimum and a maximum, every row agrees to the cent,
// in both variants, and the rows add up to the scenario total (issues 10 and 11).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';
import { onFreshPage, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { chooseFile, download, eventually } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

/** Sizes spread as municipalities are: a few small, most between 5,000 and 200,000, a few large. */
function community() {
  let seed = 342;
  const unit = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const between = (low, high) => Math.round(low * (high / low) ** unit());
  return Array.from({ length: 342 }, (_, index) => ({
    name: `Gemeente ${String(index + 1).padStart(3, '0')}`,
    inhabitants: String(index < 5 ? between(900, 4999) : index >= 335 ? between(200001, 950000) : between(5000, 200000)),
  }));
}

/** "€ 1.234,56" -> "1234.56" as the exact decimal text, never through a float. */
const cents = (text) => text.replace(/[^\d,-]/g, '').replace(',', '.');

/** The cells of a CSV line as a spreadsheet reads them. */
function cells(line) {
  const out = [''];
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') {
      out[out.length - 1] += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) out.push('');
    else out[out.length - 1] += c;
  }
  return out;
}

test('342 municipalities under the size-band key with bounds: the table and the CSV agree to the cent', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    // The example as the app exports it is the base; only the participants and the key change.
    const exported = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    exported.name = 'Alle 342 gemeenten';
    exported.participants.mode = 'list';
    exported.participants.list = community();
    exported.growth.additional = 20;
    exported.key.kind = 'staffel';
    exported.key.minimum = '250';
    exported.key.maximum = '6000';
    await chooseFile(page, 'groot.json', JSON.stringify(exported));
    await eventually(async () => (await page.locator('#participant-results tbody tr').count()) >= 342, 'the 342 rows');

    // Cents on, so the table shows what the CSV holds.
    await page.locator('header .bw-toggle input[type="checkbox"]').check();
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8').slice(1).split('\r\n').map(cells);

    for (const variant of ['current', 'grown']) {
      await page.selectOption('#results-variant', variant === 'current' ? { index: 0 } : { index: 1 });
      const label = variant === 'current' ? 'A: huidige deelnemers' : 'B: na groei';
      const expectedRows = variant === 'current' ? 342 : 343;
      const rows = page.locator('#participant-results tbody tr');
      await waitUntil(() => rows.count(), (n) => n === expectedRows, `${label}: table rows`);
      const table = await rows.evaluateAll((trs) => trs.map((tr) => {
        const cellsOf = [...tr.querySelectorAll('th, td')].map((cell) => cell.innerText.trim());
        return { name: cellsOf[0], contribution: cellsOf[2], bound: cellsOf[6] };
      }));
      const scenario = await page.locator('#results-scenario option:checked').innerText();
      const csvRows = csv.filter((c) => c[0] === scenario && c[1] === label && !c[3].endsWith('(referentiegemeente)'));
      assert.equal(csvRows.length, table.length, `${label}: as many CSV rows as table rows`);
      let held = 0;
      let sum = 0n;
      table.forEach((row, index) => {
        const line = csvRows[index];
        const csvName = line[3].startsWith('Nieuwe gemeente') ? row.name : line[3];
        assert.ok(row.name.includes(csvName) || csvName === row.name, `${label} row ${index}: ${row.name} vs ${line[3]}`);
        assert.equal(cents(row.contribution), line[6].replace(',', '.'), `${label} ${row.name}: table and CSV`);
        assert.equal(row.bound, line[9], `${label} ${row.name}: the bound mark`);
        if (row.bound) held += 1;
        sum += BigInt(line[6].replace(',', '')) * BigInt(line[4]);
      });
      assert.ok(held > 0, `${label}: some municipalities pay a bound`);
      const total = cents(await page.locator('[data-testid="contribution-total"]').innerText());
      assert.equal(sum, BigInt(total.replace('.', '')), `${label}: the rows add up to the total`);
    }
  });
});

test('an edit that changes only amounts updates the cells of the table in place, to the same figures as the CSV', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const exported = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    exported.participants.mode = 'list';
    exported.participants.list = community().slice(0, 40);
    exported.key.kind = 'inhabitants';
    await chooseFile(page, 'veertig.json', JSON.stringify(exported));
    const rows = page.locator('#participant-results tbody tr');
    await eventually(async () => (await rows.count()) === 40, 'the 40 rows');
    await page.locator('header .bw-toggle input[type="checkbox"]').check();
    const contributions = () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('th, td')[2].innerText.trim()));
    const before = await contributions();
    // A mark on the table element survives an update in place, and only that.
    await page.locator('#participant-results').evaluate((table) => {
      table.bwMark = 'same element';
    });
    await page.locator('#hourly-rate').fill('150');
    await waitUntil(contributions, (now) => now[0] !== before[0], 'the amounts follow the new rate');
    assert.equal(await page.locator('#participant-results').evaluate((table) => table.bwMark), 'same element', 'updated in place');
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8').slice(1).split('\r\n').map(cells);
    const scenario = await page.locator('#results-scenario option:checked').innerText();
    const csvRows = csv.filter((c) => c[0] === scenario && c[1] === 'A: huidige deelnemers' && !c[3].endsWith('(referentiegemeente)'));
    const now = await contributions();
    assert.equal(csvRows.length, now.length);
    now.forEach((amount, index) => assert.equal(cents(amount), csvRows[index][6].replace(',', '.'), `row ${index}`));
    // Another number of rows: the table is written anew, and right.
    await page.selectOption('#results-variant', { index: 1 });
    await waitUntil(() => rows.count(), (n) => n !== 40, 'the rows after growth');
    assert.equal(await page.locator('#participant-results').evaluate((table) => table.bwMark), undefined, 'written anew');
  });
});
