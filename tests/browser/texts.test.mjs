// The generated texts and the guide's judgement as a user meets them: the recruitment text agrees with the
// summary and the template table under the chosen key, both texts download as files, the shortfall when
// growth falls short, the hybrid base that does not fit (a message at the field, no broken result table),
// warnings where the user decides, and complete English texts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';
import { download } from './keep-helpers.mjs';

const shared = useServerAndBrowser();

const recruitment = (page) => page.locator('[data-testid="werving-text"]').inputValue();
const proposal = (page) => page.locator('[data-testid="besluit-text"]').inputValue();

/** The text of the cell in `table`'s row `rowName` under the column whose header starts with `column`. */
async function cell(table, rowName, column) {
  return table.evaluate(
    (element, { rowName, column }) => {
      const headers = [...element.querySelectorAll('thead th')].map((th) => th.innerText.trim());
      const index = headers.findIndex((header) => header.startsWith(column));
      if (index < 0) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
      const row = [...element.querySelectorAll('tbody tr')].find(
        (tr) => tr.cells[0].innerText.trim() === rowName,
      );
      if (!row) throw new Error(`no row ${rowName}`);
      return row.cells[index].innerText.trim();
    },
    { rowName, column },
  );
}

/** "Streef € 1.452" from the recruitment text's line for one reference municipality. */
function amountInLine(text, lineStart, scenario) {
  const line = text.split('\n').find((l) => l.startsWith(lineStart));
  assert.ok(line, `a line starting with ${lineStart} in\n${text}`);
  const match = line.match(new RegExp(`${scenario} (€\\u00a0[\\d.]+)`));
  assert.ok(match, `${scenario} in ${line}`);
  return match[1];
}

