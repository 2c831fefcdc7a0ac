// Keeping and sharing: drafts survive a reload, the draft list works, files and share links round-trip,
// the CSV is fit for Dutch Excel, and two tabs never silently overwrite each other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newAppPage, openApp, reloadApp } from './helpers.mjs';
import { assertNoErrors, onApp, useServerAndBrowser } from './fixtures.mjs';
import {
  CURRENT_DRAFT,
  chooseFile,
  documentName,
  download,
  draftNames,
  draftRow,
  eventually,
  resultsText,
  storedIndex,
  waitForStoredName,
} from './keep-helpers.mjs';

const shared = useServerAndBrowser();

test('the first visit opens the example as a draft, and typing survives a reload', async (t) => {
  await onApp(shared, t, async (page) => {
    assert.match(await resultsText(page), /2\.420/);
    assert.equal((await storedIndex(page)).length, 1, 'the example is stored as one draft');

    await page.locator('#document-name').fill('Begroting 2027');
    await waitForStoredName(page, 'Begroting 2027');
    await reloadApp(page);

    assert.equal(await documentName(page), 'Begroting 2027');
    assert.deepEqual(await draftNames(page), ['Begroting 2027']);
    assert.match(await resultsText(page), /2\.420/);
  });
});

test('the draft list duplicates, renames, opens and deletes with undo', async (t) => {
  await onApp(shared, t, async (page) => {
    const original = await documentName(page);

    await draftRow(page, original).locator('[data-testid="draft-duplicate"]').click();
    const copy = `${original} (kopie)`;
    await eventually(async () => (await documentName(page)) === copy, 'the copy to open');
    assert.deepEqual((await draftNames(page)).sort(), [original, copy].sort());

    await draftRow(page, copy).locator('[data-testid="draft-rename"]').click();
    await page.locator('[data-testid="rename-form"] input').fill('Begroting 2028');
    await page.locator('[data-testid="rename-save"]').click();
    await eventually(async () => (await draftNames(page)).includes('Begroting 2028'), 'the new name in the list');
    assert.equal(await documentName(page), 'Begroting 2028', 'renaming the open draft renames the document');

    await draftRow(page, original).locator('[data-testid="draft-open"]').click();
    await eventually(async () => (await documentName(page)) === original, 'the original to open');

    await draftRow(page, 'Begroting 2028').locator('[data-testid="draft-delete"]').click();
    await eventually(async () => (await draftNames(page)).length === 1, 'the draft to go');
    assert.equal((await storedIndex(page)).length, 1, 'gone from storage too');

    await page.locator('[data-testid="undo-delete"]').click();
    await eventually(async () => (await draftNames(page)).length === 2, 'the draft to come back');
    const stored = await storedIndex(page);
    assert.ok(stored.some((d) => d.name === 'Begroting 2028'), 'undo restores it in storage');
    assert.equal(await documentName(page), original, 'undo does not change the open draft');
  });
});

test('new-blank and the example open as new drafts', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('[data-testid="new-blank"]').click();
    await eventually(async () => (await draftNames(page)).length === 2, 'a blank draft');
    assert.equal(await documentName(page), 'Nieuw document');
    assert.doesNotMatch(await resultsText(page), /2\.420/);

    await page.locator('[data-testid="example"]').click();
    await eventually(async () => (await draftNames(page)).length === 3, 'an example draft');
    assert.match(await resultsText(page), /2\.420/);
  });
});

test('export then import opens the same document as a new draft', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('#document-name').fill('Export test');
    const before = await resultsText(page);
    const exported = await download(page, 'export-json');
    assert.equal(exported.name, 'Export test.bijdragewijzer.json');
    const json = JSON.parse(exported.bytes.toString('utf8'));
    assert.equal(json.format_version, 4);
    assert.equal(json.$schema, 'bijdragewijzer.schema.json');
    assert.equal(json.name, 'Export test');

    await page.locator('[data-testid="import-file"]').setInputFiles(exported.path);
    await eventually(async () => (await draftNames(page)).length === 2, 'the import as a second draft');
    assert.equal(await resultsText(page), before, 'same numbers after import');
    assert.deepEqual(await draftNames(page), ['Export test', 'Export test']);
  });
});

test('a share link opens as a new draft in a fresh browser, once', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.locator('#document-name').fill('Gedeeld <b>plan</b>');
    const numbers = await resultsText(page);
    await page.locator('[data-testid="share-link"]').click();
    const link = await page.locator('[data-testid="share-link-output"]').inputValue();
    assert.match(link, /#bw1\.[A-Za-z0-9_-]+$/);
    const lengthText = await page.locator('[data-testid="share-link-length"]').innerText();
    assert.match(lengthText, new RegExp(link.length.toLocaleString('nl-NL')));

    const fresh = await newAppPage(shared.browser, shared.server);
    try {
      await openApp(fresh, link);
      assert.equal(await documentName(fresh), 'Gedeeld <b>plan</b>');
      assert.equal(await resultsText(fresh), numbers);
      assert.deepEqual(await draftNames(fresh), ['Gedeeld <b>plan</b>']);
      assert.equal(new URL(fresh.url()).hash, '', 'the fragment is removed after import');
      await reloadApp(fresh);
      assert.equal((await storedIndex(fresh)).length, 1, 'a reload does not import twice');
      assertNoErrors(fresh);
    } finally {
      await fresh.context().close();
    }

    // In the same browser the link adds a draft and leaves the existing one alone.
    const second = await page.context().newPage();
    await openApp(second, link);
    assert.equal((await storedIndex(second)).length, 2);
    const current = await second.evaluate((key) => localStorage.getItem(key), CURRENT_DRAFT);
    assert.notEqual(current, null);
  });
});

