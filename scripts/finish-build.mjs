// Trunk post_build hook, in two steps (one script, because Trunk runs hooks of one stage in parallel):
// 1. names the app module (built by Trunk like a worker, so without a hash) after its content and writes
//    that name into the loader in index.html, so a browser never mixes an old .wasm with new JS glue;
// 2. writes sw.js with the list of every file of the build and a version that is a hash of those names and
//    their contents.
// Plain node, no network. Trunk runs it with TRUNK_STAGING_DIR set to the directory that becomes dist/.

import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) {
  console.error('finish-build: TRUNK_STAGING_DIR is not set; run through `trunk build`');
  process.exit(1);
}
const TEMPLATE = path.join(ROOT, 'public', 'sw.js');
const WORKER = 'sw.js';
const APP = 'bijdragewijzer';
const APP_PLACEHOLDER = '__BW_APP_MODULE__';

async function nameAppModule() {
  const glue = path.join(STAGING, `${APP}.js`);
  const wasm = path.join(STAGING, `${APP}_bg.wasm`);
  const hash = createHash('sha256');
  hash.update(await readFile(glue));
  hash.update(await readFile(wasm));
  const name = `${APP}-app-${hash.digest('hex').slice(0, 16)}`;
  const glueText = await readFile(glue, 'utf8');
  if (!glueText.includes(`${APP}_bg.wasm`)) {
    console.error(`finish-build: ${APP}.js does not name ${APP}_bg.wasm; has wasm-bindgen changed its glue?`);
    process.exit(1);
  }
  await writeFile(path.join(STAGING, `${name}.js`), glueText.replaceAll(`${APP}_bg.wasm`, `${name}_bg.wasm`));
  await rename(wasm, path.join(STAGING, `${name}_bg.wasm`));
  await rm(glue);
  const index = path.join(STAGING, 'index.html');
  const html = await readFile(index, 'utf8');
  if (!html.includes(APP_PLACEHOLDER)) {
    console.error(`finish-build: the app loader (${APP_PLACEHOLDER}) is missing in index.html`);
    process.exit(1);
  }
  await writeFile(index, html.replaceAll(APP_PLACEHOLDER, `${name}.js`));
}

await nameAppModule();

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

const files = (await filesUnder(STAGING)).filter((file) => file !== WORKER).sort();
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file);
  hash.update('\0');
  hash.update(await readFile(path.join(STAGING, file)));
}
const version = hash.digest('hex').slice(0, 16);
// The start URL too, so that the app opens offline at "/" as well as at "/index.html".
const assets = ['./', ...files];

const template = await readFile(TEMPLATE, 'utf8');
if (!template.includes("'__BW_ASSETS__'") || !template.includes("'__BW_VERSION__'")) {
  console.error('finish-build: placeholders missing in public/sw.js');
  process.exit(1);
}
const worker = template
  .replace("'__BW_ASSETS__'", JSON.stringify(assets))
  .replace("'__BW_VERSION__'", JSON.stringify(version));
await writeFile(path.join(STAGING, WORKER), worker);
console.log(`finish-build: ${assets.length} assets, cache version ${version}`);
