/**
 * The seeded demo tenants, control-API seeds and the HPA following the simulated CPU load, on an
 * advanced manual clock.
 */
import { expect } from '@open-wc/testing';
import { apiHelpers, createSimSession, type SimSession } from '../helpers/simulator.js';

describe('simulator seeds and HPA (api-contract §3)', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession({ startTime: '2026-12-03T13:05:42.123Z' });
  });

  afterEach(() => session.end());

  const { status, detailed, post, put, snapshot } = apiHelpers(() => session);

  it('seeds every state at a glance', async () => {
    expect(await snapshot('acme')).to.equal('ready 0/0');
    expect(await snapshot('globex')).to.equal('ready 3/3');
    expect(await snapshot('initech')).to.equal('deploying 0/2');
    expect(await snapshot('umbrella')).to.equal('error 0/2');
    expect((await status('umbrella')).message).to.match(
      /^failed to create Deployment: .*exceeded quota/,
    );
    expect((await session.api('hooli', '/status')).status).to.equal(500);
    expect((await session.api('soylent', '/status')).status).to.equal(500);
    expect((await status('stark')).status).to.equal('ready');
    expect(JSON.parse(await (await session.api('stark')).text())).to.include({
      autoscaling_enabled: true,
    });
    const wayne = await status('wayne');
    expect(wayne).to.include({
      status: 'scaling',
      message: 'Scaling to 4 replicas',
      replicas: 4,
      ready_replicas: 4,
    });
    const ids = (await session.tenants()).map((tenant) => tenant.id);
    expect(ids).to.include.members([
      'acme',
      'globex',
      'initech',
      'umbrella',
      'hooli',
      'stark',
      'wayne',
      'soylent',
    ]);
  });

  it('initech finishes deploying after its slow image pull', async () => {
    await session.advance(60_000);
    expect(await snapshot('initech')).to.equal('ready 2/2');
  });

  it('wayne stays stuck in scaling, like the real server', async () => {
    await session.advance(30 * 60_000);
    expect(await snapshot('wayne')).to.equal('scaling 4/4');
  });

  it('runs an HPA that follows the simulated CPU load between min and max', async () => {
    await put('globex', '/autoscale', {
      enabled: true,
      min_replicas: 2,
      max_replicas: 5,
      target_cpu_utilization: 50,
    });
    await session.advance(10_000);
    expect(await snapshot('globex')).to.equal('ready 2/2');
    await session.setLoad('globex', { cpu: 200 }); // 400 % of one pod: wants 8, capped at 5
    await session.advance(15_000 + 5 * 1500);
    expect(await snapshot('globex')).to.equal('ready 5/5');
    expect((await detailed('globex')).metrics.cpu_utilization).to.equal(80);
    await session.setLoad('globex', { cpu: 10 });
    await session.advance(15_000 + 5 * 1500);
    expect(await snapshot('globex')).to.equal('ready 2/2');
    const rescales = (await detailed('globex')).events!.filter(
      (event) => event.reason === 'SuccessfulRescale',
    );
    expect(rescales.map((event) => event.message)).to.deep.equal([
      'New size: 5; reason: cpu resource utilization (percentage of request) above target',
      'New size: 2; reason: All metrics below target',
    ]);
  });

  it('moves the seeded autoscaling tenant with the default load wave', async () => {
    const seen = new Set<number>();
    for (let minute = 0; minute < 12; minute += 1) {
      seen.add((await status('stark')).replicas);
      await session.advance(60_000);
    }
    expect(seen.size).to.be.greaterThan(1);
    for (const replicas of seen) expect(replicas).to.be.within(2, 8);
  });

  it('recovers an error tenant with a deploy and shows its failure detail before', async () => {
    const failed = await detailed('umbrella');
    expect(
      failed.conditions!.map((condition) => `${condition.type}=${condition.status}`),
    ).to.deep.equal(['Available=False', 'Progressing=False', 'ReplicaFailure=True']);
    expect(failed.events!.find((event) => event.reason === 'FailedCreate')).to.include({
      type: 'Warning',
      count: 6,
    });
    await post('umbrella', '/deploy');
    expect((await status('umbrella')).status).to.equal('deploying');
    await session.advance(10_000);
    expect(await snapshot('umbrella')).to.equal('ready 2/2');
  });

  it('seeds a status through the control API, stuck or settling, with a verbatim last_updated', async () => {
    await session.setTenant('custom', {
      config: { mode: 'dedicated', min_replicas: 2 },
      status: {
        status: 'scaling',
        replicas: 3,
        ready_replicas: 1,
        last_updated: '0001-01-01T00:00:00Z',
      },
    });
    expect(await status('custom')).to.include({
      status: 'scaling',
      replicas: 3,
      ready_replicas: 1,
      last_updated: '0001-01-01T00:00:00Z',
    });
    await session.advance(5000);
    expect(await snapshot('custom')).to.equal('ready 3/3');
    await session.setTenant('custom', { stuck: true, status: { status: 'draining' } });
    await session.advance(60_000);
    expect((await status('custom')).status).to.equal('draining');
    await session.setTenant('custom', { status: null });
    expect((await session.api('custom', '/status')).status).to.equal(500);
  });
});
