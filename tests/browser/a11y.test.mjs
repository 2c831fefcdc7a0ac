// WCAG 2.2 AA: axe-core on the whole page, on every section of it, on the prospect page a wervingslink opens
// and on every dialog, at a desktop width and at a phone's; and the keyboard path through the steps.
// Sections and dialogs are found on the page, not listed here, so that a new one is checked without asking.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { APP_TIMEOUT_MS, WCAG_TAGS, saveArtifacts } from './helpers.mjs';
import { onApp, useServerAndBrowser } from './fixtures.mjs';

const WIDTHS = [1280, 390];
const SECTIONS = 'main section.bw-section';
const DIALOGS = 'dialog, [role="dialog"], [role="alertdialog"]';
/** Every step the app has had since the first release; more may join, none may go unnoticed. */
const KNOWN_STEPS = ['advies', 'begroting', 'deelnemers', 'resultaten', 'grafieken', 'meerjaren', 'conclusies', 'verantwoording'];

const shared = useServerAndBrowser();

/** Each violation with the elements it concerns, so a failure says what to fix and where. */
function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
    .join('\n');
}

async function audit(page, name, include) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  assert.ok(results.passes.length > 0, `axe checked something in ${name}`);
  if (results.violations.length > 0) await saveArtifacts(page, `axe-${name}`);
  assert.equal(results.violations.length, 0, `${name}:\n${describe(results.violations)}`);
}

/** The app at `width`, with the charts drawn and every folded part (the charts' tables, ...) unfolded. */
function onWholeApp(t, width, body) {
  return onApp(
    shared,
    t,
    async (page) => {
      // Charts load when they come into view; scroll there and wait so axe sees the finished page.
      await page.locator('#grafieken').scrollIntoViewIfNeeded();
      await page.locator('#grafiek-bijdrage svg').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
      await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => (details.open = true)));
      await body(page);
    },
    { contextOptions: { viewport: { width, height: 900 } } },
  );
}

for (const width of WIDTHS) {
  test(`axe at ${width} px: the whole page and each of its sections`, async (t) => {
    await onWholeApp(t, width, async (page) => {
      await audit(page, `page-${width}`);
      const ids = await page.locator(SECTIONS).evaluateAll((sections) => sections.map((section) => section.id));
      for (const id of KNOWN_STEPS) assert.ok(ids.includes(id), `section #${id} is on the page (${ids.join(', ')})`);
      for (const id of ids) {
        assert.ok(id, 'every section has an id to be linked to');
        await t.test(`#${id}`, () => audit(page, `${id}-${width}`, `#${id}`));
      }
    });
  });

  test(`axe at ${width} px: every dialog, opened`, async (t) => {
    await onWholeApp(t, width, async (page) => {
      const count = await page.locator(DIALOGS).count();
      t.diagnostic(`${count} dialog(s) on the page`);
      for (let index = 0; index < count; index += 1) {
        const dialog = page.locator(DIALOGS).nth(index);
        await dialog.evaluate((element) => {
          if (element instanceof HTMLDialogElement && !element.open) element.showModal();
          element.setAttribute('data-axe-dialog', '');
        });
        await t.test(`dialog ${index}`, () => audit(page, `dialog-${index}-${width}`, '[data-axe-dialog]'));
        await dialog.evaluate((element) => {
          element.removeAttribute('data-axe-dialog');
          if (element instanceof HTMLDialogElement) element.close();
        });
      }
    });
  });

  test(`axe at ${width} px: the prospect page of a wervingslink, with the list open and with an answer`, async (t) => {
    await onApp(
      shared,
      t,
      async (page) => {
        // The example document's own wervingslink, as the coordinator makes it.
        await page.locator('[data-testid="prospect-link"]').click();
        const link = await page.locator('[data-testid="prospect-link-url"]').inputValue();
        await page.goto(link);
        const field = page.locator('[data-testid="prospect-municipality"]');
        await field.waitFor({ timeout: APP_TIMEOUT_MS });
        await audit(page, `prospect-${width}`);
        await field.pressSequentially('wagen');
        await page.locator('[role="option"]').first().waitFor();
        await audit(page, `prospect-list-${width}`);
        await field.press('ArrowDown');
        await field.press('Enter');
        await page.locator('[data-testid="prospect-amount"]').waitFor();
        await audit(page, `prospect-answer-${width}`);
      },
      { contextOptions: { viewport: { width, height: 900 } } },
    );
  });
}

test('axe: de hele pagina op een telefoon van 360 px breed', async (t) => {
  await onWholeApp(t, 360, (page) => audit(page, 'page-360'));
});

test('met Tab bereikt u de taalwissel en het eerste veld van elke stap, met zichtbare focus', async (t) => {
  await onApp(shared, t, async (page) => {
    const targets = {
      lang: '[data-testid="lang"]',
      advies: '#advies input[type="radio"]:checked',
      grafieken: '#grafieken summary',
      meerjaren: '#meerjaren-jaren',
      conclusies: '#conclusies-start',
      verantwoording: '#verantwoording-scenario',
    };
    const reached = new Map();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Generous: the budget and participant steps before ours can hold many fields.
    for (let presses = 0; presses < 1500 && reached.size < Object.keys(targets).length; presses++) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate((targets) => {
        const active = document.activeElement;
        if (!active || active === document.body) return null;
        for (const [name, selector] of Object.entries(targets)) {
          if (active.matches(selector)) {
            const style = getComputedStyle(active);
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadowed = style.boxShadow && style.boxShadow !== 'none';
            return { name, visible: Boolean(outlined || shadowed), focusVisible: active.matches(':focus-visible') };
          }
        }
        return null;
      }, targets);
      if (found && !reached.has(found.name)) reached.set(found.name, found);
    }
    assert.deepEqual([...reached.keys()].sort(), Object.keys(targets).sort(), 'every target reached by Tab');
    for (const [name, found] of reached) {
      assert.equal(found.focusVisible, true, `${name} matches :focus-visible`);
      assert.equal(found.visible, true, `${name} shows a focus outline`);
    }
  });
});
