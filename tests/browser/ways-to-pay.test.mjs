// Ways to pay beyond one key, in the browser: a member joining in April, a member paying 200 hours in kind,
// Signalen-like tariffs against the example's three scenarios, and marginal VNG bands. Each document is the
// example exported from the app, changed as a user's file would be, and imported again. The expected figures
// are computed here from the product's rules (product.md, "Ways to pay" and "the rules, precisely"), not read
// back from the app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { chooseFile, documentName, download, eventually } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

/** "€ 108.900,00", "+€ 3.600" or "-€ 1.234,56" -> a number of euros (Dutch notation). */
const amount = (value) => {
  const negative = /[-−]/.test(value);
  const digits = value.replace(/[^\d,]/g, '').replace(',', '.');
  return digits === '' ? NaN : (negative ? -1 : 1) * Number(digits);
};
const cents = (euros) => Math.round(euros * 100);

async function exampleJson(page) {
  return JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
}

/** Imports `document` as a file and waits until the app shows it. */
async function open(page, document) {
  await chooseFile(page, `${document.name}.json`, JSON.stringify(document));
  await eventually(async () => (await documentName(page)) === document.name, 'the import');
}

async function text(page, testid) {
  return page.locator(`[data-testid="${testid}"]`).first().innerText();
}

/** Chooses the scenario of the per-member table by its position, its amounts shown in cents. */
async function memberTableScenario(page, index) {
  await page.selectOption('#results-scenario', String(index));
  await page.check('#show-cents');
  await waitUntil(() => text(page, 'contribution-total'), (v) => /,\d\d$/.test(v.trim()), 'amounts in cents');
}

/** The example as a list of named municipalities under a key by inhabitants. */
function namedList(example, name, members) {
  const document = structuredClone(example);
  document.name = name;
  document.participants.mode = 'list';
  document.participants.list = members.map(([member, inhabitants]) => ({ name: member, inhabitants: String(inhabitants) }));
  document.growth.additional = 0;
  return document;
}

/** The scenario totals as the template table shows them (checked to the cent by the golden tests). */
async function scenarioTotals(page) {
  const rows = page.locator('#template-a tbody tr');
  const totals = [];
  for (let row = 0; row < (await rows.count()); row += 1) {
    totals.push(amount(await rows.nth(row).locator('td').first().innerText()));
  }
  return totals;
}

/** Exact shares of `total` in proportion to `weights`, as numbers of cents before rounding. */
const exactShares = (total, weights) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (cents(total) * weight) / sum);
};

test('een gemeente die in april instapt betaalt 9/12 en de rest deelt het verschil', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const members = [['Grootstad', 100000], ['Middenstad', 50000], ['Kleindorp', 20000], ['Laatkomer', 10000]];
    const document = namedList(example, 'Instap in april', members);
    document.key.kind = 'inhabitants';
    document.participants.list[3].joins_in_month = 4;
    await open(page, document);

    await memberTableScenario(page, 1);
    const total = (await scenarioTotals(page))[1];
    // Weight counts for the months taken part: 10,000 x 9/12.
    const expected = exactShares(total, [100000, 50000, 20000, 7500]);
    let sum = 0;
    for (let member = 0; member < 4; member += 1) {
      const shown = cents(amount(await text(page, `contribution-${member}`)));
      assert.ok(Math.abs(shown - expected[member]) < 1, `member ${member}: ${shown} against ${expected[member]}`);
      sum += shown;
    }
    assert.equal(sum, cents(total), 'the year total is still divided exactly');
    const months = await text(page, 'months-3');
    assert.match(months, /april/);
    assert.match(months, /9\/12/);

    // The invoice list says so too.
    const csv = (await download(page, 'export-invoice-csv')).bytes.toString('utf8');
    const line = csv.split('\r\n').find((row) => row.startsWith('"Laatkomer"'));
    assert.ok(line, csv);
    assert.match(line, /vanaf 1 april \(9\/12\)/);
  });
});

