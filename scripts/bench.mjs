// Measures the release build in headless Chromium on loopback and prints one table of figures:
// asset sizes, cold load to first results, edit-to-update latency, memory, and Lighthouse scores.
// Usage: node scripts/bench.mjs <dist-dir> <large-document.json>   (./setup.sh bench does all of it)
// Figures only: nothing here passes or fails on time, so it never flakes.
// BENCH_ONLY=lighthouse runs Lighthouse alone (for finding causes); the full reports land in target/bench/.
// BENCH_ONLY=prospect runs the wervingslink's figures alone: bytes and time until its amount is on screen,
// and Lighthouse on the link.

import { createServer } from 'node:http';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, deflateRawSync, constants as zlib } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, launchBrowser, showWholePage } from '../tests/browser/helpers.mjs';

const [distArg, largeDocument] = process.argv.slice(2);
const DIST = path.resolve(distArg ?? 'dist');
const COLD_LOADS = 10;
const EDITS = 50;
// Lighthouse's performance score moves by several points between runs on a shared machine; its authors
// advise the median of five runs. Every run is printed.
const LIGHTHOUSE_RUNS = 5;
const MEMORY_EDITS = 200;
const RESULTS = '[data-testid="results"]';
const SUMMARY = '[data-testid="summary"]';
const EDITED_FIELD = '#hourly-rate';
const PROSPECT_FIELD = '[data-testid="prospect-municipality"]';
const PROSPECT_AMOUNT = '[data-testid="prospect-amount"]';
// The municipality a prospect types on the wervingslink; its whole name, so Enter takes it at once.
const PROSPECT_NAME = 'Wageningen';
// Budgets of issue 9 for the wervingslink: bytes (brotli) until its amount is on screen, Lighthouse.
const PROSPECT_BYTES_BUDGET = 150 * 1024;
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * fraction))];
};

// Serves the build as a static host would: brotli when asked, and hashed files cached for a year (their
// names change with their content), so Lighthouse and the load times see what users get.
function startBenchServer(files) {
  const server = createServer((request, response) => {
    const requested = new URL(request.url, 'http://localhost').pathname;
    const pathname = requested === '/' ? '/index.html' : requested;
    const file = files.get(pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const hashed = /-[0-9a-f]{16}\./.test(pathname);
    const headers = {
      'content-type': CONTENT_TYPES[path.extname(pathname)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { ...headers, 'content-encoding': 'br' }).end(file.br);
    } else {
      response.writeHead(200, headers).end(file.raw);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

async function lighthouseRun(url, run, name = 'lighthouse') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // The default configuration: a mid-range phone on a slow 4G connection, simulated.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    // The whole report is kept for finding causes: long tasks, the largest paint's element, bootup time.
    await mkdir('target/bench', { recursive: true });
    await writeFile(`target/bench/${name}-${run}.json`, JSON.stringify(result.lhr));
    const { categories, audits } = result.lhr;
    const failing = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => `${category.id}: ${ref.id} (${audits[ref.id].displayValue ?? audits[ref.id].score})`));
    return { run, categories, failing, metrics: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']
      .map((id) => `${audits[id].title} ${audits[id].displayValue}`) };
  } finally {
    await chrome.kill();
  }
}

/** All runs, and the one with the median performance score, whose figures stand for all. */
async function lighthouseScores(url, name) {
  const runs = [];
  for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) runs.push(await lighthouseRun(url, run, name));
  const byPerformance = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const median = byPerformance[Math.floor(runs.length / 2)];
  return { ...median, performanceRuns: runs.map((run) => Math.round(run.categories.performance.score * 100)) };
}

