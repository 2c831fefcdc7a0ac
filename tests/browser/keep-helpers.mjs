// Helpers shared by the keep, bad-input and offline browser tests.

import { readFile } from 'node:fs/promises';
import { APP_TIMEOUT_MS } from './helpers.mjs';
import { waitUntil } from './fixtures.mjs';

export const DRAFTS_INDEX = 'bijdragewijzer.drafts';
export const CURRENT_DRAFT = 'bijdragewijzer.current';

/** Polls `probe` until it returns a truthy value; fails with `what` after the timeout. */
/** An init script: localStorage throws, as when the user has blocked storage for the site. */
export function disableStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

export function eventually(probe, what, timeout = 10_000) {
  return waitUntil(probe, Boolean, what, timeout);
}

/** The visible text of the results section: what a user reads as "the numbers". */
export function resultsText(page) {
  return page.locator('[data-testid="results"]').innerText();
}

export function documentName(page) {
  return page.locator('#document-name').inputValue();
}

/** The names in the draft list, in order. */
export function draftNames(page) {
  return page.locator('[data-testid="drafts"] [data-testid="draft-name"]').allInnerTexts();
}

/** The draft index as stored in localStorage. */
export function storedIndex(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), DRAFTS_INDEX);
}

/** Waits until the stored index lists a draft with this name (autosave has run). */
export async function waitForStoredName(page, name) {
  await page.waitForFunction(
    ({ key, name }) => (JSON.parse(localStorage.getItem(key) ?? '[]')).some((d) => d.name === name),
    { key: DRAFTS_INDEX, name },
    { timeout: APP_TIMEOUT_MS },
  );
}

/** Clicks a control that downloads a file; resolves to { name, bytes }. */
export async function download(page, testid) {
  const [event] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-testid="${testid}"]`).click(),
  ]);
  const file = await event.path();
  return { name: event.suggestedFilename(), bytes: await readFile(file), path: file };
}

/** Opens a file through the file input, as a user choosing it would. */
export function chooseFile(page, name, content, mimeType = 'application/json') {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType, buffer });
}

/** The row of the draft list with exactly this name. */
export function draftRow(page, name) {
  return page
    .locator('[data-testid="draft-item"]')
    .filter({ has: page.locator('[data-testid="draft-name"]', { hasText: new RegExp(`^${escape(name)}$`) }) });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
