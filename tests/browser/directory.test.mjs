// The built-in directory of municipalities in the editor: suggestions while typing a name (keyboard only),
// inhabitants filled in with the source credited, names-only paste, unknown names flagged with the closest
// names, "Ververs inwonertallen", and a paste with Excel's habits. Figures are those of gemeenten-2026.csv
// (CBS, Gebieden in Nederland 2026), read off the file by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './helpers.mjs';
import { onApp, useServerAndBrowser, waitUntil } from './fixtures.mjs';

const shared = useServerAndBrowser();

const UTRECHT = 378121;
const DEN_BOSCH = 162295;
const SUDWEST_FRYSLAN = 90521;
const ZWOLLE = 134147;

/** A field's value as a whole number ("378121" -> 378121). */
const fieldNumber = async (page, selector) => Number((await page.inputValue(selector)).replace(/\D/g, ''));

/** The app in list mode, where each member has a municipality field. */
function withListMode(t, body) {
  return onApp(shared, t, async (page) => {
    await page.check('#mode-list');
    await body(page);
  });
}

async function axeClean(page, state) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .include('#deelnemers')
    .analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], state);
}

async function paste(page, text, mode = 'replace') {
  await page.locator('#paste-text').fill(text);
  await page.locator('[data-testid="paste-preview"]').waitFor();
  if (mode) await page.click(`[data-testid="paste-${mode}"]`);
}

