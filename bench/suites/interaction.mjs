// 5. Interaction latency: a real click (CDP mouse events) on `+` of <vf-scale-control> until the
// frame that shows the new value has been painted; next to the floor stepper (bench/pages/floor.js).
import { freshPage } from '../lib/browser.mjs';
import { quantile, summary } from '../lib/stats.mjs';

const WARMUP = 3;
const CLICKS = 30;

export const interactionPages = {
  '/interaction/kit': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>kit interaction</title><body>
<vf-scale-control tenant-id="globex"></vf-scale-control>
<script type="module">
import { configureOrchestration } from '/bundle.js';
configureOrchestration({ baseUrl: ${JSON.stringify(params.get('base'))} });
window.__ready = true;
</script>`,
  '/interaction/floor': (
    params,
  ) => `<!doctype html><meta charset="utf-8"><title>floor interaction</title><body>
<script type="module">
import { setBaseUrl } from '/floor.js';
setBaseUrl(${JSON.stringify(params.get('base'))});
document.body.innerHTML = '<floor-stepper tenant-id="globex"></floor-stepper>';
window.__ready = true;
</script>`,
};

/**
 * In the page: the next click's `event.timeStamp` (when the browser created the input event) to
 * the end of the frame in which the input shows `expected` (rAF, then a task after the paint).
 */
function arm({ tag, expected }) {
  const input = document.querySelector(tag).shadowRoot.querySelector('[part="input"]');
  window.__done = new Promise((resolve) => {
    addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const frame = () => {
          if (input.value !== String(expected)) {
            requestAnimationFrame(frame);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

async function open(browser, server, kind, tag) {
  const base = await server.session();
  const handle = await freshPage(browser);
  await handle.page.goto(`${server.url}/interaction/${kind}?base=${encodeURIComponent(base)}`);
  await handle.page.waitForFunction(() => window.__ready);
  const increment = handle.page.locator(`${tag} [part="increment"]:not([disabled])`);
  await increment.waitFor();
  await handle.page.waitForFunction(
    (name) => document.querySelector(name).shadowRoot.querySelector('[part="input"]').value === '3',
    tag,
  );
  return { ...handle, tag, value: 3, increment };
}

async function clickOnce(side) {
  const box = await side.increment.boundingBox();
  side.value += 1;
  await side.page.evaluate(arm, { tag: side.tag, expected: side.value });
  await side.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return side.page.evaluate(() => window.__done);
}

export async function runInteraction({ browser, server, log = () => {} }) {
  const kit = await open(browser, server, 'kit', 'vf-scale-control');
  const floor = await open(browser, server, 'floor', 'floor-stepper');
  const kitMs = [];
  const floorMs = [];
  try {
    for (let i = 0; i < WARMUP + CLICKS; i++) {
      const order = i % 2 === 0 ? [kit, floor] : [floor, kit];
      for (const side of order) {
        const ms = await clickOnce(side);
        if (i >= WARMUP) (side === kit ? kitMs : floorMs).push(ms);
      }
    }
  } finally {
    await Promise.all([kit.close(), floor.close()]);
  }
  const percentiles = (values) => ({
    p50: Number(quantile(values, 0.5).toFixed(1)),
    p95: Number(quantile(values, 0.95).toFixed(1)),
  });
  const result = {
    clicks: CLICKS,
    kit: { ...percentiles(kitMs), ...summary(kitMs, 1) },
    floor: { ...percentiles(floorMs), ...summary(floorMs, 1) },
  };
  result.ratioP50 = Number((result.kit.p50 / result.floor.p50).toFixed(2));
  result.ratioP95 = Number((result.kit.p95 / result.floor.p95).toFixed(2));
  log(
    `interaction: kit p50 ${result.kit.p50} p95 ${result.kit.p95} ms; floor p50 ${result.floor.p50} p95 ${result.floor.p95} ms`,
  );
  return result;
}