async function assetSizes() {
  const sizes = new Map();
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else {
        const bytes = await readFile(file);
        sizes.set('/' + path.relative(DIST, file).split(path.sep).join('/'), {
          bytes,
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

// Records, inside the page, when the first table of contributions appears (the results at a glance under
// the header, which the small first module draws): the moment a user sees numbers. The files fetched until
// then are the initial load; the app module is asked for only after that. Both modules' WebAssembly
// memories are kept for the memory figures.
const FIRST_RESULTS_PROBE = `
  (() => {
    const seen = () => document.querySelector('${SUMMARY} table');
    const done = () => {
      window.__firstResultsAt = performance.now();
      window.__initialPaths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    };
    new MutationObserver((_, observer) => { if (seen()) { done(); observer.disconnect(); } })
      .observe(document, { childList: true, subtree: true });
    window.__wasm = [];
    addEventListener('BijdragewijzerFirstViewStarted', (event) => { window.__wasm.push(event.detail.wasm); });
    addEventListener('BijdragewijzerAppStarted', (event) => { window.__wasm.push(event.detail.wasm); });
  })();`;

async function coldLoads(browser, server) {
  const times = [];
  let initialPaths = [];
  for (let run = 0; run < COLD_LOADS; run += 1) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.addInitScript(FIRST_RESULTS_PROBE);
    await page.goto('/');
    await page.waitForFunction(() => window.__firstResultsAt !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstResultsAt));
    if (run === 0) initialPaths = [...new Set(await page.evaluate(() => window.__initialPaths))];
    await context.close();
  }
  return { times, initialPaths };
}

/** A wervingslink for the built-in example, as the README describes the format (`#bwp1.`, raw DEFLATE of
 * the compact JSON, URL-safe base64). */
async function prospectFragment() {
  const example = JSON.parse(await readFile(new URL('../tests/golden/example.json', import.meta.url), 'utf8'));
  return `#bwp1.${deflateRawSync(Buffer.from(JSON.stringify(example), 'utf8'), { level: 9 }).toString('base64url')}`;
}

// Records, inside the page, when the prospect page shows its amount, and the files fetched until then.
const PROSPECT_PROBE = `
  (() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('${PROSPECT_AMOUNT}')) {
        window.__amountAt = performance.now();
        window.__amountPaths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  })();`;

/** Cold loads of the wervingslink by a visitor who types the whole name at once and presses Enter: the time
 * until the amount is on screen, and the files the page fetched until then (the service worker caches the
 * rest of the build in the background after the page has loaded; those downloads are not the page's). */
async function prospectLoads(browser, server, fragment) {
  const times = [];
  let paths = [];
  for (let run = 0; run < COLD_LOADS; run += 1) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.addInitScript(PROSPECT_PROBE);
    await page.goto(`/${fragment}`, { waitUntil: 'commit' });
    await page.locator(PROSPECT_FIELD).fill(PROSPECT_NAME, { timeout: 30_000 });
    await page.locator(PROSPECT_FIELD).press('Enter');
    await page.waitForFunction(() => window.__amountAt !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__amountAt));
    if (run === 0) paths = [...new Set(await page.evaluate(() => window.__amountPaths))];
    await context.close();
  }
  return { times, paths };
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
    ({ results, value, fieldSelector }) =>
      new Promise((resolve) => {
        const field = document.querySelector(fieldSelector);
        const target = document.querySelector(results);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - start);
        });
        // A value that changes nothing changes no results; never wait for that forever.
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 5000);
        observer.observe(target, { childList: true, subtree: true, characterData: true });
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { results: RESULTS, value, fieldSelector: EDITED_FIELD },
  );
}

async function memory(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm.reduce((sum, module) => sum + (module?.memory?.buffer?.byteLength ?? 0), 0));
  return { js: usedSize, wasm };
}

async function editLatency(browser, server, label, file) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.addInitScript(FIRST_RESULTS_PROBE);
  await page.goto('/');
  await showWholePage(page);
  await openDocument(page, file);
  const before = await memory(page);
  const times = [];
  for (let edit = 0; edit < MEMORY_EDITS; edit += 1) {
    // Alternate between two rates that both differ from the example's 100, so every edit changes results.
    const time = await timedEdit(page, String(101 + (edit % 2)));
    if (Number.isNaN(time)) throw new Error(`edit ${edit} did not change the results`);
    if (edit < EDITS) times.push(time);
  }
  const after = await memory(page);
  await context.close();
  return { label, times, before, after };
}

