/**
 * Fault injection over real HTTP: every kind, matching rules, `times`, `applyFirst`.
 */
import { expect } from '@open-wc/testing';
import { createSimSession, readWire, type SimSession } from '../helpers/simulator.js';

async function rejection(request: Promise<Response>): Promise<unknown> {
  try {
    await request;
  } catch (error) {
    return error;
  }
  return null;
}

describe('simulator faults', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession();
  });

  afterEach(() => session.end());

  it('status: exact status, body and content type', async () => {
    await session.addFault({
      kind: 'status',
      status: 503,
      body: 'upstream down',
      contentType: 'text/html',
      path: '/status',
    });
    expect(await readWire(session.api('acme', '/status'))).to.deep.equal({
      status: 503,
      contentType: 'text/html',
      nosniff: false,
      body: 'upstream down',
    });
  });

  it('status: defaults to a Go-like text 500, and contentType null sends none', async () => {
    const fault = await session.addFault({ kind: 'status', tenantId: 'acme' });
    expect(await readWire(session.api('acme', '/status'))).to.include({
      status: 500,
      contentType: 'text/plain; charset=utf-8',
      body: 'Internal Server Error\n',
    });
    await session.clearFaults();
    await session.addFault({ kind: 'status', status: 502, body: 'x', contentType: null });
    expect((await readWire(session.api('acme'))).contentType).to.equal(null);
    expect(fault.id).to.be.a('string');
  });

  it('times: affects only that many matching requests', async () => {
    await session.addFault({ kind: 'status', status: 500, path: '/status', times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1)
      statuses.push((await session.api('acme', '/status')).status);
    expect(statuses).to.deep.equal([500, 500, 200]);
  });

  it('matches tenant, method and path suffix; others pass untouched', async () => {
    await session.addFault({
      kind: 'status',
      status: 418,
      tenantId: 'globex',
      method: 'post',
      path: '/scale',
    });
    expect(
      (await session.api('globex', '/scale', { method: 'POST', json: { replicas: 4 } })).status,
    ).to.equal(418);
    expect(
      (await session.api('stark', '/scale', { method: 'POST', json: { replicas: 4 } })).status,
    ).to.equal(202);
    expect((await session.api('globex', '/status')).status).to.equal(200);
    expect(
      (await session.api('globex', '/autoscale', { method: 'PUT', json: { enabled: false } }))
        .status,
    ).to.equal(200);
    // `/orchestration` selects the config route only.
    await session.addFault({ kind: 'status', status: 409, path: '/orchestration' });
    expect((await session.api('acme')).status).to.equal(409);
    expect((await session.api('acme', '/status')).status).to.equal(200);
  });

  it('also applies to paths no route matches', async () => {
    await session.addFault({ kind: 'status', status: 502, body: 'bad gateway' });
    expect((await readWire(fetch(`${session.baseUrl}/api/nothing`))).status).to.equal(502);
  });

  it('latency: delays, then answers normally', async () => {
    await session.addFault({ kind: 'latency', latencyMs: 150, path: '/status', times: 1 });
    const started = performance.now();
    const answer = await session.api('globex', '/status');
    expect(performance.now() - started).to.be.at.least(140);
    expect(answer.status).to.equal(200);
    const logged = (await session.requests()).at(-1);
    expect(logged).to.include({ fault: 'latency', status: 200 });
  });

  it('latency: honours an aborted request', async () => {
    await session.addFault({ kind: 'latency', latencyMs: 5000, path: '/status' });
    const controller = new AbortController();
    const started = performance.now();
    const pending = rejection(session.api('globex', '/status', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('drop: fetch rejects with a network error, once', async () => {
    // Warm up keep-alive connections: a plain reset on a reused one would be retried by Chromium.
    for (let index = 0; index < 3; index += 1) await session.api('acme');
    await session.addFault({ kind: 'drop', method: 'GET', path: '/status', times: 1 });
    expect(await rejection(session.api('acme', '/status'))).to.be.instanceOf(TypeError);
    expect((await session.api('acme', '/status')).status).to.equal(200);
    const statuses = (await session.requests()).filter((entry) => entry.path.endsWith('/status'));
    expect(statuses.map((entry) => [entry.status, entry.fault])).to.deep.equal([
      [0, 'drop'],
      [200, null],
    ]);
  });

  it('drop with applyFirst: the mutation happened although fetch rejected (quirk 7)', async () => {
    await session.addFault({ kind: 'drop', path: '/scale', applyFirst: true, times: 1 });
    expect(
      await rejection(session.api('globex', '/scale', { method: 'POST', json: { replicas: 6 } })),
    ).to.be.instanceOf(TypeError);
    const status = await (await session.api('globex', '/status')).json();
    expect(status).to.include({ status: 'scaling', replicas: 6 });
  });

  it('status with applyFirst: a 500 after the config was saved (quirk 4)', async () => {
    await session.addFault({
      kind: 'status',
      status: 500,
      body: 'Failed to update orchestration configuration\n',
      method: 'PUT',
      path: '/orchestration',
      applyFirst: true,
    });
    const answer = await session.api('acme', '', {
      method: 'PUT',
      json: { mode: 'shared', custom_domains: ['saved.example'] },
    });
    expect(answer.status).to.equal(500);
    await session.clearFaults();
    expect((await (await session.api('acme')).json()).custom_domains).to.deep.equal([
      'saved.example',
    ]);
  });

  it('malformed: a 200 whose body is not JSON', async () => {
    await session.addFault({ kind: 'malformed', path: '/status' });
    const answer = await readWire(session.api('acme', '/status'));
    expect(answer.status).to.equal(200);
    expect(answer.contentType).to.equal('application/json');
    expect(() => JSON.parse(answer.body)).to.throw(SyntaxError);
  });

  it('truncated: the real answer cut in half, same status and content type', async () => {
    const whole = await readWire(session.api('globex', '/detailed_status'));
    await session.addFault({ kind: 'truncated', path: '/detailed_status' });
    const cut = await readWire(session.api('globex', '/detailed_status'));
    expect(cut.status).to.equal(200);
    expect(cut.contentType).to.equal('application/json');
    expect(cut.body).to.equal(whole.body.slice(0, Math.floor(whole.body.length / 2)));
    expect(() => JSON.parse(cut.body)).to.throw(SyntaxError);
  });

  it('unauthorized and forbidden: VeloFlux JSON bodies (api-contract §4)', async () => {
    await session.addFault({ kind: 'unauthorized', tenantId: 'acme' });
    await session.addFault({ kind: 'forbidden', tenantId: 'globex' });
    expect(await readWire(session.api('acme', '/status'))).to.deep.equal({
      status: 401,
      contentType: 'application/json',
      nosniff: false,
      body: '{"error":"Invalid or expired token"}\n',
    });
    expect(await readWire(session.api('globex', '/status'))).to.deep.equal({
      status: 403,
      contentType: 'application/json',
      nosniff: false,
      body: '{"error":"Access denied to tenant"}\n',
    });
  });

  it('lists, removes and clears faults through the control API', async () => {
    const first = await session.addFault({ kind: 'status', status: 500, path: '/status' });
    await session.addFault({ kind: 'drop', path: '/drain' });
    const listed = await (await fetch(`${session.baseUrl}/control/faults`)).json();
    expect(listed.map((fault: { id: string }) => fault.id)).to.include(first.id);
    expect(
      (await fetch(`${session.baseUrl}/control/faults/${first.id}`, { method: 'DELETE' })).status,
    ).to.equal(204);
    expect((await session.api('acme', '/status')).status).to.equal(200);
    await session.clearFaults();
    expect(await (await fetch(`${session.baseUrl}/control/faults`)).json()).to.deep.equal([]);
    const invalid = await fetch(`${session.baseUrl}/control/faults`, {
      method: 'POST',
      body: '{"kind":"explode"}',
    });
    expect(invalid.status).to.equal(400);
  });
});