test('the CSV download is ready for Dutch Excel', async (t) => {
  await onApp(shared, t, async (page) => {
    const csv = await download(page, 'export-csv');
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(
      lines[0],
      '"Scenario";"Variant";"Verdeelsleutel";"Deelnemer of referentiegemeente";"Aantal gemeenten";"Inwoners";' +
        '"Bijdrage per gemeente (EUR)";"Maatwerk per gemeente (EUR)";"Totaal per gemeente (EUR)";"Grens"',
    );
    // Streef, variant A: the example's 45 municipalities of average size pay EUR 2,420.00 each under the
    // equal key, and the key is named on the line.
    assert.ok(
      lines.includes(
        '"Streef";"A: huidige deelnemers";"Gelijk";"Gemeente van gemiddelde grootte";45;33333;2420,00;0,00;2420,00;""',
      ),
      lines.slice(0, 12).join('\n'),
    );
  });
});

test('two tabs on the same draft do not overwrite each other', async (t) => {
  await onApp(shared, t, async (first) => {
    const second = await first.context().newPage();
    await openApp(second);
    assert.equal((await storedIndex(second)).length, 1, 'the second tab opens the same draft');

    await second.locator('#document-name').fill('Versie van tab 2');
    await waitForStoredName(second, 'Versie van tab 2');
    await first.locator('[data-testid="conflict"]').waitFor();

    await first.locator('#document-name').fill('Versie van tab 1');
    await first.locator('[data-testid="conflict-copy"]').click();
    await waitForStoredName(first, 'Versie van tab 1 (kopie)');
    const names = (await storedIndex(first)).map((d) => d.name).sort();
    assert.deepEqual(names, ['Versie van tab 1 (kopie)', 'Versie van tab 2']);
  });
});

test('a .json file dropped on the page opens as a new draft', async (t) => {
  await onApp(shared, t, async (page) => {
    const exported = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    exported.name = 'Gesleept bestand';
    const json = JSON.stringify(exported);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'gesleept.bijdragewijzer.json', { type: 'application/json' }));
      return data;
    }, json);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await eventually(async () => (await documentName(page)) === 'Gesleept bestand', 'the dropped file to open');
    assert.equal((await storedIndex(page)).length, 2, 'a new draft; the first one stays');
  });
});

test('a document too large for a link says to send the file instead', async (t) => {
  await onApp(shared, t, async (page) => {
    const big = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    big.name = 'Groot document';
    big.participants.mode = 'list';
    // Names that do not compress: a link of this document is far over the limit.
    big.participants.list = Array.from({ length: 1200 }, (_, i) => ({
      name: `Gemeente ${((i + 1) * 2654435761 % 4294967296).toString(36)}${(i * 40503 % 65536).toString(36)}`,
      inhabitants: String(1000 + ((i * 7919) % 90000)),
    }));
    await chooseFile(page, 'groot.json', JSON.stringify(big));
    await eventually(async () => (await documentName(page)) === 'Groot document', 'the large document');
    await page.locator('[data-testid="share-link"]').click();
    const warning = await page.locator('[data-testid="link-too-long"]').innerText();
    assert.match(warning, /te groot voor een link .*8\.000 tekens.*Stuur het bestand/);
    assert.equal(await page.locator('[data-testid="share-link-output"]').count(), 0, 'no link offered');
  });
});

test('the copy button puts the share link on the clipboard', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await page.locator('[data-testid="share-link"]').click();
      const link = await page.locator('[data-testid="share-link-output"]').inputValue();
      await page.locator('[data-testid="copy-link"]').click();
      await page.getByText('De link is gekopieerd.').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    },
    { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } },
  );
});

test('without a clipboard (plain http) copying the share link selects it instead of throwing', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await page.locator('[data-testid="share-link"]').click();
      const link = await page.locator('[data-testid="share-link-output"]').inputValue();
      await page.locator('[data-testid="copy-link"]').click();
      await page.getByText('Kopiëren lukte niet; selecteer de link en kopieer hem zelf.').waitFor();
      const selection = await page.evaluate(() => {
        const field = document.activeElement;
        return { id: field.dataset.testid, selected: field.value.slice(field.selectionStart, field.selectionEnd) };
      });
      assert.equal(selection.id, 'share-link-output');
      assert.equal(selection.selected, link);
    },
    { beforeOpen: (page) => page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })) },
  );
});

test('printing shows the results without the keep bar or buttons', async (t) => {
  await onApp(shared, t, async (page) => {
    assert.equal(await page.locator('.bw-print-title').isVisible(), false, 'the print title is for paper only');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.bw-keep-bar').isVisible(), false);
    assert.equal(await page.locator('.bw-print-title').innerText(), await page.locator('#document-name').inputValue());
    assert.equal(await page.locator('[data-testid="lang"]').isVisible(), false);
    assert.equal(await page.locator('[data-testid="results"]').isVisible(), true);
    assert.match(await resultsText(page), /2\.420/);
  });
});

test('after a save in another tab, "load the newest version" shows that save', async (t) => {
  await onApp(shared, t, async (first) => {
    const second = await first.context().newPage();
    await openApp(second);
    await second.locator('#document-name').fill('Nieuwer uit tab 2');
    await waitForStoredName(second, 'Nieuwer uit tab 2');
    await first.locator('[data-testid="conflict-reload"]').click();
    assert.equal(await documentName(first), 'Nieuwer uit tab 2');
    assert.equal(await first.locator('[data-testid="conflict"]').count(), 0);

    // Saving works again in the first tab, and the second tab is told in its turn.
    await first.locator('#document-name').fill('Weer tab 1');
    await waitForStoredName(first, 'Weer tab 1');
    await second.locator('[data-testid="conflict"]').waitFor();
    assert.equal((await storedIndex(first)).length, 1, 'still one draft');
  });
});
