// One answer everywhere, and input you can trust (issue 13): the same amount for one municipality size in
// every place that shows it, under the chosen key with its bounds; a keystroke never leaves a half-typed
// value in the draft or an export; the per-member table marks and explains its amounts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { CURRENT_DRAFT, download } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

/** "€ 3.379" -> 3379 (whole euros, Dutch notation). */
const euros = (value) => Number(value.replace(/[^\d,]/g, '').replace(',', '.'));

/** The document of the open draft as stored in localStorage. */
function storedDocument(page) {
  return page.evaluate((currentKey) => {
    const id = localStorage.getItem(currentKey);
    const stored = JSON.parse(localStorage.getItem(`bijdragewijzer.draft.${id}`));
    return stored.document;
  }, CURRENT_DRAFT);
}

async function exportedDocument(page) {
  const file = await download(page, 'export-json');
  const json = JSON.parse(file.bytes.toString('utf8'));
  delete json.generator;
  return json;
}

/** Waits until autosave has stored what the page shows (it saves after a pause in typing). */
async function settledDraft(page) {
  let previous;
  return waitUntil(
    async () => {
      await page.waitForTimeout(500);
      const now = JSON.stringify(await storedDocument(page));
      const same = now === previous;
      previous = now;
      return same ? now : undefined;
    },
    Boolean,
    'autosave settles',
    15_000,
  );
}

test('backspacing a field to empty and typing 150 in a reserve keep the draft and the export unchanged', async (t) => {
  await onApp(shared, t, async (page) => {
    const storedBefore = await settledDraft(page);
    const exportBefore = await exportedDocument(page);

    // Streef's first line is € 12.000: backspace it away, one key at a time.
    const line = page.locator('#line-0-amount');
    assert.equal(await line.inputValue(), '12000');
    await line.click();
    await line.press('End');
    for (let i = 0; i < 5; i += 1) await line.press('Backspace');
    assert.equal(await line.inputValue(), '');
    const message = page.locator('#line-0-amount-message');
    assert.match(await message.innerText(), /We rekenen met 12000/);

    // The reserve of 10%: select it and type 150.
    const reserve = page.locator('#scenario-reserve');
    await reserve.click();
    await reserve.press('Control+a');
    await reserve.pressSequentially('150');
    assert.match(await page.locator('#scenario-reserve-message').innerText(), /hoogstens 100%.*We rekenen met 10/);

    assert.equal(await settledDraft(page), storedBefore, 'the stored draft is what it was');
    assert.deepEqual(await exportedDocument(page), exportBefore, 'the exported JSON is what it was');
    // The results still show the document's values.
    assert.equal(euros(await page.locator('[data-testid="scenario-total-1"]').innerText()), 108900);
  });
});

