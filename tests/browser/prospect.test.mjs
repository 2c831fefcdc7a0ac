// The prospect page a wervingslink (`#bwp1.`) opens: a municipality chooses itself and reads what it would
// pay. The expected amounts are computed here from the document, independently of the app: the key's
// formula for a community of today's members plus the newcomer (now) and of the growth plan with the
// newcomer in the place of one assumed newcomer (after growth).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { APP_TIMEOUT_MS, ROOT, WCAG_TAGS, openApp, showWholePage } from './helpers.mjs';
import { onFreshPage, onOwnServer, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { download, storedIndex } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

const FIELD = '[data-testid="prospect-municipality"]';
const AMOUNT = '[data-testid="prospect-amount"]';
const VNG_BANDS = [['0', '1.92'], ['5000', '1.76'], ['25000', '1.52'], ['200000', '0.75']];
const MEMBERS = [['Ede', 120000], ['Renkum', 31000], ['Barneveld', 60000], ['Utrecht', 361000]];
const NEWCOMERS = 3;
const NEWCOMER_SIZE = 20000;
const SCENARIOS = [['Basis', 100000, 0], ['Streef', 150000, 10], ['Wens', 220000, 0]];
const START = 1;

/** The CBS figure of a municipality, from the data file the build embeds. */
async function directoryInhabitants(name) {
  const csv = await readFile(path.join(ROOT, 'src/domain/directory/gemeenten.csv'), 'utf8');
  const line = csv.split('\n').find((row) => row.split(';')[1] === name);
  assert.ok(line, `${name} is in the directory`);
  return Number(line.split(';')[3]);
}

/** A document with four named members, a growth plan and three scenarios, under `key`. */
function documentWith(key, extra = {}) {
  return {
    $schema: 'bijdragewijzer.schema.json',
    format_version: 2,
    name: `Samenwerking ${key}`,
    budget_year: 2027,
    rates: { hourly_rate: '100', fte_cost: '75000' },
    scenarios: SCENARIOS.map(([name, amount, reserve]) => ({
      name,
      purpose: '',
      reserve_percent: String(reserve),
      lines: [{ category: 'development', label: 'Werk', amount: { kind: 'fixed', amount: String(amount) }, base: false }],
    })),
    participants: {
      mode: 'list',
      summary: { count: 0, inhabitants: '0', inhabitants_basis: 'total' },
      list: MEMBERS.map(([name, inhabitants]) => ({ name, inhabitants: String(inhabitants) })),
      metrics: [],
    },
    growth: { additional: NEWCOMERS, newcomer_inhabitants: String(NEWCOMER_SIZE), years: 2 },
    reference_municipalities: [],
    key: {
      kind: key,
      usage_metric: '',
      hybrid: { base: 'fixed_amount', fixed_base_amount: '2000', variable: 'inhabitants' },
      staffel: VNG_BANDS.map(([from, rate]) => ({ from_inhabitants: from, weight: { kind: 'per_inhabitant', rate } })),
    },
    multi_year: { years: 3, indexation_percent: '0', scenario_per_year: [START] },
    break_even: {},
    collaboration_level: 'structured',
    conclusions: { start_scenario: START, notes: '' },
    accountability: { scenario: START },
    ...extra,
  };
}

/** A wervingslink as the README describes it: `#bwp1.` and the compact JSON, raw DEFLATE, URL-safe base64. */
function prospectLink(document) {
  const deflated = deflateRawSync(Buffer.from(JSON.stringify(document), 'utf8'), { level: 9 });
  return `/#bwp1.${deflated.toString('base64url')}`;
}

/** What a municipality of `size` pays in a community of `sizes` (itself included), in euros, unrounded. */
function share(key, total, sizes, size) {
  const weight = (inhabitants) => {
    if (key === 'equal') return 1;
    if (key === 'staffel') {
      const [, rate] = [...VNG_BANDS].reverse().find(([from]) => Number(from) <= inhabitants);
      return inhabitants * Number(rate);
    }
    return inhabitants;
  };
  const base = key === 'hybrid' ? 2000 : 0;
  const sum = sizes.reduce((all, inhabitants) => all + weight(inhabitants), 0);
  return base + ((total - base * sizes.length) * weight(size)) / sum;
}

/** Whole euros as the page writes them, or fails when the test's data sits on a rounding edge. */
function euros(amount) {
  const cents = Math.round(amount * 100) / 100;
  assert.ok(Math.abs((cents % 1) - 0.5) > 0.011, `${amount} is too close to half a euro to test`);
  return Math.round(cents);
}

function totalOf([, amount, reserve]) {
  return amount + Math.round(amount * reserve) / 100;
}

/** Expected amounts per scenario for a newcomer of `size`: { now, after }. */
function newcomerAmounts(key, size) {
  const members = MEMBERS.map(([, inhabitants]) => inhabitants);
  const now = [...members, size];
  const after = [...members, ...Array(NEWCOMERS - 1).fill(NEWCOMER_SIZE), size];
  return SCENARIOS.map((scenario) => ({
    now: euros(share(key, totalOf(scenario), now, size)),
    after: euros(share(key, totalOf(scenario), after, size)),
  }));
}

/** "€ 2.367" as a number of euros. */
function readEuros(text) {
  assert.match(text, /^€\s[\d.]+$/, `an amount in whole euros: ${text}`);
  return Number(text.replace(/[^\d]/g, ''));
}

async function shownAmounts(page) {
  const amounts = [];
  for (let index = 0; index < SCENARIOS.length; index += 1) {
    amounts.push({
      now: readEuros(await page.locator(`[data-testid="prospect-now-${index}"]`).innerText()),
      after: readEuros(await page.locator(`[data-testid="prospect-after-${index}"]`).innerText()),
    });
  }
  return amounts;
}

function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage));
}

