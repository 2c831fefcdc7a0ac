// Starts the page: the first view, then the app, and the service worker. A file rather than inline scripts,
// so that the page's content security policy can forbid inline scripts altogether.
//
// This file is a template: at build time scripts/finish-build.mjs (a Trunk post_build hook) fills in the
// content-hashed names of the three modules and writes the result as dist/bijdragewijzer-start-<hash>.js,
// whose name index.html then carries. Every address below is relative to this module, which sits beside
// index.html, so the build works at any path.

import initFirstView from './__BW_FIRST_VIEW_JS__';

// Offline use and updates (public/sw.js). Registered once the page has loaded, so that the worker's
// downloads never compete with the first results; the app shows a notice when a new version is waiting.
if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register('sw.js').catch(() => {});
  if (document.readyState === 'complete') {
    register();
  } else {
    addEventListener('load', register, { once: true });
  }
}

// 3. The chart module, which the app imports through this function with ECharts when the charts come near
// (src/charts/echarts.rs): only this module knows its content-hashed name. The function's name is
// CHART_MODULE_LOADER in src/page_contract.rs, and the app calls the module's CHART_OPTIONS_EXPORT.
globalThis.bijdragewijzerChartModule = async () => {
  const charts = await import('./__BW_CHARTS_MODULE__');
  await charts.default();
  return charts;
};

// 2. The app, after the first view has been painted, so its download never competes with the first results.
// The event is FIRST_VIEW_SHOWN_EVENT in src/page_contract.rs, sent by src/bin/first_view.rs.
addEventListener(
  'bw-first-view',
  () => {
    requestAnimationFrame(() =>
      setTimeout(async () => {
        const app = await import('./__BW_APP_MODULE__');
        const wasm = await app.default();
        dispatchEvent(new CustomEvent('BijdragewijzerAppStarted', { detail: { wasm } }));
      }),
    );
  },
  { once: true },
);

// 1. The first view: the header and the results at a glance. It sends `bw-first-view` when it is on screen.
const firstView = await initFirstView({
  module_or_path: new URL('./__BW_FIRST_VIEW_WASM__', import.meta.url),
});
dispatchEvent(new CustomEvent('BijdragewijzerFirstViewStarted', { detail: { wasm: firstView } }));
