// Bundles style/index.css and everything it imports (the NL Design System packages from node_modules and
// our own stylesheets) into one minified file, so the first load fetches one stylesheet instead of many.
// Runs as Trunk's pre_build hook; index.html links the result.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'style', 'index.css')],
  bundle: true,
  minify: true,
  legalComments: 'eof',
  outfile: path.join(root, 'target', 'css', 'bijdragewijzer.css'),
  logLevel: 'warning',
});
