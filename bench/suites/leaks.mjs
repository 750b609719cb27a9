// 4. Leaks: 500 mount/unmount cycles of each element; afterwards no poll loop, subscriber, timer,
// interval, client listener or open request may remain, and the JS heap must not grow (< 1 MB).
import { freshPage } from '../lib/browser.mjs';
import { sleep } from '../lib/stats.mjs';

export const CYCLES = 500;
const WARMUP = 10;

export const LEAK_ELEMENTS = [
  'vf-orch-provider',
  'vf-orch-status',
  'vf-orch-actions',
  'vf-scale-control',
  'vf-autoscale-form',
  'vf-resource-editor',
  'vf-orch-config',
  'vf-orch-panel',
];

export const leakPages = {
  '/leaks/kit': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>kit leaks</title><body><div id="root"></div>
<script type="module">
import { configureOrchestration, VfElement } from '/bundle.js';
window.__VfElement = VfElement;
window.__client = configureOrchestration({ baseUrl: ${JSON.stringify(params.get('base'))} });
window.__ready = true;
</script>`,
};

/** Before any page script: count live timers/intervals and open fetches. */
function instrument() {
  const live = new Map();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, fetch: f } = window;
  window.setTimeout = function (callback, ms, ...args) {
    const id = st.call(
      window,
      (...inner) => {
        live.delete(id);
        if (typeof callback === 'function') callback(...inner);
      },
      ms,
      ...args,
    );
    live.set(id, 'timeout');
    return id;
  };
  window.clearTimeout = (id) => {
    live.delete(id);
    ct.call(window, id);
  };
  window.setInterval = function (callback, ms, ...args) {
    const id = si.call(window, callback, ms, ...args);
    live.set(id, 'interval');
    return id;
  };
  window.clearInterval = (id) => {
    live.delete(id);
    ci.call(window, id);
  };
  let open = 0;
  let total = 0;
  let waiters = [];
  const settled = () => {
    open--;
    if (open === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };
  window.fetch = function (...args) {
    open++;
    total++;
    const answer = f.apply(window, args);
    answer.then(settled, settled);
    return answer;
  };
  window.__bench = {
    timers() {
      let timeouts = 0;
      let intervals = 0;
      for (const kind of live.values()) {
        if (kind === 'timeout') timeouts++;
        else intervals++;
      }
      return { timeouts, intervals };
    },
    openFetches: () => open,
    totalFetches: () => total,
    fetchIdle: () =>
      open === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)),
  };
}

/** In the page: mount/unmount `tag` `count` times; every other cycle waits for its reads first. */
async function cycle({ tag, count }) {
  const root = document.getElementById('root');
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tag);
    element.setAttribute('tenant-id', 'globex');
    if (tag === 'vf-orch-provider') {
      element.client = window.__client;
      element.innerHTML = '<vf-orch-status></vf-orch-status>';
    }
    root.append(element);
    await element.updateComplete;
    if (i % 2 === 0) {
      // Unmount with data shown; the odd cycles unmount with the first read still in flight.
      await window.__bench.fetchIdle();
      await element.updateComplete;
    }
    element.remove();
  }
}

async function settleAndRead(page, cdp) {
  await page.evaluate(() => window.__bench.fetchIdle());
  await sleep(100);
  await page.evaluate(() => window.__bench.fetchIdle());
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const listeners = {};
  for (const [name, expression] of Object.entries({
    client: 'window.__client',
    document: 'document',
    window: 'window',
    html: 'document.documentElement',
  })) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    listeners[name] = found.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  // Kit elements still alive after GC (none is in the DOM once the cycles end).
  const { result: proto } = await cdp.send('Runtime.evaluate', {
    expression: 'window.__VfElement.prototype',
  });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result: retained } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    // Class prototypes are in the list too (they have an own `constructor`): count instances only.
    functionDeclaration:
      "function () { return this.filter((o) => !Object.prototype.hasOwnProperty.call(o, 'constructor')).length; }",
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  const page_ = await page.evaluate(() => ({
    watch: window.__client.watchStats(),
    timers: window.__bench.timers(),
    openFetches: window.__bench.openFetches(),
    totalFetches: window.__bench.totalFetches(),
    nodes: document.getElementsByTagName('*').length,
  }));
  return { heap: usedSize, listeners, retainedElements: retained.value, ...page_ };
}

export async function runLeaks({ browser, server, cycles = CYCLES, log = () => {} }) {
  const results = { cycles, elements: {} };
  for (const tag of LEAK_ELEMENTS) {
    const base = await server.session();
    const { page, context, close } = await freshPage(browser);
    try {
      await page.addInitScript(instrument);
      await page.goto(`${server.url}/leaks/kit?base=${encodeURIComponent(base)}`);
      await page.waitForFunction(() => window.__ready);
      const cdp = await context.newCDPSession(page);
      await page.evaluate(cycle, { tag, count: WARMUP });
      const before = await settleAndRead(page, cdp);
      const started = Date.now();
      await page.evaluate(cycle, { tag, count: cycles });
      const ms = Date.now() - started;
      const after = await settleAndRead(page, cdp);
      const requests = (await server.requests(base)).length;
      const timersAfter = after.timers.timeouts + after.timers.intervals;
      const listenerDelta = Object.fromEntries(
        Object.keys(after.listeners).map((key) => [
          key,
          after.listeners[key] - before.listeners[key],
        ]),
      );
      const entry = {
        ms,
        heapGrowthBytes: after.heap - before.heap,
        heapBefore: before.heap,
        heapAfter: after.heap,
        watchStatsAfter: after.watch,
        timersAfter: after.timers,
        timersDelta: timersAfter - (before.timers.timeouts + before.timers.intervals),
        clientListenersAfter: after.listeners.client,
        listenerDelta,
        openRequestsAfter: after.openFetches + after.watch.inFlight,
        retainedElementsBefore: before.retainedElements,
        retainedElementsAfter: after.retainedElements,
        fetchesDuringCycles: after.totalFetches - before.totalFetches,
        requestsLogged: requests,
      };
      entry.clean =
        after.watch.watches === 0 &&
        after.watch.subscribers === 0 &&
        after.watch.timers === 0 &&
        after.watch.inFlight === 0 &&
        timersAfter === 0 &&
        after.listeners.client === 0 &&
        Object.values(listenerDelta).every((delta) => delta === 0) &&
        after.openFetches === 0 &&
        after.retainedElements === 0;
      results.elements[tag] = entry;
      log(
        `leaks ${tag}: ${entry.clean ? 'clean' : 'LEAK'}; heap ${(entry.heapGrowthBytes / 1024).toFixed(0)} KB; retained ${entry.retainedElementsAfter}; timers ${JSON.stringify(entry.timersAfter)}; ${ms} ms`,
      );
    } finally {
      await close();
    }
  }
  return results;
}
