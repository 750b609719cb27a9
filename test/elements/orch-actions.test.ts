import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOrchestrationClient, type OrchestrationClient } from '../../src/client/index.js';
import '../../src/elements/orch-actions/define.js';
import { VfOrchActions } from '../../src/elements/orch-actions/orch-actions.js';
import type { VfErrorDetail, VfSettledDetail } from '../../src/internal/events.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession } from '../helpers/simulator.js';

type Session = Awaited<ReturnType<typeof createSimSession>>;

const sessions: Session[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.end()));
});

interface MountOptions {
  clock?: 'manual' | 'real';
  timeout?: number;
  timeoutMs?: number;
  lang?: string;
}

async function mount(tenantId: string, options: MountOptions = {}) {
  const session = await createSimSession({ clock: options.clock ?? 'manual' });
  sessions.push(session);
  const client = createOrchestrationClient({
    baseUrl: session.baseUrl,
    timeoutMs: options.timeoutMs ?? 5000,
    pollIntervals: { transitionalMs: 50 },
    retry: { attempts: 1 },
  });
  const element = await fixture<VfOrchActions>(
    html`<vf-orch-actions
      tenant-id=${tenantId}
      .client=${client}
      .timeout=${options.timeout ?? 300}
      lang=${options.lang ?? 'en'}
    ></vf-orch-actions>`,
  );
  // Loaded: the status has been read once and the reason line is no longer "checking".
  await waitUntil(() => !/Checking|Verificando/.test(reasonText(element)), 'status never loaded', {
    timeout: 4000,
  });
  return { session, client, element };
}

const part = <T extends HTMLElement = HTMLElement>(element: VfOrchActions, name: string) =>
  element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const deployButton = (element: VfOrchActions) => part<HTMLButtonElement>(element, 'deploy-button')!;
const drainButton = (element: VfOrchActions) => part<HTMLButtonElement>(element, 'drain-button')!;
const dialogOf = (element: VfOrchActions) => part<HTMLDialogElement>(element, 'dialog')!;
const reasonText = (element: VfOrchActions) => part(element, 'reason')?.textContent ?? '';
const liveText = (element: VfOrchActions) =>
  element.shadowRoot!.querySelector('[aria-live]')?.textContent?.trim() ?? '';
const focused = (element: VfOrchActions) => element.shadowRoot!.activeElement;

async function posts(session: Session, path: string): Promise<number> {
  const log = await session.requests();
  return log.filter((entry) => entry.method === 'POST' && entry.path.endsWith(path)).length;
}

/** Records the vf-* events the element fires, in order. */
function recordEvents(element: VfOrchActions) {
  const names: string[] = [];
  const details: unknown[] = [];
  for (const name of [
    'vf-deploy-request',
    'vf-deploy-accepted',
    'vf-deploy-settled',
    'vf-drain-request',
    'vf-drain-accepted',
    'vf-drain-settled',
    'vf-error',
  ]) {
    element.addEventListener(name, (event) => {
      names.push(name);
      details.push((event as CustomEvent).detail);
    });
  }
  return { names, details };
}

