// Steps 2 to 4 in the browser: editing the budget, the participants and the key, and seeing every
// result follow as the user types. Selectors are ids and data-testid hooks, never wording.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const shared = useServerAndBrowser();

const text = (page, selector) => page.locator(selector).first().innerText();
/** "€ 119.900" -> 119900 (whole euros, Dutch notation). */
const euros = (value) => Number(value.replace(/[^\d,]/g, '').replace(',', '.'));

test('een bedrag wijzigen werkt door in het scenariototaal en de sjabloontabel', async (t) => {
  await onApp(shared, t, async (page) => {
    // The editor opens on Streef, the recommended scenario; its first line is a fixed amount.
    const before = euros(await text(page, '[data-testid="scenario-total-1"]'));
    const templateRow = page.locator('#template-a tbody tr').nth(1);
    assert.equal(euros((await templateRow.locator('td').first().innerText())), before);
    const lineBefore = euros(await text(page, '[data-testid="line-amount-0"]'));

    await page.fill('#line-0-amount', '22.000');
    const expected = before + (22000 - lineBefore) * 1.1; // 10% reserve on top
    await waitUntil(() => text(page, '[data-testid="scenario-total-1"]'), (v) => euros(v) === expected,
      'scenario total follows the line');
    await waitUntil(() => templateRow.locator('td').first().innerText(), (v) => euros(v) === expected,
      'template table follows the line');
    assert.equal(euros(await text(page, '[data-testid="line-amount-0"]')), 22000);
  });
});

test('scenario toevoegen tot vijf en weer verwijderen', async (t) => {
  await onApp(shared, t, async (page) => {
    const rows = page.locator('#template-a tbody tr');
    assert.equal(await rows.count(), 3);
    await page.click('[data-testid="add-scenario"]');
    await waitUntil(() => rows.count(), (n) => n === 4, 'a fourth scenario row');
    await page.locator('[data-testid="scenario-total-3"]').waitFor();
    await page.click('[data-testid="add-scenario"]');
    await waitUntil(() => rows.count(), (n) => n === 5, 'a fifth scenario row');
    assert.equal(await page.locator('[data-testid="add-scenario"]').isDisabled(), true, 'five is the limit');
    assert.equal(await page.locator('#add-scenario-why').isVisible(), true, 'the limit is explained');

    await page.click('[data-testid="remove-scenario"]');
    await waitUntil(() => rows.count(), (n) => n === 4, 'back to four');
    assert.equal(await page.locator('[data-testid="add-scenario"]').isDisabled(), false);
    assert.equal(await page.locator('[data-testid="scenario-total-4"]').count(), 0);
  });
});

test('"abc" in een getalveld geeft een melding en laat de resultaten staan', async (t) => {
  await onApp(shared, t, async (page) => {
    const results = page.locator('[data-testid="results"]');
    const resultsBefore = await results.innerText();
    const totalBefore = await text(page, '[data-testid="scenario-total-1"]');
    await page.fill('#scenario-reserve', 'abc');
    const field = page.locator('.bw-field', { has: page.locator('#scenario-reserve') });
    await field.locator('[data-testid="error"]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#scenario-reserve').getAttribute('aria-invalid'), 'true');
    assert.equal(await text(page, '[data-testid="scenario-total-1"]'), totalBefore);
    assert.equal(await results.innerText(), resultsBefore);
    // A valid value clears the message and is used at once.
    await page.fill('#scenario-reserve', '0');
    await waitUntil(() => field.locator('[data-testid="error"]').count(), (n) => n === 0, 'message gone');
    assert.notEqual(await text(page, '[data-testid="scenario-total-1"]'), totalBefore);
  });
});