/** Types part of a name, takes the first option with the arrow key and Enter. */
async function choose(page, typed, expected) {
  const field = page.locator(FIELD);
  await field.fill('');
  await field.pressSequentially(typed);
  await page.locator(`[role="option"]`, { hasText: expected }).first().waitFor();
  const options = await page.locator('[role="option"]').allInnerTexts();
  const position = options.findIndex((option) => option.startsWith(expected));
  assert.ok(position >= 0, `${expected} among ${options.join(' | ')}`);
  for (let step = 0; step <= position; step += 1) await field.press('ArrowDown');
  await field.press('Enter');
  await waitUntil(() => page.locator('[data-testid="prospect-who"]').innerText().catch(() => ''), (who) => who === expected, `answer for ${expected}`);
}

for (const key of ['equal', 'inhabitants', 'staffel', 'hybrid']) {
  test(`under the ${key} key a newcomer reads the amount of the community it joins, now and after growth`, async (t) => {
    await onFreshPage(shared, t, async (page) => {
      await page.goto(prospectLink(documentWith(key)));
      await page.locator(FIELD).waitFor();
      assert.equal(await page.locator('h1').innerText(), `Samenwerking ${key}`);
      assert.equal(await page.locator('#main, [data-testid="results"]').count(), 0, 'no editor');
      await choose(page, 'wagen', 'Wageningen');

      const expected = newcomerAmounts(key, await directoryInhabitants('Wageningen'));
      assert.deepEqual(await shownAmounts(page), expected);
      assert.equal(readEuros(await page.locator(AMOUNT).innerText()), expected[START].now);
      assert.equal(readEuros(await page.locator('[data-testid="prospect-amount-after-growth"]').innerText()), expected[START].after);
      const credit = await page.locator('[data-testid="prospect-source"]').innerText();
      assert.match(credit, /CBS/);
      assert.match(credit, /CC BY 4\.0/);
      assert.match(credit, /2026/);
      assert.deepEqual(await storedKeys(page), [], 'nothing stored');
      assert.deepEqual(page.problems.pageErrors, []);
    });
  });
}

test('a typed number of inhabitants is answered too, and the page explains the amount', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.goto(prospectLink(documentWith('inhabitants')));
    await page.locator(FIELD).fill('35.000');
    await page.locator(FIELD).press('Enter');
    await page.locator(AMOUNT).waitFor();
    assert.deepEqual(await shownAmounts(page), newcomerAmounts('inhabitants', 35000));
    const explained = await page.locator('.bw-prospect__explain').innerText();
    assert.match(explained, /Inwoners/, 'the key');
    assert.match(explained, /€\s165\.000/, 'the total of the start scenario');
    assert.match(explained, /5 gemeenten/, 'how many share it now');
    assert.match(explained, /Doorontwikkeling/, 'what it pays for');
    assert.match(explained, /Begrotingsjaar 2027/, 'the year it rests on');
    assert.equal(await page.locator('[data-testid="prospect-source"]').count(), 0, 'no CBS figure used');
  });
});

