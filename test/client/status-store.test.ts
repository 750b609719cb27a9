import { expect, waitUntil } from '@open-wc/testing';
import {
  createOrchestrationClient,
  type OrchestrationClientOptions,
  type StatusSnapshot,
} from '../../src/client/index.js';
import {
  FakeVisibility,
  GoResponder,
  delayed,
  dropConnection,
  goError,
  goJson,
  goNotFound,
  hang,
  readyStatus,
  sleep,
} from './go-responder.js';

/** waitUntil that looks every 2 ms: the loops here tick every 10-40 ms. */
const until = (predicate: () => unknown, message?: string) =>
  waitUntil(predicate, message, { interval: 2, timeout: 2000 });

function setup(options: OrchestrationClientOptions = {}) {
  const server = new GoResponder();
  const visibility = new FakeVisibility();
  const client = createOrchestrationClient({
    fetch: server.fetch,
    retry: { attempts: 1 },
    visibility,
    pollIntervals: { transitionalMs: 10, idleMs: 40, maxBackoffMs: 200 },
    ...options,
  });
  return { server, client, visibility };
}

/** Collects the snapshots one subscriber receives. */
function recorder() {
  const snapshots: StatusSnapshot[] = [];
  const listener = (snapshot: StatusSnapshot) => snapshots.push(snapshot);
  const last = () => snapshots[snapshots.length - 1];
  return { snapshots, listener, last };
}

