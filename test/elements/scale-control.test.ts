import {
  aTimeout,
  expect,
  fixture,
  fixtureCleanup,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOrchestrationClient, type OrchestrationClient } from '../../src/client/index.js';
import '../../src/elements/scale-control/define.js';
import { VfScaleControl } from '../../src/elements/scale-control/scale-control.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession, type SimSession } from '../helpers/simulator.js';

interface MountOptions {
  min?: number;
  max?: number;
  validate?: boolean;
  lang?: string;
}

let session: SimSession;
let client: OrchestrationClient;

function makeClient(validate = true): OrchestrationClient {
  return createOrchestrationClient({
    baseUrl: session.baseUrl,
    pollIntervals: { transitionalMs: 50, idleMs: 60_000 },
    retry: { attempts: 1 },
    validate,
  });
}

const part = <T extends Element = HTMLElement>(el: VfScaleControl, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as T;
const input = (el: VfScaleControl) => part<HTMLInputElement>(el, 'input');
const applyButton = (el: VfScaleControl) => part<HTMLButtonElement>(el, 'apply-button');
const reason = (el: VfScaleControl) => part(el, 'reason');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();
const statusText = (el: VfScaleControl) => part(el, 'status').textContent!.replace(/\s+/g, ' ');
const dialog = (el: VfScaleControl) => part<HTMLDialogElement>(el, 'dialog');
const fieldError = (el: VfScaleControl) => el.shadowRoot!.querySelector('#replicas-error')!;
const isBlocked = (button: HTMLButtonElement) =>
  button.disabled || button.getAttribute('aria-disabled') === 'true';

/** Loaded: the status figure is shown and the config has been read. */
async function mount(tenantId: string, options: MountOptions = {}): Promise<VfScaleControl> {
  client = options.validate === false ? makeClient(false) : makeClient();
  const el = await fixture<VfScaleControl>(
    html`<vf-scale-control
      tenant-id=${tenantId}
      lang=${options.lang ?? 'en'}
      min=${options.min ?? 1}
      max=${options.max ?? 50}
      .client=${client}
    ></vf-scale-control>`,
  );
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('.card')?.getAttribute('data-block') !== 'loading' &&
      !part(el, 'status')?.classList.contains('skeleton'),
    'scale control did not load',
  );
  return el;
}

async function typeDraft(el: VfScaleControl, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await el.updateComplete;
}

async function scaleRequests(): Promise<{ body: string; status: number }[]> {
  return (await session.requests()).filter(
    (request) => request.method === 'POST' && request.path.endsWith('/scale'),
  );
}

/** Advances the simulated clock and waits for the element to show a fresh read of it. */
async function advanceUntil(el: VfScaleControl, ms: number, done: () => boolean): Promise<void> {
  await session.advance(ms);
  client.refreshStatus(el.tenantId!);
  await waitUntil(done, undefined, { timeout: 3000 });
}

