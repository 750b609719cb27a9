import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createOrchestrationClient,
  type OrchestrationClient,
  type ResourceLimits,
} from '../../src/client/index.js';
import '../../src/elements/resource-editor/define.js';
import { VfResourceEditor } from '../../src/elements/resource-editor/resource-editor.js';
import { parseQuantity, quantityFromUnit, QuantityError } from '../../src/quantity/index.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession, type SimSession } from '../helpers/simulator.js';

type Key = keyof ResourceLimits;

let session: SimSession;
let client: OrchestrationClient;

const shadow = (el: VfResourceEditor) => el.shadowRoot!;
const input = (el: VfResourceEditor, key: Key) =>
  shadow(el).querySelector<HTMLInputElement>(`#${key}-input`)!;
const unitSelect = (el: VfResourceEditor, key: Key) =>
  shadow(el).querySelector<HTMLSelectElement>(`#${key}-unit`)!;
const message = (el: VfResourceEditor, key: Key) =>
  shadow(el).querySelector<HTMLElement>(`#${key}-message`)!;
const kind = (el: VfResourceEditor, key: Key) => message(el, key).dataset['kind'];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const reading = (el: VfResourceEditor, key: Key) =>
  text(shadow(el).querySelector(`#${key}-reading`));
const saveButton = (el: VfResourceEditor) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="save-button"]')!;
const pressedPreset = (el: VfResourceEditor) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.preset[aria-pressed="true"]')].map(
    (button) => button.dataset['preset'],
  );

async function mount(tenantId = 'globex', lang = 'en'): Promise<VfResourceEditor> {
  const el = await fixture<VfResourceEditor>(
    html`<vf-resource-editor
      tenant-id=${tenantId}
      lang=${lang}
      .client=${client}
    ></vf-resource-editor>`,
  );
  await until(
    () => shadow(el).querySelector('#cpu_request-input, [data-state="shared"]'),
    'editor loaded',
  );
  return el;
}

/** Types into a field the way a person does: the inner input fires `input`. */
async function typeInto(el: VfResourceEditor, key: Key, value: string): Promise<void> {
  const field = input(el, key);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function chooseUnit(el: VfResourceEditor, key: Key, unit: string): Promise<void> {
  const select = unitSelect(el, key);
  select.value = unit;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function toggleRaw(el: VfResourceEditor, key: Key): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>(`[data-field="${key}"] .raw-toggle`)!.click();
  await el.updateComplete;
}

async function typeRaw(el: VfResourceEditor, key: Key, value: string): Promise<void> {
  if (!input(el, key).classList.contains('raw')) await toggleRaw(el, key);
  await typeInto(el, key, value);
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof QuantityError) return error.message;
  }
  throw new Error('expected a QuantityError');
}

/** waitUntil with room for a loaded CI machine. */
const until = (predicate: () => unknown, label?: string) =>
  waitUntil(predicate, label, { timeout: 5000 });

const mutations = async () =>
  (await session.requests()).filter((request) => request.method !== 'GET');

/** Stores these limits for a tenant, keeping the rest of its config. */
async function storeLimits(tenantId: string, limits: ResourceLimits): Promise<void> {
  const config = await client.getConfig(tenantId);
  await session.setTenant(tenantId, { config: { ...config, resource_limits: limits } });
}