test('a member reads its own contribution, the same as the full calculation shows and exports', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const document = documentWith('inhabitants', {
      contact: { name: 'Jan Jansen', email: 'jan@example.nl', website: 'www.example.nl' },
    });
    await page.goto(prospectLink(document));
    await choose(page, 'ede', 'Ede');
    const members = MEMBERS.map(([, inhabitants]) => inhabitants);
    const grown = [...members, ...Array(NEWCOMERS).fill(NEWCOMER_SIZE)];
    const expected = SCENARIOS.map((scenario) => ({
      now: euros(share('inhabitants', totalOf(scenario), members, 120000)),
      after: euros(share('inhabitants', totalOf(scenario), grown, 120000)),
    }));
    assert.deepEqual(await shownAmounts(page), expected);
    assert.match(await page.locator('.bw-prospect__note').innerText(), /doet al mee/);
    const contact = page.locator('.bw-prospect__contact');
    assert.match(await contact.innerText(), /Jan Jansen/);
    assert.equal(await contact.locator('a[href="mailto:jan@example.nl"]').count(), 1);
    assert.equal(await contact.locator('a[href="https://www.example.nl"]').count(), 1);
    assert.deepEqual(await storedKeys(page), [], 'nothing stored before the full calculation');

    await page.locator('[data-testid="prospect-open"]').click();
    await showWholePage(page);
    assert.equal(await page.locator('#document-name').inputValue(), document.name);
    await waitUntil(() => storedIndex(page), (index) => index.some((draft) => draft.name === document.name), 'a new draft');
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    const exported = (variant) => SCENARIOS.map(([name]) => {
      const row = csv.split('\n').map((line) => line.split(';')).find((cells) =>
        cells[0] === `"${name}"` && cells[1].startsWith(`"${variant}`) && cells[3] === '"Ede"');
      assert.ok(row, `Ede in ${name}, variant ${variant}`);
      return Math.round(Number(row[8].replace(',', '.')));
    });
    assert.deepEqual(exported('A'), expected.map((amounts) => amounts.now));
    assert.deepEqual(exported('B'), expected.map((amounts) => amounts.after));
  });
});

test('nothing is stored until "Open de volledige berekening", which opens the document as a new draft', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const document = documentWith('equal');
    await page.goto(prospectLink(document));
    await choose(page, 'wagen', 'Wageningen');
    await page.locator('[data-testid="lang"]').click();
    await page.locator('html[lang="en"]').waitFor();
    assert.match(await page.locator('label[for="bw-prospect-gemeente"]').innerText(), /Choose your municipality/);
    assert.equal(await page.locator(FIELD).inputValue(), 'Wageningen', 'the choice survives the language switch');
    assert.deepEqual(await storedKeys(page), []);
    await page.waitForTimeout(500);
    assert.deepEqual(await storedKeys(page), [], 'still nothing after a while');
    assert.ok(!page.url().includes('#bw1.'));

    await page.locator('[data-testid="prospect-open"]').click();
    await showWholePage(page);
    assert.equal(await page.locator('#document-name').inputValue(), document.name);
    await waitUntil(() => storedIndex(page), (index) => index.length === 1 && index[0].name === document.name, 'one new draft');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the app opens in the language chosen');
    assert.equal(await page.locator('#bw-prospect').count(), 0);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('Back from the full calculation, or a wervingslink pasted into the app, shows the prospect page', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    const link = prospectLink(documentWith('equal'));
    await page.goto(link);
    await page.locator('[data-testid="prospect-open"]').click();
    await showWholePage(page);
    await page.goBack();
    await page.locator(FIELD).waitFor({ timeout: APP_TIMEOUT_MS });
    assert.equal(await page.locator('h1').innerText(), 'Samenwerking equal');
    assert.equal(await page.locator('[data-testid="results"]').count(), 0, 'the app is gone');

    // In the app, another wervingslink typed into the address bar opens its page, and the draft is kept.
    await page.goto('/');
    await showWholePage(page);
    await page.evaluate((fragment) => { location.hash = fragment; }, prospectLink(documentWith('staffel')).slice(1));
    await page.locator(FIELD).waitFor({ timeout: APP_TIMEOUT_MS });
    assert.equal(await page.locator('h1').innerText(), 'Samenwerking staffel');
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('keyboard only: Tab to the field, type, arrow down, Enter, and on to the full calculation', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.goto(prospectLink(documentWith('staffel')));
    await page.locator(FIELD).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    for (let presses = 0; (await focused()) !== 'prospect-municipality'; presses += 1) {
      assert.ok(presses < 5, 'the field is among the first stops of Tab');
      await page.keyboard.press('Tab');
    }
    const field = page.locator(FIELD);
    assert.equal(await field.getAttribute('role'), 'combobox');
    await page.keyboard.type('wagen');
    await waitUntil(() => field.getAttribute('aria-expanded'), (value) => value === 'true', 'the list opens');
    await page.keyboard.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    assert.ok(active, 'an option is active');
    const option = page.locator(`#${active}`);
    assert.equal(await option.getAttribute('role'), 'option');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    assert.match(await option.innerText(), /^Wageningen/);
    assert.equal(await page.locator(`#${await field.getAttribute('aria-controls')}`).getAttribute('role'), 'listbox');
    await page.keyboard.press('Enter');
    await page.locator(AMOUNT).waitFor();
    assert.equal(await field.getAttribute('aria-expanded'), 'false');
    assert.match(await page.locator('[role="status"]').first().innerText(), /Wageningen: €\s[\d.]+ per jaar in scenario Streef/);
    // Escape closes an open list without choosing.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ber');
    await waitUntil(() => field.getAttribute('aria-expanded'), (value) => value === 'true', 'the list opens again');
    await page.keyboard.press('Escape');
    assert.equal(await field.getAttribute('aria-expanded'), 'false');

    for (let presses = 0; (await focused()) !== 'prospect-open'; presses += 1) {
      assert.ok(presses < 10, 'Tab reaches "Open de volledige berekening"');
      await page.keyboard.press('Tab');
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'visible focus');
    await page.keyboard.press('Enter');
    await showWholePage(page);
  });
});

