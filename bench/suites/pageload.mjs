// 6. Page load: one <vf-orch-panel> from the bundle, navigation start → status shown, next to a
// floor page that does one plain fetch of the status and sets the text. Same origin, default
// simulator (its request log is cleared before each load), fresh browser context per load.
import { freshPage } from '../lib/browser.mjs';
import { ratios, summary } from '../lib/stats.mjs';

/** Inline in <head> of both pages: rAF until the status is in the DOM, then a task after paint. */
const detector = (kind) => `<script>
(() => {
  const shown = ${
    kind === 'kit'
      ? `() => {
    const root = document.querySelector('vf-orch-panel')?.shadowRoot;
    return root &&
      root.querySelector('vf-orch-status[compact]')?.shadowRoot?.querySelector('[role="status"] [part="badge"]') &&
      root.querySelector('vf-orch-status[detailed]')?.shadowRoot?.querySelector('.card[data-status]');
  }`
      : `() => document.getElementById('status')?.textContent`
  };
  const frame = () => {
    if (!shown()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__shownAt = performance.now(); };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
})();
</script>`;

export const loadPages = {
  '/load/kit': (
    params,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kit load</title>
${detector('kit')}
<script type="module" src="/bundle.js"></script>
</head><body><vf-orch-panel tenant-id="globex"${params.get('tab') ? ` tab="${params.get('tab')}"` : ''}></vf-orch-panel></body></html>`,
  '/load/floor':
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor load</title>
${detector('floor')}
</head><body><p>Status: <span id="status"></span></p>
<script>
fetch('/api/tenants/globex/orchestration/status')
  .then((response) => response.json())
  .then((status) => { document.getElementById('status').textContent = status.status; });
</script></body></html>`,
};

async function loadOnce(browser, server, kind, query = '') {
  await server.clearRequests('');
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${server.url}/load/${kind}${query}`);
    const shownAt = await (
      await page.waitForFunction(() => window.__shownAt, null, { polling: 100, timeout: 20_000 })
    ).jsonValue();
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((entry) => ({
        name: new URL(entry.name).pathname,
        start: entry.startTime,
        end: entry.responseEnd,
      }));
      return { domContentLoaded: navigation.domContentLoadedEventEnd, resources };
    });
    await new Promise((resolve) => setTimeout(resolve, 200)); // a duplicate read would show by now
    const log = await server.requests('');
    const requests = {};
    for (const entry of log) requests[entry.path] = (requests[entry.path] ?? 0) + 1;
    return { shownAt, ...timing, requests };
  } finally {
    await close();
  }
}

export async function runPageLoad({ browser, server, pairs = 9, log = () => {} }) {
  const kit = [];
  const floor = [];
  for (let pair = 0; pair < pairs + 1; pair++) {
    const order = pair % 2 === 0 ? ['kit', 'floor'] : ['floor', 'kit'];
    for (const kind of order) {
      const run = await loadOnce(browser, server, kind);
      if (pair > 0) (kind === 'kit' ? kit : floor).push(run); // pair 0 warms the server and browser
    }
  }
  const shown = (runs) => runs.map((run) => run.shownAt);
  const dataRequest = (run, path) => run.resources.find((entry) => entry.name.endsWith(path));
  const countsOf = (runs) => {
    const paths = new Set(runs.flatMap((run) => Object.keys(run.requests)));
    return Object.fromEntries(
      [...paths].map((path) => [
        path,
        summary(
          runs.map((run) => run.requests[path] ?? 0),
          0,
        ),
      ]),
    );
  };
  // Other tabs, counted only: the Scaling tab has two elements that read the config.
  const scaling = [];
  for (let i = 0; i < 3; i++)
    scaling.push(await loadOnceRequestsOnly(browser, server, '?tab=scaling'));
  const result = {
    kitMs: summary(shown(kit), 1),
    floorMs: summary(shown(floor), 1),
    ratio: summary(ratios(shown(kit), shown(floor))),
    kitDomContentLoadedMs: summary(
      kit.map((run) => run.domContentLoaded),
      1,
    ),
    kitBundleLoadedMs: summary(
      kit.map((run) => dataRequest(run, '/bundle.js')?.end ?? NaN),
      1,
    ),
    kitStatusRequestStartMs: summary(
      kit.map(
        (run) =>
          dataRequest(run, '/detailed_status')?.start ?? dataRequest(run, '/status')?.start ?? NaN,
      ),
      1,
    ),
    floorStatusRequestStartMs: summary(
      floor.map((run) => dataRequest(run, '/status')?.start ?? NaN),
      1,
    ),
    kitRequestsOnLoad: countsOf(kit),
    floorRequestsOnLoad: countsOf(floor),
    kitRequestsTotal: summary(
      kit.map((run) => Object.values(run.requests).reduce((a, b) => a + b, 0)),
      0,
    ),
    scalingTabRequestsOnLoad: countsOf(scaling),
    scalingTabRequestsTotal: summary(
      scaling.map((run) => Object.values(run.requests).reduce((a, b) => a + b, 0)),
      0,
    ),
  };
  log(
    `page load: kit ${result.kitMs.median} ms, floor ${result.floorMs.median} ms, ratio ${result.ratio.median}`,
  );
  return result;
}

/** A load of the panel on another tab, for its request count only (waits for the network to settle). */
async function loadOnceRequestsOnly(browser, server, query) {
  await server.clearRequests('');
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${server.url}/load/kit${query}`, { waitUntil: 'networkidle' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const log = await server.requests('');
    const requests = {};
    for (const entry of log) requests[entry.path] = (requests[entry.path] ?? 0) + 1;
    return { requests };
  } finally {
    await close();
  }
}
