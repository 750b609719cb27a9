/**
 * The core as a pure function (no HTTP): Request in, Response out, time from an injected clock.
 * Also the hub's routing and eviction, and the MSW handlers through msw's `getResponse`.
 */
import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import {
  createManualClock,
  createSimulator,
  createSimulatorHub,
  DroppedConnection,
  formatGoTime,
  GO_ZERO_TIME,
  isDroppedConnection,
  isKubeQuantity,
} from '../../simulator/index.js';
import { simulatorHandlers } from '../../simulator/msw.js';

const START = Date.UTC(2026, 11, 3, 13, 5, 42, 123);
const url = (tenantId: string, path = '') =>
  `http://sim.test/api/tenants/${tenantId}/orchestration${path}`;

describe('simulator core (no HTTP)', () => {
  it('answers Requests from in-memory tenants on an injected clock', async () => {
    const clock = createManualClock(START);
    const simulator = createSimulator({ clock, seed: false });
    expect((await simulator.handle(new Request(url('t1', '/status')))).status).to.equal(500);
    const put = await simulator.handle(
      new Request(url('t1'), {
        method: 'PUT',
        body: JSON.stringify({ mode: 'dedicated', min_replicas: 2 }),
      }),
    );
    expect(put.status).to.equal(200);
    expect(put.headers.get('Content-Type')).to.equal(null);
    await simulator.handle(new Request(url('t1', '/deploy'), { method: 'POST' }));
    clock.advance(10_000);
    const status = await (await simulator.handle(new Request(url('t1', '/status')))).json();
    expect(status).to.include({ status: 'ready', replicas: 2, ready_replicas: 2 });
    expect(simulator.requests().map((entry) => entry.status)).to.deep.equal([500, 200, 202, 200]);
  });

  it('throws DroppedConnection for a drop fault and for a malformed quantity', async () => {
    const simulator = createSimulator({ clock: createManualClock(START) });
    simulator.addFault({ kind: 'drop', path: '/drain', times: 1 });
    const error = await simulator
      .handle(new Request(url('globex', '/drain'), { method: 'POST' }))
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DroppedConnection);
    const limits = {
      cpu_request: '1',
      cpu_limit: '2',
      memory_request: '1 Gi',
      memory_limit: '2Gi',
    };
    const panic = await simulator
      .handle(
        new Request(url('globex', '/resources'), { method: 'PUT', body: JSON.stringify(limits) }),
      )
      .catch((e: unknown) => e);
    expect(isDroppedConnection(panic)).to.equal(true);
  });

  it('honours request.signal during a latency fault, leaving no timer behind', async () => {
    const simulator = createSimulator({ clock: createManualClock(START) });
    simulator.addFault({ kind: 'latency', latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = simulator
      .handle(new Request(url('acme'), { signal: controller.signal }))
      .catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('cannot advance a plain injected clock', () => {
    const simulator = createSimulator({ clock: { now: () => START }, seed: false });
    expect(() => simulator.advance(1)).to.throw();
  });

  it('formats times like Go', () => {
    expect(formatGoTime(START)).to.match(/^2026-12-03T13:05:42\.123\d{0,6}Z$/);
    expect(formatGoTime(START)).to.equal(formatGoTime(START));
    expect(formatGoTime(START) < formatGoTime(START + 1)).to.equal(true);
    expect(GO_ZERO_TIME).to.equal('0001-01-01T00:00:00Z');
  });

  it('knows the Kubernetes quantity grammar', () => {
    for (const good of [
      '100m',
      '0.5',
      '2',
      '128Mi',
      '1Gi',
      '1e3',
      '+1',
      '.5',
      '1.',
      '5E-2',
      '3n',
    ]) {
      expect(isKubeQuantity(good), good).to.equal(true);
    }
    for (const bad of ['', 'K', '1K', '1KB', '1Mb', '1GB', ' 1', '1 ', '1e', '--1', 'Mi']) {
      expect(isKubeQuantity(bad), bad).to.equal(false);
    }
  });
});

describe('simulator hub (no HTTP)', () => {
  it('owns only its paths and evicts the oldest session beyond the cap', async () => {
    const hub = createSimulatorHub({ defaultClock: 'manual', maxSessions: 2 });
    expect(await hub.handle(new Request('http://h.test/src/index.js'))).to.equal(null);
    expect(hub.owns('/api/tenants/acme/orchestration')).to.equal(true);
    const first = hub.createSession();
    hub.createSession();
    hub.createSession();
    expect(hub.session(first.id)).to.equal(undefined);
    expect(hub.sessions()).to.have.length(2);
    const answer = await hub.handle(new Request(`http://h.test${first.baseUrl}/control/tenants`));
    expect(answer?.status).to.equal(404);
  });
});

describe('simulator MSW handlers', () => {
  it('serve the hub and turn a dropped connection into a network error', async () => {
    const hub = createSimulatorHub({ defaultClock: 'manual' });
    const handlers = simulatorHandlers(hub);
    const config = await getResponse(
      handlers,
      new Request('http://page.test/api/tenants/acme/orchestration'),
    );
    expect(config?.status).to.equal(200);
    expect(config?.headers.get('Content-Type')).to.equal('application/json');
    hub.defaultSimulator.addFault({ kind: 'drop' });
    const dropped = await getResponse(
      handlers,
      new Request('http://page.test/api/tenants/acme/orchestration'),
    );
    expect(dropped?.type).to.equal('error');
    expect(await getResponse(handlers, new Request('http://page.test/assets/app.js'))).to.equal(
      undefined,
    );
  });

  it('serve a single simulator under a prefix', async () => {
    const simulator = createSimulator({ clock: createManualClock(START) });
    const handlers = simulatorHandlers(simulator, { prefix: '/mock' });
    const status = await getResponse(
      handlers,
      new Request('http://page.test/mock/api/tenants/globex/orchestration/status'),
    );
    expect((await status!.json()).status).to.equal('ready');
    expect(
      await getResponse(
        handlers,
        new Request('http://page.test/api/tenants/globex/orchestration/status'),
      ),
    ).to.equal(undefined);
  });
});
