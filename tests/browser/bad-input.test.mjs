// Bad input, every rule of product.md: each case gets a message at data-testid="error" that says what
// and where, and the document on screen stays exactly as it was.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, reloadApp } from './helpers.mjs';
import { onApp, useServerAndBrowser } from './fixtures.mjs';
import {
  CURRENT_DRAFT,
  chooseFile,
  disableStorage,
  documentName,
  download,
  draftNames,
  eventually,
  resultsText,
  storedIndex,
} from './keep-helpers.mjs';

const shared = useServerAndBrowser();

/** What must not change: the numbers, the name, the drafts in storage. */
async function snapshot(page) {
  return {
    results: await resultsText(page),
    name: await documentName(page),
    drafts: await storedIndex(page),
    current: await page.evaluate((key) => localStorage.getItem(key), CURRENT_DRAFT),
  };
}

const errors = (page) => page.locator('[data-testid="error"]');

async function exampleJson(page) {
  return JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
}

test('bad files are refused with a message and the document unchanged', async (t) => {
  await onApp(shared, t, async (page) => {
    const before = await snapshot(page);
    assert.match(before.results, /2\.420/);
    const example = await exampleJson(page);

    const newer = { ...example, format_version: example.format_version + 1 };
    const invalid = structuredClone(example);
    invalid.scenarios[1].reserve_percent = '150';
    const wrongType = { ...example, scenarios: 'drie' };
    const cases = [
      ['notities.txt', 'Dit is geen JSON, maar een boodschappenlijst.', /notities\.txt.*geen JSON.*regel 1/],
      ['ander.json', JSON.stringify({ type: 'FeatureCollection', features: [] }), /ander\.json.*geen Bijdragewijzer-document/],
      ['nieuw.json', JSON.stringify(newer), new RegExp(`nieuw\\.json.*format_version is ${newer.format_version}.*nieuwere`)],
      ['fout.json', JSON.stringify(invalid), /fout\.json.*scenarios\[1\]\.reserve_percent/],
      ['vorm.json', JSON.stringify(wrongType), /vorm\.json.*regel 1, kolom \d+/],
      ['groot.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), /groot\.json.*5,1 MB.*5,0 MB/],
    ];
    for (const [name, content, message] of cases) {
      await chooseFile(page, name, content);
      await eventually(
        async () => (await errors(page).allInnerTexts()).some((text) => message.test(text)),
        `the message for ${name}`,
      );
      assert.deepEqual(await snapshot(page), before, `${name} leaves the document and drafts alone`);
    }
  });
});

test('markup in names is shown as text, never run', async (t) => {
  await onApp(shared, t, async (page) => {
    const example = await exampleJson(page);
    const markup = '<img src=x onerror="window.__pwned=1">';
    example.name = markup;
    example.scenarios[1].name = '<b>Streef</b>';
    await chooseFile(page, '<i>bestand</i>.json', JSON.stringify(example));
    await eventually(async () => (await documentName(page)) === markup, 'the import');

    assert.ok((await draftNames(page)).includes(markup), 'the draft list shows the name as text');
    assert.match(await resultsText(page), /<b>Streef<\/b>/);
    assert.equal(await page.locator('[data-testid="drafts"] img, [data-testid="results"] b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // A bad file whose name is markup: the message shows the name as text.
    await chooseFile(page, '<img src=y onerror="window.__pwned=2">.json', 'nee');
    await errors(page).first().waitFor();
    assert.equal(await page.locator('[data-testid="error"] img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
});

test('a damaged share link says so and touches nothing', async (t) => {
  await onApp(shared, t, async (page) => {
    const before = await snapshot(page);
    const link = await (async () => {
      await page.locator('[data-testid="share-link"]').click();
      return page.locator('[data-testid="share-link-output"]').inputValue();
    })();
    const damaged = [
      [link.slice(0, Math.floor(link.length * 0.7)), /deellink.*beschadigd of afgekapt/i],
      [link.replace('#bw1.', '#bw1.!!'), /deellink.*beschadigd/i],
      [link.replace('#bw1.', '#bw7.'), /nieuwere Bijdragewijzer/],
    ];
    for (const [address, message] of damaged) {
      const other = await page.context().newPage();
      await openApp(other, address);
      const texts = await other.locator('[data-testid="error"]').allInnerTexts();
      assert.ok(texts.some((text) => message.test(text)), texts.join('\n'));
      assert.equal(new URL(other.url()).hash, '', 'the damaged fragment is removed');
      assert.equal(await resultsText(other), before.results, 'the last draft opens instead');
      assert.deepEqual(await storedIndex(other), before.drafts, 'no draft added or changed');
      await other.close();
    }
  });
});

test('a damaged draft: the app starts, says so and offers the stored text', async (t) => {
  await onApp(shared, t, async (page) => {
    const id = await page.evaluate((key) => localStorage.getItem(key), CURRENT_DRAFT);
    const broken = '{"revision": 3, "document": {"format_version": 1, "name": "Half';
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [`bijdragewijzer.draft.${id}`, broken]);
    await reloadApp(page);

    await eventually(
      async () => (await errors(page).allInnerTexts()).some((text) => /beschadigd/.test(text)),
      'the damaged-draft message',
    );
    assert.match(await resultsText(page), /2\.420/, 'the example opens instead');
    const raw = await download(page, 'download-raw');
    assert.equal(raw.bytes.toString('utf8'), broken, 'the stored text, byte for byte');
    const stillThere = await page.evaluate((key) => localStorage.getItem(key), `bijdragewijzer.draft.${id}`);
    assert.equal(stillThere, broken, 'the damaged draft is not overwritten');
  });
});

test('storage disabled: a warning, and work goes on in memory', async (t) => {
  await onApp(
    shared,
    t,
    async (page) => {
      await eventually(
        async () => (await errors(page).allInnerTexts()).some((text) => /niet toe dat .* bewaart/.test(text)),
        'the storage warning',
      );
      assert.match(await resultsText(page), /2\.420/);
      await page.locator('#document-name').fill('Alleen in het geheugen');
      await page.locator('[data-testid="new-blank"]').click();
      await eventually(async () => (await documentName(page)) === 'Nieuw document', 'a blank document');
    },
    { initScript: disableStorage },
  );
});

test('storage full: a warning, and the typing is not lost from the screen', async (t) => {
  const fillUp = () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  };
  await onApp(
    shared,
    t,
    async (page) => {
      const before = await storedIndex(page);
      await page.evaluate(() => {
        window.__storageFull = true;
      });
      await page.locator('#document-name').fill('Past niet meer');
      await eventually(
        async () => (await errors(page).allInnerTexts()).some((text) => /opslag .* is vol/.test(text)),
        'the storage-full warning',
      );
      assert.equal(await documentName(page), 'Past niet meer');
      assert.deepEqual(await storedIndex(page), before, 'the stored draft is untouched');

      // Room again: the next change is saved and the warning goes.
      await page.evaluate(() => {
        window.__storageFull = false;
      });
      await page.locator('#document-name').fill('Past weer');
      await eventually(
        async () => (await storedIndex(page)).some((d) => d.name === 'Past weer'),
        'the save after room is made',
      );
      await eventually(async () => (await errors(page).count()) === 0, 'the warning to go');
    },
    { initScript: fillUp },
  );
});
