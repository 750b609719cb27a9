import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createOrchestrationClient,
  type OrchestrationClient,
  type OrchestrationClientOptions,
  type TenantOrchestratorConfig,
} from '../../src/client/index.js';
import '../../src/elements/orch-config/define.js';
import '../../src/elements/orch-provider/define.js';
import { VfOrchConfig } from '../../src/elements/orch-config/orch-config.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession } from '../helpers/simulator.js';

type Session = Awaited<ReturnType<typeof createSimSession>>;

interface Mounted {
  element: VfOrchConfig;
  client: OrchestrationClient;
  /** A part (or any selector) inside the shadow root. */
  part: <T extends HTMLElement = HTMLElement>(selector: string) => T;
}

let session: Session;

/** A client on this test's simulator session, with fast retries and polling. */
function testClient(
  baseUrl: string,
  options: Omit<OrchestrationClientOptions, 'baseUrl'> = {},
): OrchestrationClient {
  return createOrchestrationClient({ baseUrl, ...options });
}

beforeEach(async () => {
  session = await createSimSession();
});

afterEach(async () => {
  await session.end();
});

async function mount(tenantId: string, attributes: { lang?: string } = {}): Promise<Mounted> {
  const client = testClient(session.baseUrl, {
    retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
    pollIntervals: { transitionalMs: 50 },
  });
  const element = await fixture<VfOrchConfig>(
    html`<vf-orch-config
      tenant-id=${tenantId}
      lang=${attributes.lang ?? 'en'}
      .client=${client}
    ></vf-orch-config>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('[part="save-button"]'), 'form shown');
  const part = <T extends HTMLElement = HTMLElement>(selector: string): T => {
    const found = element.shadowRoot!.querySelector<T>(
      selector.includes('[') || selector.startsWith('#') || selector.startsWith('.')
        ? selector
        : `[part~="${selector}"]`,
    );
    if (!found) throw new Error(`${selector} not found`);
    return found;
  };
  return { element, client, part };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function leave(input: HTMLInputElement): void {
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function putBodies(): Promise<TenantOrchestratorConfig[]> {
  const log = await session.requests();
  return log
    .filter((request) => request.method === 'PUT' && request.path.endsWith('/orchestration'))
    .map((request) => JSON.parse(request.body) as TenantOrchestratorConfig);
}

async function configReads(): Promise<number> {
  const log = await session.requests();
  return log.filter(
    (request) => request.method === 'GET' && request.path.endsWith('/orchestration'),
  ).length;
}

function domainsShown(mounted: Mounted): string[] {
  return [...mounted.element.shadowRoot!.querySelectorAll('.domain-list li .mono')].map(
    (node) => node.textContent?.trim() ?? '',
  );
}

/** Waits until a save started by a click has finished (success or failure). */
async function saveSettled(mounted: Mounted): Promise<void> {
  await mounted.element.updateComplete;
  await waitUntil(
    () => mounted.part('.card').getAttribute('aria-busy') === 'false',
    'save finished',
    { timeout: 5000 },
  );
  await mounted.element.updateComplete;
}

function errorText(mounted: Mounted): string {
  return mounted.element.shadowRoot!.querySelector('.field-error')?.textContent?.trim() ?? '';
}

describe('<vf-orch-config>', () => {
  it('shows the stored mode, namespace placeholder, domains and the summary', async () => {
    const mounted = await mount('globex');
    const { part } = mounted;
    const dedicated = part<HTMLInputElement>('input[value="dedicated"]');
    expect(dedicated.checked).to.equal(true);
    expect(part<HTMLInputElement>('input[value="shared"]').checked).to.equal(false);
    expect(part<HTMLInputElement>('namespace-input').value).to.equal('veloflux-globex');
    expect(part<HTMLInputElement>('namespace-input').placeholder).to.equal('veloflux-globex');
    expect(domainsShown(mounted)).to.deep.equal(['globex.example.com', 'api.globex.example.com']);
    const summary = part('summary').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.include('Off');
    expect(summary).to.include('500m request · 1 limit');
    expect(summary).to.include('512Mi request · 1Gi limit');
    // Plain text until the host gives the editors an address.
    expect(part('summary').querySelector('a')).to.equal(null);
    expect(part('save-button').getAttribute('aria-disabled')).to.equal('true');
    expect(mounted.element.dirty).to.equal(false);
  });

  it('renders the default config of a tenant that stored none (target 0, custom_domains null)', async () => {
    const mounted = await mount('brand-new-tenant');
    const { part, element } = mounted;
    expect(element.config?.custom_domains).to.equal(null);
    expect(element.config?.target_cpu_utilization).to.equal(0);
    expect(part<HTMLInputElement>('input[value="shared"]').checked).to.equal(true);
    expect(part<HTMLInputElement>('namespace-input').value).to.equal('');
    expect(part<HTMLInputElement>('namespace-input').placeholder).to.equal(
      'veloflux-brand-new-tenant',
    );
    expect(domainsShown(mounted)).to.deep.equal([]);
    expect(part('domains').textContent).to.include('No custom domains.');
    expect(part('summary').textContent!.replace(/\s+/g, ' ')).to.include(
      '100m request · 200m limit',
    );
  });

  it('shows target 0 as 70 % and links the summary to the editors when asked', async () => {
    await session.setTenant('hpa-default', {
      config: {
        mode: 'dedicated',
        autoscaling_enabled: true,
        min_replicas: 2,
        max_replicas: 5,
        target_cpu_utilization: 0,
      },
    });
    const mounted = await mount('hpa-default');
    mounted.element.autoscaleHref = '#scaling';
    mounted.element.resourcesHref = '#resources';
    await mounted.element.updateComplete;
    const summary = mounted.part('summary');
    expect(summary.textContent!.replace(/\s+/g, ' ')).to.include(
      'On · 2–5 replicas · target 70% CPU',
    );
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#scaling', '#resources']);
  });

  it('refuses invalid namespaces with a message on the field and sends nothing', async () => {
    const mounted = await mount('acme');
    const { part } = mounted;
    const input = part<HTMLInputElement>('namespace-input');
    const cases: [string, string][] = [
      ['Acme-Prod', 'Use lowercase letters only.'],
      ['-acme', 'Start and end the namespace with a letter or a digit.'],
      ['acme-', 'Start and end the namespace with a letter or a digit.'],
      ['a'.repeat(64), 'at most 63 characters (this one has 64)'],
      ['acme_prod', '“_” is not allowed'],
    ];
    const readsBefore = await configReads();
    for (const [value, message] of cases) {
      type(input, value);
      leave(input);
      await mounted.element.updateComplete;
      expect(errorText(mounted), value).to.include(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('namespace-error');
      part('save-button').click();
      await mounted.element.updateComplete;
      expect(mounted.element.shadowRoot!.activeElement, 'focus on the bad field').to.equal(input);
    }
    // 63 characters is fine.
    type(input, 'a'.repeat(63));
    await mounted.element.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(await putBodies()).to.deep.equal([]);
    expect(await configReads(), 'not even the pre-save read').to.equal(readsBefore);
  });

  it('refuses empty, invalid and duplicate domains (in any case) and sends nothing', async () => {
    const mounted = await mount('acme');
    const { part } = mounted;
    const input = part<HTMLInputElement>('domain-input');
    const add = part('add-domain-button');
    const cases: [string, string][] = [
      ['', 'Type a domain name first.'],
      ['   ', 'Type a domain name first.'],
      ['not a host', 'is not a valid host name'],
      ['-bad.example.com', 'is not a valid host name'],
      ['nodot', 'is not a valid host name'],
      ['10.0.0.1', 'is not a valid host name'],
      ['https://shop.example.com/', 'without https://'],
      ['ACME.Example.com', 'acme.example.com is already in the list.'],
    ];
    for (const [value, message] of cases) {
      type(input, value);
      add.click();
      await mounted.element.updateComplete;
      expect(errorText(mounted), JSON.stringify(value)).to.include(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('domain-error');
    }
    expect(domainsShown(mounted)).to.deep.equal(['acme.example.com', 'www.acme.example.com']);
    expect(mounted.element.dirty).to.equal(false);
    // Typing clears the message; a wildcard host is accepted and stored lowercase.
    type(input, '*.Shop.Example.com');
    await mounted.element.updateComplete;
    expect(errorText(mounted)).to.equal('');
    add.click();
    await mounted.element.updateComplete;
    expect(domainsShown(mounted)).to.include('*.shop.example.com');
    expect(input.value).to.equal('');
    expect(await putBodies()).to.deep.equal([]);
  });

  it('does not save while a typed domain has not been added', async () => {
    const mounted = await mount('acme');
    const { part } = mounted;
    mounted.element.shadowRoot!.querySelector<HTMLElement>('.domain-list .remove')!.click();
    type(part<HTMLInputElement>('domain-input'), 'forgotten.example.com');
    await mounted.element.updateComplete;
    part('save-button').click();
    await mounted.element.updateComplete;
    expect(errorText(mounted)).to.include('Press Add to include this domain');
    expect(await putBodies()).to.deep.equal([]);
  });

  it('saves: reads, PUTs the full object, re-reads and shows what the server stored', async () => {
    // Stored autoscaling 3/3 with target 0: the PUT's defaults turn it into 3/6 at 70 % (§1.2).
    await session.setTenant('roundtrip', {
      config: {
        mode: 'dedicated',
        autoscaling_enabled: true,
        min_replicas: 3,
        max_replicas: 3,
        target_cpu_utilization: 0,
        custom_domains: null,
        resource_limits: {
          cpu_request: '250m',
          cpu_limit: '1',
          memory_request: '1Gi',
          memory_limit: '2Gi',
        },
      },
    });
    const mounted = await mount('roundtrip');
    const { part, element } = mounted;
    expect(part('summary').textContent).to.include('3–3 replicas');
    type(part<HTMLInputElement>('namespace-input'), '  team-roundtrip ');
    type(part<HTMLInputElement>('domain-input'), 'Shop.Example.com');
    part('add-domain-button').click();
    await element.updateComplete;
    expect(element.dirty).to.equal(true);
    expect(part('.unsaved').textContent).to.include('Unsaved changes');
    const requested = oneEvent(element, 'vf-config-request');
    const saved = oneEvent(element, 'vf-config-saved');
    part('save-button').click();
    const request = await requested;
    const event = await saved;
    await saveSettled(mounted);

    const [body] = await putBodies();
    expect(request.detail.config).to.deep.equal(body);
    expect(body).to.deep.equal({
      tenant_id: 'roundtrip',
      mode: 'dedicated',
      dedicated_namespace: 'team-roundtrip',
      resource_limits: {
        cpu_request: '250m',
        cpu_limit: '1',
        memory_request: '1Gi',
        memory_limit: '2Gi',
      },
      autoscaling_enabled: true,
      min_replicas: 3,
      max_replicas: 3,
      target_cpu_utilization: 0,
      custom_domains: ['shop.example.com'],
    });
    // The re-read is what the event carries and what is shown.
    expect(event.detail.tenantId).to.equal('roundtrip');
    expect(event.detail.config.max_replicas).to.equal(6);
    expect(event.detail.config.target_cpu_utilization).to.equal(70);
    expect(event.detail.config.dedicated_namespace).to.equal('team-roundtrip');
    expect(part('summary').textContent!.replace(/\s+/g, ' ')).to.include(
      'On · 3–6 replicas · target 70% CPU',
    );
    expect(part<HTMLInputElement>('namespace-input').value).to.equal('team-roundtrip');
    expect(domainsShown(mounted)).to.deep.equal(['shop.example.com']);
    expect(element.dirty).to.equal(false);
    expect(part('.notice.success').textContent).to.include('Saved.');
    // Read before the PUT (GET → modify → PUT) and after it.
    const log = (await session.requests()).map((r) => `${r.method} ${r.path}`);
    const put = log.findIndex((line) => line.startsWith('PUT'));
    expect(
      log.slice(0, put).some((line) => line.startsWith('GET') && line.endsWith('/orchestration')),
    ).to.equal(true);
    expect(
      log.slice(put + 1).some((line) => line.startsWith('GET') && line.endsWith('/orchestration')),
    ).to.equal(true);
  });

  it('never loses fields it does not edit, even when another editor changed them meanwhile', async () => {
    const mounted = await mount('stark');
    const { part, element, client } = mounted;
    // Another editor (the autoscale form of the same panel) saves after this element loaded.
    await client.setAutoscaling('stark', {
      enabled: true,
      min_replicas: 4,
      max_replicas: 9,
      target_cpu_utilization: 55,
    });
    type(part<HTMLInputElement>('domain-input'), 'jarvis.example.com');
    part('add-domain-button').click();
    await element.updateComplete;
    const saved = oneEvent(element, 'vf-config-saved');
    part('save-button').click();
    await saved;
    await saveSettled(mounted);
    const [body] = await putBodies();
    expect(body).to.deep.equal({
      tenant_id: 'stark',
      mode: 'dedicated',
      dedicated_namespace: 'veloflux-stark',
      resource_limits: {
        cpu_request: '250m',
        cpu_limit: '500m',
        memory_request: '256Mi',
        memory_limit: '512Mi',
      },
      autoscaling_enabled: true,
      min_replicas: 4,
      max_replicas: 9,
      target_cpu_utilization: 55,
      custom_domains: ['stark.example.com', 'jarvis.example.com'],
    });
    expect(part('summary').textContent!.replace(/\s+/g, ' ')).to.include('4–9 replicas');
  });

  it('omits an empty namespace and sends an empty domain list as []', async () => {
    const mounted = await mount('globex');
    const { part, element } = mounted;
    type(part<HTMLInputElement>('namespace-input'), '');
    for (let i = 0; i < 2; i++) {
      element.shadowRoot!.querySelector<HTMLElement>('.domain-list .remove')!.click();
      await element.updateComplete;
    }
    expect(domainsShown(mounted)).to.deep.equal([]);
    const saved = oneEvent(element, 'vf-config-saved');
    part('save-button').click();
    await saved;
    const [body] = await putBodies();
    expect(body).not.to.have.property('dedicated_namespace');
    expect(body.custom_domains).to.deep.equal([]);
    expect(body.min_replicas).to.equal(3);
    expect(body.resource_limits.cpu_limit).to.equal('1');
  });

  it('keeps the edits after a failed save (500), re-reads and reports vf-error', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    await session.addFault({
      method: 'PUT',
      path: '/orchestration',
      kind: 'status',
      status: 500,
      body: 'Failed to save config\n',
      times: 1,
    });
    type(part<HTMLInputElement>('domain-input'), 'new.acme.example.com');
    part('add-domain-button').click();
    await element.updateComplete;
    const failed = oneEvent(element, 'vf-error');
    part('save-button').click();
    const error = await failed;
    await saveSettled(mounted);
    expect(error.detail.operation).to.equal('setConfig');
    expect(error.detail.error.status).to.equal(500);
    expect(domainsShown(mounted)).to.include('new.acme.example.com');
    expect(element.dirty).to.equal(true);
    const block = part('error');
    expect(block.getAttribute('role')).to.equal('alert');
    expect(block.textContent).to.include('Failed to save config');
    expect(part('.card').textContent).to.include('Your changes are kept');
    const log = (await session.requests()).map((r) => `${r.method} ${r.path}`);
    const put = log.findIndex((line) => line.startsWith('PUT'));
    expect(
      log.slice(put + 1).some((line) => line.startsWith('GET') && line.endsWith('/orchestration')),
      're-read',
    ).to.equal(true);
    // Saving again works with the kept draft.
    const saved = oneEvent(element, 'vf-config-saved');
    part('save-button').click();
    await saved;
    await saveSettled(mounted);
    expect(element.config?.custom_domains).to.include('new.acme.example.com');
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('shows that a 500 still stored the value once the re-read says so (quirk 4)', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    await session.addFault({
      method: 'PUT',
      path: '/orchestration',
      kind: 'status',
      status: 500,
      applyFirst: true,
      times: 1,
    });
    type(part<HTMLInputElement>('namespace-input'), 'acme-ns');
    part('save-button').click();
    await oneEvent(element, 'vf-error');
    await saveSettled(mounted);
    await waitUntil(() => element.config?.dedicated_namespace === 'acme-ns', 're-read');
    await element.updateComplete;
    expect(element.dirty).to.equal(false);
    expect(part('.notice.success').textContent).to.include('your changes were stored');
  });

  it('says the outcome is unknown after a dropped connection, and re-reads', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    await session.addFault({ method: 'PUT', path: '/orchestration', kind: 'drop', times: 1 });
    type(part<HTMLInputElement>('namespace-input'), 'acme-dropped');
    const failed = oneEvent(element, 'vf-error');
    part('save-button').click();
    const error = await failed;
    await saveSettled(mounted);
    expect(error.detail.error.code).to.equal('network');
    expect(error.detail.error.stateUnknown).to.equal(true);
    expect(part('error').textContent).to.include('its outcome is unknown');
    expect(part('error').textContent).to.include('configuration save');
    const log = (await session.requests()).map((r) => `${r.method} ${r.path}`);
    const put = log.findIndex((line) => line.startsWith('PUT'));
    expect(put).to.be.greaterThan(-1);
    expect(
      log.slice(put + 1).some((line) => line.startsWith('GET') && line.endsWith('/orchestration')),
    ).to.equal(true);
    expect(part<HTMLInputElement>('namespace-input').value).to.equal('acme-dropped');
  });

  it('sends nothing when vf-config-request is cancelled', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    element.addEventListener('vf-config-request', (event) => event.preventDefault(), {
      once: true,
    });
    type(part<HTMLInputElement>('namespace-input'), 'acme-approved');
    const requested = oneEvent(element, 'vf-config-request');
    part('save-button').click();
    const request = await requested;
    expect(request.cancelable).to.equal(true);
    expect(request.detail.config.dedicated_namespace).to.equal('acme-approved');
    expect(request.detail.config.custom_domains).to.deep.equal([
      'acme.example.com',
      'www.acme.example.com',
    ]);
    await saveSettled(mounted);
    expect(await putBodies()).to.deep.equal([]);
    expect(element.dirty).to.equal(true);
  });

  it('sends one PUT for a double click', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    await session.addFault({
      method: 'PUT',
      path: '/orchestration',
      kind: 'latency',
      latencyMs: 150,
      times: 1,
    });
    type(part<HTMLInputElement>('namespace-input'), 'acme-once');
    await element.updateComplete;
    const saved = oneEvent(element, 'vf-config-saved');
    part('save-button').click();
    part('save-button').click();
    await element.updateComplete;
    part('save-button').click();
    expect(part('save-button').getAttribute('aria-disabled')).to.equal('true');
    await saved;
    await saveSettled(mounted);
    expect(await putBodies()).to.have.length(1);
  });

  describe('dedicated → shared warning', () => {
    async function switchToShared(): Promise<Mounted & { dialog: HTMLDialogElement }> {
      const mounted = await mount('globex');
      mounted.part<HTMLInputElement>('input[value="shared"]').click();
      await mounted.element.updateComplete;
      const save = mounted.part('save-button');
      save.focus();
      save.click();
      const dialog = mounted.part<HTMLDialogElement>('dialog');
      await waitUntil(() => dialog.open, 'dialog open');
      return { ...mounted, dialog };
    }

    it('is an accessible modal that explains the removal; confirm sends one PUT', async () => {
      const mounted = await switchToShared();
      const { dialog, element } = mounted;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
      expect(dialog.textContent).to.include('removes its dedicated instance');
      expect(dialog.textContent).to.include('veloflux-globex');
      expect(
        element.shadowRoot!.activeElement?.classList.contains('cancel'),
        'safe default',
      ).to.equal(true);
      await expect(element).to.be.accessible();
      expect(await putBodies(), 'nothing before the answer').to.deep.equal([]);
      const saved = oneEvent(element, 'vf-config-saved');
      dialog.querySelector<HTMLElement>('.confirm')!.click();
      await saved;
      await saveSettled(mounted);
      const bodies = await putBodies();
      expect(bodies).to.have.length(1);
      expect(bodies[0]!.mode).to.equal('shared');
      expect(bodies[0]!.custom_domains).to.deep.equal([
        'globex.example.com',
        'api.globex.example.com',
      ]);
      expect(dialog.open).to.equal(false);
    });

    it('Cancel sends nothing and keeps the choice', async () => {
      const mounted = await switchToShared();
      mounted.dialog.querySelector<HTMLElement>('.cancel')!.click();
      await saveSettled(mounted);
      expect(mounted.dialog.open).to.equal(false);
      expect(await putBodies()).to.deep.equal([]);
      expect(mounted.element.dirty).to.equal(true);
      expect(mounted.element.shadowRoot!.activeElement).to.equal(mounted.part('save-button'));
    });

    it('Escape cancels, sends nothing and restores focus', async () => {
      const mounted = await switchToShared();
      await sendKeys({ press: 'Escape' });
      await saveSettled(mounted);
      expect(mounted.dialog.open).to.equal(false);
      expect(await putBodies()).to.deep.equal([]);
      expect(mounted.element.shadowRoot!.activeElement).to.equal(mounted.part('save-button'));
    });
  });

  it('works with the keyboard alone: arrows pick the mode, Enter adds a domain, Enter saves', async () => {
    const mounted = await mount('soylent');
    const { part, element } = mounted;
    const shared = part<HTMLInputElement>('input[value="shared"]');
    shared.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(part<HTMLInputElement>('input[value="dedicated"]').checked).to.equal(true);
    expect(element.dirty).to.equal(true);
    const active = () => element.shadowRoot!.activeElement;
    for (let i = 0; i < 8 && active() !== part('domain-input'); i++)
      await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(part('domain-input'));
    await sendKeys({ type: 'store.soylent.example.org' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(domainsShown(mounted)).to.deep.equal([
      'soylent.example.org',
      'store.soylent.example.org',
    ]);
    expect(active()).to.equal(part('domain-input'));
    for (let i = 0; i < 8 && active() !== part('save-button'); i++)
      await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(part('save-button'));
    const saved = oneEvent(element, 'vf-config-saved');
    await sendKeys({ press: 'Enter' });
    await saved;
    const [body] = await putBodies();
    expect(body!.mode).to.equal('dedicated');
    expect(body!.custom_domains).to.deep.equal([
      'soylent.example.org',
      'store.soylent.example.org',
    ]);
  });

  it('moves focus to the next Remove button after a removal', async () => {
    const mounted = await mount('globex');
    const buttons = () => [
      ...mounted.element.shadowRoot!.querySelectorAll<HTMLElement>('.domain-list .remove'),
    ];
    buttons()[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await mounted.element.updateComplete;
    await mounted.element.updateComplete;
    expect(domainsShown(mounted)).to.deep.equal(['api.globex.example.com']);
    expect(mounted.element.shadowRoot!.activeElement).to.equal(buttons()[0]);
    expect(mounted.part('[role="status"].visually-hidden').textContent).to.include(
      'globex.example.com removed.',
    );
  });

  it('Reset drops the edits', async () => {
    const mounted = await mount('acme');
    const { part, element } = mounted;
    type(part<HTMLInputElement>('namespace-input'), 'Bad-Name');
    leave(part<HTMLInputElement>('namespace-input'));
    await element.updateComplete;
    part('reset-button').click();
    await element.updateComplete;
    expect(part<HTMLInputElement>('namespace-input').value).to.equal('');
    expect(errorText(mounted)).to.equal('');
    expect(element.dirty).to.equal(false);
  });

  it('speaks Brazilian Portuguese', async () => {
    const mounted = await mount('acme', { lang: 'pt-BR' });
    const text = mounted.element.shadowRoot!.textContent!;
    expect(text).to.include('Modo de implantação');
    expect(text).to.include('Compartilhado');
    expect(text).to.include('Domínios personalizados');
    expect(mounted.part('save-button').textContent).to.include('Salvar');
    type(mounted.part<HTMLInputElement>('namespace-input'), 'ACME');
    leave(mounted.part<HTMLInputElement>('namespace-input'));
    await mounted.element.updateComplete;
    expect(errorText(mounted)).to.equal('Use apenas letras minúsculas.');
  });

  it('shows a load failure with Retry and reports vf-error', async () => {
    await session.addFault({
      method: 'GET',
      path: '/orchestration',
      kind: 'status',
      status: 500,
      body: 'Failed to get config\n',
      times: 1,
    });
    const client = testClient(session.baseUrl, {
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const failed = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('vf-error', (event) => resolve(event), { once: true }),
    );
    const element = await fixture<VfOrchConfig>(
      html`<vf-orch-config tenant-id="acme" .client=${client}></vf-orch-config>`,
    );
    const error = await failed;
    expect(error.detail.operation).to.equal('getConfig');
    await element.updateComplete;
    const retry = element.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]')!;
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include(
      'Failed to get config',
    );
    retry.click();
    await waitUntil(
      () => element.shadowRoot!.querySelector('[part="save-button"]'),
      'loaded after retry',
    );
  });

  it('passes axe with errors shown', async () => {
    const mounted = await mount('globex');
    type(mounted.part<HTMLInputElement>('namespace-input'), '-x');
    leave(mounted.part<HTMLInputElement>('namespace-input'));
    mounted.part('add-domain-button').click();
    await mounted.element.updateComplete;
    await expect(mounted.element).to.be.accessible();
  });
});

let contractBaseUrl = '';
let contractRun = 0;
before(async () => {
  contractBaseUrl = (await createSimSession()).baseUrl;
});

runContractSuite({
  tag: 'vf-orch-config',
  elementClass: VfOrchConfig,
  render: () =>
    html`<vf-orch-provider base-url=${contractBaseUrl} tenant-id="globex"
      ><vf-orch-config></vf-orch-config
    ></vf-orch-provider>`,
  // Not waitUntil: its overall timeout timer outlives success and the leak check would count it.
  ready: async (element) => {
    for (let i = 0; i < 200 && !element.shadowRoot!.querySelector('[part="save-button"]'); i++) {
      await aTimeout(10);
    }
  },
  exercise: async (element) => {
    const root = element.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('[part="domain-input"]')!;
    contractRun += 1;
    type(input, `contract-${contractRun}.example.com`);
    root.querySelector<HTMLElement>('[part="add-domain-button"]')!.click();
    await (element as VfOrchConfig).updateComplete;
    const saved = oneEvent(element, 'vf-config-saved');
    root.querySelector<HTMLElement>('[part="save-button"]')!.click();
    await saved;
    await (element as VfOrchConfig).updateComplete;
  },
  expectEvents: ['vf-config-request', 'vf-config-saved'],
});