test('the coordinator makes a wervingslink beside the share link and previews it', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    await page.locator('[data-testid="prospect-link"]').click();
    const link = await page.locator('[data-testid="prospect-link-url"]').inputValue();
    assert.ok(link.startsWith(`${shared.server.url}#bwp1.`), link);
    const preview = page.locator('[data-testid="prospect-link-preview"]');
    assert.equal(await preview.getAttribute('href'), link);
    assert.equal(await preview.getAttribute('target'), '_blank');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), preview.click()]);
    await opened.locator(FIELD).waitFor({ timeout: APP_TIMEOUT_MS });
    assert.equal(await opened.locator('h1').innerText(), await page.locator('#document-name').inputValue());
    // The example: Streef, EUR 108,900, shared equally by 45 members and the newcomer.
    await choose(opened, 'wagen', 'Wageningen');
    assert.equal(readEuros(await opened.locator(AMOUNT).innerText()), euros(108900 / 46));
  });
});

test('the wervingslink works offline after one visit', async (t) => {
  await onOwnServer(shared.browser, t, async (page, own) => {
    const link = prospectLink(documentWith('hybrid'));
    await page.goto(link);
    await page.locator(FIELD).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: APP_TIMEOUT_MS });
    await page.context().setOffline(true);
    await own.close();
    await page.reload();
    await choose(page, 'wagen', 'Wageningen');
    assert.deepEqual(await shownAmounts(page), newcomerAmounts('hybrid', await directoryInhabitants('Wageningen')));
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

for (const width of [360, 1280]) {
  test(`axe finds nothing at ${width} px, with the list open and with an answer`, async (t) => {
    await onFreshPage(shared, t, async (page) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(prospectLink(documentWith('staffel', { contact: { name: 'Jan Jansen', email: 'jan@example.nl' } })));
      await page.locator(FIELD).pressSequentially('ber');
      await page.locator('[role="option"]').first().waitFor();
      for (const state of ['list open', 'answer']) {
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        assert.ok(results.passes.length > 0);
        assert.deepEqual(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
        if (state === 'list open') await choose(page, 'wagen', 'Wageningen');
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px)`);
    }, { contextOptions: { viewport: { width, height: 800 } } });
  });
}

test('the answer prints on one A4 page', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.goto(prospectLink(documentWith('staffel', { contact: { name: 'Jan Jansen', email: 'jan@example.nl' } })));
    await choose(page, 'wagen', 'Wageningen');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    assert.equal(pages, 1);
    assert.ok(await page.locator(AMOUNT).isVisible(), 'the amount is printed');
    assert.ok(!(await page.locator(FIELD).isVisible()), 'the field is not');
  });
});

test('a damaged wervingslink says so and offers the app', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await page.goto('/#bwp1.!!!');
    assert.match(await page.locator('[data-testid="error"]').innerText(), /beschadigd/);
    assert.deepEqual(await storedKeys(page), []);
  });
});

test('a wervingslink with decimals written as JSON numbers goes on to the full calculation, which reads it', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    // The schema allows numbers for decimals; the small first module reads only strings (strict-decimals).
    const document = documentWith('equal', { rates: { hourly_rate: 100, fte_cost: 75000 } });
    await page.goto(prospectLink(document));
    assert.match(await page.locator('[data-testid="error"]').innerText(), /kan de berekening in deze wervingslink niet lezen/);
    assert.deepEqual(await storedKeys(page), [], 'nothing stored before the visitor asks');
    await page.locator('[data-testid="prospect-open"]').click();
    await showWholePage(page);
    assert.equal(await page.locator('#document-name').inputValue(), document.name);
    await waitUntil(() => storedIndex(page), (index) => index.length === 1 && index[0].name === document.name, 'one new draft');
    assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'the app reads it without a message');
    assert.deepEqual(page.problems.pageErrors, []);
  });
});