describe('<vf-resource-editor>', () => {
  beforeEach(async () => {
    session = await createSimSession();
    client = createOrchestrationClient({
      baseUrl: session.baseUrl,
      // A dropped re-read must not wait for backoff in a test.
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      pollIntervals: { transitionalMs: 50 },
    });
  });

  afterEach(async () => {
    await session.end();
  });

  it('shows the stored values as number + unit, with canonical form and human reading', async () => {
    const el = await mount();
    // globex stores 500m / 1 / 512Mi / 1Gi.
    expect(input(el, 'cpu_request').value).to.equal('500');
    expect(unitSelect(el, 'cpu_request').value).to.equal('m');
    expect(input(el, 'cpu_limit').value).to.equal('1');
    expect(unitSelect(el, 'cpu_limit').value).to.equal('');
    expect(input(el, 'memory_limit').value).to.equal('1');
    expect(unitSelect(el, 'memory_limit').value).to.equal('Gi');
    expect(reading(el, 'cpu_request')).to.equal('500m · 0.5 core');
    expect(reading(el, 'memory_request')).to.equal('512Mi · 512 MiB');
    expect(saveButton(el).disabled).to.equal(true);
    expect(text(shadow(el).querySelector('[data-resource="cpu"]'))).to.contain('50%');
  });

  it('shows the QuantityError message for bad syntax, marks the field invalid and sends nothing', async () => {
    const el = await mount();
    await typeRaw(el, 'cpu_request', '1K');
    expect(text(message(el, 'cpu_request'))).to.equal(errorOf(() => parseQuantity('1K')));
    expect(input(el, 'cpu_request').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'cpu_request').getAttribute('aria-describedby')).to.contain(
      'cpu_request-message',
    );
    expect(reading(el, 'cpu_request')).to.equal('—');

    await typeRaw(el, 'memory_limit', 'GB');
    expect(text(message(el, 'memory_limit'))).to.equal(errorOf(() => parseQuantity('GB')));
    await typeInto(el, 'memory_request', '');
    expect(text(message(el, 'memory_request'))).to.equal(errorOf(() => quantityFromUnit('', 'Mi')));
    await typeInto(el, 'memory_request', '1,5');
    expect(kind(el, 'memory_request')).to.equal('error');
    await typeRaw(el, 'cpu_limit', '-1');
    expect(text(message(el, 'cpu_limit'))).to.equal('Must not be negative.');

    expect(el.valid).to.equal(false);
    await session.clearRequests();
    saveButton(el).click();
    await el.updateComplete;
    await aTimeout(50);
    expect(await mutations()).to.deep.equal([]);
    expect(text(shadow(el).querySelector('.actions [role="status"]'))).to.contain(
      'nothing was sent',
    );
    expect(shadow(el).activeElement).to.equal(input(el, 'cpu_request'));
  });

  it('checks request ≤ limit both ways, with the message on the field that changed', async () => {
    const el = await mount();
    await typeInto(el, 'cpu_request', '2000'); // 2000m > limit 1
    expect(kind(el, 'cpu_request')).to.equal('error');
    expect(text(message(el, 'cpu_request'))).to.contain('less than or equal to the limit (1)');
    expect(kind(el, 'cpu_limit')).to.equal('none');

    await typeInto(el, 'cpu_request', '500');
    expect(kind(el, 'cpu_request')).to.equal('none');
    await chooseUnit(el, 'memory_limit', 'Mi'); // 1 Gi → 1024 Mi, same value
    await typeInto(el, 'memory_limit', '256'); // below the 512Mi request
    expect(kind(el, 'memory_limit')).to.equal('error');
    expect(text(message(el, 'memory_limit'))).to.contain(
      'greater than or equal to the request (512Mi)',
    );
    expect(kind(el, 'memory_request')).to.equal('none');

    // Request and limit equal is fine.
    await typeInto(el, 'memory_limit', '512');
    expect(kind(el, 'memory_limit')).to.equal('none');
    expect(el.valid).to.equal(true);
  });

  it('warns (without blocking) about memory in milli-bytes and limits far above requests', async () => {
    const el = await mount();
    await typeRaw(el, 'memory_request', '500m');
    expect(kind(el, 'memory_request')).to.equal('warning');
    expect(text(message(el, 'memory_request'))).to.contain('"500Mi"');
    await typeInto(el, 'cpu_limit', '10'); // 10 cores vs 500m: 20×
    expect(kind(el, 'cpu_limit')).to.equal('warning');
    expect(text(message(el, 'cpu_limit'))).to.contain('20×');
    expect(input(el, 'memory_request').getAttribute('aria-invalid')).to.equal('false');

    const saved = oneEvent(el, 'vf-resources-saved');
    saveButton(el).click();
    expect((await saved).detail.resources).to.deep.equal({
      cpu_request: '500m',
      cpu_limit: '10',
      memory_request: '500m',
      memory_limit: '1Gi',
    });
  });

  it('keeps the value when the unit changes (1 core → 1000 m, 1.5Gi → 1536 Mi)', async () => {
    await storeLimits('globex', {
      cpu_request: '250m',
      cpu_limit: '1',
      memory_request: '512Mi',
      memory_limit: '1.5Gi',
    });
    const el = await mount();
    expect(input(el, 'memory_limit').value).to.equal('1536');
    expect(unitSelect(el, 'memory_limit').value).to.equal('Mi');
    expect(reading(el, 'memory_limit')).to.equal('1536Mi · 1.5 GiB');
    expect(reading(el, 'cpu_request')).to.equal('250m · 0.25 core');

    await chooseUnit(el, 'cpu_limit', 'm');
    expect(input(el, 'cpu_limit').value).to.equal('1000');
    expect(el.value.cpu_limit).to.equal('1000m');
    await chooseUnit(el, 'memory_limit', 'Gi');
    expect(input(el, 'memory_limit').value).to.equal('1.5');
    await chooseUnit(el, 'memory_limit', 'Ki');
    expect(input(el, 'memory_limit').value).to.equal('1572864');
    // Same values in other units: nothing to save.
    expect(saveButton(el).disabled).to.equal(true);
  });

  it('accepts raw quantities such as 1e9 and sends them exactly', async () => {
    const el = await mount();
    await typeRaw(el, 'memory_limit', '1e9');
    expect(kind(el, 'memory_limit')).to.equal('none');
    expect(reading(el, 'memory_limit')).to.equal('1e9 · 953.67 MiB');
    await typeRaw(el, 'cpu_limit', '0.75');
    expect(reading(el, 'cpu_limit')).to.equal('750m · 0.75 core');
    // Back to number + unit, exactly.
    await toggleRaw(el, 'cpu_limit');
    expect(input(el, 'cpu_limit').value).to.equal('750');
    expect(unitSelect(el, 'cpu_limit').value).to.equal('m');

    await session.clearRequests();
    const saved = oneEvent(el, 'vf-resources-saved');
    saveButton(el).click();
    await saved;
    const [put] = await mutations();
    expect(JSON.parse(put!.body)).to.deep.equal({
      cpu_request: '500m',
      cpu_limit: '750m',
      memory_request: '512Mi',
      memory_limit: '1e9',
    });
    // A stored value no unit shows as a whole number stays raw, untouched.
    expect(input(el, 'memory_limit').classList.contains('raw')).to.equal(true);
    expect(input(el, 'memory_limit').value).to.equal('1e9');
  });

  it('recognises presets by value, not by string', async () => {
    await storeLimits('globex', {
      cpu_request: '1',
      cpu_limit: '2',
      memory_request: '1024Mi',
      memory_limit: '2048Mi',
    });
    let el = await mount();
    expect(pressedPreset(el)).to.deep.equal(['enterprise']);

    await storeLimits('globex', {
      cpu_request: '0.5',
      cpu_limit: '1000m',
      memory_request: '524288Ki',
      memory_limit: '1Gi',
    });
    el = await mount();
    expect(pressedPreset(el)).to.deep.equal(['premium']);
    await typeInto(el, 'cpu_request', '501');
    expect(pressedPreset(el)).to.deep.equal([]);

    const change = oneEvent(el, 'change');
    shadow(el).querySelector<HTMLButtonElement>('[data-preset="standard"]')!.click();
    await change;
    await el.updateComplete;
    expect(pressedPreset(el)).to.deep.equal(['standard']);
    expect(el.value).to.deep.equal({
      cpu_request: '200m',
      cpu_limit: '500m',
      memory_request: '256Mi',
      memory_limit: '512Mi',
    });
  });

  it('saves canonical strings, re-reads and shows what the server stored', async () => {
    const el = await mount();
    const requests: ResourceLimits[] = [];
    el.addEventListener('vf-resources-request', (event) => requests.push(event.detail.resources));
    await typeInto(el, 'cpu_request', '250');
    await typeRaw(el, 'memory_limit', '1.5Gi');
    await session.clearRequests();
    const saved = oneEvent(el, 'vf-resources-saved');
    saveButton(el).click();
    saveButton(el).click(); // double click: one request
    const { detail } = await saved;
    await el.updateComplete;

    const expected = {
      cpu_request: '250m',
      cpu_limit: '1',
      memory_request: '512Mi',
      memory_limit: '1536Mi',
    };
    expect(requests).to.deep.equal([expected]);
    expect(detail).to.deep.equal({ tenantId: 'globex', resources: expected });
    const log = await session.requests();
    const puts = log.filter((request) => request.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(puts[0]!.path).to.match(/\/orchestration\/resources$/);
    const putIndex = log.indexOf(puts[0]!);
    expect(
      log.slice(putIndex + 1).some((r) => r.method === 'GET' && /orchestration$/.test(r.path)),
      'config re-read after the save',
    ).to.equal(true);
    expect((await client.getConfig('globex')).resource_limits).to.deep.equal(expected);

    expect(input(el, 'memory_limit').value).to.equal('1536');
    expect(el.dirty).to.equal(false);
    expect(saveButton(el).disabled).to.equal(true);
    expect(text(shadow(el).querySelector('.actions [role="status"]'))).to.contain(
      'The server stored CPU 250m / 1, memory 512Mi / 1536Mi',
    );
  });

  it('keeps the edits after a failed save and re-reads the stored config', async () => {
    const el = await mount();
    await session.addFault({
      path: '/resources',
      method: 'PUT',
      kind: 'status',
      status: 500,
      times: 1,
    });
    await typeInto(el, 'cpu_request', '300');
    await session.clearRequests();
    const failed = oneEvent(el, 'vf-error');
    saveButton(el).click();
    const { detail } = await failed;
    expect(detail.operation).to.equal('updateResources');
    expect(detail.error.status).to.equal(500);
    await until(() => !el.shadowRoot!.querySelector('[aria-disabled="true"]'), 'save settles');

    expect(input(el, 'cpu_request').value).to.equal('300');
    expect(el.dirty).to.equal(true);
    expect(shadow(el).querySelector('[part="error"]')).to.exist;
    expect(text(shadow(el).querySelector('[data-field="cpu_request"] .stored'))).to.equal(
      'Stored: 500m',
    );
    const log = await session.requests();
    expect(log.map((r) => r.method)).to.deep.equal(['PUT', 'GET']);
  });

  it('shows the stored value when a save answered 500 after all (quirk 4)', async () => {
    const el = await mount();
    await session.addFault({
      path: '/resources',
      method: 'PUT',
      kind: 'status',
      status: 500,
      applyFirst: true,
      times: 1,
    });
    await typeInto(el, 'cpu_request', '300');
    const failed = oneEvent(el, 'vf-error');
    saveButton(el).click();
    await failed;
    await until(() => !el.dirty, 'the re-read shows the value was stored');
    expect(input(el, 'cpu_request').value).to.equal('300');
  });

  it('says the outcome is unknown when the connection drops, and re-reads', async () => {
    const el = await mount();
    await session.addFault({ path: '/resources', method: 'PUT', kind: 'drop', times: 1 });
    await typeInto(el, 'memory_request', '600');
    await session.clearRequests();
    const failed = oneEvent(el, 'vf-error');
    saveButton(el).click();
    const { detail } = await failed;
    expect(detail.error.stateUnknown).to.equal(true);
    await until(async () => (await session.requests()).some((r) => r.method === 'GET'));
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('outcome is unknown');
    expect(input(el, 'memory_request').value).to.equal('600');
  });

  it('sends nothing when vf-resources-request is cancelled', async () => {
    const el = await mount();
    el.addEventListener('vf-resources-request', (event) => event.preventDefault());
    await typeInto(el, 'cpu_limit', '2');
    await session.clearRequests();
    saveButton(el).click();
    await aTimeout(50);
    expect(await mutations()).to.deep.equal([]);
    expect(el.dirty).to.equal(true);
  });

  it('keeps the rest of the config (domains, namespace) on a resources save', async () => {
    const before = await client.getConfig('globex');
    const el = await mount();
    await typeInto(el, 'cpu_limit', '2');
    const saved = oneEvent(el, 'vf-resources-saved');
    saveButton(el).click();
    await saved;
    const after = await client.getConfig('globex');
    expect(after.custom_domains).to.deep.equal(before.custom_domains);
    expect(after.dedicated_namespace).to.equal(before.dedicated_namespace);
    expect(after.mode).to.equal('dedicated');
    expect(after.resource_limits.cpu_limit).to.equal('2');
  });

  it('follows a change of tenant without carrying the previous draft over', async () => {
    const el = await mount();
    await typeInto(el, 'cpu_request', '900');
    el.tenantId = 'stark';
    await el.updateComplete;
    expect(shadow(el).querySelector('#cpu_request-input')).to.equal(null);
    await until(() => input(el, 'cpu_request')?.value === '250', 'stark loaded');
    expect(el.dirty).to.equal(false);
    expect(el.value.memory_limit).to.equal('512Mi');
  });

  it('explains that a shared tenant has no resources to edit', async () => {
    const el = await mount('acme');
    const notice = shadow(el).querySelector('[data-state="shared"]');
    expect(text(notice)).to.contain('only to dedicated instances');
    expect(shadow(el).querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes part in a form: FormData, validity, reset, input/change', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <vf-resource-editor
          name="resources"
          tenant-id="globex"
          .client=${client}
        ></vf-resource-editor>
      </form>`,
    );
    const el = form.querySelector('vf-resource-editor')!;
    await until(() => shadow(el).querySelector('#cpu_request-input'));
    expect(JSON.parse(String(new FormData(form).get('resources')))).to.deep.equal({
      cpu_request: '500m',
      cpu_limit: '1',
      memory_request: '512Mi',
      memory_limit: '1Gi',
    });

    const inputs: Event[] = [];
    el.addEventListener('input', (event) => inputs.push(event));
    await typeInto(el, 'cpu_request', '5000');
    expect(inputs).to.have.length(1);
    expect(inputs[0]!.target).to.equal(el);
    expect(form.checkValidity()).to.equal(false);
    expect(JSON.parse(String(new FormData(form).get('resources'))).cpu_request).to.equal('5000m');

    const change = oneEvent(el, 'change');
    await chooseUnit(el, 'memory_request', 'Gi');
    await change;
    expect(el.value.memory_request).to.equal('0.5Gi');

    form.reset();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(input(el, 'cpu_request').value).to.equal('500');
    expect(el.dirty).to.equal(false);
  });

  it('keeps a value set before the element upgraded', async () => {
    const tag = 'vf-resource-editor-late';
    const el = document.createElement(tag) as VfResourceEditor;
    const draft = { cpu_request: '1', cpu_limit: '2', memory_request: '1Gi', memory_limit: '2Gi' };
    el.value = draft;
    el.setAttribute('tenant-id', 'globex');
    el.client = client;
    const host = await fixture(html`<div></div>`);
    host.append(el);
    class LateEditor extends VfResourceEditor {}
    LateEditor.define(tag);
    await until(() => el.shadowRoot?.querySelector('#cpu_request-input'));
    await until(() => el.shadowRoot?.querySelector('.stored'), 'stored values arrived');
    expect(el.value).to.deep.equal(draft);
    expect(el.dirty).to.equal(true);
    expect(pressedPreset(el)).to.deep.equal(['enterprise']);
  });

  it('can be used with the keyboard alone', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <vf-resource-editor tenant-id="globex" .client=${client}></vf-resource-editor>
      </div>`,
    );
    const el = root.querySelector('vf-resource-editor')!;
    await until(() => shadow(el).querySelector('#cpu_request-input'));
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(input(el, 'cpu_request'));
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '750' });
    await el.updateComplete;
    expect(reading(el, 'cpu_request')).to.equal('750m · 0.75 core');
    // Unit select, then the Raw toggle, by Tab; Space presses the toggle.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(unitSelect(el, 'cpu_request'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(input(el, 'cpu_request'));
    expect(input(el, 'cpu_request').value).to.equal('750m');
    // Enter saves.
    const saved = oneEvent(el, 'vf-resources-saved');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.resources.cpu_request).to.equal('750m');
  });

  it('is accessible with errors and warnings shown', async () => {
    const el = await mount();
    await typeRaw(el, 'cpu_request', '1K');
    await typeRaw(el, 'memory_request', '500m');
    await expect(el).to.be.accessible();
  });

  it('speaks Brazilian Portuguese', async () => {
    const el = await mount('globex', 'pt-BR');
    expect(text(shadow(el).querySelector('h3'))).to.equal('Requisições e limites');
    expect(reading(el, 'cpu_request')).to.equal('500m · 0,5 núcleo');
    await typeRaw(el, 'memory_limit', '1GB');
    expect(text(message(el, 'memory_limit'))).to.contain('Unidade inválida');
    await typeRaw(el, 'cpu_request', '2');
    expect(text(message(el, 'cpu_request'))).to.contain('menor ou igual ao limite');
  });
});

let contractClient: OrchestrationClient;
before(async () => {
  const contractSession = await createSimSession();
  contractClient = createOrchestrationClient({
    baseUrl: contractSession.baseUrl,
  });
});

runContractSuite({
  tag: 'vf-resource-editor',
  elementClass: VfResourceEditor,
  render: () =>
    html`<vf-resource-editor tenant-id="globex" .client=${contractClient}></vf-resource-editor>`,
  ready: async (element) => {
    // Not waitUntil: it leaves its overall timeout timer pending, which the leak check counts.
    for (let i = 0; i < 200 && !element.shadowRoot!.querySelector('#cpu_request-input'); i++) {
      await aTimeout(10);
    }
  },
  exercise: async (element) => {
    const el = element as VfResourceEditor;
    const next = input(el, 'cpu_request').value === '600' ? '400' : '600';
    await typeInto(el, 'cpu_request', next);
    const saved = oneEvent(el, 'vf-resources-saved');
    saveButton(el).click();
    await saved;
  },
  expectEvents: ['vf-resources-request', 'vf-resources-saved'],
});
