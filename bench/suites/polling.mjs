// 2. Polling efficiency: N status elements (+ one panel) on one tenant make one request per tick;
// the naive approach (one setInterval + fetch per widget) makes N. Measured side by side, each page
// on its own simulator session (real clock), requests counted from the simulator's request log.
import { freshPage } from '../lib/browser.mjs';
import { sleep, summary } from '../lib/stats.mjs';

const INTERVAL_S = 1;
const WINDOW_MS = 3000;
const WINDOWS = 3;
// A kit tick: the requests within this span after a tick's first request (the store never reads
// twice within one interval, so two requests in one span would be a duplicate read).
const TICK_SPAN_MS = (INTERVAL_S * 1000) / 2;

export const pollingPages = {
  '/polling/kit': (params) => `<!doctype html><meta charset="utf-8"><title>kit polling</title><body>
<script type="module">
import { configureOrchestration } from '/bundle.js';
window.__client = configureOrchestration({ baseUrl: ${JSON.stringify(params.get('base'))} });
const n = ${Number(params.get('n'))};
document.body.insertAdjacentHTML('beforeend',
  '<vf-orch-panel tenant-id="globex"></vf-orch-panel>' +
  '<vf-orch-status tenant-id="globex" interval="${INTERVAL_S}"></vf-orch-status>'.repeat(n));
window.__ready = true;
</script>`,
  // The VeloFlux guide's approach: each widget polls on its own interval.
  '/polling/naive': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>naive polling</title><body>
<script type="module">
const base = ${JSON.stringify(params.get('base'))};
const n = ${Number(params.get('n'))};
for (let i = 0; i < n; i++) {
  const widget = document.body.appendChild(document.createElement('div'));
  let tick = 0; // every widget tags its requests with its tick, so the log groups them exactly
  const poll = () => fetch(base + '/api/tenants/globex/orchestration/status?tick=' + tick++)
    .then((response) => response.json())
    .then((status) => { widget.textContent = status.status + ' ' + status.ready_replicas + '/' + status.replicas; });
  poll();
  setInterval(poll, ${INTERVAL_S * 1000});
}
window.__ready = true;
</script>`,
};

/**
 * Groups a request log into ticks: by the `?tick=` tag when the page sets one (naive page), else
 * by time (kit). Returns the ticks whose first request falls in [from, to).
 */
function ticksIn(log, from, to) {
  const tagged = new Map();
  const untagged = [];
  for (const entry of log) {
    const tag = /[?&]tick=(\d+)/.exec(entry.path)?.[1];
    if (tag === undefined) untagged.push(entry.time);
    else {
      const tick = tagged.get(tag) ?? { start: entry.time, count: 0 };
      tick.start = Math.min(tick.start, entry.time);
      tick.count++;
      tagged.set(tag, tick);
    }
  }
  const byTime = [];
  for (const time of untagged.sort((a, b) => a - b)) {
    const last = byTime.at(-1);
    if (last && time - last.start < TICK_SPAN_MS) last.count++;
    else byTime.push({ start: time, count: 1 });
  }
  return [...tagged.values(), ...byTime].filter((tick) => tick.start >= from && tick.start < to);
}

function setHidden(page, hidden) {
  return page.evaluate((hide) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hide });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hide ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

export async function runPolling({ browser, server, counts = [1, 10, 50], log = () => {} }) {
  const results = {
    intervalS: INTERVAL_S,
    windowMs: WINDOW_MS,
    windows: WINDOWS,
    byN: {},
    hidden: null,
  };
  for (const n of counts) {
    const kitBase = await server.session();
    const naiveBase = await server.session();
    const kit = await freshPage(browser);
    const naive = await freshPage(browser);
    await Promise.all([
      kit.page.goto(`${server.url}/polling/kit?n=${n}&base=${encodeURIComponent(kitBase)}`),
      naive.page.goto(`${server.url}/polling/naive?n=${n}&base=${encodeURIComponent(naiveBase)}`),
    ]);
    await Promise.all([
      kit.page.waitForFunction(() => window.__ready),
      naive.page.waitForFunction(() => window.__ready),
    ]);
    await sleep(1500); // first read done, loops settled on their interval
    const windows = [];
    for (let w = 0; w < WINDOWS; w++) {
      const from = Date.now();
      await sleep(WINDOW_MS);
      windows.push([from, Date.now()]);
    }
    await sleep(TICK_SPAN_MS + 500); // let the last tick's requests arrive
    const [kitLog, naiveLog] = await Promise.all([
      server.requests(kitBase),
      server.requests(naiveBase),
    ]);
    const perWindow = windows.map(([from, to]) => {
      const kitTicks = ticksIn(kitLog, from, to);
      const naiveTicks = ticksIn(naiveLog, from, to);
      const kitRequests = kitTicks.reduce((sum, tick) => sum + tick.count, 0);
      const naiveRequests = naiveTicks.reduce((sum, tick) => sum + tick.count, 0);
      return {
        kitTicks: kitTicks.length,
        kitRequests,
        kitPerTick: kitRequests / Math.max(1, kitTicks.length),
        kitMaxPerTick: Math.max(0, ...kitTicks.map((tick) => tick.count)),
        naiveTicks: naiveTicks.length,
        naiveRequests,
        naivePerTick: naiveRequests / Math.max(1, naiveTicks.length),
      };
    });
    const kitPaths = {};
    for (const entry of kitLog) kitPaths[entry.path] = (kitPaths[entry.path] ?? 0) + 1;
    const stats = await kit.page.evaluate(() => window.__client.watchStats());
    results.byN[n] = {
      kitRequestsPerTick: summary(perWindow.map((w) => w.kitPerTick)),
      kitMaxRequestsInOneTick: Math.max(...perWindow.map((w) => w.kitMaxPerTick)),
      kitTicksPerWindow: summary(perWindow.map((w) => w.kitTicks)),
      naiveRequestsPerTick: summary(perWindow.map((w) => w.naivePerTick)),
      ratioNaiveToKit: summary(perWindow.map((w) => w.naivePerTick / w.kitPerTick)),
      kitPaths,
      kitWatchStats: stats,
      windows: perWindow,
    };
    log(
      `polling N=${n}: kit ${results.byN[n].kitRequestsPerTick.median}/tick, naive ${results.byN[n].naiveRequestsPerTick.median}/tick`,
    );

    if (n === counts.at(-1)) {
      // Hidden page: the kit's store pauses on document.hidden + visibilitychange; the naive page does not.
      await Promise.all([setHidden(kit.page, true), setHidden(naive.page, true)]);
      await sleep(TICK_SPAN_MS);
      const from = Date.now();
      await sleep(WINDOW_MS);
      const to = Date.now();
      const hiddenStats = await kit.page.evaluate(() => window.__client.watchStats());
      await setHidden(kit.page, false);
      await sleep(1000);
      const visibleAt = to;
      const [kitAfter, naiveAfter] = await Promise.all([
        server.requests(kitBase),
        server.requests(naiveBase),
      ]);
      const inWindow = (entries, a, b) =>
        entries.filter((entry) => entry.time >= a && entry.time < b).length;
      results.hidden = {
        n,
        windowMs: to - from,
        kitRequests: inWindow(kitAfter, from, to),
        naiveRequests: inWindow(naiveAfter, from, to),
        kitTimersWhileHidden: hiddenStats.timers,
        kitRequestsInFirstSecondVisibleAgain: inWindow(kitAfter, visibleAt, visibleAt + 1000),
        method:
          'document.hidden / visibilityState getters overridden + visibilitychange dispatched',
      };
      log(
        `polling hidden: kit ${results.hidden.kitRequests}, naive ${results.hidden.naiveRequests} requests in ${results.hidden.windowMs} ms`,
      );
    }
    await Promise.all([kit.close(), naive.close()]);
  }
  return results;
}
