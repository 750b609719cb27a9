import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOrchestrationClient, type OrchestrationClient } from '../../src/client/index.js';
import '../../src/elements/orch-panel/define.js';
import '../../src/elements/orch-provider/define.js';
import { VfOrchPanel } from '../../src/elements/orch-panel/orch-panel.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession, type SimSession } from '../helpers/simulator.js';

const shadow = (el: Element) => el.shadowRoot!;
const tabs = (panel: VfOrchPanel) => [...shadow(panel).querySelectorAll<HTMLElement>('[role=tab]')];
const selected = (panel: VfOrchPanel) =>
  tabs(panel).find((tab) => tab.getAttribute('aria-selected') === 'true')!;
const section = (panel: VfOrchPanel) => shadow(panel).querySelector('[role=tabpanel]')!;

async function until(condition: () => unknown, message: string): Promise<void> {
  // Polls without open-wc's waitUntil, whose own timer the contract's leak check would count.
  for (let i = 0; i < 300; i++) {
    if (condition()) return;
    await aTimeout(10);
  }
  throw new Error(`timed out: ${message}`);
}

describe('<vf-orch-panel>', () => {
  let session: SimSession;
  let client: OrchestrationClient;
  beforeEach(async () => {
    session = await createSimSession();
    client = createOrchestrationClient({ baseUrl: session.baseUrl });
  });
  afterEach(() => session.end());

  it('shows the tenant, its live badge and the Status section with details', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="globex"></vf-orch-panel>`,
    );
    expect(shadow(panel).querySelector('h2')!.textContent).to.equal('Tenant globex');
    const badge = shadow(panel).querySelector('header vf-orch-status')!;
    await waitUntil(
      () => shadow(badge).querySelector('[part=badge]')?.textContent?.trim() === 'Ready',
    );
    const status = section(panel).querySelector('vf-orch-status')!;
    expect(status.hasAttribute('detailed')).to.equal(true);
    await waitUntil(() => shadow(status).querySelector('[part=pods]'), 'details shown');
  });

  it('makes one status request per tick for the badge and the open section together', async () => {
    await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="globex"></vf-orch-panel>`,
    );
    await waitUntil(async () => (await session.requests()).length > 0, 'first read');
    await aTimeout(150);
    const reads = (await session.requests()).filter((request) => /status$/.test(request.path));
    expect(reads.map((request) => request.path)).to.deep.equal([
      '/api/tenants/globex/orchestration/detailed_status',
    ]);
  });

  it('reads the config and the status once each for the whole Scaling tab', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="stark" tab="scaling"></vf-orch-panel>`,
    );
    const form = section(panel).querySelector('vf-autoscale-form')!;
    await waitUntil(() => shadow(form).querySelector('[part=current-cpu]'), 'form loaded', {
      timeout: 4000,
    });
    const paths = (await session.requests()).map((request) => `${request.method} ${request.path}`);
    expect(paths.sort()).to.deep.equal([
      'GET /api/tenants/stark/orchestration',
      'GET /api/tenants/stark/orchestration/detailed_status',
    ]);
  });

  it('renders only the open section, so closed ones make no requests', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="globex"></vf-orch-panel>`,
    );
    await aTimeout(100);
    const configReads = (await session.requests()).filter((r) => r.path.endsWith('/orchestration'));
    expect(configReads, 'no editor loaded the config').to.have.length(0);
    panel.tab = 'configuration';
    await panel.updateComplete;
    expect(section(panel).querySelector('vf-orch-config')).to.exist;
    expect(section(panel).querySelector('vf-orch-status')).to.equal(null);
  });

  it('follows the ARIA tabs pattern from the keyboard', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="globex"></vf-orch-panel>`,
    );
    const first = tabs(panel)[0]!;
    first.focus();
    expect(first.getAttribute('tabindex')).to.equal('0');
    expect(
      tabs(panel)
        .slice(1)
        .every((tab) => tab.getAttribute('tabindex') === '-1'),
    ).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await panel.updateComplete;
    expect(selected(panel).id).to.equal('tab-lifecycle');
    expect(shadow(panel).activeElement).to.equal(selected(panel));
    expect(section(panel).getAttribute('aria-labelledby')).to.equal('tab-lifecycle');
    expect(section(panel).querySelector('vf-orch-actions')).to.exist;
    await sendKeys({ press: 'End' });
    await panel.updateComplete;
    expect(selected(panel).id).to.equal('tab-configuration');
    await sendKeys({ press: 'ArrowRight' });
    await panel.updateComplete;
    expect(selected(panel).id).to.equal('tab-status');
    await sendKeys({ press: 'ArrowLeft' });
    await panel.updateComplete;
    expect(selected(panel).id).to.equal('tab-configuration');
    await sendKeys({ press: 'Home' });
    await panel.updateComplete;
    expect(selected(panel).id).to.equal('tab-status');
    expect(panel.tab).to.equal('status');
  });

  it('composes the scaling and resources sections for the same tenant', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel .client=${client} tenant-id="globex" tab="scaling"></vf-orch-panel>`,
    );
    expect(section(panel).querySelector('vf-scale-control')!.getAttribute('tenant-id')).to.equal(
      'globex',
    );
    expect(section(panel).querySelector('vf-autoscale-form')).to.exist;
    panel.tab = 'resources';
    await panel.updateComplete;
    expect(section(panel).querySelector('vf-resource-editor')).to.exist;
  });

  it('opens the Scaling tab from the configuration summary link', async () => {
    const panel = await fixture<VfOrchPanel>(
      html`<vf-orch-panel
        .client=${client}
        tenant-id="globex"
        tab="configuration"
      ></vf-orch-panel>`,
    );
    const config = section(panel).querySelector('vf-orch-config')!;
    await waitUntil(() => shadow(config).querySelector('a[href="#scaling"]'), 'summary links', {
      timeout: 4000,
    });
    shadow(config).querySelector<HTMLAnchorElement>('a[href="#scaling"]')!.click();
    await panel.updateComplete;
    expect(panel.tab).to.equal('scaling');
    expect(location.hash).to.equal('');
    expect(shadow(panel).activeElement).to.equal(selected(panel));
  });

  it('inherits the tenant from a provider and speaks Portuguese', async () => {
    const root = await fixture(
      html`<vf-orch-provider base-url=${session.baseUrl} tenant-id="acme">
        <vf-orch-panel lang="pt-BR"></vf-orch-panel>
      </vf-orch-provider>`,
    );
    const panel = root.querySelector('vf-orch-panel')!;
    await panel.updateComplete;
    expect(shadow(panel).querySelector('h2')!.textContent).to.equal('Tenant acme');
    expect(tabs(panel).map((tab) => tab.textContent!.trim())).to.deep.equal([
      'Status',
      'Ciclo de vida',
      'Escalonamento',
      'Recursos',
      'Configuração',
    ]);
    const badge = shadow(panel).querySelector('header vf-orch-status')!;
    await waitUntil(
      () => shadow(badge).querySelector('[part=badge]')?.textContent?.trim() === 'Pronto',
    );
  });
});

let contractBaseUrl = '';
before(async () => {
  contractBaseUrl = (await createSimSession()).baseUrl;
});

runContractSuite({
  tag: 'vf-orch-panel',
  elementClass: VfOrchPanel,
  render: () =>
    html`<vf-orch-provider base-url=${contractBaseUrl} tenant-id="globex">
      <vf-orch-panel></vf-orch-panel>
    </vf-orch-provider>`,
  ready: async (panel) => {
    const status = () => panel.shadowRoot!.querySelector('[role=tabpanel] vf-orch-status');
    await until(() => status()?.shadowRoot?.querySelector('[part=pods]'), 'status section loaded');
  },
  exercise: async (panel) => {
    // Open each section; the elements inside emit their own events, the panel none of its own.
    for (const tab of ['lifecycle', 'scaling', 'resources', 'configuration', 'status'] as const) {
      (panel as VfOrchPanel).tab = tab;
      await (panel as VfOrchPanel).updateComplete;
      await aTimeout(30);
    }
  },
});
