/**
 * api-contract §3 life cycles on an advanced manual clock, with the Kubernetes-like detail (pods,
 * events, conditions, metrics).
 */
import { expect } from '@open-wc/testing';
import { apiHelpers, createSimSession, type SimSession } from '../helpers/simulator.js';

const POD_NAME =
  /^veloflux-[a-z0-9-]+-[bcdfghjklmnpqrstvwxz2456789]{9}-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
const GO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/;

describe('simulator life cycle (api-contract §3)', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession({ startTime: '2026-12-03T13:05:42.123Z' });
  });

  afterEach(() => session.end());

  const { status, detailed, post, put, snapshot } = apiHelpers(() => session);

  it('deploys a dedicated tenant: deploying → ready with min_replicas, namespace stored', async () => {
    expect((await post('hooli', '/deploy')).status).to.equal(202);
    const deploying = await status('hooli');
    expect(deploying).to.include({
      status: 'deploying',
      message: 'Creating dedicated instance',
      namespace: 'veloflux-hooli',
      version: 'dedicated',
      replicas: 1,
      ready_replicas: 0,
    });
    expect(deploying.last_updated).to.match(/^2026-12-03T13:05:42\.123\d{0,6}Z$/);
    expect(JSON.parse(await (await session.api('hooli')).text()).dedicated_namespace).to.equal(
      'veloflux-hooli',
    );
    const pending = await detailed('hooli');
    expect(pending.pods?.[0]).to.include({ status: 'Pending', containers: null });
    expect(pending.conditions?.[0]).to.include({ type: 'Available', status: 'False' });
    await session.advance(4000);
    const ready = await status('hooli');
    expect(ready).to.include({ status: 'ready', replicas: 1, ready_replicas: 1 });
    expect(ready).not.to.have.property('message');
    expect(ready.last_updated).to.match(/^2026-12-03T13:05:46\.123/);
    const detail = await detailed('hooli');
    expect(detail.pods).to.have.length(1);
    expect(detail.pods![0]!.name).to.match(POD_NAME);
    expect(detail.pods![0]).to.include({
      status: 'Running',
      node_name: detail.pods![0]!.node_name,
      restart_policy: 'Always',
    });
    expect(detail.pods![0]!.containers).to.deep.equal([
      { name: 'veloflux', ready: true, restart_count: 0, started: true },
    ]);
    expect(detail.pods![0]!.creation_time).to.equal('2026-12-03T13:05:42Z');
    const reasons = detail.events!.map((event) => event.reason);
    expect(reasons).to.include.members([
      'ScalingReplicaSet',
      'Scheduled',
      'Pulled',
      'Created',
      'Started',
    ]);
    for (const event of detail.events!) {
      expect(event.first_seen).to.match(GO_TIME);
      expect(event.count).to.be.at.least(1);
    }
    expect(detail.conditions).to.deep.equal([
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${detail.pods![0]!.name.split('-').slice(0, -1).join('-')}" has successfully progressed.`,
      },
    ]);
    expect(detail.metrics.cpu_utilization).to.be.greaterThan(0);
    expect(detail.metrics.memory_utilization).to.be.greaterThan(0);
  });

  it('deploys a shared tenant: the 202 says deploying, the status is ready at once (quirk 9)', async () => {
    const answer = await post('soylent', '/deploy');
    expect(await answer.text()).to.contain('"status":"deploying"');
    expect(await status('soylent')).to.include({
      status: 'ready',
      mode: 'shared',
      namespace: '',
      version: 'shared',
    });
  });

  it('scales up and down with ready_replicas stepping toward the target', async () => {
    await post('globex', '/scale', { replicas: 5 });
    expect(await snapshot('globex')).to.equal('scaling 3/5');
    await session.advance(1500);
    expect(await snapshot('globex')).to.equal('scaling 4/5');
    await session.advance(1500);
    expect(await snapshot('globex')).to.equal('ready 5/5');
    await post('globex', '/scale', { replicas: 2 });
    expect(await snapshot('globex')).to.equal('scaling 5/2');
    await session.advance(1500);
    expect(await snapshot('globex')).to.equal('scaling 4/2');
    await session.advance(3000);
    expect(await snapshot('globex')).to.equal('ready 2/2');
    const messages = (await detailed('globex')).events!.map((event) => event.message);
    expect(
      messages.some((message) => /^Scaled up replica set veloflux-globex-\w+ to 5$/.test(message)),
    ).to.equal(true);
    expect(
      messages.some((message) =>
        /^Scaled down replica set veloflux-globex-\w+ to 2$/.test(message),
      ),
    ).to.equal(true);
  });

  it('drains with a rolling restart: every pod replaced, never fewer ready pods (quirk 8)', async () => {
    const before = (await detailed('globex')).pods!.map((pod) => pod.name);
    await post('globex', '/drain');
    expect(await status('globex')).to.include({
      status: 'draining',
      message: 'Instance is being drained',
    });
    for (let step = 0; step < 3; step += 1) {
      expect((await status('globex')).ready_replicas).to.be.at.least(3);
      await session.advance(2500);
    }
    expect(await snapshot('globex')).to.equal('ready 3/3');
    const after = await detailed('globex');
    const names = after.pods!.map((pod) => pod.name);
    expect(names).to.have.length(3);
    expect(names.filter((name) => before.includes(name))).to.deep.equal([]);
    const killing = after.events!.find((event) => event.reason === 'Killing');
    expect(killing).to.include({ message: 'Stopping container veloflux', count: 3 });
  });

  it('switches dedicated → shared: removing → ready in shared mode', async () => {
    const stored = JSON.parse(await (await session.api('globex')).text());
    expect((await put('globex', '', { ...stored, mode: 'shared' })).status).to.equal(200);
    expect(await status('globex')).to.include({ status: 'removing', mode: 'dedicated' });
    await session.advance(3000);
    expect(await status('globex')).to.include({
      status: 'ready',
      mode: 'shared',
      namespace: '',
      replicas: 0,
      ready_replicas: 0,
    });
    expect(await detailed('globex')).not.to.have.property('pods');
  });

  it('switches a deployed shared tenant to dedicated: deploying → ready', async () => {
    const stored = JSON.parse(await (await session.api('acme')).text());
    await put('acme', '', { ...stored, mode: 'dedicated', min_replicas: 2 });
    expect(await status('acme')).to.include({
      status: 'deploying',
      mode: 'dedicated',
      namespace: 'veloflux-acme',
    });
    await session.advance(5500);
    expect(await snapshot('acme')).to.equal('ready 2/2');
  });

  it('resets replicas to min_replicas on every rebuild (quirk 5)', async () => {
    const scaledTo5 = async () => {
      await post('globex', '/scale', { replicas: 5 });
      await session.advance(10_000);
      expect(await snapshot('globex')).to.equal('ready 5/5');
    };
    const limits = {
      cpu_request: '250m',
      cpu_limit: '1',
      memory_request: '256Mi',
      memory_limit: '1Gi',
    };
    const rebuilds: [string, () => Promise<Response>][] = [
      ['deploy', () => post('globex', '/deploy')],
      ['resources', () => put('globex', '/resources', limits)],
      ['autoscale off', () => put('globex', '/autoscale', { enabled: false })],
      [
        'config save',
        async () => put('globex', '', JSON.parse(await (await session.api('globex')).text())),
      ],
    ];
    for (const [name, rebuild] of rebuilds) {
      await scaledTo5();
      expect((await rebuild()).ok, name).to.equal(true);
      const updating = await status('globex');
      expect(updating, name).to.include({
        status: 'updating',
        message: 'Updating dedicated instance',
        replicas: 3,
      });
      await session.advance(10_000);
      expect(await snapshot('globex'), name).to.equal('ready 3/3');
    }
  });
});