describe('<vf-scale-control>', () => {
  beforeEach(async () => {
    session = await createSimSession();
  });
  afterEach(async () => {
    fixtureCleanup(); // stop polling before the session goes away
    await session.end();
  });

  describe('disabled, with the reason shown', () => {
    it('in shared mode (scaling_not_available)', async () => {
      const el = await mount('acme');
      expect(reason(el).dataset['reason']).to.equal('shared');
      expect(reason(el).textContent).to.contain('only available in dedicated mode');
      expect(input(el).disabled).to.equal(true);
      expect(applyButton(el).disabled).to.equal(true);
      expect(part<HTMLButtonElement>(el, 'increment').disabled).to.equal(true);
      expect(part(el, 'presets').querySelector('button')!.disabled).to.equal(true);
    });

    it('while autoscaling is on, showing the HPA range and target (0 → 70)', async () => {
      const el = await mount('stark');
      expect(reason(el).dataset['reason']).to.equal('autoscaling');
      expect(reason(el).textContent).to.contain('Autoscaling manages replicas: 2–8 at 60 % CPU');
      expect(applyButton(el).disabled).to.equal(true);

      await session.setTenant('globex', {
        config: {
          mode: 'dedicated',
          autoscaling_enabled: true,
          min_replicas: 2,
          max_replicas: 6,
          target_cpu_utilization: 0,
        },
      });
      const other = await mount('globex');
      expect(reason(other).textContent).to.contain('Autoscaling manages replicas: 2–6 at 70 % CPU');
      expect(input(other).disabled).to.equal(true);
    });

    it('while another transition is running (the draft stays editable)', async () => {
      const el = await mount('wayne');
      expect(reason(el).dataset['reason']).to.equal('transition');
      expect(reason(el).textContent).to.contain('(scaling)');
      expect(input(el).disabled).to.equal(false);
      await typeDraft(el, '2');
      expect(isBlocked(applyButton(el))).to.equal(true);
      applyButton(el).click();
      await sendKeys({ press: 'Enter' });
      expect(await scaleRequests()).to.have.length(0);
    });

    it('(Apply) while the value equals the current replicas', async () => {
      const el = await mount('globex');
      expect(input(el).value).to.equal('3');
      expect(statusText(el)).to.contain('3/3 ready');
      expect(isBlocked(applyButton(el))).to.equal(true);
      expect(reason(el).textContent).to.contain('Already at 3 replicas');
      applyButton(el).click();
      await el.updateComplete;
      expect(await scaleRequests()).to.have.length(0);
      await typeDraft(el, '4');
      expect(isBlocked(applyButton(el))).to.equal(false);
      expect(reason(el).textContent!.trim()).to.equal('');
    });
  });

  describe('validation of the typed value', () => {
    const cases: [string, string][] = [
      ['0', 'Replicas must be at least 1.'],
      ['51', 'Replicas must be at most 50.'],
      ['2.5', 'Replicas must be a whole number.'],
      ['abc', '“abc” is not a number.'],
      ['', 'Enter a number of replicas.'],
    ];
    for (const [text, message] of cases) {
      it(`"${text}" shows "${message}" on the input and sends nothing`, async () => {
        const el = await mount('globex');
        await typeDraft(el, text);
        expect(fieldError(el).textContent).to.contain(message);
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        expect(input(el).getAttribute('aria-describedby')).to.contain('replicas-error');
        expect(isBlocked(applyButton(el))).to.equal(true);
        await sendKeys({ press: 'Enter' });
        applyButton(el).click();
        await aTimeout(50);
        expect(await scaleRequests()).to.have.length(0);
      });
    }

    it('follows the min and max attributes', async () => {
      const el = await mount('globex', { min: 2, max: 8 });
      await typeDraft(el, '9');
      expect(fieldError(el).textContent).to.contain('at most 8');
      await typeDraft(el, '1');
      expect(fieldError(el).textContent).to.contain('at least 2');
      const presets = [...part(el, 'presets').querySelectorAll('button')].map(text);
      expect(presets).to.deep.equal(['2', '3', '5']);
    });
  });

  describe('confirmation before scaling down by half or more', () => {
    async function mountAtSix(): Promise<VfScaleControl> {
      await session.setTenant('globex', { status: { status: 'ready', replicas: 6 } });
      const el = await mount('globex');
      expect(input(el).value).to.equal('6');
      await typeDraft(el, '3');
      return el;
    }

    it('confirm sends one request', async () => {
      const el = await mountAtSix();
      applyButton(el).focus();
      applyButton(el).click();
      await waitUntil(() => dialog(el).open, 'dialog did not open');
      expect(dialog(el).textContent).to.contain('from 6 to 3');
      expect(el.shadowRoot!.activeElement?.classList.contains('cancel')).to.equal(true);
      const accepted = oneEvent(el, 'vf-scale-accepted');
      dialog(el).querySelector<HTMLButtonElement>('.confirm')!.click();
      expect((await accepted).detail.replicas).to.equal(3);
      const requests = await scaleRequests();
      expect(requests.map((request) => JSON.parse(request.body))).to.deep.equal([{ replicas: 3 }]);
    });

    it('Cancel sends nothing and gives focus back', async () => {
      const el = await mountAtSix();
      applyButton(el).focus();
      applyButton(el).click();
      await waitUntil(() => dialog(el).open);
      dialog(el).querySelector<HTMLButtonElement>('.cancel')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(applyButton(el));
      await aTimeout(50);
      expect(await scaleRequests()).to.have.length(0);
    });

    it('Escape cancels and focus returns to the input', async () => {
      const el = await mountAtSix();
      input(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      await aTimeout(50);
      expect(await scaleRequests()).to.have.length(0);
      expect(input(el).value).to.equal('3'); // the draft survives a cancel
    });
  });

  it('leaves the loading state for a tenant that was never deployed, with the reason', async () => {
    // mount() waits until the replicas figure is no longer a skeleton.
    const el = await mount('hooli');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('—');
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('data-block')).to.equal(
      'notDeployed',
    );
  });

  it('fires a cancelable vf-scale-request; preventDefault sends nothing', async () => {
    const el = await mount('globex');
    const seen: CustomEvent[] = [];
    el.addEventListener('vf-scale-request', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    await typeDraft(el, '4');
    applyButton(el).click();
    await aTimeout(50);
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.deep.equal({ tenantId: 'globex', replicas: 4, previous: 3 });
    expect(seen[0]!.cancelable).to.equal(true);
    expect(await scaleRequests()).to.have.length(0);
    expect(statusText(el)).not.to.contain('Scaling to');
  });

  it('shows "Scaling to N…" from the 202 until N of N are ready, then settles', async () => {
    const el = await mount('globex');
    const live = el.shadowRoot!.querySelector('[aria-live][role="status"]')!;
    await typeDraft(el, '5');
    const accepted = oneEvent(el, 'vf-scale-accepted');
    applyButton(el).click();
    const { detail } = await accepted;
    expect(detail.replicas).to.equal(5);
    expect(detail.response.status).to.equal('scaling');
    await el.updateComplete;
    expect(statusText(el)).to.contain('Scaling to 5…');
    expect(live.textContent).to.contain('Scaling to 5…');

    // One pod every 1.5 s of simulated time: at 4/5 it still says "Scaling to 5…".
    await advanceUntil(el, 1500, () => statusText(el).includes('4/5 ready'));
    expect(statusText(el)).to.contain('Scaling to 5…');
    expect(input(el).value).to.equal('5'); // polls do not snap the draft back

    const settled = oneEvent(el, 'vf-scale-settled');
    await session.advance(1500);
    client.refreshStatus('globex');
    const { detail: outcome } = await settled;
    expect(outcome.outcome).to.equal('ready');
    expect(outcome.replicas).to.equal(5);
    expect(outcome.status?.ready_replicas).to.equal(5);
    await el.updateComplete;
    expect(statusText(el)).not.to.contain('Scaling to');
    expect(statusText(el)).to.contain('5/5 ready');
    expect(part(el, 'outcome').textContent).to.contain('Scaled to 5 replicas.');
    expect(live.textContent).to.contain('Scaled to 5 replicas.');
    expect(await scaleRequests()).to.have.length(1);
  });

  it('shows the server disagreeing when the status settles at another count', async () => {
    const el = await mount('globex');
    await typeDraft(el, '5');
    const accepted = oneEvent(el, 'vf-scale-accepted');
    applyButton(el).click();
    await accepted;
    const settled = oneEvent(el, 'vf-scale-settled');
    await session.setTenant('globex', { status: { status: 'ready', replicas: 4 } });
    client.refreshStatus('globex');
    const { detail } = await settled;
    expect(detail.outcome).to.equal('error');
    expect(detail.status?.replicas).to.equal(4);
    await el.updateComplete;
    expect(part(el, 'outcome').textContent).to.contain('settled at 4 replicas, not 5');
    expect(statusText(el)).not.to.contain('Scaling to');
  });

  it('reports a timeout when the replicas never converge (timeout attribute)', async () => {
    const el = await mount('globex');
    el.timeout = 0.3; // seconds; the simulated clock is not advanced, so it stays "scaling"
    await typeDraft(el, '5');
    const settled = oneEvent(el, 'vf-scale-settled');
    applyButton(el).click();
    const { detail } = await settled;
    expect(detail.outcome).to.equal('timeout');
    expect(detail.status?.status).to.equal('scaling');
    await el.updateComplete;
    expect(part(el, 'outcome').textContent).to.contain('Not at 5 ready replicas after 1 s');
  });

  it('keeps a draft being edited when a poll arrives', async () => {
    const el = await mount('globex');
    await typeDraft(el, '7');
    const before = (await session.requests()).length;
    client.refreshStatus('globex');
    await waitUntil(async () => (await session.requests()).length > before);
    await aTimeout(50);
    expect(input(el).value).to.equal('7');
  });

  it('shows the server validation error when the client check is bypassed', async () => {
    const el = await mount('globex', { min: 0, validate: false });
    await typeDraft(el, '0');
    expect(fieldError(el).textContent!.trim()).to.equal('');
    const failed = oneEvent(el, 'vf-error');
    applyButton(el).click(); // 3 → 0 asks first
    await waitUntil(() => dialog(el).open);
    dialog(el).querySelector<HTMLButtonElement>('.confirm')!.click();
    const { detail } = await failed;
    expect(detail.operation).to.equal('scale');
    expect(detail.error.code).to.equal('validation');
    expect(detail.error.status).to.equal(400);
    await el.updateComplete;
    expect(fieldError(el).textContent).to.contain('Replicas must be at least 1');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    const requests = await scaleRequests();
    expect(requests.map((request) => request.status)).to.deep.equal([400]);
  });

  it('shows a server 500 with its text under Details and a Retry', async () => {
    const el = await mount('globex');
    await session.addFault({
      path: '/scale',
      kind: 'status',
      status: 500,
      body: 'Failed to scale tenant instance: etcd timeout',
      times: 1,
    });
    await typeDraft(el, '4');
    const failed = oneEvent(el, 'vf-error');
    applyButton(el).click();
    expect((await failed).detail.error.code).to.equal('server');
    await el.updateComplete;
    const error = part(el, 'error');
    expect(error.textContent).to.contain('Failed to scale tenant instance: etcd timeout');
    const accepted = oneEvent(el, 'vf-scale-accepted');
    part<HTMLButtonElement>(el, 'retry-button').click();
    expect((await accepted).detail.replicas).to.equal(4);
    expect((await scaleRequests()).map((request) => request.status)).to.deep.equal([500, 202]);
  });

  it('says the state is unknown after a dropped connection, and re-reads', async () => {
    const el = await mount('globex');
    await session.addFault({ path: '/scale', kind: 'drop', applyFirst: true, times: 1 });
    await typeDraft(el, '4');
    await session.clearRequests();
    const failed = oneEvent(el, 'vf-error');
    applyButton(el).click();
    const { detail } = await failed;
    expect(detail.error.stateUnknown).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.contain('its outcome is unknown');
    expect(part(el, 'retry-button')).to.equal(null); // never resent blindly (quirk 7)
    await waitUntil(async () => {
      const log = await session.requests();
      return log.some((request) => request.method === 'GET' && request.path.endsWith('/status'));
    }, 'status was not re-read');
    expect(await scaleRequests()).to.have.length(1);
  });

  describe('one request at a time', () => {
    it('rapid + + + Apply Apply Apply sends exactly one request, for the last value', async () => {
      const el = await mount('globex');
      await session.addFault({ path: '/scale', kind: 'latency', latencyMs: 200 });
      const increment = part<HTMLButtonElement>(el, 'increment');
      increment.click();
      increment.click();
      increment.click();
      await el.updateComplete;
      const accepted = oneEvent(el, 'vf-scale-accepted');
      for (let i = 0; i < 4; i++) {
        applyButton(el).click();
        await el.updateComplete;
      }
      await accepted;
      await aTimeout(300);
      const requests = await scaleRequests();
      expect(requests.map((request) => JSON.parse(request.body))).to.deep.equal([{ replicas: 6 }]);
    });

    it('values applied while one is in flight end in one trailing request for the last', async () => {
      const el = await mount('globex');
      await session.addFault({ path: '/scale', kind: 'latency', latencyMs: 300 });
      const increment = part<HTMLButtonElement>(el, 'increment');
      const sent: number[] = [];
      el.addEventListener('vf-scale-accepted', (event) => sent.push(event.detail.replicas));
      for (let i = 0; i < 3; i++) {
        increment.click();
        await el.updateComplete;
        applyButton(el).click();
        await el.updateComplete;
      }
      expect(reason(el).textContent).to.contain('6 will be sent when the current request ends');
      await waitUntil(() => sent.length === 2, 'trailing request not sent', { timeout: 3000 });
      await aTimeout(400);
      const requests = await scaleRequests();
      expect(requests.map((request) => JSON.parse(request.body))).to.deep.equal([
        { replicas: 4 },
        { replicas: 6 },
      ]);
      expect(statusText(el)).to.contain('Scaling to 6…');
    });
  });

  it('works from the keyboard alone (Tab, arrows, PageUp/PageDown, Enter)', async () => {
    client = makeClient();
    const root = await fixture(
      html`<div>
        <button id="before">before</button>
        <vf-scale-control tenant-id="globex" .client=${client}></vf-scale-control>
      </div>`,
    );
    const el = root.querySelector('vf-scale-control')!;
    await waitUntil(
      () =>
        input(el).value === '3' &&
        el.shadowRoot!.querySelector('.card')!.getAttribute('data-block') === null,
    );
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'decrement'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value).to.equal('4');
    await sendKeys({ press: 'PageUp' });
    expect(input(el).value).to.equal('9');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageDown' });
    expect(input(el).value).to.equal('3');
    expect(input(el).getAttribute('aria-valuenow')).to.equal('3');
    await sendKeys({ press: 'PageUp' });
    const accepted = oneEvent(el, 'vf-scale-accepted');
    await sendKeys({ press: 'Enter' });
    expect((await accepted).detail.replicas).to.equal(8);
    // Tab on to Apply and the presets: everything is reachable.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'increment'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(applyButton(el));
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('1');
    await sendKeys({ press: 'Enter' }); // a preset changes the draft only
    expect(input(el).value).to.equal('1');
    expect((await scaleRequests()).map((request) => JSON.parse(request.body))).to.deep.equal([
      { replicas: 8 },
    ]);
  });

  it('passes axe when loaded, invalid, and locked', async () => {
    const el = await mount('globex');
    await expect(el).to.be.accessible();
    await typeDraft(el, 'abc');
    await expect(el).to.be.accessible();
    const locked = await mount('stark');
    await expect(locked).to.be.accessible();
    await session.setTenant('globex', { status: { status: 'ready', replicas: 6 } });
    const confirming = await mount('globex');
    await typeDraft(confirming, '2');
    applyButton(confirming).click();
    await waitUntil(() => dialog(confirming).open);
    await expect(confirming).to.be.accessible();
  });

  it('speaks Brazilian Portuguese', async () => {
    const el = await mount('stark', { lang: 'pt-BR' });
    expect(applyButton(el).textContent!.trim()).to.equal('Aplicar');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Réplicas');
    expect(reason(el).textContent).to.contain('O autoescalonamento gerencia as réplicas: 2–8');
    const other = await mount('globex', { lang: 'pt-BR' });
    await typeDraft(other, '51');
    expect(fieldError(other).textContent).to.contain('no máximo 50');
  });
});