test('een deel van een naam typen en met het toetsenbord kiezen vult de inwoners in, met bronvermelding', async (t) => {
  await withListMode(t, async (page) => {
    await page.click('[data-testid="add-municipality"]');
    const name = page.locator('#participant-0-name');
    await name.waitFor();
    assert.equal(await page.locator('[data-testid="directory-credit"]').count(), 0, 'no credit before a directory figure');
    assert.equal(await name.getAttribute('role'), 'combobox');
    assert.equal(await name.getAttribute('aria-expanded'), 'false');

    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('sudw');
    const options = page.locator('#participant-0-name-suggestions [role="option"]');
    await waitUntil(() => options.allInnerTexts(), (v) => v.length === 1 && v[0].startsWith('Súdwest-Fryslân'),
      'the directory suggests Súdwest-Fryslân');
    assert.equal(await name.getAttribute('aria-expanded'), 'true');
    assert.equal(await name.getAttribute('aria-controls'), 'participant-0-name-suggestions');
    await axeClean(page, 'with the suggestions open');

    await page.keyboard.press('ArrowDown');
    assert.equal(await name.getAttribute('aria-activedescendant'), 'participant-0-name-suggestions-0');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await waitUntil(() => name.inputValue(), (v) => v === 'Súdwest-Fryslân', 'the name is chosen');
    assert.equal(await name.getAttribute('aria-expanded'), 'false', 'the list closes');
    await waitUntil(() => fieldNumber(page, '#participant-0-inhabitants'), (v) => v === SUDWEST_FRYSLAN,
      'the inhabitants are filled in');
    const credit = page.locator('#deelnemers [data-testid="directory-credit"]').first();
    await credit.waitFor();
    assert.match(await credit.innerText(), /CBS.*Gebieden in Nederland 2026.*CC BY 4\.0/);

    // A figure the user typed is not overwritten by a name chosen later; the directory's is offered.
    await page.click('[data-testid="add-municipality"]');
    await page.fill('#participant-1-inhabitants', '12345');
    const second = page.locator('#participant-1-name');
    await second.fill('Zwolle');
    const notice = page.locator('#participant-1-name-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /134\.147/);
    assert.equal(await fieldNumber(page, '#participant-1-inhabitants'), 12345, 'the typed figure stays');
    await notice.locator('button').click();
    await waitUntil(() => fieldNumber(page, '#participant-1-inhabitants'), (v) => v === ZWOLLE, 'taken over on request');
  });
});

test('een kandidaat op de wachtlijst krijgt ook de gemeenten voorgesteld, met bronvermelding', async (t) => {
  await withListMode(t, async (page) => {
    const before = await page.locator('[id^="prospect-"][id$="-name"]').count();
    await page.click('[data-testid="add-prospect"]');
    const name = page.locator(`#prospect-${before}-name`);
    await name.waitFor();
    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type("'s-Herto");
    const options = page.locator(`#prospect-${before}-name-suggestions [role="option"]`);
    await waitUntil(() => options.allInnerTexts(), (v) => v.length === 1 && v[0].startsWith('Den Bosch'),
      'the alias finds Den Bosch');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitUntil(() => fieldNumber(page, `#prospect-${before}-inhabitants`), (v) => v === DEN_BOSCH,
      'the prospect gets its inhabitants');
    assert.equal(await name.inputValue(), 'Den Bosch');
    await page.locator('#groei [data-testid="directory-credit"]').waitFor();
  });
});

test('alleen namen plakken neemt de inwoners uit de lijst van gemeenten; een onbekende naam wordt gemeld', async (t) => {
  await withListMode(t, async (page) => {
    await paste(page, "Gemeente\nUtrecht\n's-Hertogenbosch\nAmstrdam\n", null);
    const preview = page.locator('[data-testid="paste-preview"]');
    await waitUntil(() => preview.locator('tbody tr').count(), (n) => n === 2, 'two municipalities read');
    assert.match(await preview.innerText(), /CBS.*2026/, 'the preview says where the figures come from');
    const skipped = page.locator('[data-testid="paste-skipped"] li');
    assert.equal(await skipped.count(), 1);
    assert.match(await skipped.first().innerText(), /Regel 4.*Amsterdam/, 'the unknown name gets the closest names');
    await page.click('[data-testid="paste-replace"]');

    await page.locator('#participant-1-inhabitants').waitFor();
    assert.equal(await fieldNumber(page, '#participant-0-inhabitants'), UTRECHT);
    assert.equal(await fieldNumber(page, '#participant-1-inhabitants'), DEN_BOSCH);
    assert.equal(await page.locator('#participant-2-name').count(), 0, 'the unknown name is not taken with 0');
    await page.locator('#deelnemers [data-testid="directory-credit"]').first().waitFor();

    // Typing an unknown name in the list: "Bedoelt u" while typing, and a message on leaving the field.
    const name = page.locator('#participant-0-name');
    await name.fill('Amstrdam');
    const options = page.locator('#participant-0-name-suggestions [role="option"]');
    await waitUntil(() => options.allInnerTexts(), (v) => v.length > 0 && v[0].startsWith('Amsterdam'), 'closest names offered');
    await page.keyboard.press('Escape');
    assert.equal(await name.getAttribute('aria-expanded'), 'false', 'Escape closes the list');
    await page.keyboard.press('Tab');
    const notice = page.locator('#participant-0-name-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Amstrdam.*Amsterdam/);
    await axeClean(page, 'with a message under a name');
  });
});

test('"Ververs inwonertallen" zet de cijfers van het CBS en laat zien wat er veranderde', async (t) => {
  await withListMode(t, async (page) => {
    await paste(page, 'Utrecht;361.924\nEde;125.331\nFictiefdorp;5.000\n');
    await page.locator('#participant-2-inhabitants').waitFor();
    assert.equal(await fieldNumber(page, '#participant-0-inhabitants'), 361924);

    await page.click('[data-testid="refresh-inhabitants"]');
    const changes = page.locator('[data-testid="refresh-changes"] tbody tr');
    await waitUntil(() => changes.count(), (n) => n === 1, 'one figure changed');
    const cells = await changes.first().locator('th, td').allInnerTexts();
    assert.deepEqual(cells, ['Utrecht', '361.924', '378.121']);
    assert.match(await page.locator('[data-testid="refresh-not-found"]').innerText(), /Fictiefdorp/);
    assert.match(await page.locator('[data-testid="refresh-status"]').innerText(), /1 inwonertal bijgewerkt, 1 al actueel, 1 naam niet gevonden/);
    await waitUntil(() => fieldNumber(page, '#participant-0-inhabitants'), (v) => v === UTRECHT, 'the list follows');
    assert.equal(await fieldNumber(page, '#participant-2-inhabitants'), 5000, 'an unknown name keeps its figure');
    await axeClean(page, 'with the changes of a refresh');

    await page.click('[data-testid="refresh-undo"]');
    await waitUntil(() => fieldNumber(page, '#participant-0-inhabitants'), (v) => v === 361924, 'undo restores');
    assert.match(await page.locator('[data-testid="refresh-status"]').innerText(), /1 inwonertal teruggezet/);
  });
});

test('plakken met een totaalregel, een 0 en "45,123" geeft drie meldingen en neemt alleen de echte gemeenten', async (t) => {
  await withListMode(t, async (page) => {
    await paste(page, 'Gemeente\tInwoners\nWestdorp\t30.000\nOostdorp\t0\nNoorddorp\t45,123\nZuiddorp\t20.000\t\n\nTotaal\t95.123\n', null);
    const preview = page.locator('[data-testid="paste-preview"]');
    await waitUntil(() => preview.locator('tbody tr').count(), (n) => n === 2, 'two municipalities read');
    const notices = await page.locator('[data-testid="paste-skipped"] li').allInnerTexts();
    assert.equal(notices.length, 3, notices.join('\n'));
    assert.match(notices[0], /Regel 3.*0 inwoners/);
    assert.match(notices[1], /Regel 4.*geen heel getal.*45,123/);
    assert.match(notices[2], /Regel 7.*totaalregel/);
    await page.click('[data-testid="paste-replace"]');
    const rows = page.locator('#participant-results tbody tr');
    await waitUntil(() => rows.count(), (n) => n === 2, 'only the real members');
    assert.equal(await page.inputValue('#participant-0-name'), 'Westdorp');
    assert.equal(await page.inputValue('#participant-1-name'), 'Zuiddorp');
    assert.equal(await fieldNumber(page, '#participant-1-inhabitants'), 20000);
  });
});
