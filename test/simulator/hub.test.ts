/**
 * The hub's session and control routes over real HTTP, and the default instance the demo uses.
 */
import { expect } from '@open-wc/testing';
import { createSimSession, readWire, type SimSession } from '../helpers/simulator.js';

describe('simulator hub and control API', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession({ startTime: 1_700_000_000_000 });
  });

  afterEach(() => session.end());

  it('creates sessions with 201 { id, baseUrl } and ends them', async () => {
    const created = await fetch('/__sim/sessions', { method: 'POST', body: '{"seed":false}' });
    expect(created.status).to.equal(201);
    expect(created.headers.get('Content-Type')).to.equal('application/json');
    const { id, baseUrl } = await created.json();
    expect(baseUrl).to.equal(`/__sim/s/${id}`);
    expect((await fetch(`${baseUrl}/api/tenants/acme/orchestration/status`)).status).to.equal(500);
    expect((await fetch(baseUrl, { method: 'DELETE' })).status).to.equal(204);
    const gone = await fetch(`${baseUrl}/api/tenants/acme/orchestration`);
    expect(gone.status).to.equal(404);
    expect((await gone.json()).error).to.contain(id);
  });

  it('rejects invalid session options with 400 JSON', async () => {
    const answer = await fetch('/__sim/sessions', { method: 'POST', body: '{"clock":"sundial"}' });
    expect(answer.status).to.equal(400);
    expect((await answer.json()).error).to.contain('clock');
  });

  it('logs API requests (not control calls) with body, status, tenant and simulated time', async () => {
    await session.tenants();
    await session.api('globex', '/scale', { method: 'POST', body: '{"replicas":4}' });
    await session.advance(1000);
    await session.api('acme', '/status?x=1');
    const log = await session.requests();
    expect(log).to.deep.equal([
      {
        method: 'POST',
        path: '/api/tenants/globex/orchestration/scale',
        tenantId: 'globex',
        body: '{"replicas":4}',
        status: 202,
        time: 1_700_000_000_000,
        fault: null,
      },
      {
        method: 'GET',
        path: '/api/tenants/acme/orchestration/status?x=1',
        tenantId: 'acme',
        body: '',
        status: 200,
        time: 1_700_000_001_000,
        fault: null,
      },
    ]);
    await session.clearRequests();
    expect(await session.requests()).to.deep.equal([]);
  });

  it('advances a manual clock and reports it', async () => {
    expect(await session.now()).to.equal(1_700_000_000_000);
    expect(await session.advance(90_000)).to.equal(1_700_000_090_000);
    const invalid = await fetch(`${session.baseUrl}/control/advance`, {
      method: 'POST',
      body: '{"ms":-5}',
    });
    expect(invalid.status).to.equal(400);
  });

  it('resets to the seeded tenants, clearing faults and the log', async () => {
    await session.api('globex', '', { method: 'PUT', json: { mode: 'shared' } });
    await session.addFault({ kind: 'status', status: 500, path: '/nothing' });
    await session.reset();
    expect(await session.requests()).to.deep.equal([]);
    expect((await (await session.api('globex')).json()).mode).to.equal('dedicated');
    expect(await (await fetch(`${session.baseUrl}/control/faults`)).json()).to.deep.equal([]);
  });

  it('toggles the real server quirks: status endpoints always 500', async () => {
    await session.setQuirks(true);
    expect(await readWire(session.api('globex', '/status'))).to.include({
      status: 500,
      body: 'Failed to get deployment status\n',
    });
    expect(await readWire(session.api('globex', '/detailed_status'))).to.include({
      status: 500,
      body: 'Failed to get detailed deployment status\n',
    });
    expect(
      (await readWire(session.api('globex', '/scale', { method: 'POST', json: { replicas: 2 } })))
        .body,
    ).to.equal('Failed to scale tenant instance: deployment not found: redis: nil\n');
    expect((await session.api('globex')).status).to.equal(200);
    expect((await session.api('globex', '/deploy', { method: 'POST' })).status).to.equal(202);
    await session.setQuirks(false);
    expect((await (await session.api('globex', '/status')).json()).status).to.equal('updating');
  });

  it('creates sessions without seeds, with given tenants, quirks and speeds', async () => {
    const custom = await createSimSession({
      seed: false,
      quirks: false,
      speeds: { deploy: 100, replicaStep: 100 },
      tenants: { solo: { config: { mode: 'dedicated', min_replicas: 2 } } },
    });
    try {
      expect((await custom.tenants()).map((tenant) => tenant.id)).to.deep.equal(['solo']);
      await custom.api('solo', '/deploy', { method: 'POST' });
      await custom.advance(200);
      expect(await (await custom.api('solo', '/status')).json()).to.include({
        status: 'ready',
        ready_replicas: 2,
      });
    } finally {
      await custom.end();
    }
  });

  it('seeds, reads and removes a tenant through control/tenants', async () => {
    const summary = await session.setTenant('made', {
      config: { mode: 'dedicated', custom_domains: ['made.example'] },
    });
    expect(summary.config).to.include({ tenant_id: 'made', mode: 'dedicated' });
    expect(summary.status).to.equal(null);
    expect((await session.tenant('made')).config?.custom_domains).to.deep.equal(['made.example']);
    expect(
      (await fetch(`${session.baseUrl}/control/tenants/made`, { method: 'DELETE' })).status,
    ).to.equal(204);
    expect((await fetch(`${session.baseUrl}/control/tenants/made`)).status).to.equal(404);
  });

  it('answers unknown simulator routes with 404 JSON', async () => {
    expect((await fetch('/__sim/nowhere')).status).to.equal(404);
    expect((await fetch(`${session.baseUrl}/control/nowhere`)).status).to.equal(404);
    expect((await fetch('/__sim/s/no-such-session/control/tenants')).status).to.equal(404);
  });

  it('serves the seeded default instance at /api/tenants and /__sim/control', async () => {
    const config = await fetch('/api/tenants/globex/orchestration');
    expect(config.status).to.equal(200);
    expect((await config.json()).mode).to.equal('dedicated');
    const tenants = await (await fetch('/__sim/control/tenants')).json();
    expect(tenants.map((tenant: { id: string }) => tenant.id)).to.include('acme');
  });
});
