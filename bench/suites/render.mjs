// 3. Render: insert 100 <vf-orch-panel> (and 500 <vf-orch-status compact>) and time until every one
// shows the data, next to the floor (bench/pages/floor.js) doing the same job. Main-thread long
// tasks are counted. Fresh context per run; kit and floor alternate, pair by pair.
import { freshPage } from '../lib/browser.mjs';
import { ratios, summary } from '../lib/stats.mjs';

export const renderPages = {
  '/render/kit': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>kit render</title><body><div id="root"></div>
<script type="module">
import { configureOrchestration } from '/bundle.js';
configureOrchestration({ baseUrl: ${JSON.stringify(params.get('base'))} });
window.__ready = true;
</script>`,
  '/render/floor': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>floor render</title><body><div id="root"></div>
<script type="module">
import { setBaseUrl } from '/floor.js';
setBaseUrl(${JSON.stringify(params.get('base'))});
window.__ready = true;
</script>`,
};

export const SCENARIOS = {
  panel: {
    count: 100,
    kit: { tag: 'vf-orch-panel', attributes: 'tenant-id="globex"' },
    floor: { tag: 'floor-panel', attributes: 'tenant-id="globex"' },
  },
  compact: {
    count: 500,
    kit: { tag: 'vf-orch-status', attributes: 'compact tenant-id="globex"' },
    floor: { tag: 'floor-badge', attributes: 'tenant-id="globex"' },
  },
};

/** In the page: insert, then check every frame until all show data; resolve after that frame. */
async function insertAndWait({ tag, attributes, count, check }) {
  const shows = {
    // A status badge with data is wrapped in role=status (the loading skeleton is not).
    badge: (root) => root?.querySelector('[role="status"] [part="badge"]'),
    kitPanel: (panel) => {
      const root = panel.shadowRoot;
      return (
        root &&
        root
          .querySelector('vf-orch-status[compact]')
          ?.shadowRoot?.querySelector('[role="status"] [part="badge"]') &&
        root
          .querySelector('vf-orch-status[detailed]')
          ?.shadowRoot?.querySelector('.card[data-status]')
      );
    },
    floorPanel: (panel) =>
      panel.shadowRoot?.querySelector('[role="status"] [part="badge"]') &&
      panel.shadowRoot.querySelector('.card[data-status]'),
  };
  const done = (element) =>
    check === 'badge' ? shows.badge(element.shadowRoot) : shows[check](element);
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const root = document.getElementById('root');
  const markup = `<${tag} ${attributes}></${tag}>`.repeat(count);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  root.innerHTML = markup;
  const elements = [...root.children];
  let frames = 0;
  const end = await new Promise((resolve) => {
    const frame = () => {
      frames++;
      if (elements.every(done)) {
        // After this frame's paint: the data is on screen.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the observer deliver
  observer.disconnect();
  const inWindow = longTasks.filter((task) => task.startTime >= start - 1 && task.startTime < end);
  return {
    ms: end - start,
    frames,
    longTasks: inWindow.length,
    longTaskMs: inWindow.reduce((sum, task) => sum + task.duration, 0),
    longestTaskMs: Math.max(0, ...inWindow.map((task) => task.duration)),
  };
}

async function measureOnce(browser, server, kind, scenario) {
  const base = await server.session();
  const { page, context, close } = await freshPage(browser);
  try {
    await page.goto(`${server.url}/render/${kind}?base=${encodeURIComponent(base)}`);
    await page.waitForFunction(() => window.__ready);
    // Chromium's own accounting of main-thread time (CDP Performance.getMetrics), read before and after.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
    const spec = scenario[kind];
    const check =
      kind === 'kit'
        ? spec.tag === 'vf-orch-panel'
          ? 'kitPanel'
          : 'badge'
        : spec.tag === 'floor-panel'
          ? 'floorPanel'
          : 'badge';
    const before = await metrics();
    const result = await page.evaluate(insertAndWait, { ...spec, count: scenario.count, check });
    const after = await metrics();
    const ms = (name) => (after[name] - before[name]) * 1000;
    const breakdown = {
      taskMs: ms('TaskDuration'),
      scriptMs: ms('ScriptDuration'),
      styleMs: ms('RecalcStyleDuration'),
      layoutMs: ms('LayoutDuration'),
      styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
    };
    breakdown.otherMs =
      breakdown.taskMs - breakdown.scriptMs - breakdown.styleMs - breakdown.layoutMs;
    const log = await server.requests(base);
    return { ...result, ...breakdown, requests: log.length };
  } finally {
    await close();
  }
}

function breakdownOf(runs) {
  const keys = ['taskMs', 'scriptMs', 'styleMs', 'layoutMs', 'otherMs', 'styleRecalcs'];
  return Object.fromEntries(
    keys.map((key) => [
      key,
      summary(
        runs.map((run) => run[key]),
        0,
      ),
    ]),
  );
}

export async function runRender({ browser, server, pairs = 5, log = () => {} }) {
  const results = {};
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const kit = [];
    const floor = [];
    for (let pair = 0; pair < pairs; pair++) {
      // Alternate which goes first, so a drift of the machine's load favours neither.
      const order = pair % 2 === 0 ? ['kit', 'floor'] : ['floor', 'kit'];
      for (const kind of order) {
        const run = await measureOnce(browser, server, kind, scenario);
        (kind === 'kit' ? kit : floor).push(run);
      }
    }
    const pick = (runs, key) => runs.map((run) => run[key]);
    results[name] = {
      count: scenario.count,
      kitTag: scenario.kit.tag,
      floorTag: scenario.floor.tag,
      kitMs: summary(pick(kit, 'ms'), 1),
      floorMs: summary(pick(floor, 'ms'), 1),
      ratio: summary(ratios(pick(kit, 'ms'), pick(floor, 'ms'))),
      kitLongTasks: summary(pick(kit, 'longTasks'), 0),
      floorLongTasks: summary(pick(floor, 'longTasks'), 0),
      kitLongTaskMs: summary(pick(kit, 'longTaskMs'), 0),
      floorLongTaskMs: summary(pick(floor, 'longTaskMs'), 0),
      kitLongestTaskMs: summary(pick(kit, 'longestTaskMs'), 0),
      floorLongestTaskMs: summary(pick(floor, 'longestTaskMs'), 0),
      // Main-thread time by kind (Chromium's counters); "other" is mostly paint, HTML parsing and GC.
      kitMainThread: breakdownOf(kit),
      floorMainThread: breakdownOf(floor),
      kitRequests: summary(pick(kit, 'requests'), 0),
      floorRequests: summary(pick(floor, 'requests'), 0),
    };
    log(
      `render ${name}: kit ${results[name].kitMs.median} ms, floor ${results[name].floorMs.median} ms, ratio ${results[name].ratio.median}`,
    );
  }
  return results;
}
