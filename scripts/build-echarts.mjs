// Builds the ECharts the app draws with (line, bar and scatter series on a grid with legend and tooltip,
// SVG renderer: vector charts that print sharp and scale to the paper) from the echarts npm package's modular sources, instead of shipping a prebuilt bundle.
// Runs as Trunk's pre_build hook; the result is copied into the site as /echarts.js and loaded only when the
// charts come into view, so the first results never wait for it.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'target', 'echarts', 'echarts.js');

const entry = `
  import * as echarts from 'echarts/core';
  import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
  import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
  import { SVGRenderer } from 'echarts/renderers';
  echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
  globalThis.echarts = echarts;
`;

await mkdir(path.dirname(outfile), { recursive: true });
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'eof',
  outfile,
  logLevel: 'warning',
});
