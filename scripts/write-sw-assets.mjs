// Trunk post_build hook: writes sw.js into the staged build, with the list of every file of the build
// and a version that is a hash of those names and their contents. Plain node, no network.
//
// Trunk runs it with TRUNK_STAGING_DIR set to the directory that becomes dist/.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) {
  console.error('write-sw-assets: TRUNK_STAGING_DIR is not set; run through `trunk build`');
  process.exit(1);
}
const TEMPLATE = path.join(ROOT, 'public', 'sw.js');
const WORKER = 'sw.js';

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
  console.error('write-sw-assets: placeholders missing in public/sw.js');
  process.exit(1);
}
const worker = template
  .replace("'__BW_ASSETS__'", JSON.stringify(assets))
  .replace("'__BW_VERSION__'", JSON.stringify(version));
await writeFile(path.join(STAGING, WORKER), worker);
console.log(`write-sw-assets: ${assets.length} assets, cache version ${version}`);