test('een instapper na het vastleggen geeft de anderen een creditfactuur', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const three = [['Grootstad', 100000], ['Middenstad', 50000], ['Kleindorp', 20000]];
    const document = namedList(example, 'Vastgelegd zonder instapper', three);
    document.key.kind = 'inhabitants';
    await open(page, document);
    await page.click('a[href="#facturen"]');
    await page.click('[data-testid="record-invoices"]');
    await page.locator('[data-testid="invoices-recorded"]').waitFor();

    // The file as it is now, recorded invoices included, with a fourth member joining in April.
    const recorded = await exampleJson(page);
    recorded.name = 'Instapper na het vastleggen';
    recorded.participants.list.push({ name: 'Laatkomer', inhabitants: '10000', joins_in_month: 4 });
    await open(page, recorded);
    await page.click('a[href="#facturen"]');
    const supplements = (await page.locator('[data-testid="invoices"] [data-testid="supplement"]').allInnerTexts())
      .map(amount).map(cents);
    assert.equal(supplements.length, 4);
    assert.ok(supplements.slice(0, 3).every((value) => value < 0), `credits for the others: ${supplements}`);
    assert.ok(supplements[3] > 0, 'an invoice for the newcomer');
    assert.equal(supplements.reduce((a, b) => a + b, 0), 0, 'the total invoiced does not change');
    assert.equal(cents(amount(await text(page, 'supplements-total'))), 0);
  });
});

test('200 uur in natura verlagen de factuur; de kas ontvangt het totaal min wat verrekend is', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const document = namedList(example, '200 uur in natura', [['Grootstad', 100000], ['Middenstad', 50000], ['Kleindorp', 20000]]);
    document.key.kind = 'equal';
    document.participants.list[1].in_kind = [{ description: 'Ontwikkelaar', value: { kind: 'hours', hours: '200' } }];
    await open(page, document);

    await memberTableScenario(page, 1);
    const total = (await scenarioTotals(page))[1];
    const rate = Number(document.rates.hourly_rate);
    const share = amount(await text(page, 'contribution-1'));
    assert.equal(cents(share) * 3, cents(total), 'the equal key: a third each');
    const value = 200 * rate;
    const counted = Math.min(value, share);
    assert.equal(cents(amount(await text(page, 'in-kind-1'))), cents(counted));
    assert.equal(cents(amount(await text(page, 'cash-1'))), cents(share - counted));
    assert.equal(cents(amount(await text(page, 'cash-0'))), cents(share), 'the others pay in money');
    assert.equal(cents(amount(await text(page, 'cash-total'))), cents(total) - cents(counted));
    assert.match(await text(page, 'cash-received'), new RegExp(
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0 }).format(total - counted).replace('.', '\\.'),
    ));

    await page.click('a[href="#facturen"]');
    const csv = (await download(page, 'export-invoices-csv')).bytes.toString('utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((row) => row.split(';'));
    const header = rows[0];
    const line = rows.find((row) => row[0] === '"Middenstad"');
    const column = (name) => header.indexOf(`"${name}"`);
    assert.ok(column('Verrekend in natura') > 0, header.join(';'));
    assert.equal(line[column('Verrekend in natura')], (counted).toFixed(2).replace('.', ','));
    assert.equal(line[column('Bedrag')], (share - counted).toFixed(2).replace('.', ','));
  });
});

