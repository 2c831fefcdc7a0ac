// How the page starts and follows its address: a share link pasted into an open tab opens as a new draft,
// "Nieuw, leeg" invites rather than complains, the language choice survives a reload (also in the first
// view), and without storage the app still starts and the switch still works.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reloadApp } from './helpers.mjs';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { disableStorage, documentName, draftNames, eventually, storedIndex, waitForStoredName } from './keep-helpers.mjs';

const shared = useServerAndBrowser();
const APP_MODULE = /\/bijdragewijzer-app-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
const LANG_KEY = 'bijdragewijzer.lang';

const errors = (page) => page.locator('[data-testid="error"]');

async function makeShareLink(page) {
  await page.locator('[data-testid="share-link"]').click();
  return page.locator('[data-testid="share-link-output"]').inputValue();
}

test('a share link pasted into the address bar of an open tab opens as a new draft', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('#document-name').fill('Gedeeld plan');
    const link = await makeShareLink(page);
    await page.locator('#document-name').fill('Mijn eigen concept');
    await waitForStoredName(page, 'Mijn eigen concept');
    await page.evaluate(() => {
      window.__sameDocument = true;
    });

    // As a user pasting it and pressing Enter: only the fragment differs, so the page is not reloaded.
    await page.goto(link);
    await eventually(async () => (await documentName(page)) === 'Gedeeld plan', 'the link to open');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'opened without a reload');
    assert.deepEqual((await draftNames(page)).sort(), ['Gedeeld plan', 'Mijn eigen concept']);
    assert.equal((await storedIndex(page)).length, 2, 'a new draft; the previous one is kept');
    await eventually(async () => new URL(page.url()).hash === '', 'the fragment to be removed');

    // Pasted again: opened again, as from a fresh tab.
    await page.goto(link);
    await eventually(async () => (await storedIndex(page)).length === 3, 'a second copy of the link');

    // A damaged link says so and adds nothing.
    await page.goto(link.slice(0, Math.floor(link.length * 0.7)));
    await eventually(
      async () => (await errors(page).allInnerTexts()).some((text) => /deellink.*beschadigd/i.test(text)),
      'the damaged-link message',
    );
    assert.equal((await storedIndex(page)).length, 3);
    assert.equal(await documentName(page), 'Gedeeld plan', 'the open document stays');
    // A step link is an ordinary anchor, not a share link.
    await page.locator('.bw-steps a[href="#resultaten"]').click();
    assert.equal((await storedIndex(page)).length, 3);
  });
});

test('"Nieuw, leeg" shows guidance, no error, and results once costs and participants are in', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('[data-testid="new-blank"]').click();
    await eventually(async () => (await documentName(page)) === 'Nieuw document', 'the blank document');
    const guidance = page.locator('[data-testid="summary"] [data-testid="guidance"]');
    assert.match(await guidance.innerText(), /Nog niets om te verdelen.*stap 2.*stap 3/s);
    assert.equal(await errors(page).count(), 0, (await errors(page).allInnerTexts()).join('\n'));
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'no field is marked wrong');
    assert.ok((await page.locator('#resultaten [data-testid="guidance"]').count()) >= 1, 'the results guide too');

    // Still inviting after a reload (the first view shows the same).
    await reloadApp(page);
    assert.equal(await documentName(page), 'Nieuw document');
    assert.equal(await errors(page).count(), 0, (await errors(page).allInnerTexts()).join('\n'));

    // One line of EUR 12,000 in Streef (10% reserve): EUR 13,200; over 20 municipalities EUR 660 each.
    await page.locator('[data-testid="add-line"]').click();
    await page.locator('#line-0-amount').fill('12.000');
    await waitUntil(() => guidance.innerText(), (text) => /Nog niemand/.test(text), 'guidance about participants');
    await page.locator('#summary-count').fill('20');
    await page.locator('#summary-inhabitants').fill('400.000');
    const summary = page.locator('[data-testid="summary"]');
    await waitUntil(() => summary.innerText(), (text) => /Streef\s+€\s13\.200\s+€\s660\s+€\s660/.test(text),
      'the summary with results');
    await page.locator('#template-a').waitFor({ state: 'visible' });
    assert.equal(await page.locator('[data-testid="guidance"]').count(), 0, 'nothing left to guide');
    assert.equal(await errors(page).count(), 0, (await errors(page).allInnerTexts()).join('\n'));

    // Real bad input still is an error.
    await page.locator('#line-0-amount').fill('-5');
    await errors(page).first().waitFor();
  });
});

test('the language choice survives a reload, in the first view too', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('[data-testid="lang"]').click();
    await page.waitForFunction((key) => localStorage.getItem(key) === 'en', LANG_KEY);
    await reloadApp(page);
    assert.equal(await page.locator('#resultaten-heading').innerText(), '4. Results and growth');
    assert.equal(await page.locator('[data-testid="lang"]').innerText(), 'Nederlands');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    // A new tab with the app held back: the first view is in English already, so nothing flips.
    const held = await page.context().newPage();
    let release;
    const released = new Promise((resolve) => {
      release = resolve;
    });
    await held.route(APP_MODULE, async (route) => {
      await released;
      await route.continue();
    });
    await held.goto('/');
    const summary = held.locator('[data-testid="summary"]');
    await summary.locator('table').waitFor({ state: 'visible' });
    const firstView = await summary.innerText();
    assert.match(firstView, /Per municipality now \(45\)/);
    assert.equal(await held.evaluate(() => document.documentElement.lang), 'en');
    release();
    await held.locator('main#main').waitFor({ state: 'attached' });
    assert.equal(await held.locator('[data-testid="summary"]').innerText(), firstView, 'the app shows the same');
    await held.close();

    // And back to Dutch.
    await page.locator('[data-testid="lang"]').click();
    await page.waitForFunction((key) => localStorage.getItem(key) === 'nl', LANG_KEY);
    await reloadApp(page);
    assert.equal(await page.locator('#resultaten-heading').innerText(), '4. Resultaten en groei');
  });
});

test('storage disabled: the app starts with a warning and the language switch still works', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await eventually(
        async () => (await errors(page).allInnerTexts()).some((text) => /niet toe dat .* bewaart/.test(text)),
        'the storage warning',
      );
      assert.match(await page.locator('[data-testid="summary"]').innerText(), /Streef\s+€\s108\.900\s+€\s2\.420/);
      await page.locator('[data-testid="lang"]').click();
      await waitUntil(() => page.locator('#resultaten-heading').innerText(), (text) => text === '4. Results and growth',
        'the switch to English');
      await reloadApp(page);
      assert.equal(await page.locator('#resultaten-heading').innerText(), '4. Resultaten en groei',
        'nothing kept, nothing broken');
    },
    { initScript: disableStorage },
  );
});
