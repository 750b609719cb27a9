import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOrchestrationClient, type OrchestrationClient } from '../../src/client/index.js';
import '../../src/elements/orch-provider/define.js';
import '../../src/elements/orch-status/define.js';
import { VfOrchStatus } from '../../src/elements/orch-status/orch-status.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { trackLeaks } from '../contract/leak-tracker.js';
import { createSimSession, type SimSession } from '../helpers/simulator.js';

function fastClient(session: SimSession): OrchestrationClient {
  return createOrchestrationClient({
    baseUrl: session.baseUrl,
    pollIntervals: { transitionalMs: 40 },
    retry: { attempts: 1 },
    timeoutMs: 1500,
  });
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(client: OrchestrationClient, tenantId: string, extra = html``) {
  const el = await fixture<VfOrchStatus>(
    html`<vf-orch-status .client=${client} tenant-id=${tenantId}>${extra}</vf-orch-status>`,
  );
  await waitUntil(() => !shadow(el).querySelector('[aria-busy]'), 'status loaded', {
    timeout: 4000,
  });
  return el;
}

describe('<vf-orch-status>', () => {
  let session: SimSession;
  let client: OrchestrationClient;
  beforeEach(async () => {
    session = await createSimSession();
    client = fastClient(session);
  });
  afterEach(() => session.end());

  const STATUSES: Array<[string, string, string]> = [
    ['deploying', 'Deploying', 'info'],
    ['updating', 'Updating', 'info'],
    ['ready', 'Ready', 'success'],
    ['scaling', 'Scaling', 'info'],
    ['draining', 'Draining', 'warning'],
    ['removing', 'Removing', 'warning'],
    ['removed', 'Removed', 'neutral'],
    ['error', 'Error', 'danger'],
    ['running', 'Running', 'success'],
    ['pending', 'Pending', 'info'],
    ['failed', 'Failed', 'danger'],
    ['stopped', 'Stopped', 'neutral'],
    ['hibernating', 'hibernating', 'neutral'],
  ];
  it('renders every status string with its label and tone, unknown ones raw and neutral', async () => {
    for (const [status] of STATUSES) {
      await session.setTenant(`t-${status}`, {
        config: { mode: 'dedicated' },
        status: { status, replicas: 2, ready_replicas: 1 },
        stuck: true,
      });
    }
    for (const [status, label, tone] of STATUSES) {
      const el = await mount(client, `t-${status}`);
      const badge = shadow(el).querySelector('[part=badge]')!;
      expect(badge.textContent!.trim(), status).to.equal(label);
      expect(badge.getAttribute('data-tone'), status).to.equal(tone);
    }
  });

  it('shows mode, namespace, version, replicas, message and a localized label in pt-BR', async () => {
    const el = await mount(client, 'globex');
    expect(text(el, '[part=badge]')).to.equal('Ready');
    const summary = text(el, '[part=summary]');
    expect(summary).to.contain('Dedicated').and.contain('veloflux-globex').and.contain('3/3');
    expect(shadow(el).querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).to.equal(
      '3',
    );
    el.lang = 'pt-BR';
    await el.updateComplete;
    expect(text(el, '[part=badge]')).to.equal('Pronto');
    expect(text(el, '[part=summary]')).to.contain('Dedicado').and.contain('Réplicas');
  });

  it('treats a never-deployed tenant (500) as "Not deployed", not as an error', async () => {
    const errors: Event[] = [];
    const el = await mount(client, 'hooli');
    el.addEventListener('vf-error', (event) => errors.push(event));
    expect(shadow(el).querySelector('[data-state=notDeployed]')).to.exist;
    expect(text(el, '[part=badge]')).to.equal('Not deployed');
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
    expect(errors).to.have.length(0);
  });

  it('says "Orchestration not available" on 404 page not found and stops polling', async () => {
    await session.addFault({ kind: 'status', status: 404, body: '404 page not found' });
    const el = await mount(client, 'globex');
    expect(text(el, '[part=badge]')).to.equal('Orchestration not available');
    const before = (await session.requests()).length;
    await aTimeout(200);
    expect((await session.requests()).length).to.equal(before);
  });

  it('shows the zero time as "—" and a message from the server as text', async () => {
    await session.setTenant('xss', {
      config: { mode: 'dedicated' },
      status: {
        status: 'error',
        message: '<img src=x onerror="window.__pwned=1">',
        last_updated: '0001-01-01T00:00:00Z',
      },
    });
    const el = await mount(client, 'xss');
    expect(text(el, '[part=message]')).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('time')!.textContent!.trim()).to.equal('—');
  });

  it('renders an error with details and recovers with Retry when the fault is lifted', async () => {
    await session.addFault({ kind: 'status', status: 503, body: 'upstream connect error' });
    const errorEvent = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('vf-error', (event) => resolve(event), { once: true }),
    );
    const el = await mount(client, 'globex');
    const { detail } = await errorEvent;
    expect(detail.error.code).to.equal('unavailable');
    expect(detail.operation).to.equal('status');
    expect(text(el, '[role=alert]')).to.contain('temporarily unavailable');
    expect(text(el, 'pre.details')).to.contain('upstream connect error');
    await session.clearFaults();
    shadow(el).querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(() => text(el, '[part=badge]') === 'Ready', 'recovered');
  });

  it('fires vf-status-change on changes only, as a deploy moves through deploying to ready', async () => {
    const el = await mount(client, 'hooli');
    const seen: string[] = [];
    el.addEventListener('vf-status-change', (event) =>
      seen.push(`${event.detail.previous}->${event.detail.status}`),
    );
    await client.deploy('hooli');
    await waitUntil(() => text(el, '[part=badge]') === 'Deploying', 'deploying shown');
    await session.advance(60_000);
    const change = oneEvent(el, 'vf-status-change');
    el.refresh();
    await change;
    await waitUntil(() => text(el, '[part=badge]') === 'Ready', 'ready shown');
    expect(seen).to.deep.equal(['deploying->ready']);
  });

  it('makes one request per tick for twenty elements on one tenant', async () => {
    await fixture(
      html`<div>
        ${Array.from({ length: 20 }, () => html`<vf-orch-status .client=${client} tenant-id="globex"></vf-orch-status>`)}
      </div>`,
    );
    await waitUntil(async () => (await session.requests()).length > 0, 'first read');
    await aTimeout(100);
    const reads = (await session.requests()).filter((request) => request.path.endsWith('/status'));
    expect(reads).to.have.length(1);
  });

  it('shows conditions, events, pods and meters in detailed mode, with empty states', async () => {
    const detailed = await fixture<VfOrchStatus>(
      html`<vf-orch-status detailed .client=${client} tenant-id="globex"></vf-orch-status>`,
    );
    await waitUntil(() => shadow(detailed).querySelector('[part=pods] tbody'), 'pods table');
    expect(shadow(detailed).querySelectorAll('[part=pods] tbody tr')).to.have.length(3);
    expect(shadow(detailed).querySelectorAll('[part=events] tbody tr').length).to.be.greaterThan(0);
    expect(shadow(detailed).querySelector('[part=cpu-meter] [role=meter]')).to.exist;
    const empty = await fixture<VfOrchStatus>(
      html`<vf-orch-status detailed .client=${client} tenant-id="acme"></vf-orch-status>`,
    );
    await waitUntil(() => shadow(empty).querySelector('[part=pods]'), 'sections');
    expect(text(empty, '[part=pods]')).to.contain('No pods.');
  });

  it('shows only the badge when compact', async () => {
    const el = await fixture<VfOrchStatus>(
      html`<vf-orch-status compact .client=${client} tenant-id="globex"></vf-orch-status>`,
    );
    await waitUntil(() => text(el, '[part=badge]') === 'Ready', 'badge');
    expect(shadow(el).querySelector('[part=summary]')).to.equal(null);
    expect(shadow(el).querySelector('[role=status]')!.getAttribute('aria-label')).to.equal(
      'Deployment status: Ready',
    );
  });

  it('refreshes from the keyboard', async () => {
    const el = await mount(client, 'globex');
    await session.clearRequests();
    shadow(el).querySelector<HTMLButtonElement>('[part=refresh-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await session.requests()).length === 1, 'refreshed');
  });

  it('leaves no ticker behind when removed while an update is pending', async () => {
    const tracker = trackLeaks();
    let report;
    try {
      const el = document.createElement('vf-orch-status');
      el.client = client;
      el.tenantId = 'globex';
      document.body.append(el);
      await el.updateComplete;
      el.interval = 20; // an update is pending when the element leaves
      el.remove();
      await el.updateComplete;
      await aTimeout(20);
    } finally {
      report = tracker.stop();
    }
    expect(report.intervals, 'intervals left').to.equal(0);
  });

  it('asks for a tenant when none is set', async () => {
    const el = await fixture<VfOrchStatus>(
      html`<vf-orch-status .client=${client}></vf-orch-status>`,
    );
    expect(shadow(el).textContent).to.contain('No tenant selected');
  });
});

let contractSession: SimSession;
before(async () => {
  contractSession = await createSimSession();
});

runContractSuite({
  tag: 'vf-orch-status',
  elementClass: VfOrchStatus,
  render: () =>
    html`<vf-orch-provider base-url=${contractSession.baseUrl}>
      <vf-orch-status tenant-id="umbrella" detailed></vf-orch-status>
    </vf-orch-provider>`,
  ready: (element) =>
    waitUntil(() => element.shadowRoot!.querySelector('[data-status]'), 'status shown', {
      timeout: 4000,
    }),
  exercise: async (element) => {
    const change = oneEvent(element, 'vf-status-change');
    const current = (element as VfOrchStatus).current?.status;
    const next = current === 'ready' ? 'updating' : 'ready';
    await contractSession.setTenant('umbrella', {
      status: { status: next, replicas: 2, ready_replicas: 2 },
    });
    (element as VfOrchStatus).refresh();
    await change;
  },
  expectEvents: ['vf-status-change'],
});