test('Signalen-tarieven tegen de drie scenario\'s van het voorbeeld', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const document = structuredClone(example);
    document.name = 'Tarieven per klasse';
    document.key.kind = 'tariffs';
    document.key.tariffs = [
      { name: 'Klein', from_inhabitants: '0', amount: '2500' },
      { name: 'Middelgroot', from_inhabitants: '50000', amount: '12500' },
      { name: 'Groot', from_inhabitants: '100000', amount: '20000' },
      { name: 'G4', from_inhabitants: '300000', amount: '40000' },
    ];
    await open(page, document);
    await page.locator('[data-testid="coverage-a"]').waitFor();

    // The example's members are all of average size, below 50,000: every one pays Klein's 2,500, and so do
    // newcomers (the median member's class).
    const count = example.participants.summary.count;
    const average = Number(example.participants.summary.inhabitants) / (example.participants.summary.inhabitants_basis === 'average' ? 1 : count);
    assert.ok(average < 50000, `the example's average size ${average}`);
    const collected = count * 2500;
    const totals = await scenarioTotals(page);
    assert.equal(totals.length, 3);
    for (const [index, total] of totals.entries()) {
      assert.equal(cents(amount(await text(page, `coverage-a-collected-${index}`))), cents(collected));
      const percent = Math.round((collected / total) * 1000) / 10;
      assert.equal(await text(page, `coverage-a-percent-${index}`), `${percent.toFixed(1).replace('.', ',')}%`);
      assert.equal(cents(amount(await text(page, `coverage-a-difference-${index}`))), cents(collected) - cents(total));
      const covered = collected >= total;
      assert.equal(await text(page, `coverage-a-affordable-${index}`), covered ? 'ja' : 'nee');
      const from = await text(page, `coverage-a-from-${index}`);
      if (covered) {
        assert.equal(from, '–');
      } else {
        assert.equal(from, `${count + Math.ceil((total - collected) / 2500)} leden`);
      }
    }
    // The break-even (the last scenario unless chosen) speaks of coverage: members at Klein's 2,500 until
    // the tariffs reach its total.
    const last = totals.length - 1;
    const needed = count + Math.max(0, Math.ceil((totals[last] - collected) / 2500));
    await page.click('a[href="#meerjaren"]');
    await waitUntil(() => text(page, 'break-even'), (v) => v.includes(`gedekt vanaf ${needed} gemeenten`), 'coverage break-even');

    // The per-member table shows the tariffs, which add up to what they collect.
    assert.equal(cents(amount(await text(page, 'contribution-total'))), cents(collected));

    await page.click('[data-testid="lang"]');
    await waitUntil(() => page.locator('#coverage-a caption').innerText(), (v) => /tariffs/.test(v), 'English');
  });
});

test('marginale VNG-schijven: net boven een grens geen sprong', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const members = [['Net onder', 199999], ['Net boven', 200000], ['Dorp', 5000], ['Stad', 25000]];
    const document = namedList(example, 'VNG-schijven', members);
    const bands = [[0, 1.92], [5000, 1.76], [25000, 1.52], [200000, 0.75]];
    document.key.kind = 'staffel';
    document.key.minimum = undefined;
    document.key.maximum = undefined;
    document.key.staffel = bands.map(([from, rate]) => ({
      from_inhabitants: String(from),
      weight: { kind: 'per_inhabitant', rate: String(rate) },
    }));
    document.key.marginal = true;
    await open(page, document);
    await memberTableScenario(page, 1);
    const total = (await scenarioTotals(page))[1];

    // Each band's part of the inhabitants at that band's rate, in hundredths to stay exact.
    const marginal = (inhabitants) => bands.reduce((sum, [from, rate], band) => {
      const to = band + 1 < bands.length ? bands[band + 1][0] : Infinity;
      return sum + Math.max(0, Math.min(inhabitants, to) - from) * Math.round(rate * 100);
    }, 0);
    const expected = exactShares(total, members.map(([, inhabitants]) => marginal(inhabitants)));
    const shown = [];
    for (let member = 0; member < members.length; member += 1) {
      shown.push(cents(amount(await text(page, `contribution-${member}`))));
      assert.ok(Math.abs(shown[member] - expected[member]) < 1, `member ${member}: ${shown[member]} against ${expected[member]}`);
    }
    assert.ok(shown[1] >= shown[0], 'one more inhabitant never pays less');
    assert.ok(shown[1] - shown[0] < 100, `no jump at the edge: ${shown[0]} and ${shown[1]}`);

    // Whole-band rates: just below the edge pays far more than just above it, and the advice says so.
    await page.uncheck('#key-marginal');
    await waitUntil(async () => cents(amount(await text(page, 'contribution-0'))), (v) => v !== shown[0], 'whole bands');
    const below = cents(amount(await text(page, 'contribution-0')));
    const above = cents(amount(await text(page, 'contribution-1')));
    assert.ok(below > above * 2, `199,999 x 1.52 against 200,000 x 0.75: ${below} and ${above}`);
  });
});