describe('<vf-orch-actions>', () => {
  it('deploys a never-deployed dedicated tenant: deploying → ready, events in order', async () => {
    const { session, element } = await mount('hooli');
    const events = recordEvents(element);
    expect(deployButton(element).getAttribute('aria-disabled')).to.equal('false');
    // Quirk 3: "not deployed" is a state that allows Deploy; Drain has nothing to restart yet.
    expect(drainButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect(reasonText(element)).to.contain('Deploy the tenant before draining it');

    const settled = oneEvent(element, 'vf-deploy-settled');
    deployButton(element).click();
    await oneEvent(element, 'vf-deploy-accepted');
    expect(liveText(element)).to.equal('Deployment started.');
    // Progress follows a fresh read, which the manual clock keeps at "deploying".
    await waitUntil(() => part(element, 'progress')?.textContent?.includes('Status: Deploying'));
    expect(part(element, 'elapsed')!.textContent).to.match(/Elapsed 0:0\d/);
    expect(deployButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect(element.activeOperation).to.equal('deploy');
    await aTimeout(150);
    expect(events.names).to.deep.equal(['vf-deploy-request', 'vf-deploy-accepted']);

    await session.advance(10 * 60_000);
    const detail = (await settled).detail;
    expect(detail.outcome).to.equal('ready');
    expect(detail.tenantId).to.equal('hooli');
    expect(detail.status?.status).to.equal('ready');
    expect(events.names).to.deep.equal([
      'vf-deploy-request',
      'vf-deploy-accepted',
      'vf-deploy-settled',
    ]);
    expect((events.details[1] as { response: { status: string } }).response.status).to.equal(
      'deploying',
    );
    await element.updateComplete;
    expect(part(element, 'progress')).to.equal(null);
    expect(part(element, 'result')!.dataset['outcome']).to.equal('ready');
    expect(liveText(element)).to.equal('Deployment finished: the tenant is ready.');
    expect(await posts(session, '/deploy')).to.equal(1);
    // Now deployed in dedicated mode: Drain becomes possible.
    expect(drainButton(element).getAttribute('aria-disabled')).to.equal('false');
  });

  it('settles a shared-mode deploy as ready although the 202 says "deploying" (quirk 9)', async () => {
    const { session, element } = await mount('acme');
    const events = recordEvents(element);
    const settled = oneEvent(element, 'vf-deploy-settled');
    expect(await element.deploy()).to.equal(true);
    const detail = (await settled).detail;
    expect(detail.outcome).to.equal('ready');
    expect(detail.status?.mode).to.equal('shared');
    expect(events.names).to.deep.equal([
      'vf-deploy-request',
      'vf-deploy-accepted',
      'vf-deploy-settled',
    ]);
    expect(await posts(session, '/deploy')).to.equal(1);
  });

  it('keeps following an accepted deploy when status reads fail for a while', async () => {
    const { session, element } = await mount('acme');
    // The two reads after the 202 fail: the shared poll loop backs off, the element asks again.
    await session.addFault({
      kind: 'status',
      status: 503,
      method: 'GET',
      path: '/status',
      times: 2,
    });
    const settled = oneEvent(element, 'vf-deploy-settled');
    deployButton(element).click();
    const detail = (await settled).detail;
    expect(detail.outcome).to.equal('ready');
    const reads = (await session.requests()).filter(
      (entry) => entry.method === 'GET' && entry.path.endsWith('/status'),
    );
    expect(reads.filter((entry) => entry.status === 503)).to.have.length(2);
    expect(reads.at(-1)!.status).to.equal(200);
  });

  it('ignores a "ready" status read that was in flight before the 202', async () => {
    const { session, client, element } = await mount('globex');
    const tenant = await session.tenant('globex');
    // A slow status read, answered with the pre-drain "ready", lands after the drain's 202.
    const stale = JSON.stringify({ ...tenant.status, status: 'ready' });
    await session.addFault({
      kind: 'latency',
      latencyMs: 500,
      method: 'GET',
      path: '/status',
      times: 1,
    });
    await session.addFault({
      kind: 'status',
      status: 200,
      body: stale,
      contentType: 'application/json',
      method: 'GET',
      path: '/status',
      times: 1,
    });
    const settledEvents: VfSettledDetail[] = [];
    element.addEventListener('vf-drain-settled', (event) => settledEvents.push(event.detail));
    client.refreshStatus('globex');
    element.drain();
    part<HTMLButtonElement>(element, 'confirm-button')!.click();
    await oneEvent(element, 'vf-drain-accepted');
    // The stale answer has landed (the log holds answered requests).
    await waitUntil(async () =>
      (await session.requests()).some((entry) => entry.method === 'GET' && entry.fault !== null),
    );
    await aTimeout(200);
    expect(settledEvents).to.have.length(0);
    await waitUntil(() => part(element, 'progress')?.textContent?.includes('Status: Draining'));
    await session.advance(10 * 60_000);
    await waitUntil(() => settledEvents.length === 1, 'drain never settled');
    expect(settledEvents[0]!.outcome).to.equal('ready');
  });

  it('does not settle a drain on the "ready" status read before the 202', async () => {
    const { session, element } = await mount('globex');
    const settledEvents: VfSettledDetail[] = [];
    element.addEventListener('vf-drain-settled', (event) => settledEvents.push(event.detail));
    element.drain();
    part<HTMLButtonElement>(element, 'confirm-button')!.click();
    await oneEvent(element, 'vf-drain-accepted');
    // The status was "ready" before the drain; the manual clock keeps the tenant draining.
    await waitUntil(() => part(element, 'progress')?.textContent?.includes('Status: Draining'));
    await aTimeout(300);
    expect(settledEvents).to.have.length(0);
    expect(element.activeOperation).to.equal('drain');
    await session.advance(10 * 60_000);
    await waitUntil(() => settledEvents.length === 1, 'drain never settled');
    expect(settledEvents[0]!.outcome).to.equal('ready');
    expect(liveText(element)).to.contain('Drain finished');
  });

  it('confirms a drain in a dialog: cancel and Escape send nothing, confirm sends one POST', async () => {
    const { session, element } = await mount('globex');
    const events = recordEvents(element);
    const drain = drainButton(element);
    const dialog = dialogOf(element);
    expect(drain.getAttribute('aria-disabled')).to.equal('false');

    // Cancel: focus moves into the dialog, then comes back to Drain.
    drain.focus();
    drain.click();
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('restarts all pods');
    expect(dialog.textContent).to.contain('Drain globex?');
    expect(focused(element)).to.equal(part(element, 'cancel-button'));
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    expect(dialog.open).to.equal(false);
    expect(focused(element)).to.equal(drain);

    // Escape cancels too.
    drain.click();
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(focused(element)).to.equal(drain);
    await aTimeout(100);
    expect(await posts(session, '/drain')).to.equal(0);
    expect(events.names).to.deep.equal([]);

    // Confirm: exactly one request.
    drain.click();
    const accepted = oneEvent(element, 'vf-drain-accepted');
    part<HTMLButtonElement>(element, 'confirm-button')!.click();
    expect(dialog.open).to.equal(false);
    expect(focused(element)).to.equal(drain);
    expect((await accepted).detail.response.status).to.equal('draining');
    expect(await posts(session, '/drain')).to.equal(1);
    expect(events.names).to.deep.equal(['vf-drain-request', 'vf-drain-accepted']);
    // While it runs, Drain explains why it is disabled and clicking it opens nothing.
    await element.updateComplete;
    expect(drain.getAttribute('aria-disabled')).to.equal('true');
    drain.click();
    expect(dialog.open).to.equal(false);
  });

  it('sends nothing when a vf-deploy-request listener calls preventDefault()', async () => {
    const { session, element } = await mount('acme');
    const events = recordEvents(element);
    element.addEventListener('vf-deploy-request', (event) => event.preventDefault());
    deployButton(element).click();
    expect(await element.deploy()).to.equal(false);
    await aTimeout(150);
    expect(await posts(session, '/deploy')).to.equal(0);
    expect(events.names).to.deep.equal(['vf-deploy-request', 'vf-deploy-request']);
    expect(element.activeOperation).to.equal(null);
    expect(deployButton(element).getAttribute('aria-disabled')).to.equal('false');
  });

  it('sends nothing when a vf-drain-request listener calls preventDefault()', async () => {
    const { session, element } = await mount('globex');
    element.addEventListener('vf-drain-request', (event) => event.preventDefault());
    drainButton(element).click();
    part<HTMLButtonElement>(element, 'confirm-button')!.click();
    await aTimeout(150);
    expect(await posts(session, '/drain')).to.equal(0);
    expect(element.activeOperation).to.equal(null);
  });

  it('sends one request for a double click', async () => {
    const { session, element } = await mount('acme');
    const settled = oneEvent(element, 'vf-deploy-settled');
    const button = deployButton(element);
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    void element.deploy();
    await settled;
    expect(await posts(session, '/deploy')).to.equal(1);
  });

  const faults = [
    { name: '401', fault: { kind: 'unauthorized' }, code: 'unauthorized', text: 'not signed in' },
    { name: '403', fault: { kind: 'forbidden' }, code: 'forbidden', text: 'do not have access' },
    {
      name: '404',
      fault: { kind: 'status', status: 404, body: '404 page not found\n' },
      code: 'not_available',
      text: 'not available',
    },
    {
      name: '500',
      fault: { kind: 'status', status: 500, body: 'Failed to deploy tenant\n' },
      code: 'server',
      text: 'failed to complete',
    },
    {
      name: '503',
      fault: { kind: 'status', status: 503, body: 'Service Unavailable\n' },
      code: 'unavailable',
      text: 'temporarily unavailable',
    },
    {
      name: 'timeout',
      fault: { kind: 'latency', latencyMs: 4000 },
      code: 'timeout',
      text: 'outcome is unknown',
    },
    {
      name: 'dropped connection',
      fault: { kind: 'drop' },
      code: 'network',
      text: 'outcome is unknown',
    },
  ] as const;

  for (const { name, fault, code, text } of faults) {
    it(`shows a ${name} on deploy and recovers once the fault is lifted`, async () => {
      // A short client deadline only where the fault needs one, so slow reads elsewhere never trip it.
      const { session, element } = await mount('acme', {
        timeoutMs: code === 'timeout' ? 1000 : 5000,
      });
      await session.addFault({ ...fault, method: 'POST', path: '/deploy' });
      const errorEvent = oneEvent(element, 'vf-error');
      await session.clearRequests();
      deployButton(element).click();
      const error = (await errorEvent).detail as VfErrorDetail;
      expect(error.operation).to.equal('deploy');
      expect(error.tenantId).to.equal('acme');
      expect(error.error.code).to.equal(code);
      await element.updateComplete;
      const block = part(element, 'error')!;
      expect(block.getAttribute('role')).to.equal('alert');
      expect(block.textContent).to.contain(text);
      expect(block.querySelector('pre')!.textContent).to.contain(code);
      expect(element.activeOperation).to.equal(null);
      if (code === 'timeout' || code === 'network') {
        expect(error.error.stateUnknown).to.equal(true);
        // Quirk 7: the outcome is unknown, so the status is read again.
        await waitUntil(async () =>
          (await session.requests()).some(
            (entry) => entry.method === 'GET' && entry.path.endsWith('/status'),
          ),
        );
      } else {
        expect(part(element, 'error')!.parentElement!.textContent).to.contain(
          'The deployment could not be started.',
        );
      }

      await session.clearFaults();
      const settled = oneEvent(element, 'vf-deploy-settled');
      part<HTMLButtonElement>(element, 'retry-button')!.click();
      expect((await settled).detail.outcome).to.equal('ready');
      await element.updateComplete;
      expect(part(element, 'error')).to.equal(null);
      expect(part(element, 'result')!.dataset['outcome']).to.equal('ready');
    });
  }

  it('shows a server message as text, never as HTML', async () => {
    const { session, element } = await mount('acme');
    await session.addFault({
      kind: 'status',
      status: 500,
      body: 'Failed to deploy tenant: <img src=x onerror=alert(1)>\n',
      method: 'POST',
      path: '/deploy',
    });
    const errorEvent = oneEvent(element, 'vf-error');
    deployButton(element).click();
    await errorEvent;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(element, 'error')!.querySelector('pre')!.textContent).to.contain(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('disables Drain in shared mode, with the reason', async () => {
    const { session, element } = await mount('acme');
    const drain = drainButton(element);
    expect(drain.getAttribute('aria-disabled')).to.equal('true');
    expect(reasonText(element)).to.contain('only available in dedicated mode');
    const describedBy = drain.getAttribute('aria-describedby')!;
    expect(element.shadowRoot!.getElementById(describedBy)!.textContent).to.contain('dedicated');
    drain.click();
    element.drain();
    expect(dialogOf(element).open).to.equal(false);
    await aTimeout(100);
    expect(await posts(session, '/drain')).to.equal(0);
  });

  it('refuses Deploy while a transition is running, with the reason', async () => {
    const { session, element } = await mount('wayne');
    expect(deployButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect(reasonText(element)).to.contain('already running (Scaling)');
    deployButton(element).click();
    expect(await element.deploy()).to.equal(false);
    expect(await posts(session, '/deploy')).to.equal(0);
  });

  it('settles as timeout when the status stays transitional past `timeout` seconds', async () => {
    const { session, element } = await mount('hooli', { timeout: 0.2 });
    await session.setTenant('hooli', { stuck: true });
    const settled = oneEvent(element, 'vf-deploy-settled');
    deployButton(element).click();
    const detail = (await settled).detail;
    expect(detail.outcome).to.equal('timeout');
    expect(detail.status?.status).to.equal('deploying');
    await element.updateComplete;
    const result = part(element, 'result')!;
    expect(result.dataset['outcome']).to.equal('timeout');
    expect(result.textContent).to.contain('has not finished after');
    expect(liveText(element)).to.contain('has not finished after');
    expect(await posts(session, '/deploy')).to.equal(1);
  });

  it('works with the keyboard only', async () => {
    const { session, element } = await mount('globex');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(deployButton(element));
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(drainButton(element));
    await sendKeys({ press: 'Enter' });
    expect(dialogOf(element).open).to.equal(true);
    expect(focused(element)).to.equal(part(element, 'cancel-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'confirm-button'));
    const accepted = oneEvent(element, 'vf-drain-accepted');
    await sendKeys({ press: 'Enter' });
    await accepted;
    expect(dialogOf(element).open).to.equal(false);
    expect(focused(element)).to.equal(drainButton(element));
    expect(await posts(session, '/drain')).to.equal(1);

    // Deploy with Space once the drain is over.
    await session.advance(10 * 60_000);
    await waitUntil(() => element.activeOperation === null, 'drain never settled');
    await element.updateComplete;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(element)).to.equal(deployButton(element));
    const deployed = oneEvent(element, 'vf-deploy-accepted');
    await sendKeys({ press: 'Space' });
    await deployed;
    expect(await posts(session, '/deploy')).to.equal(1);
  });

  it('speaks Brazilian Portuguese', async () => {
    const { element } = await mount('acme', { lang: 'pt-BR' });
    expect(deployButton(element).textContent!.trim()).to.equal('Implantar');
    expect(drainButton(element).textContent!.trim()).to.equal('Drenar');
    expect(reasonText(element)).to.contain('só está disponível no modo dedicado');
    const settled = oneEvent(element, 'vf-deploy-settled');
    deployButton(element).click();
    await settled;
    await element.updateComplete;
    expect(part(element, 'result')!.textContent).to.contain('Implantação concluída');
  });

  it('passes axe while loaded, running, failed and with the dialog open', async () => {
    const { session, element } = await mount('globex');
    await expect(element).to.be.accessible();
    await session.addFault({ kind: 'drop', method: 'POST', path: '/deploy', times: 1 });
    const errorEvent = oneEvent(element, 'vf-error');
    deployButton(element).click();
    await errorEvent;
    await element.updateComplete;
    await expect(element).to.be.accessible();
    element.drain();
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'confirm-button')!.click();
    await waitUntil(() => part(element, 'progress') !== null);
    await expect(element).to.be.accessible();
  });

  it('asks for a tenant when none is set', async () => {
    const element = await fixture<VfOrchActions>(html`<vf-orch-actions></vf-orch-actions>`);
    expect(element.shadowRoot!.textContent).to.contain('No tenant selected');
    expect(await element.deploy()).to.equal(false);
  });
});

let contractClient: OrchestrationClient | undefined;
before(async () => {
  const session = await createSimSession();
  contractClient = createOrchestrationClient({
    baseUrl: session.baseUrl,
    pollIntervals: { transitionalMs: 50 },
  });
});

runContractSuite({
  tag: 'vf-orch-actions',
  elementClass: VfOrchActions,
  render: () =>
    html`<vf-orch-actions tenant-id="acme" .client=${contractClient}></vf-orch-actions>`,
  ready: async (element) => {
    // Polled with aTimeout, not waitUntil: waitUntil leaves its own deadline timer running, which
    // the contract's leak check would count against the element.
    const button = () => element.shadowRoot?.querySelector('[part="deploy-button"]');
    for (let tries = 0; button()?.getAttribute('aria-disabled') !== 'false'; tries++) {
      if (tries > 200) throw new Error('status never loaded');
      await aTimeout(20);
    }
  },
  exercise: async (element) => {
    const settled = oneEvent(element, 'vf-deploy-settled');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="deploy-button"]')!.click();
    await settled;
  },
  expectEvents: ['vf-deploy-request', 'vf-deploy-accepted', 'vf-deploy-settled'],
});