test('lijst plakken, overnemen, sleutels wisselen en vergelijken', async (t) => {
  await onApp(shared, t, async (page) => {
    const total = euros(await text(page, '[data-testid="scenario-total-1"]'));
    await page.check('#mode-list');
    await page.fill('#paste-text',
      'Gemeente\tInwoners\tMeldingen\nUtrecht\t361.924\t1.200\nEde\t118.000\t300,5\nWageningen\t39.000\t50\n');
    const preview = page.locator('[data-testid="paste-preview"]');
    await waitUntil(() => preview.locator('tbody tr').count(), (n) => n === 3, 'three rows in the preview');
    assert.match(await preview.locator('thead').innerText(), /Meldingen/);
    await page.click('[data-testid="paste-replace"]');

    // Equal key: a third each.
    const first = page.locator('[data-testid="contribution-0"]');
    await waitUntil(() => first.innerText(), (v) => euros(v) === Math.round(total / 3), 'equal share');
    assert.equal(await page.locator('#participant-results tbody tr').count(), 3);
    assert.equal(euros(await text(page, '[data-testid="contribution-total"]')), total);

    // By inhabitants: Utrecht pays its share of 518,924 inhabitants.
    await page.check('#key-inhabitants');
    const byInhabitants = Math.round((total * 361924) / 518924);
    await waitUntil(() => first.innerText(), (v) => euros(v) === byInhabitants, 'share by inhabitants');

    // Compare keys for Utrecht: the chosen key's row agrees with the list.
    const compare = page.locator('[data-testid="compare-keys"]');
    // Six keys since tariffs per class joined them (issue 24); Utrecht's class is G4 (300,000 and up).
    assert.equal(await compare.locator('tbody tr').count(), 6);
    assert.equal(euros(await compare.locator('[data-testid="compare-tariffs"] td').first().innerText()), 40000);
    assert.equal(euros(await compare.locator('[data-testid="compare-inhabitants"] td').first().innerText()), byInhabitants);

    // Staffel (VNG 2024) with a minimum of 30,000: Wageningen is raised to the minimum.
    await page.check('#key-staffel');
    await page.locator('#staffel-bands').waitFor();
    await page.fill('#key-minimum', '30.000');
    const third = page.locator('[data-testid="contribution-2"]');
    await waitUntil(() => third.innerText(), (v) => euros(v) === 30000, 'minimum applies');
    assert.equal(euros(await text(page, '[data-testid="contribution-total"]')), total);

    // A minimum that three municipalities cannot all pay: a clear message at the key.
    await page.fill('#key-minimum', '50.000');
    await page.locator('#sleutel [data-testid="error"]').first().waitFor({ state: 'visible' });
  });
});

test('342 gemeenten plakken blijft vlot en elke invoer werkt meteen door', async (t) => {
  await onApp(shared, t, async (page) => {
    const lines = Array.from({ length: 342 }, (_, i) => `Gemeente ${i + 1};${(i + 1) * 1000}`);
    await page.check('#mode-list');
    await page.fill('#paste-text', lines.join('\n'));
    await page.click('[data-testid="paste-replace"]');
    const rows = page.locator('#participant-results tbody tr');
    await waitUntil(() => rows.count(), (n) => n === 342, 'every municipality has a row');
    await page.check('#key-inhabitants');
    // The last municipality is 342 of 342 * 343 / 2 thousand inhabitants.
    const total = euros(await text(page, '[data-testid="scenario-total-1"]'));
    const last = page.locator('[data-testid="contribution-341"]');
    await waitUntil(() => last.innerText(), (v) => euros(v) === Math.round((total * 342) / 58653), 'by inhabitants');
    const started = Date.now();
    await page.fill('#participant-341-inhabitants', '0');
    await waitUntil(() => last.innerText(), (v) => euros(v) === 0, 'an edit in the list reaches the results');
    assert.ok(Date.now() - started < 3_000, 'one edit with 342 rows stays quick');
  });
});

test('stappen 2 tot 4 zijn toegankelijk, ook met lijst, voorbeeld van plakken en staffel', async (t) => {
  await onApp(shared, t, async (page) => {
    const scan = async (state) => {
      const { violations } = await new AxeBuilder({ page })
        .include('#begroting').include('#deelnemers').include('#resultaten')
        .analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], state);
    };
    await scan('example');
    await page.check('#mode-list');
    const paste = 'Gemeente;Inwoners;Meldingen\nA;1000;5\nB;veel\nC;3000;7';
    await page.fill('#paste-text', paste);
    await page.click('[data-testid="paste-replace"]');
    await page.check('#key-staffel');
    await page.fill('#key-minimum', 'abc');
    await page.locator('#sleutel [data-testid="error"]').first().waitFor();
    // The preview, with its skipped line, in the same scan.
    await page.fill('#paste-text', paste);
    await page.locator('[data-testid="paste-skipped"]').waitFor();
    await scan('list, size bands, a field message and a paste preview');
  });
});