describe('status store (elements.md §2)', () => {
  it('shares one loop and one request per tick among 5 subscribers', async () => {
    const { server, client } = setup();
    const recorders = Array.from({ length: 5 }, recorder);
    const stops = recorders.map((r) => client.watchStatus('t1', { intervalMs: 40 }, r.listener));
    // The first read starts a microtask later, once every subscriber of this task has joined.
    expect(client.watchStats()).to.deep.include({ watches: 1, subscribers: 5, inFlight: 0 });
    await Promise.resolve();
    expect(client.watchStats()).to.deep.include({ watches: 1, subscribers: 5, inFlight: 1 });
    await until(() => server.requests.length === 1);
    await until(() => recorders.every((r) => r.last()?.status?.status === 'ready'));
    expect(server.requests).to.have.length(1);
    await sleep(100); // ~2 more ticks
    const ticks = server.requests.length;
    expect(ticks).to.be.within(2, 4);
    const first = recorders[0]?.last();
    for (const r of recorders) expect(r.last()).to.equal(first); // one shared immutable snapshot
    expect(first).to.deep.include({ tenantId: 't1', detailed: false, error: null, loading: false });
    expect(first?.fetchedAt).to.be.a('number');
    stops.forEach((stop) => stop());
    expect(client.watchStats()).to.deep.equal({
      watches: 0,
      subscribers: 0,
      timers: 0,
      inFlight: 0,
    });
  });

  it('gives a late subscriber the last snapshot in a microtask, with no new request', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10_000 } });
    const early = recorder();
    const stopEarly = client.watchStatus('t1', {}, early.listener);
    await until(() => early.last()?.status);
    const late = recorder();
    const stopLate = client.watchStatus('t1', {}, late.listener);
    expect(late.snapshots).to.have.length(0); // not synchronously
    await Promise.resolve();
    expect(late.snapshots).to.have.length(1);
    expect(late.last()).to.equal(early.last());
    expect(server.requests).to.have.length(1);
    stopEarly();
    stopLate();
  });

  it('starts with a loading snapshot; one loop serves plain and detailed subscribers', async () => {
    const { server, client } = setup();
    const plain = recorder();
    const detailed = recorder();
    const stops = [
      client.watchStatus('t1', {}, plain.listener),
      client.watchStatus('t1', { detailed: true }, detailed.listener),
    ];
    await Promise.resolve();
    expect(plain.snapshots[0]).to.deep.equal({
      tenantId: 't1',
      detailed: false,
      status: null,
      error: null,
      loading: true,
      fetchedAt: null,
    });
    await until(() => detailed.last()?.status && 'metrics' in detailed.last()!.status!);
    expect(client.watchStats().watches).to.equal(1);
    expect(server.to('GET', '/detailed_status')).to.have.length(1);
    expect(detailed.last()?.detailed).to.equal(true);
    // The plain subscriber gets the same (superset) snapshot: no second request per tick.
    expect(plain.last()).to.equal(detailed.last());
    stops.forEach((stop) => stop());
  });

  it('polls fast while transitional, then at the smallest requested interval', async () => {
    const { server, client } = setup({ pollIntervals: { transitionalMs: 10, idleMs: 10_000 } });
    server.statuses.set('t1', readyStatus('t1', { status: 'scaling', ready_replicas: 1 }));
    const slow = recorder();
    const stopSlow = client.watchStatus('t1', { intervalMs: 10_000 }, slow.listener);
    await until(() => server.requests.length >= 4, 'polls every 10 ms while scaling');
    server.statuses.set('t1', readyStatus('t1'));
    await until(() => slow.last()?.status?.status === 'ready');
    const settled = server.requests.length;
    await sleep(60);
    expect(server.requests.length).to.equal(settled); // back to 10 s
    // A subscriber asking for 20 ms brings the next read forward for everybody.
    const fast = recorder();
    const stopFast = client.watchStatus('t1', { intervalMs: 20 }, fast.listener);
    await sleep(70);
    expect(server.requests.length - settled).to.be.within(2, 5);
    stopFast();
    const afterFast = server.requests.length;
    await sleep(60);
    expect(server.requests.length).to.equal(afterFast);
    stopSlow();
  });

  it('stops polling on not_available until refreshStatus', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10 } });
    server.queue('GET /status', goNotFound);
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    await until(() => r.last()?.error);
    expect(r.last()?.error?.code).to.equal('not_available');
    await sleep(50);
    expect(server.requests).to.have.length(1);
    expect(client.watchStats()).to.deep.include({ timers: 0, inFlight: 0 });
    client.refreshStatus('t1');
    await until(() => r.last()?.status?.status === 'ready');
    expect(r.last()?.error).to.equal(null);
    stop();
  });

  it('stops polling on unauthorized too', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10 } });
    server.queue('GET /status', goJson({ error: 'Invalid or expired token' }, 401));
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    await until(() => r.last()?.error);
    await sleep(40);
    expect(r.last()?.error?.code).to.equal('unauthorized');
    expect(server.requests).to.have.length(1);
    stop();
  });

  it('keeps polling a not-deployed tenant at the normal interval', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 15, maxBackoffMs: 10_000 } });
    server.statuses.set('new', null);
    const r = recorder();
    const stop = client.watchStatus('new', {}, r.listener);
    await sleep(80);
    expect(r.last()?.error?.code).to.equal('not_deployed');
    expect(r.last()?.status).to.equal(null);
    expect(server.requests.length).to.be.at.least(4); // no back-off
    stop();
  });

  it('backs off on errors, keeping the last good status', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10, maxBackoffMs: 40 } });
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    await until(() => r.last()?.status);
    // (A 500 on status would mean not_deployed, which does not back off.)
    server.queue('GET /status', ...Array.from({ length: 10 }, () => goError(503, 'busy')));
    server.queue('GET /status', ...Array.from({ length: 10 }, () => dropConnection));
    const before = server.requests.length;
    await sleep(150);
    // 10 ms without back-off would be ~15 reads; 20, 40, 40, 40 ms is ~4-5.
    expect(server.requests.length - before).to.be.within(2, 7);
    expect(r.last()?.error?.code).to.be.oneOf(['unavailable', 'network']);
    expect(r.last()?.status?.status).to.equal('ready');
    expect(r.last()?.fetchedAt).to.be.a('number');
    stop();
  });

  it('pauses while hidden and reads at once when visible again', async () => {
    const { server, client, visibility } = setup({ pollIntervals: { idleMs: 10 } });
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    await until(() => server.requests.length >= 2);
    visibility.set(true);
    await sleep(15); // let a read in flight land
    const hiddenCount = server.requests.length;
    expect(client.watchStats().timers).to.equal(0);
    await sleep(60);
    expect(server.requests.length).to.equal(hiddenCount);
    visibility.set(false);
    await until(() => server.requests.length === hiddenCount + 1, 'read on becoming visible');
    await until(() => server.requests.length >= hiddenCount + 3, 'polling resumed');
    stop();
    expect(visibility.listenerCount).to.equal(0);
  });

  it('refreshes every watch of the tenant right after a mutation', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10_000 } });
    const plain = recorder();
    const detailed = recorder();
    const other = recorder();
    const stops = [
      client.watchStatus('t1', {}, plain.listener),
      client.watchStatus('t1', { detailed: true }, detailed.listener),
      client.watchStatus('t2', {}, other.listener),
    ];
    await until(() => plain.last()?.status && detailed.last()?.status && other.last()?.status);
    server.statuses.set('t1', readyStatus('t1', { status: 'deploying' }));
    await client.deploy('t1');
    await until(() => plain.last()?.status?.status === 'deploying');
    await until(() => detailed.last()?.status?.status === 'deploying');
    expect(server.to('GET', '/status').filter((r) => r.url.includes('/t2/'))).to.have.length(1);
    // A failed mutation refreshes too: its effect is unknown (quirk 7).
    server.queue('POST /drain', dropConnection);
    const reads = server.to('GET', '/detailed_status').length;
    await client.drain('t1').catch(() => undefined);
    await until(() => server.to('GET', '/detailed_status').length === reads + 1);
    // Client-side validation failures send nothing and refresh nothing.
    await client.scale('t1', 0).catch(() => undefined);
    await sleep(10);
    expect(server.to('GET', '/detailed_status')).to.have.length(reads + 1);
    stops.forEach((stop) => stop());
  });

  it('reads again after an in-flight read when a refresh arrives meanwhile', async () => {
    const { server, client } = setup({ pollIntervals: { idleMs: 10_000 } });
    server.queue('GET /status', delayed(30, goJson(readyStatus('t1'))));
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    server.statuses.set('t1', readyStatus('t1', { status: 'draining' }));
    await sleep(5);
    client.refreshStatus('t1'); // the first read is still in flight
    expect(client.watchStats().inFlight).to.equal(1);
    await sleep(5);
    expect(server.requests).to.have.length(1);
    await until(() => r.last()?.status?.status === 'draining');
    expect(server.requests).to.have.length(2);
    stop();
  });

  it('unsubscribing the last listener aborts the read in flight and leaves no timer', async () => {
    const { server, client } = setup();
    server.queue('GET /status', hang);
    const r = recorder();
    const stop = client.watchStatus('t1', {}, r.listener);
    await until(() => server.requests.length === 1);
    stop();
    stop(); // idempotent
    expect(server.requests[0]?.signal?.aborted).to.equal(true);
    expect(client.watchStats()).to.deep.equal({
      watches: 0,
      subscribers: 0,
      timers: 0,
      inFlight: 0,
    });
    await sleep(20);
    expect(r.snapshots.map((snapshot) => snapshot.loading)).to.deep.equal([true]);
    expect(server.requests).to.have.length(1);

    // Leaving before the microtask delivery: nothing is delivered, nothing is sent.
    const gone = recorder();
    client.watchStatus('t9', {}, gone.listener)();
    await sleep(10);
    expect(gone.snapshots).to.have.length(0);
    expect(server.requests).to.have.length(1);

    const second = recorder();
    const stopSecond = client.watchStatus('t1', {}, second.listener);
    await until(() => second.last()?.status);
    expect(client.watchStats()).to.deep.include({ timers: 1, inFlight: 0 });
    stopSecond();
    expect(client.watchStats().timers).to.equal(0);
  });

  it('keeps other listeners served when one throws', async () => {
    const { client } = setup();
    const good = recorder();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    const previous = window.onerror;
    window.onerror = () => true; // keep mocha from failing the test on the rethrown error
    window.addEventListener('error', onError);
    const stops = [
      client.watchStatus('t1', {}, () => {
        throw new Error('listener bug (expected by this test)');
      }),
      client.watchStatus('t1', {}, good.listener),
    ];
    await until(() => good.snapshots.length > 0);
    stops.forEach((stop) => stop());
    await sleep(0);
    window.removeEventListener('error', onError);
    window.onerror = previous;
    // Every snapshot reached the good listener; each one also threw once in the bad one.
    expect(good.snapshots.length).to.be.at.least(1);
    expect(errors).to.have.length(good.snapshots.length);
  });
});