const contractSessions: SimSession[] = [];
after(async () => {
  await Promise.all(contractSessions.map((each) => each.end()));
});

runContractSuite({
  tag: 'vf-scale-control',
  elementClass: VfScaleControl,
  render: async () => {
    const contractSession = await createSimSession();
    contractSessions.push(contractSession);
    const contractClient = createOrchestrationClient({
      baseUrl: contractSession.baseUrl,
      pollIntervals: { transitionalMs: 50 },
    });
    return html`<vf-scale-control tenant-id="globex" .client=${contractClient}></vf-scale-control>`;
  },
  ready: async (element) => {
    const el = element as VfScaleControl;
    // Polls with aTimeout: waitUntil leaves its own deadline timer running, which the leak check
    // would count against the element.
    for (let i = 0; i < 100; i++) {
      if (input(el)?.value === '3' && !el.shadowRoot!.querySelector('[data-block]')) return;
      await aTimeout(20);
    }
    throw new Error('scale control did not load');
  },
  exercise: async (element) => {
    const el = element as VfScaleControl;
    part<HTMLButtonElement>(el, 'increment').click();
    await el.updateComplete;
    const accepted = oneEvent(el, 'vf-scale-accepted');
    applyButton(el).click();
    await accepted;
    await aTimeout(100); // let the config re-read after the 202 finish
  },
  expectEvents: ['vf-scale-request', 'vf-scale-accepted'],
});
