// Trunk post_build hook, in steps (one script, because Trunk runs hooks of one stage in parallel):
// 1. names the app module and the chart module (built by Trunk like workers, so without a hash) after their
//    content, so a browser never mixes an old .wasm with new JS glue, and checks that the chart module
//    exports what the app calls (CHART_OPTIONS_EXPORT in src/page_contract.rs);
// 2. writes the start module from public/start.js with the names of the first view, the app and the chart
//    module filled in,
//    names it after its content and puts its script tag where Trunk left the placeholder (pattern_script in
//    Trunk.toml): the page has no inline script, so its content security policy can forbid them;
// 3. checks that index.html has no inline script left and no address from the site root, which would break
//    the build at a sub-path;
// 4. writes sw.js with the list of every file of the build and a version that is a hash of those names and
//    their contents.
// Plain node, no network. Trunk runs it with TRUNK_STAGING_DIR set to the directory that becomes dist/.

import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) {
  fail('TRUNK_STAGING_DIR is not set; run through `trunk build`');
}
// Trunk.toml sets public_url = "./"; honoured here too, so the start module is found where the rest is.
const BASE = process.env.TRUNK_PUBLIC_URL || './';
const INDEX = path.join(STAGING, 'index.html');
const WORKER = 'sw.js';
const WORKER_TEMPLATE = path.join(ROOT, 'public', WORKER);
const START_TEMPLATE = path.join(ROOT, 'public', 'start.js');
const APP = 'bijdragewijzer';
/** Files a host reads as its own configuration and may not serve: never in the service worker's list. */
const HOST_FILES = new Set(['_headers', '_redirects', '.nojekyll']);

function fail(message) {
  console.error(`finish-build: ${message}`);
  process.exit(1);
}

function contentHash(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

/** Fills `placeholder` (which must occur) in `text`. */
function fill(text, placeholder, value, where) {
  if (!text.includes(placeholder)) fail(`${placeholder} is missing in ${where}`);
  return text.replaceAll(placeholder, value);
}

/**
 * Renames the module Trunk built from the binary `bin` to bijdragewijzer-<label>-<hash>; returns its JS name.
 * `exports` are functions the page calls by name, which must be in the glue.
 */
async function nameModule(bin, label, exports = []) {
  const glue = path.join(STAGING, `${bin}.js`);
  const wasm = path.join(STAGING, `${bin}_bg.wasm`);
  const glueText = await readFile(glue, 'utf8');
  const name = `${APP}-${label}-${contentHash(glueText, await readFile(wasm))}`;
  if (!glueText.includes(`${bin}_bg.wasm`)) {
    fail(`${bin}.js does not name ${bin}_bg.wasm; has wasm-bindgen changed its glue?`);
  }
  for (const exported of exports) {
    if (!glueText.includes(`export function ${exported}(`)) fail(`${bin}.js does not export ${exported}`);
  }
  await writeFile(path.join(STAGING, `${name}.js`), glueText.replaceAll(`${bin}_bg.wasm`, `${name}_bg.wasm`));
  await rename(wasm, path.join(STAGING, `${name}_bg.wasm`));
  await rm(glue);
  return `${name}.js`;
}

/** The attributes of one HTML tag, whether the minifier kept their quotes or not. */
function attributes(tag) {
  const found = {};
  for (const match of tag.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[match[1]] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

async function writeStartModule(html, appModule, chartModule) {
  const placeholder = html.match(/<script\b[^>]*\bdata-bw-first-view=[^>]*>\s*<\/script>/);
  if (!placeholder) fail('the first view placeholder (pattern_script in Trunk.toml) is missing in index.html');
  const names = attributes(placeholder[0]);
  const firstViewJs = names['data-bw-first-view'];
  const firstViewWasm = names['data-bw-first-view-wasm'];
  for (const file of [firstViewJs, firstViewWasm]) {
    if (!file || file.includes('/')) fail(`unexpected first view file name ${JSON.stringify(file)}`);
  }
  let start = await readFile(START_TEMPLATE, 'utf8');
  start = fill(start, '__BW_FIRST_VIEW_JS__', firstViewJs, 'public/start.js');
  start = fill(start, '__BW_FIRST_VIEW_WASM__', firstViewWasm, 'public/start.js');
  start = fill(start, '__BW_APP_MODULE__', appModule, 'public/start.js');
  start = fill(start, '__BW_CHARTS_MODULE__', chartModule, 'public/start.js');
  // Minified like the rest of the release; es2022 for its top-level await.
  start = (await transform(start, { minify: true, format: 'esm', target: 'es2022' })).code;
  const name = `${APP}-start-${contentHash(start)}.js`;
  await writeFile(path.join(STAGING, name), start);
  return html.replace(placeholder[0], `<script type="module" src="${BASE}${name}"></script>`);
}

/** What would break the page under its content security policy or at a sub-path, or nothing. */
function problemsOf(html) {
  const problems = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!('src' in attributes(match[1])) || match[2].trim() !== '') {
      problems.push(`an inline script, which the content security policy refuses: ${match[0].slice(0, 80)}`);
    }
  }
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    const handler = Object.keys(attributes(tag[0].slice(1, -1))).find((name) => /^on/i.test(name));
    if (handler) problems.push(`an inline event handler (${handler})`);
  }
  for (const match of html.matchAll(/\s(?:href|src)=["']?(\/[^"'\s>]*)/g)) {
    problems.push(`an address from the site root (${match[1]}), which breaks the build at a sub-path`);
  }
  return problems;
}

async function filesUnder(dir, prefix = '') {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      found.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    } else if (entry.isFile()) {
      found.push(relative);
    }
  }
  return found;
}

async function writeServiceWorker() {
  const files = (await filesUnder(STAGING)).filter((file) => file !== WORKER && !HOST_FILES.has(file)).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update('\0');
    hash.update(await readFile(path.join(STAGING, file)));
  }
  const version = hash.digest('hex').slice(0, 16);
  // The start URL too, so that the app opens offline at ".../" as well as at ".../index.html".
  const assets = ['./', ...files];
  const template = await readFile(WORKER_TEMPLATE, 'utf8');
  let worker = fill(template, "'__BW_ASSETS__'", JSON.stringify(assets), 'public/sw.js');
  worker = fill(worker, "'__BW_VERSION__'", JSON.stringify(version), 'public/sw.js');
  await writeFile(path.join(STAGING, WORKER), worker);
  return { count: assets.length, version };
}

const appModule = await nameModule(APP, 'app');
// The app calls the chart module's export by the name page_contract::CHART_OPTIONS_EXPORT in src/page_contract.rs.
const chartModule = await nameModule('charts', 'charts', ['chart_options']);
const html = await writeStartModule(await readFile(INDEX, 'utf8'), appModule, chartModule);
const problems = problemsOf(html);
if (problems.length > 0) fail(`index.html has ${problems.join('; ')}`);
await writeFile(INDEX, html);
const worker = await writeServiceWorker();
console.log(`finish-build: ${worker.count} assets, cache version ${worker.version}`);