test('de wervingstekst noemt per referentiegemeente hetzelfde bedrag als de samenvatting en de sjabloontabel', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.check('#key-inhabitants');
    await page.fill('#key-maximum', '7.500');
    const text = await waitUntil(
      () => recruitment(page),
      (v) => /Elke gemeente betaalt hoogstens €\u00a07\.500\./.test(v),
      'the text states the maximum',
    );
    assert.match(text, /We verdelen de kosten naar inwoners/);
    assert.match(text, /In Streef is dat nu €\u00a00,0726 per inwoner\./);
    const summary = page.locator('[data-testid="summary"] table');
    const template = page.locator('#template-a');
    for (const [name, size] of [['Klein', '20.000'], ['Middel', '50.000'], ['Groot', '100.000']]) {
      for (const scenario of ['Minimum', 'Streef', 'Wens']) {
        const inText = amountInLine(text, `- ${name} (${size} inwoners):`, scenario);
        assert.equal(await cell(summary, scenario, `${name} nu`), inText, `${name} ${scenario}: summary`);
        assert.equal(await cell(template, scenario, name), inText, `${name} ${scenario}: template A`);
      }
    }
    // Groot is held at the maximum in Wens: 247,500 x 100,000 / 1,500,000 would be 16,500.
    assert.equal(amountInLine(text, '- Groot (100.000 inwoners):', 'Wens'), '€\u00a07.500');
    // Back to the equal key: one amount per municipality, and no sizes any more.
    await page.check('#key-equal');
    const equal = await waitUntil(() => recruitment(page), (v) => !/Klein \(20\.000 inwoners\)/.test(v), 'equal key text');
    assert.match(equal, /Minimum €\u00a0611, Streef €\u00a02\.420, Wens €\u00a05\.500 per gemeente; bij groei naar 75 gemeenten €\u00a0367, €\u00a01\.452, €\u00a03\.300\./);
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('beide teksten gaan als bestand mee', async (t) => {
  await onApp(shared, t, async (page) => {
    const budgetYear = await page.locator('#budget-year').inputValue();
    for (const [name, base] of [['werving', 'wervingstekst'], ['besluit', 'voorstel-stuurgroep']]) {
      const shown = await page.locator(`[data-testid="${name}-text"]`).inputValue();
      const file = await download(page, `${name}-download`);
      assert.equal(file.name, `${base}-${budgetYear}.txt`);
      assert.equal(file.bytes.toString('utf8'), shown);
    }
    // The proposal is a choice with decision points, not a finished decision.
    const text = await proposal(page);
    assert.match(text, new RegExp(`Besluitpunten\\n1\\. Kies een scenario voor ${budgetYear}: Minimum, Streef of Wens\\. Ons voorstel is Streef\\.`));
    assert.doesNotMatch(text, /De stuurgroep besluit/);
  });
});

test('als de groei tegenvalt: het tekort en wat elke gemeente bijstort', async (t) => {
  await onApp(shared, t, async (page) => {
    const table = page.locator('[data-testid="shortfall"]');
    await table.scrollIntoViewIfNeeded();
    // Streef: 108,900; 45 municipalities budget 1,452 each = 65,340; 43,560 missing; 968 each.
    assert.equal(await cell(table, 'Streef', 'Totaal'), '€\u00a0108.900');
    assert.equal(await cell(table, 'Streef', 'Komt binnen'), '€\u00a065.340');
    assert.equal(await cell(table, 'Streef', 'Tekort'), '€\u00a043.560');
    assert.equal(await cell(table, 'Streef', 'Bijstorten per gemeente'), '€\u00a0968');
    const advice = await page.locator('[data-testid="shortfall-advice"]').innerText();
    assert.match(advice, /6 maanden/);
    assert.match(advice, /vooraf af/);
    // The proposal to the steering group uses the same figures as its fallback.
    const text = await proposal(page);
    assert.match(text, /Dan komt er €\u00a065\.340 binnen en mist er €\u00a043\.560 per jaar\./);
    assert.match(text, /Elke gemeente moet dan €\u00a0968 bijstorten\./);
    // Without growth there is nothing to fall short.
    await page.fill('#growth-additional', '0');
    await waitUntil(() => table.innerText(), (v) => /geen gemeenten toe/.test(v), 'no growth, no shortfall');
  });
});

test('Hybride op het voorbeeld: een melding bij het basisbedrag en geen kapotte resultaattabel', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.check('#key-hybrid');
    // The message sits right after the base amount's field.
    const warning = page.locator('.bw-field:has(#hybrid-fixed) + #hybrid-fixed-warning [data-testid="hybrid-base-warning"]');
    await warning.waitFor({ state: 'visible' });
    const message = await warning.innerText();
    assert.match(message, /te hoog voor Minimum \(nu en na groei\) en Streef \(na groei\)/);
    assert.match(message, /€\u00a090\.000 aan basisdeel, maar Minimum kost maar €\u00a027\.500/);
    assert.match(message, /hoogstens €\u00a0366/);
    // No error in the key's own list: the base field says it.
    assert.equal(await page.locator('#sleutel [data-testid="error"]').count(), 0);
    // Every result table: one message in the rows the key cannot divide, never an error per cell.
    const tables = ['[data-testid="summary"] table', '#template-a', '#template-b', '#growth-effect', '#meerjarentabel', '#shortfall'];
    for (const selector of tables) {
      const cells = await page.locator(`${selector} td`).allInnerTexts();
      assert.ok(cells.length > 0, `${selector} has cells`);
      assert.ok(!cells.some((c) => /niet te berekenen/.test(c)), `${selector} has no broken cells: ${cells.join(' | ')}`);
    }
    assert.equal(await page.locator('[data-testid="summary"] [data-testid="row-message"]').count(), 2);
    assert.equal(await page.locator('#template-a [data-testid="row-message"]').count(), 1);
    assert.equal(await page.locator('#template-b [data-testid="row-message"]').count(), 2);
    assert.match(await page.locator('#template-b [data-testid="row-message"]').last().innerText(), /na groei niet verdelen/);
    // Wens divides fine and keeps its figures.
    assert.match(await cell(page.locator('#template-a'), 'Wens', 'Gemiddeld per gemeente'), /€\u00a05\.500/);
    // The suggestion works: the base lines fit every scenario.
    await page.click('[data-testid="use-base-lines"]');
    await warning.waitFor({ state: 'detached' });
    assert.ok(await page.locator('#hybrid-base-lines').isChecked());
    await waitUntil(() => page.locator('[data-testid="row-message"]').count(), (n) => n === 0, 'every row computes');
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

test('waarschuwingen en de handreiking waar u kiest', async (t) => {
  await onApp(shared, t, async (page) => {
    // The example's Minimum runs without a reserve; Streef keeps 10%.
    await page.locator('[data-testid="scenario-tab-0"]').click();
    await page.locator('[data-testid="reserve-warning"]').waitFor();
    assert.match(await page.locator('[data-testid="reserve-warning"]').innerText(), /lager dan 10%/);
    assert.match(await page.locator('[data-testid="scenario-guide"]').innerText(), /overlevingsmodus/);
    await page.locator('[data-testid="scenario-tab-1"]').click();
    await page.locator('[data-testid="reserve-warning"]').waitFor({ state: 'detached' });
    const guide = await page.locator('[data-testid="scenario-guide"]').innerText();
    assert.match(guide, /realistisch en wenselijk/);
    assert.match(guide, /Leidende vraag/);
    assert.match(guide, /Risico's/);
    await page.fill('#scenario-reserve', '20');
    await waitUntil(() => page.locator('[data-testid="reserve-warning"]').innerText().catch(() => ''), (v) => /hoger dan 15%/.test(v), 'reserve above 15%');
    // The key's pros and cons, and the equal key's limit of 10,000 per municipality.
    assert.match(await page.locator('[data-testid="key-judgement"]').innerText(), /Voordelen[\s\S]*Nadelen/);
    await page.fill('#summary-count', '20');
    await waitUntil(() => page.locator('[data-testid="key-warning"]').allInnerTexts(), (v) => v.some((w) => /meer dan €\u00a010\.000/.test(w)), 'high equal share');
  });
});

test('de Engelse teksten zijn helemaal Engels', async (t) => {
  await onApp(shared, t, async (page) => {
    await page.check('#key-staffel');
    await page.locator('[data-testid="lang"]').click();
    await waitUntil(() => page.locator('html').getAttribute('lang'), (v) => v === 'en', 'html lang');
    const letter = await waitUntil(() => recruitment(page), (v) => v.startsWith('Join'), 'English recruitment text');
    const decision = await proposal(page);
    assert.match(letter, /Taking part is voluntary/);
    assert.match(letter, /What a municipality pays per year:/);
    for (const part of ['The scenarios', 'Allocation key: Size bands (staffel)', 'If growth falls short', 'Assumptions', 'Risks', 'Points for decision']) {
      assert.ok(decision.includes(part), `${part} in\n${decision}`);
    }
    // Words of the Dutch texts; the example's own names and purposes are the user's and stay as typed.
    const dutch = /\b(gemeenten?|inwoners?|per jaar|bijdrage|stuurgroep|verdeelsleutel|besluitpunten|bijstorten|voorstel|kosten|waarom|aannames|risico's|tegenvalt|staffelklassen|klasse)\b/i;
    for (const [name, text] of [['recruitment', letter], ['proposal', decision]]) {
      const found = text.split('\n').filter((line) => dutch.test(line));
      assert.deepEqual(found, [], `${name} has Dutch words`);
    }
    assert.match(await page.locator('[data-testid="scenario-guide"]').innerText(), /From the guide/);
    assert.match(await page.locator('#shortfall caption').innerText(), /Shortfall per scenario/);
    assert.match(await page.locator('[data-testid="key-judgement"]').innerText(), /Pros[\s\S]*Cons/);
  });
});
