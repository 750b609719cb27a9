import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createOrchestrationClient,
  type AutoscalingSettings,
  type OrchestrationClient,
} from '../../src/client/index.js';
import '../../src/elements/autoscale-form/define.js';
import { VfAutoscaleForm } from '../../src/elements/autoscale-form/autoscale-form.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession, type LoggedRequest, type SimSession } from '../helpers/simulator.js';

const sessions: SimSession[] = [];

async function session(): Promise<SimSession> {
  const created = await createSimSession();
  sessions.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((each) => each.end()));
});

function clientFor(sim: SimSession, validate = true): OrchestrationClient {
  return createOrchestrationClient({
    baseUrl: sim.baseUrl,
    pollIntervals: { transitionalMs: 50 },
    validate,
  });
}

/**
 * Polls until `predicate` holds. Not `waitUntil`: that one leaves its timeout timer pending,
 * which the contract suite's leak check counts.
 */
async function waitUntil(
  predicate: () => unknown,
  message = 'condition not met',
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timeout: ${message}`);
    await aTimeout(20);
  }
}

/** The element has read the config and shows the form or its explanation. */
async function loaded(element: VfAutoscaleForm): Promise<VfAutoscaleForm> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('#enabled, [data-state="not-dedicated"]'),
    'the config was not shown',
  );
  return element;
}

async function mount(
  sim: SimSession,
  tenantId: string,
  options: { lang?: string; novalidate?: boolean; validate?: boolean } = {},
): Promise<VfAutoscaleForm> {
  const element = await fixture<VfAutoscaleForm>(
    html`<vf-autoscale-form
      tenant-id=${tenantId}
      lang=${options.lang ?? 'en'}
      ?novalidate=${options.novalidate ?? false}
      .client=${clientFor(sim, options.validate ?? true)}
    ></vf-autoscale-form>`,
  );
  return loaded(element);
}

function part<T extends HTMLElement = HTMLElement>(element: VfAutoscaleForm, name: string): T {
  const found = element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

function text(element: VfAutoscaleForm): string {
  return (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

/** Types into a field the way a browser does: `input` while typing, `change` when committed. */
async function type(element: VfAutoscaleForm, partName: string, value: string): Promise<void> {
  const input = part<HTMLInputElement>(element, partName);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

function fieldError(element: VfAutoscaleForm, partName: string): string {
  const input = part<HTMLInputElement>(element, partName);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => element.shadowRoot!.getElementById(id))
    .filter((node) => node?.classList.contains('field-error'))
    .map((node) => node!.textContent!.trim())
    .join(' ');
}

function writes(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter((entry) => entry.method !== 'GET');
}

/** The request log after `index`: a PUT /autoscale followed by a GET config (the re-read). */
function reReadAfterPut(log: LoggedRequest[]): boolean {
  const put = log.findIndex((entry) => entry.method === 'PUT' && entry.path.endsWith('/autoscale'));
  return (
    put >= 0 &&
    log
      .slice(put + 1)
      .some((entry) => entry.method === 'GET' && entry.path.endsWith('/orchestration'))
  );
}

async function enable(element: VfAutoscaleForm): Promise<void> {
  if (part(element, 'switch').getAttribute('aria-checked') !== 'true')
    part(element, 'switch').click();
  await element.updateComplete;
}

describe('<vf-autoscale-form>', () => {
  it('explains why a shared tenant cannot autoscale and shows no form', async () => {
    const sim = await session();
    const element = await mount(sim, 'acme');
    expect(element.shadowRoot!.querySelector('input, [role="switch"]')).to.equal(null);
    expect(text(element)).to.contain('Autoscaling needs dedicated mode');
    expect(text(element)).to.contain('runs in shared mode');
    const portuguese = await mount(sim, 'acme', { lang: 'pt-BR' });
    expect(text(portuguese)).to.contain('modo compartilhado');
    expect(text(portuguese)).to.contain('exige o modo dedicado');
  });

  it('shows a message on the field at fault for every invalid value and sends nothing', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await sim.clearRequests();
    await enable(element);
    const cases: [string, string, string][] = [
      ['min-input', '0', 'The minimum must be at least 1 replica.'],
      ['min-input', '2.5', 'The minimum must be a whole number.'],
      ['min-input', '', 'Enter a whole number.'],
    ];
    for (const [name, value, message] of cases) {
      await type(element, name, value);
      expect(fieldError(element, name), `${name} = ${value}`).to.equal(message);
      expect(part(element, name).getAttribute('aria-invalid')).to.equal('true');
    }
    await type(element, 'min-input', '4');
    expect(part(element, 'min-input').getAttribute('aria-invalid')).to.equal('false');
    expect(fieldError(element, 'min-input')).to.equal('');
    const more: [string, string, string][] = [
      ['max-input', '3', 'The maximum must be greater than or equal to the minimum (4).'],
      ['max-input', '7.5', 'The maximum must be a whole number.'],
      ['target-input', '5', 'The target must be between 10 and 100 %.'],
      ['target-input', '101', 'The target must be between 10 and 100 %.'],
      ['target-input', '55.5', 'The target must be a whole number.'],
    ];
    for (const [name, value, message] of more) {
      await type(element, name, value);
      expect(fieldError(element, name), `${name} = ${value}`).to.equal(message);
    }
    // The form reports the first problem through ElementInternals.
    expect(element.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.equal('The maximum must be a whole number.');

    part(element, 'save-button').click();
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'max');
    expect(part(element, 'notice').textContent).to.contain('Nothing was sent');
    await type(element, 'max-input', '4');
    part(element, 'save-button').click();
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'target');
    expect(writes(await sim.requests())).to.deep.equal([]);
  });

  it('says the messages in Brazilian Portuguese', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex', { lang: 'pt-BR' });
    await enable(element);
    await type(element, 'min-input', '0');
    expect(fieldError(element, 'min-input')).to.equal('O mínimo deve ser de pelo menos 1 réplica.');
    await type(element, 'target-input', '101');
    expect(fieldError(element, 'target-input')).to.equal('A meta deve estar entre 10 e 100 %.');
    expect(part(element, 'save-button').textContent!.trim()).to.equal('Salvar');
  });

  it('shows the server target 0 as 70, in the input and on the slider', async () => {
    const sim = await session();
    await sim.setTenant('globex', {
      config: {
        mode: 'dedicated',
        autoscaling_enabled: false,
        min_replicas: 2,
        max_replicas: 4,
        target_cpu_utilization: 0,
      },
    });
    const element = await mount(sim, 'globex');
    expect(part<HTMLInputElement>(element, 'target-input').value).to.equal('70');
    expect(part<HTMLInputElement>(element, 'target-slider').value).to.equal('70');
    expect(element.value.target_cpu_utilization).to.equal(70);
    expect(element.dirty).to.equal(false);
  });

  it('keeps the slider and the number input in sync', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await enable(element);
    await type(element, 'target-slider', '35');
    expect(part<HTMLInputElement>(element, 'target-input').value).to.equal('35');
    await type(element, 'target-input', '90');
    expect(part<HTMLInputElement>(element, 'target-slider').value).to.equal('90');
    expect(element.value.target_cpu_utilization).to.equal(90);
  });

  it('saves, re-reads the config, shows what was stored and fires vf-autoscale-saved', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await sim.clearRequests();
    const requested: AutoscalingSettings[] = [];
    element.addEventListener('vf-autoscale-request', (event) =>
      requested.push(event.detail.autoscaling),
    );
    await enable(element);
    await type(element, 'min-input', '2');
    await type(element, 'max-input', '5');
    await type(element, 'target-input', '55');
    const saved = oneEvent(element, 'vf-autoscale-saved');
    part(element, 'save-button').click();
    const event = await saved;
    const stored = { enabled: true, min_replicas: 2, max_replicas: 5, target_cpu_utilization: 55 };
    expect(event.detail).to.deep.equal({ tenantId: 'globex', autoscaling: stored });
    expect(requested).to.deep.equal([stored]);
    const log = await sim.requests();
    const put = log.find((entry) => entry.method === 'PUT')!;
    expect(put.path).to.match(/\/globex\/orchestration\/autoscale$/);
    expect(JSON.parse(put.body)).to.deep.equal(stored);
    expect(reReadAfterPut(log)).to.equal(true);
    await element.updateComplete;
    expect(part(element, 'notice').textContent).to.contain('Saved.');
    expect(element.dirty).to.equal(false);
    expect(part<HTMLButtonElement>(element, 'save-button').disabled).to.equal(true);
    expect(part<HTMLInputElement>(element, 'max-input').value).to.equal('5');

    // PUT /autoscale replaced nothing else (api-contract quirk 6 is the server's job here).
    const config = await clientFor(sim).getConfig('globex');
    expect(config.custom_domains).to.deep.equal(['globex.example.com', 'api.globex.example.com']);
    expect(config.dedicated_namespace).to.equal('veloflux-globex');
    expect(config.resource_limits.cpu_request).to.equal('500m');
  });

  it('notes when the server stored other values than the ones it was sent', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    // A server that answers "updated" but keeps autoscaling off: the re-read tells the truth.
    await sim.addFault({
      kind: 'status',
      status: 200,
      method: 'PUT',
      path: '/autoscale',
      body: '{"status":"updated","autoscaling":{"enabled":true,"min_replicas":3,"max_replicas":6,"target_cpu_utilization":70}}',
      times: 1,
    });
    await enable(element);
    const saved = oneEvent(element, 'vf-autoscale-saved');
    const changed = oneEvent(element, 'change');
    part(element, 'save-button').click();
    const event = await saved;
    expect(event.detail.autoscaling.enabled).to.equal(false);
    await changed;
    await element.updateComplete;
    expect(part(element, 'notice').textContent).to.contain(
      'The server stored other values than the ones sent: autoscaling off (sent on)',
    );
    expect(part(element, 'switch').getAttribute('aria-checked')).to.equal('false');
  });

  it('puts the server validation error on its field when the client checks are bypassed', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex', { novalidate: true, validate: false });
    await sim.clearRequests();
    await enable(element);
    await type(element, 'target-input', '5');
    // No client-side message: the server is the one that refuses.
    expect(fieldError(element, 'target-input')).to.equal('');
    const failed = oneEvent(element, 'vf-error');
    part(element, 'save-button').click();
    const event = await failed;
    expect(event.detail.operation).to.equal('setAutoscaling');
    expect(event.detail.error).to.include({ status: 400, code: 'validation' });
    expect(event.detail.error.message).to.equal('TargetCPUUtilization must be between 10 and 100');
    await waitUntil(() => fieldError(element, 'target-input') !== '');
    expect(fieldError(element, 'target-input')).to.equal(
      'The target must be between 10 and 100 %.',
    );
    expect(part(element, 'target-input').getAttribute('aria-invalid')).to.equal('true');
    expect(part(element, 'error').textContent).to.contain(
      'TargetCPUUtilization must be between 10 and 100',
    );
    await waitUntil(() => !element.saving, 'the save did not finish');
    expect(reReadAfterPut(await sim.requests()), 'no re-read after the 400').to.equal(true);
    expect(part<HTMLInputElement>(element, 'target-input').value).to.equal('5');

    await type(element, 'target-input', '50');
    await type(element, 'max-input', '1');
    part(element, 'save-button').click();
    await waitUntil(() => fieldError(element, 'max-input') !== '');
    expect(fieldError(element, 'max-input')).to.contain('greater than or equal to the minimum');
  });

  it('shows a 500 on disable, re-reads the config and keeps the unsaved edits', async () => {
    const sim = await session();
    const element = await mount(sim, 'stark');
    expect(part(element, 'switch').getAttribute('aria-checked')).to.equal('true');
    await sim.clearRequests();
    // The real server answers this when no HPA object exists (issue 6).
    await sim.addFault({
      kind: 'status',
      status: 500,
      method: 'PUT',
      path: '/autoscale',
      body: 'Failed to update autoscaling: horizontalpodautoscalers.autoscaling "veloflux-stark" not found\n',
      times: 1,
    });
    part(element, 'switch').click();
    await element.updateComplete;
    const failed = oneEvent(element, 'vf-error');
    part(element, 'save-button').click();
    const event = await failed;
    expect(event.detail.error).to.include({ status: 500, code: 'server' });
    await waitUntil(() => !element.saving);
    const log = await sim.requests();
    expect(reReadAfterPut(log)).to.equal(true);
    // Turning off sends the stored range and target: the server keeps them anyway (§1.1).
    const put = log.find((entry) => entry.method === 'PUT')!;
    expect(JSON.parse(put.body)).to.deep.equal({
      enabled: false,
      min_replicas: 2,
      max_replicas: 8,
      target_cpu_utilization: 60,
    });
    await element.updateComplete;
    expect(part(element, 'error').textContent).to.contain('Failed to update autoscaling');
    expect(part(element, 'switch').getAttribute('aria-checked')).to.equal('false');
    expect(element.dirty).to.equal(true);
    expect(text(element)).to.contain('Unsaved changes');
    expect(part(element, 'notice').textContent).to.contain('Your changes were not saved');
    expect((await sim.tenant('stark')).config!.autoscaling_enabled).to.equal(true);
  });

  it('says so when a failed save turns out to have stored the values (quirk 4)', async () => {
    const sim = await session();
    const element = await mount(sim, 'stark');
    await sim.addFault({
      kind: 'status',
      status: 500,
      method: 'PUT',
      path: '/autoscale',
      applyFirst: true,
      times: 1,
    });
    part(element, 'switch').click();
    await element.updateComplete;
    const failed = oneEvent(element, 'vf-error');
    part(element, 'save-button').click();
    await failed;
    await waitUntil(() => !element.saving);
    await element.updateComplete;
    expect(part(element, 'notice').textContent).to.contain(
      're-reading shows that your values were stored',
    );
    expect(element.dirty).to.equal(false);
    expect(part(element, 'error').textContent).to.contain('Internal Server Error');
  });

  it('reports a dropped connection as state unknown and re-reads', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await sim.clearRequests();
    await sim.addFault({ kind: 'drop', method: 'PUT', path: '/autoscale', times: 1 });
    await enable(element);
    const failed = oneEvent(element, 'vf-error');
    part(element, 'save-button').click();
    const event = await failed;
    expect(event.detail.error.stateUnknown).to.equal(true);
    await waitUntil(() => !element.saving);
    await element.updateComplete;
    expect(part(element, 'error').textContent).to.contain('its outcome is unknown');
    expect(part(element, 'error').textContent).to.contain('autoscaling update');
    expect(reReadAfterPut(await sim.requests())).to.equal(true);
  });

  it('sends nothing when vf-autoscale-request is cancelled', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await sim.clearRequests();
    element.addEventListener('vf-autoscale-request', (event) => event.preventDefault());
    await enable(element);
    const request = oneEvent(element, 'vf-autoscale-request');
    part(element, 'save-button').click();
    expect((await request).cancelable).to.equal(true);
    await element.updateComplete;
    expect(writes(await sim.requests())).to.deep.equal([]);
    expect(element.dirty).to.equal(true);
  });

  it('sends one request however often Save is pressed', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await sim.clearRequests();
    await sim.addFault({ kind: 'latency', latencyMs: 150, method: 'PUT', path: '/autoscale' });
    await enable(element);
    const saved = oneEvent(element, 'vf-autoscale-saved');
    const save = part<HTMLButtonElement>(element, 'save-button');
    save.click();
    save.click();
    await element.updateComplete;
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.textContent!.trim()).to.equal('Saving…');
    save.click();
    await saved;
    expect(writes(await sim.requests())).to.have.length(1);
  });

  it('tracks unsaved changes; Reset restores the stored values', async () => {
    const sim = await session();
    const element = await mount(sim, 'stark');
    const save = part<HTMLButtonElement>(element, 'save-button');
    const reset = part<HTMLButtonElement>(element, 'reset-button');
    expect(save.disabled && reset.disabled).to.equal(true);
    await type(element, 'max-input', '10');
    expect(element.dirty).to.equal(true);
    expect(save.disabled || reset.disabled).to.equal(false);
    expect(text(element)).to.contain('Unsaved changes');
    await type(element, 'max-input', '8');
    expect(element.dirty, 'back to the stored value').to.equal(false);
    await type(element, 'min-input', '3');
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    reset.click();
    await element.updateComplete;
    expect(events).to.deep.equal(['input', 'change']);
    expect(element.value).to.deep.equal({
      enabled: true,
      min_replicas: 2,
      max_replicas: 8,
      target_cpu_utilization: 60,
    });
    expect(part<HTMLInputElement>(element, 'min-input').value).to.equal('2');
    expect(save.disabled && reset.disabled).to.equal(true);
  });

  it('shows the current CPU utilization next to the target', async () => {
    const sim = await session();
    await sim.setLoad('globex', { cpu: 42 });
    const element = await mount(sim, 'globex');
    await waitUntil(() => part(element, 'current-cpu').textContent!.includes('CPU now'));
    expect(part(element, 'current-cpu').textContent!.trim()).to.equal('CPU now 42 % · target 70 %');
    const portuguese = await mount(sim, 'globex', { lang: 'pt-BR' });
    await waitUntil(() => part(portuguese, 'current-cpu').textContent!.includes('CPU agora'));
    expect(part(portuguese, 'current-cpu').textContent!.trim()).to.equal(
      'CPU agora 42 % · meta 70 %',
    );
  });

  it('fires input while editing and change on commit, and never leaks the inner events', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await enable(element);
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push(`input:${event.target === element}`));
    element.addEventListener('change', (event) =>
      events.push(`change:${event.target === element}`),
    );
    const min = part<HTMLInputElement>(element, 'min-input');
    min.value = '4';
    min.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(events).to.deep.equal(['input:true']);
    expect(element.value.min_replicas).to.equal(4);
    min.dispatchEvent(new Event('change', { bubbles: true }));
    expect(events).to.deep.equal(['input:true', 'change:true']);
  });

  it('takes part in a form: submits JSON under its name, reports validity, resets', async () => {
    const sim = await session();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <vf-autoscale-form
          name="hpa"
          tenant-id="stark"
          .client=${clientFor(sim)}
        ></vf-autoscale-form>
      </form>`,
    );
    const element = await loaded(form.querySelector('vf-autoscale-form')!);
    expect(element.form).to.equal(form);
    const stored = { enabled: true, min_replicas: 2, max_replicas: 8, target_cpu_utilization: 60 };
    expect(JSON.parse(new FormData(form).get('hpa') as string)).to.deep.equal(stored);
    await type(element, 'min-input', '4');
    expect(JSON.parse(new FormData(form).get('hpa') as string)).to.deep.equal({
      ...stored,
      min_replicas: 4,
    });
    expect(form.checkValidity()).to.equal(true);
    await type(element, 'max-input', '3');
    expect(form.checkValidity()).to.equal(false);
    form.reset();
    await element.updateComplete;
    expect(element.value).to.deep.equal(stored);
    expect(part<HTMLInputElement>(element, 'max-input').value).to.equal('8');
    expect(form.checkValidity()).to.equal(true);
  });

  it('keeps a value set before the element upgraded', async () => {
    const sim = await session();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const early = document.createElement('vf-autoscale-form-late') as VfAutoscaleForm;
    const draft = { enabled: true, min_replicas: 4, max_replicas: 9, target_cpu_utilization: 65 };
    early.value = draft;
    early.client = clientFor(sim);
    early.setAttribute('tenant-id', 'globex');
    container.append(early);
    class VfAutoscaleFormLate extends VfAutoscaleForm {}
    VfAutoscaleFormLate.define('vf-autoscale-form-late');
    const element = await loaded(early);
    expect(element.value).to.deep.equal(draft);
    expect(part<HTMLInputElement>(element, 'max-input').value).to.equal('9');
    expect(element.dirty).to.equal(true);
  });

  it('can be used with the keyboard alone', async () => {
    const sim = await session();
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <vf-autoscale-form tenant-id="globex" .client=${clientFor(sim)}></vf-autoscale-form>
      </div>`,
    );
    const element = await loaded(root.querySelector('vf-autoscale-form')!);
    const focused = () => element.shadowRoot!.activeElement?.id;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('enabled');
    expect(element.shadowRoot!.activeElement!.matches(':focus-visible')).to.equal(true);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(part(element, 'switch').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('min');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('max');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('target-slider');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('target');
    await element.updateComplete;
    expect(element.value).to.deep.equal({
      enabled: true,
      min_replicas: 2,
      max_replicas: 7,
      target_cpu_utilization: 71,
    });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'save-button'));
    const saved = oneEvent(element, 'vf-autoscale-saved');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.autoscaling.max_replicas).to.equal(7);
    // Save disabled itself once clean: focus moved back into the form, not to <body>.
    await waitUntil(() => focused() === 'enabled');
  });

  it('saves with Enter from a number field', async () => {
    const sim = await session();
    const element = await mount(sim, 'stark');
    part(element, 'target-input').focus();
    await sendKeys({ press: 'ArrowUp' });
    const saved = oneEvent(element, 'vf-autoscale-saved');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.autoscaling.target_cpu_utilization).to.equal(61);
  });

  it('shows a failed config read with Retry and reports it once', async () => {
    const sim = await session();
    await sim.addFault({
      kind: 'status',
      status: 500,
      method: 'GET',
      path: '/orchestration',
      times: 1,
    });
    const errors: string[] = [];
    const element = await fixture<VfAutoscaleForm>(
      html`<vf-autoscale-form
        tenant-id="globex"
        .client=${clientFor(sim)}
        @vf-error=${(event: CustomEvent<{ operation: string }>) => errors.push(event.detail.operation)}
      ></vf-autoscale-form>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error block');
    expect(element.shadowRoot!.querySelector('#enabled')).to.equal(null);
    expect(errors).to.deep.equal(['getConfig']);
    part(element, 'retry-button').click();
    await loaded(element);
    expect(part<HTMLInputElement>(element, 'min-input').value).to.equal('3');
    expect(errors).to.deep.equal(['getConfig']);
  });

  it('follows a change of tenant, dropping the previous tenant draft', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await enable(element);
    await type(element, 'min-input', '5');
    element.tenantId = 'stark';
    await waitUntil(
      () => element.shadowRoot!.querySelector<HTMLInputElement>('#max')?.value === '8',
      'stark not shown',
    );
    expect(element.value).to.deep.equal({
      enabled: true,
      min_replicas: 2,
      max_replicas: 8,
      target_cpu_utilization: 60,
    });
    expect(element.dirty).to.equal(false);
  });

  it('disables every control when disabled, also through a disabled fieldset', async () => {
    const sim = await session();
    const root = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <vf-autoscale-form tenant-id="stark" .client=${clientFor(sim)}></vf-autoscale-form>
        </fieldset>
      </form>`,
    );
    const element = await loaded(root.querySelector('vf-autoscale-form')!);
    await type(element, 'min-input', '3');
    expect(element.disabled).to.equal(true);
    const controls = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input, button')];
    expect(controls.length).to.be.greaterThan(4);
    expect(controls.every((control) => control.disabled)).to.equal(true);
  });

  it('passes axe with messages on the fields and an error shown', async () => {
    const sim = await session();
    const element = await mount(sim, 'globex');
    await enable(element);
    await type(element, 'min-input', '0');
    await type(element, 'target-input', '5');
    await expect(element).to.be.accessible();
    const shared = await mount(sim, 'acme');
    await expect(shared).to.be.accessible();
  });
});

let contractSession: SimSession;
before(async () => {
  contractSession = await createSimSession();
});
after(async () => {
  await contractSession.end();
});

runContractSuite({
  tag: 'vf-autoscale-form',
  elementClass: VfAutoscaleForm,
  render: () =>
    html`<vf-autoscale-form
      tenant-id="globex"
      .client=${clientFor(contractSession)}
    ></vf-autoscale-form>`,
  ready: async (element) => {
    await loaded(element as VfAutoscaleForm);
  },
  exercise: async (element) => {
    const form = element as VfAutoscaleForm;
    // Each run flips the switch, so every run has something to save.
    part(form, 'switch').click();
    await form.updateComplete;
    const saved = oneEvent(form, 'vf-autoscale-saved');
    part(form, 'save-button').click();
    await saved;
    await waitUntil(() => !form.saving);
  },
  expectEvents: ['vf-autoscale-request', 'vf-autoscale-saved', 'input'],
});
