/**
 * api-contract §1.1 for resources (including the dropped connection on a malformed quantity) and
 * §1.2 (PUT config defaults), over real HTTP.
 */
import { expect } from '@open-wc/testing';
import { createSimSession, readWire, type SimSession } from '../helpers/simulator.js';

const goError = (status: number, message: string) => ({
  status,
  contentType: 'text/plain; charset=utf-8',
  nosniff: true,
  body: `${message}\n`,
});
const INVALID = goError(400, 'Invalid request body');

describe('simulator validation and defaults: resources and config (api-contract §1.1–1.2)', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession();
  });

  afterEach(() => session.end());

  const config = async (tenantId: string) =>
    JSON.parse((await readWire(session.api(tenantId))).body);

  describe('resources', () => {
    const put = (tenantId: string, body: string) =>
      readWire(session.api(tenantId, '/resources', { method: 'PUT', body }));
    const full = {
      cpu_request: '100m',
      cpu_limit: '200m',
      memory_request: '128Mi',
      memory_limit: '256Mi',
    };

    it('needs all four limits, non-empty', async () => {
      const ALL = goError(400, 'All resource limits must be specified');
      expect(await put('globex', '{}')).to.deep.equal(ALL);
      expect(await put('globex', JSON.stringify({ ...full, memory_limit: '' }))).to.deep.equal(ALL);
      expect(await put('globex', JSON.stringify({ ...full, cpu_request: null }))).to.deep.equal(
        ALL,
      );
      expect(await put('globex', JSON.stringify({ ...full, cpu_limit: 2 }))).to.deep.equal(INVALID);
      expect(await put('globex', '')).to.deep.equal(INVALID);
    });

    it('checks neither request <= limit nor units it can parse', async () => {
      const odd = {
        cpu_request: '4',
        cpu_limit: '1e3',
        memory_request: '+0.5Gi',
        memory_limit: '.5Ki',
      };
      const answer = await put('globex', JSON.stringify(odd));
      expect(answer.status).to.equal(200);
      expect((await config('globex')).resource_limits).to.deep.equal(odd);
    });

    it('drops the connection on a malformed quantity, saving nothing', async () => {
      let failure: unknown = null;
      try {
        await fetch(`${session.baseUrl}/api/tenants/globex/orchestration/resources`, {
          method: 'PUT',
          body: JSON.stringify({ ...full, memory_limit: '1GB' }),
        });
      } catch (error) {
        failure = error;
      }
      expect(failure).to.be.instanceOf(TypeError);
      expect((await config('globex')).resource_limits.memory_limit).to.equal('1Gi');
      const logged = (await session.requests()).at(-2);
      expect(logged).to.include({ method: 'PUT', status: 0, fault: null });
    });
  });

  describe('PUT config defaults (§1.2)', () => {
    const put = (tenantId: string, json: unknown) =>
      readWire(session.api(tenantId, '', { method: 'PUT', json }));

    it('fills empty resource limits, and uses the path id', async () => {
      await put('fresh', {
        tenant_id: 'someone-else',
        mode: 'shared',
        resource_limits: { cpu_limit: '2' },
      });
      expect(await config('fresh')).to.deep.equal({
        tenant_id: 'fresh',
        mode: 'shared',
        resource_limits: {
          cpu_request: '100m',
          cpu_limit: '2',
          memory_request: '128Mi',
          memory_limit: '256Mi',
        },
        autoscaling_enabled: false,
        min_replicas: 0,
        max_replicas: 0,
        target_cpu_utilization: 0,
        custom_domains: null,
      });
    });

    it('with autoscaling: min<=0 → 1, max<=min → min*2, target<=0 → 70', async () => {
      await put('a1', {
        mode: 'dedicated',
        autoscaling_enabled: true,
        min_replicas: 0,
        max_replicas: 0,
        target_cpu_utilization: 0,
      });
      expect(await config('a1')).to.include({
        min_replicas: 1,
        max_replicas: 2,
        target_cpu_utilization: 70,
      });
      await put('a2', {
        mode: 'dedicated',
        autoscaling_enabled: true,
        min_replicas: 3,
        max_replicas: 3,
        target_cpu_utilization: 50,
      });
      expect(await config('a2')).to.include({
        min_replicas: 3,
        max_replicas: 6,
        target_cpu_utilization: 50,
      });
      await put('a3', {
        mode: 'dedicated',
        autoscaling_enabled: true,
        min_replicas: 2,
        max_replicas: 5,
        target_cpu_utilization: -1,
      });
      expect(await config('a3')).to.include({
        min_replicas: 2,
        max_replicas: 5,
        target_cpu_utilization: 70,
      });
    });

    it('keeps the fields as sent otherwise, including an unknown mode and [] domains', async () => {
      await put('odd', {
        mode: 'hybrid',
        dedicated_namespace: 'ns-x',
        custom_domains: [],
        min_replicas: 7,
        max_replicas: 2,
      });
      expect(await config('odd')).to.include({
        mode: 'hybrid',
        dedicated_namespace: 'ns-x',
        min_replicas: 7,
        max_replicas: 2,
      });
      expect((await config('odd')).custom_domains).to.deep.equal([]);
      await put('odd', { mode: 'shared', dedicated_namespace: '' });
      expect(await config('odd')).not.to.have.property('dedicated_namespace');
    });

    it('rejects wrong types', async () => {
      expect(await put('acme', { mode: 'shared', min_replicas: '2' })).to.deep.equal(INVALID);
      expect(await put('acme', { mode: 'shared', custom_domains: 'a.example' })).to.deep.equal(
        INVALID,
      );
      expect(await put('acme', { mode: 'shared', custom_domains: [1] })).to.deep.equal(INVALID);
      expect(await put('acme', { mode: 7 })).to.deep.equal(INVALID);
      expect(await put('acme', [])).to.deep.equal(INVALID);
    });
  });
});
