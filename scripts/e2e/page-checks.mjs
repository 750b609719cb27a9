// The browser checks every host page must pass. The host pages share a small contract:
// - the elements are for the seeded dedicated tenant `globex` (ready, 3 replicas);
// - `#event-log` lists the vf-* events the host's own code received, one
//   `<li data-event="<name>">` per event;
// - Vue and Angular also show their form model as JSON in `#autoscale-model`.

const TENANT = 'globex';
const SEEDED_REPLICAS = 3;

async function poll(read, accept, { timeout = 15_000, what }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Status: the seeded tenant's badge renders (not the loading skeleton). */
export async function statusRenders(page) {
  const badge = page.locator('vf-orch-status').first().locator('[part="badge"]:not(.skeleton)');
  await badge.filter({ hasText: /ready/i }).waitFor({ timeout: 20_000 });
  return `badge "${(await badge.textContent()).trim()}"`;
}

/** Scale: + then Apply; returns the replicas asked for. */
export async function scaleUp(page) {
  const control = page.locator('vf-scale-control').first();
  const input = control.locator('[part="input"]');
  await poll(
    () => input.inputValue(),
    (value) => value === String(SEEDED_REPLICAS),
    { what: `the scale input to show ${SEEDED_REPLICAS}` },
  );
  await control.locator('[part="increment"]').click();
  const apply = control.locator('[part="apply-button"]:not([disabled])');
  await apply.waitFor({ timeout: 5_000 });
  await apply.click();
  return SEEDED_REPLICAS + 1;
}

/** The simulator's request log holds exactly one `POST .../scale` with the replicas asked for. */
export async function oneScaleRequest(baseUrl, replicas) {
  await poll(
    async () => {
      const response = await fetch(`${baseUrl}/__sim/control/requests`);
      const log = await response.json();
      return log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/scale'));
    },
    (requests) => requests.length > 0 && requests.every((request) => request.status !== 0),
    { what: 'POST /scale in the simulator request log' },
  );
  // Give a (wrong) second request time to arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const response = await fetch(`${baseUrl}/__sim/control/requests`);
  const all = (await response.json()).filter(
    (entry) => entry.method === 'POST' && entry.path.endsWith('/scale'),
  );
  if (all.length !== 1) throw new Error(`expected 1 POST /scale, saw ${all.length}`);
  const [request] = all;
  const expectedPath = `/api/tenants/${TENANT}/orchestration/scale`;
  if (request.path !== expectedPath) throw new Error(`path ${request.path}, not ${expectedPath}`);
  const body = JSON.parse(request.body);
  if (body.replicas !== replicas) throw new Error(`body ${request.body}, not replicas ${replicas}`);
  if (request.status !== 202) throw new Error(`answered ${request.status}, not 202`);
  return `${request.path} ${request.body} → ${request.status}`;
}

/** The host's own listener put the event on the page. */
export async function hostReceived(page, name) {
  const item = page.locator(`#event-log li[data-event="${name}"]`).first();
  await item.waitFor({ timeout: 10_000 });
  return (await item.textContent()).trim().replace(/\s+/g, ' ').slice(0, 90);
}

async function readModel(page) {
  const text = await page.locator('#autoscale-model').textContent();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The form binding: the host model starts from the stored settings, and typing in the
 * element's min field updates the host's model (Vue `v-model`, Angular `formControlName`).
 */
export async function formBindingUpdatesModel(page) {
  await poll(
    () => readModel(page),
    (model) => model?.min_replicas === SEEDED_REPLICAS,
    { what: 'the host model to hold the stored settings' },
  );
  const form = page.locator('vf-autoscale-form').first();
  const toggle = form.locator('[part="switch"]');
  await toggle.waitFor({ timeout: 10_000 });
  if ((await toggle.getAttribute('aria-checked')) !== 'true') {
    await toggle.click();
    await poll(
      () => readModel(page),
      (model) => model?.enabled === true,
      { what: 'enabled: true in the host model after the switch' },
    );
  }
  const min = form.locator('[part="min-input"]');
  await min.fill('');
  await min.pressSequentially('5', { delay: 30 });
  const model = await poll(
    () => readModel(page),
    (value) => value?.min_replicas === 5,
    { what: 'min_replicas: 5 in the host model after typing 5' },
  );
  // The model written back into the element (Vue re-renders) must not disturb the typing.
  const shown = await min.inputValue();
  if (shown !== '5') throw new Error(`the min field shows "${shown}" after the model update`);
  return `model ${JSON.stringify(model)}`;
}

/** Angular: focus leaving the element marks the control touched (the accessor's `focusout`). */
export async function controlTouchedOnBlur(page) {
  const touched = page.locator('#autoscale-touched');
  const min = page.locator('vf-autoscale-form').first().locator('[part="min-input"]');
  await min.focus();
  await page.locator('h1').click();
  await touched.filter({ hasText: 'true' }).waitFor({ timeout: 5_000 });
  return 'touched: true';
}
