// WCAG 2.1 AA: axe-core on the whole page and on each step, and the keyboard path through the steps.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, newAppPage, openApp, saveArtifacts, startServer } from './helpers.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STEPS = ['#advies', '#begroting', '#deelnemers', '#resultaten', '#grafieken', '#meerjaren', '#conclusies', '#verantwoording'];

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newAppPage(browser, server);
  await openApp(page);
  // Charts load when they come into view; scroll there and wait so axe sees the finished page.
  await page.locator('#grafieken').scrollIntoViewIfNeeded();
  await page.locator('#grafiek-bijdrage svg').first().waitFor({ state: 'visible' });
});

after(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

/** Each violation with the elements it concerns, so a failure says what to fix and where. */
function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
    .join('\n');
}

async function audit(t, include) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  assert.ok(results.passes.length > 0, 'axe checked something');
  if (results.violations.length > 0) await saveArtifacts(page, `axe-${t.name}`);
  assert.equal(results.violations.length, 0, describe(results.violations));
}

test('axe: de hele pagina', async (t) => {
  await audit(t);
});

for (const step of STEPS) {
  test(`axe: ${step}`, async (t) => {
    assert.equal(await page.locator(step).count(), 1, `${step} is on the page`);
    await audit(t, step);
  });
}

test('axe: de hele pagina op een telefoon van 360 px breed', async (t) => {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  // The charts' tables too, which are folded away by default.
  const setTablesOpen = (open) =>
    page.evaluate((open) => document.querySelectorAll('#grafieken details').forEach((d) => (d.open = open)), open);
  await setTablesOpen(true);
  try {
    await audit(t);
  } finally {
    await setTablesOpen(false);
    await page.setViewportSize(original);
  }
});

test('met Tab bereikt u de taalwissel en het eerste veld van elke stap, met zichtbare focus', async (t) => {
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
  try {
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
  } catch (err) {
    await saveArtifacts(page, t.name);
    throw err;
  }
});
