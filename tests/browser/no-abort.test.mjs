// No input may abort the app (issue 14): the two inputs that panicked the WebAssembly module end in a
// message, and the app keeps answering edits afterwards. A panic shows as an uncaught page error
// ("RuntimeError: unreachable") and a "panicked at" line in the console, and nothing updates any more.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { openApp } from './helpers.mjs';
import { onFreshPage, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { download, resultsText } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

/** The 28-digit text that made rust_decimal's formatting panic. */
const TWENTY_EIGHT_DIGITS = '2999999999999999999999999195';
/** The total of inhabitants that made the rate per inhabitant panic. */
const TINY = '0.0000000000000000000001';

const errorsOf = (page) => page.locator('[data-testid="error"]');
const fieldOf = (page, id) => page.locator('.bw-field', { has: page.locator(`#${id}`) });
const scenarioTotal = (page) => page.locator('[data-testid="scenario-total-1"]').first().innerText();

function assertNoAbort(page) {
  assert.deepEqual(page.problems.pageErrors, [], 'no uncaught page errors');
  const panics = page.problems.consoleErrors.filter((line) => /unreachable|panick|RuntimeError/i.test(line));
  assert.deepEqual(panics, [], 'no panic in the console');
}

/** A share link as the app writes one: `#bw1.` and the compact JSON, raw DEFLATE, URL-safe base64. */
function shareFragment(document) {
  const deflated = deflateRawSync(Buffer.from(JSON.stringify(document), 'utf8'), { level: 9 });
  return `#bw1.${deflated.toString('base64url')}`;
}

/** The app still answers: a new amount in the first line changes the scenario total. */
async function anotherEditStillCounts(page) {
  const before = await scenarioTotal(page);
  await page.fill('#line-0-amount', '22.345');
  await waitUntil(() => scenarioTotal(page), (now) => now !== before, 'the scenario total follows an edit');
}

test('the 28-digit number typed in a field gets a message, and the app keeps working', async (t) => {
  await onFreshPage(shared, t, async (page) => {
    await openApp(page);
    const results = await resultsText(page);
    for (const id of ['summary-inhabitants', 'line-0-amount', 'hourly-rate']) {
      await page.fill(`#${id}`, TWENTY_EIGHT_DIGITS);
      const message = fieldOf(page, id).locator('[data-testid="error"]');
      await message.waitFor({ state: 'visible' });
      assert.match(await message.innerText(), /hoogstens (€\s)?1\.000\.000\.000/, id);
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true', id);
    }
    assert.equal(await resultsText(page), results, 'the document keeps its last valid values');

    // Inhabitants are whole people: the tiny total of the second panic is refused at the field too.
    await page.fill('#summary-inhabitants', TINY.replace('.', ','));
    const message = fieldOf(page, 'summary-inhabitants').locator('[data-testid="error"]');
    await waitUntil(() => message.innerText(), (text) => /heel getal/.test(text), 'the whole-number message');
    // Money has cents at most: "12,345" is refused rather than read as twelve euros and a fraction.
    await page.fill('#hourly-rate', '12,345');
    await waitUntil(() => fieldOf(page, 'hourly-rate').locator('[data-testid="error"]').innerText(),
      (text) => /hoogstens 2 decimalen/.test(text), 'the decimals message');
    assert.equal(await resultsText(page), results);

    await anotherEditStillCounts(page);
    assertNoAbort(page);
  });
});

test('a share link with a fraction of an inhabitant is refused with a message, and the app keeps working',
  async (t) => {
    const example = await onFreshPage(shared, t, async (page) => {
      await openApp(page);
      return JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    });
    const broken = structuredClone(example);
    broken.participants.summary.inhabitants = TINY;
    const fragment = shareFragment(broken);
    assert.ok(fragment.length < 8_000, 'a link the app itself could have made');

    await onFreshPage(shared, t, async (page) => {
      await openApp(page, `/${fragment}`);
      await waitUntil(() => errorsOf(page).allInnerTexts(),
        (texts) => texts.some((text) => /participants\.summary\.inhabitants/.test(text)),
        'a message naming the field');
      assert.equal(new URL(page.url()).hash, '', 'the refused fragment is removed');
      assert.match(await resultsText(page), /2\.420/, 'the example opens instead');
      await anotherEditStillCounts(page);
      assertNoAbort(page);
    });

    // The same link with whole inhabitants opens: the message above is about the value, not the link.
    const whole = structuredClone(example);
    whole.participants.summary.inhabitants = '1500001';
    await onFreshPage(shared, t, async (page) => {
      await openApp(page, `/${shareFragment(whole)}`);
      await waitUntil(() => page.locator('#summary-inhabitants').inputValue(), (value) => value === '1500001',
        'the shared document opens');
      assert.equal(await errorsOf(page).count(), 0);
      assertNoAbort(page);
    });
  });