const sizes = await assetSizes();
const served = new Map([...sizes].map(([file, size]) => [file, {
  raw: size.bytes,
  br: brotliCompressSync(size.bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
}]));
const server = await startBenchServer(served);
if (process.env.BENCH_ONLY === 'lighthouse') {
  const scores = await lighthouseScores(server.url, 'lighthouse');
  for (const category of Object.values(scores.categories)) console.log(`${category.title}: ${Math.round(category.score * 100)}`);
  console.log(`performance of each run: ${scores.performanceRuns.join(', ')}; median run ${scores.run}`);
  console.log(scores.metrics.join('; '));
  await server.close();
  process.exit(0);
}
const fragment = await prospectFragment();
/** Bytes (brotli) of the page and the files it fetched until the amount was on screen. */
const prospectBytes = (paths) =>
  [...new Set(['/index.html', ...paths])].reduce((sum, file) => sum + (sizes.get(file)?.brotli ?? 0), 0);
function printProspect({ times, paths }, scores) {
  const bytes = prospectBytes(paths);
  console.log(`\n| wervingslink (the example; "${PROSPECT_NAME}" typed, Enter) | figure | budget |`);
  console.log('|---|---:|---:|');
  console.log(`| bytes until the amount is on screen (brotli), ${paths.length + 1} files | **${kb(bytes)}** | ${kb(PROSPECT_BYTES_BUDGET)} ${bytes <= PROSPECT_BYTES_BUDGET ? '(within)' : '(OVER)'} |`);
  console.log(`| amount on screen, cold, ${COLD_LOADS} loads: median | ${ms(percentile(times, 0.5))} | worst ${ms(Math.max(...times))} |`);
  for (const category of Object.values(scores.categories)) {
    const budget = { performance: 98, accessibility: 100 }[category.id];
    const score = Math.round(category.score * 100);
    console.log(`| Lighthouse ${category.title}, mobile, median of ${LIGHTHOUSE_RUNS} | ${score} | ${budget ? `${budget} ${score >= budget ? '(within)' : '(BELOW)'}` : ''} |`);
  }
  console.log(`\nLighthouse performance of each run on the wervingslink: ${scores.performanceRuns.join(', ')}; the median run (${scores.run}) above.`);
  console.log(`Lighthouse metrics of that run: ${scores.metrics.join('; ')}`);
  if (scores.failing.length > 0) console.log(`Lighthouse audits below full marks on the wervingslink: ${scores.failing.join('; ')}`);
  console.log(`Files until the amount: ${['/index.html', ...paths].join(', ')}`);
}
if (process.env.BENCH_ONLY === 'prospect') {
  const browser = await launchBrowser();
  try {
    const loads = await prospectLoads(browser, server, fragment);
    printProspect(loads, await lighthouseScores(server.url + fragment, 'lighthouse-prospect'));
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
const browser = await launchBrowser();
try {
  const { times: loadTimes, initialPaths } = await coldLoads(browser, server);
  const prospect = await prospectLoads(browser, server, fragment);
  const edits = [await editLatency(browser, server, 'built-in example', null)];
  if (largeDocument) edits.push(await editLatency(browser, server, '342 municipalities, staffel, min/max', largeDocument));

  const scores = await lighthouseScores(server.url, 'lighthouse');
  const prospectScores = await lighthouseScores(server.url + fragment, 'lighthouse-prospect');

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
  console.log(`\n| Lighthouse 12.2.3, mobile emulation, median of ${LIGHTHOUSE_RUNS} runs | score |`);
  console.log('|---|---:|');
  for (const category of Object.values(scores.categories)) {
    console.log(`| ${category.title} | ${Math.round(category.score * 100)} |`);
  }
  console.log(`\nLighthouse performance of each run: ${scores.performanceRuns.join(', ')}; the median run (${scores.run}) above.`);
  console.log(`Lighthouse metrics of that run: ${scores.metrics.join('; ')}`);
  if (scores.failing.length > 0) console.log(`Lighthouse audits below full marks: ${scores.failing.join('; ')}`);
  printProspect(prospect, prospectScores);
} finally {
  await browser.close();
  await server.close();
}
