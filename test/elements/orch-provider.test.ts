import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createOrchestrationClient } from '../../src/client/index.js';
import { configureOrchestration } from '../../src/context/index.js';
import '../../src/elements/orch-provider/define.js';
import { VfOrchProvider } from '../../src/elements/orch-provider/orch-provider.js';
import { translate, defineMessages } from '../../src/internal/localize.js';
import { VfElement } from '../../src/internal/vf-element.js';
import { runContractSuite } from '../contract/contract-suite.js';
import { createSimSession } from '../helpers/simulator.js';

const probeMessages = defineMessages({
  en: { hello: (name: string) => `Hello ${name}` },
  'pt-BR': { hello: (name: string) => `Olá ${name}` },
});

/** A minimal element that shows what the base class resolved. */
class VfTestProbe extends VfElement {
  protected override render() {
    return translate(probeMessages, this.locale, 'hello', this.resolvedTenantId ?? '-');
  }
}
VfTestProbe.define('vf-test-probe');

describe('<vf-orch-provider> and VfElement', () => {
  it('resolves the client: own property, then provider, then page default', async () => {
    const own = createOrchestrationClient({ baseUrl: '/own' });
    const page = configureOrchestration({ baseUrl: '/page' });
    const root = await fixture<VfOrchProvider>(html`
      <vf-orch-provider base-url="/provided" tenant-id="acme">
        <vf-test-probe id="inherits"></vf-test-probe>
        <vf-test-probe id="own" .client=${own} tenant-id="globex"></vf-test-probe>
      </vf-orch-provider>
    `);
    const inherits = root.querySelector<VfTestProbe>('#inherits')!;
    const withOwn = root.querySelector<VfTestProbe>('#own')!;
    await inherits.updateComplete;
    expect(inherits.resolvedClient).to.equal(root.providedClient);
    expect(inherits.resolvedTenantId).to.equal('acme');
    expect(withOwn.resolvedClient).to.equal(own);
    expect(withOwn.resolvedTenantId).to.equal('globex');

    const alone = await fixture<VfTestProbe>(html`<vf-test-probe></vf-test-probe>`);
    expect(alone.resolvedClient).to.equal(page);
    expect(alone.resolvedTenantId).to.equal(undefined);
    configureOrchestration({ client: page, tenantId: 'page-tenant' });
    await alone.updateComplete;
    expect(alone.resolvedTenantId).to.equal('page-tenant');
    expect(alone.shadowRoot!.textContent).to.equal('Hello page-tenant');
    configureOrchestration({ client: page });
  });

  it('gives its client to elements that upgraded before it (context root)', async () => {
    const root = await fixture(
      html`<div>
        <vf-late-provider base-url="/late" tenant-id="late-tenant">
          <vf-test-probe></vf-test-probe>
        </vf-late-provider>
      </div>`,
    );
    const probe = root.querySelector<VfTestProbe>('vf-test-probe')!;
    expect(probe.resolvedTenantId).to.equal(undefined);
    class VfLateProvider extends VfOrchProvider {}
    VfLateProvider.define('vf-late-provider');
    const provider = root.querySelector('vf-late-provider') as VfLateProvider;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.resolvedTenantId).to.equal('late-tenant');
    expect(probe.resolvedClient).to.equal(provider.providedClient);
  });

  it('switches language from its own lang, an ancestor or the document', async () => {
    const root = await fixture(
      html`<div>
        <vf-test-probe id="own" lang="pt-BR" tenant-id="a"></vf-test-probe>
        <section lang="pt"><vf-test-probe id="ancestor" tenant-id="b"></vf-test-probe></section>
        <vf-test-probe id="page" tenant-id="c"></vf-test-probe>
      </div>`,
    );
    const text = (id: string) => root.querySelector(`#${id}`)!.shadowRoot!.textContent;
    expect(text('own')).to.equal('Olá a');
    expect(text('ancestor')).to.equal('Olá b');
    expect(text('page')).to.equal('Hello c');
    document.documentElement.lang = 'pt-BR';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await (root.querySelector('#page') as VfTestProbe).updateComplete;
      expect(text('page')).to.equal('Olá c');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('re-fires the client auth-required as vf-auth-required, once per wave', async () => {
    const session = await createSimSession({ auth: { token: 'secret' } });
    const provider = await fixture<VfOrchProvider>(
      html`<vf-orch-provider base-url=${session.baseUrl}></vf-orch-provider>`,
    );
    const fired: Event[] = [];
    provider.addEventListener('vf-auth-required', (event) => fired.push(event));
    const eventPromise = oneEvent(provider, 'vf-auth-required');
    const client = provider.providedClient;
    await Promise.allSettled([client.getConfig('acme'), client.getConfig('globex')]);
    const event = await eventPromise;
    expect(event.detail.status).to.equal(401);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(fired).to.have.length(1);
    await session.end();
  });
});

let sessionBaseUrl = '';
before(async () => {
  sessionBaseUrl = (await createSimSession()).baseUrl;
});

runContractSuite({
  tag: 'vf-orch-provider',
  elementClass: VfOrchProvider,
  render: () =>
    html`<vf-orch-provider base-url=${sessionBaseUrl} tenant-id="acme"
      ><p>Tenant console</p></vf-orch-provider
    >`,
});