test('one municipality size has one amount in the summary, the template table, the key comparison, the texts and the CSV', async (t) => {
  await onApp(shared, t, async (page) => {
    // By inhabitants, with a minimum of € 500 and a maximum of € 5.000, and a reference of 35.000 inhabitants.
    await page.check('#key-inhabitants');
    await page.fill('#key-minimum', '500');
    await page.fill('#key-maximum', '5.000');
    await page.locator('[data-testid="add-reference"]').click();
    const index = (await page.locator('[id^="reference-"][id$="-inhabitants"]').count()) - 1;
    await page.fill(`#reference-${index}-name`, 'Vijfendertig');
    await page.fill(`#reference-${index}-inhabitants`, '35.000');

    // The template table of variant A: the reference's column under the chosen key.
    const templateHeaders = await page.locator('#template-a thead th').allInnerTexts();
    const column = templateHeaders.indexOf('Vijfendertig');
    assert.ok(column > 0, templateHeaders.join(' | '));
    const streefRow = page.locator('#template-a tbody tr').nth(1);
    const cell = () => streefRow.locator('th, td').nth(column).innerText();
    await waitUntil(cell, (v) => euros(v) > 0, 'the template table prices the reference');
    const amount = euros(await cell());
    // 35,000 of 1,500,000 inhabitants of 108,900, within the bounds: 2,541.
    assert.equal(amount, Math.round((108900 * 35000) / 1500000));

    // The summary at the top: the same amount in the reference's "nu" column.
    const summaryHeaders = await page.locator('#samenvatting thead th').allInnerTexts();
    const summaryColumn = summaryHeaders.findIndex((h) => h.startsWith('Vijfendertig nu'));
    assert.ok(summaryColumn > 0, summaryHeaders.join(' | '));
    const summaryCell = await page.locator('#samenvatting tbody tr').nth(1).locator('th, td').nth(summaryColumn).innerText();
    assert.equal(euros(summaryCell), amount);
    assert.match(await page.locator('#samenvatting-caption').innerText(), /Inwoners, minimaal €\s500, maximaal €\s5\.000/);

    // The key comparison for that reference: the chosen key's row.
    await page.selectOption('#compare-subject', `r${index}`);
    const compared = page.locator('[data-testid="compare-keys"] [data-testid="compare-inhabitants"] td').first();
    await waitUntil(() => compared.innerText(), (v) => euros(v) === amount, 'the key comparison agrees');

    // The Groot reference (100,000) is held at the maximum everywhere.
    const groot = templateHeaders.indexOf('Groot');
    assert.equal(euros(await streefRow.locator('th, td').nth(groot).innerText()), 5000);

    // The recruitment text quotes the same amount.
    const texts = (await page.locator('#conclusies textarea').evaluateAll((areas) => areas.map((a) => a.value))).join('\n');
    assert.match(texts, new RegExp(`€\\s${amount.toLocaleString('nl-NL').replace('.', '\\.')}\\b`), 'the texts quote the amount');

    // The CSV: the reference's line under the chosen key, to the cent.
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    const line = csv
      .split('\r\n')
      .find((l) => l.startsWith('"Streef";"A: huidige deelnemers";"Inwoners";"Vijfendertig (referentiegemeente)"'));
    assert.ok(line, 'the CSV has the reference under the key');
    const cents = line.split(';')[6];
    assert.equal(Math.round(Number(cents.replace(',', '.'))), amount);
  });
});

test('the per-member table marks who pays a bound, explains an amount and reconciles its rounding', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.check('#mode-list');
    await page.fill(
      '#paste-text',
      'Gemeente;Inwoners\nKleindorp;5.000\nMiddenstad;35.000\nGrootstad;400.000\nTweede;33.333\nDerde;33.334\n',
    );
    await waitUntil(
      () => page.locator('[data-testid="paste-preview"] tbody tr').count(),
      (n) => n === 5,
      'five rows in the preview',
    );
    await page.click('[data-testid="paste-replace"]');
    await page.check('#key-inhabitants');
    await page.fill('#key-minimum', '7.000');
    await page.fill('#key-maximum', '60.000');
    await waitUntil(
      () => page.locator('[data-testid="bound-0"]').innerText(),
      (v) => v.trim() === 'minimum',
      'Kleindorp pays the minimum',
    );
    assert.equal((await page.locator('[data-testid="bound-2"]').innerText()).trim(), 'maximum');
    assert.equal(euros(await page.locator('[data-testid="contribution-0"]').innerText()), 7000);

    await page.selectOption('#why-member', '1');
    const why = page.locator('[data-testid="why-amount"]');
    await waitUntil(() => why.innerText(), (v) => /35\.000 inwoners × €\s0,\d{4} per inwoner/.test(v), 'the rule with its numbers');
    await page.selectOption('#why-member', '0');
    await waitUntil(() => why.innerText(), (v) => /minimum: €\s7\.000/.test(v), 'the bound explained');

    // Whole euros: when the rounded amounts do not add up to the total, the table says so.
    const shown = await page.locator('#participant-results tbody [data-testid^="contribution-"]').allInnerTexts();
    const sum = shown.reduce((total, value) => total + euros(value), 0);
    const total = euros(await page.locator('[data-testid="contribution-total"]').innerText());
    const note = page.locator('[data-testid="rounding-note"]');
    if (sum === total) {
      assert.equal(await note.count(), 0);
    } else {
      assert.match(await note.innerText(), new RegExp(`€\\s${sum.toLocaleString('nl-NL').replace('.', '\\.')}`));
    }
  });
});
