/**
 * api-contract §1 row by row, over real HTTP to a simulator session: status codes, content types
 * and body bytes exactly as the Go handlers write them.
 */
import { expect } from '@open-wc/testing';
import { createSimSession, readWire, type SimSession } from '../helpers/simulator.js';

const TEXT = 'text/plain; charset=utf-8';

/** A Go `http.Error` answer. */
const goError = (status: number, message: string) => ({
  status,
  contentType: TEXT,
  nosniff: true,
  body: `${message}\n`,
});

describe('simulator wire format (api-contract §1)', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession({ startTime: '2026-12-03T13:05:42.123Z' });
  });

  afterEach(() => session.end());

  describe('1. GET config', () => {
    it('answers the default config for an unknown tenant, without storing it', async () => {
      const expected =
        '{"tenant_id":"newco","mode":"shared","resource_limits":{"cpu_request":"100m","cpu_limit":"200m",' +
        '"memory_request":"128Mi","memory_limit":"256Mi"},"autoscaling_enabled":false,"min_replicas":1,' +
        '"max_replicas":3,"target_cpu_utilization":0,"custom_domains":null}\n';
      expect(await readWire(session.api('newco'))).to.deep.equal({
        status: 200,
        contentType: 'application/json',
        nosniff: false,
        body: expected,
      });
      const ids = (await session.tenants()).map((tenant) => tenant.id);
      expect(ids).not.to.include('newco');
    });

    it('answers a stored config in Go field order', async () => {
      const answer = await readWire(session.api('globex'));
      expect(answer.contentType).to.equal('application/json');
      expect(answer.body).to.equal(
        '{"tenant_id":"globex","mode":"dedicated","dedicated_namespace":"veloflux-globex",' +
          '"resource_limits":{"cpu_request":"500m","cpu_limit":"1","memory_request":"512Mi","memory_limit":"1Gi"},' +
          '"autoscaling_enabled":false,"min_replicas":3,"max_replicas":6,"target_cpu_utilization":70,' +
          '"custom_domains":["globex.example.com","api.globex.example.com"]}\n',
      );
    });

    it('escapes <, > and & like encoding/json', async () => {
      await session.api('esc', '', {
        method: 'PUT',
        json: { mode: 'shared', custom_domains: ['<a>&b'] },
      });
      const body = (await readWire(session.api('esc'))).body;
      expect(body).to.contain('"custom_domains":["\\u003ca\\u003e\\u0026b"]');
    });
  });

  describe('2. PUT config', () => {
    it('answers 200 with an empty body and no content type, and replaces the config', async () => {
      const answer = await readWire(
        session.api('globex', '', { method: 'PUT', json: { mode: 'dedicated', min_replicas: 2 } }),
      );
      expect(answer).to.deep.equal({ status: 200, contentType: null, nosniff: false, body: '' });
      const stored = JSON.parse((await readWire(session.api('globex'))).body);
      // Replaced, never merged: the domains and namespace sent as absent are gone (quirk 6).
      expect(stored.custom_domains).to.equal(null);
      expect(stored.max_replicas).to.equal(0);
    });

    it('answers 400 text for a body that is not a config', async () => {
      expect(
        await readWire(session.api('acme', '', { method: 'PUT', body: '{"mode":' })),
      ).to.deep.equal(goError(400, 'Invalid request body'));
    });
  });

  describe('3–4. status and detailed_status', () => {
    it('answers 500 text for a tenant that was never deployed', async () => {
      expect(await readWire(session.api('hooli', '/status'))).to.deep.equal(
        goError(500, 'Failed to get deployment status'),
      );
      expect(await readWire(session.api('hooli', '/detailed_status'))).to.deep.equal(
        goError(500, 'Failed to get detailed deployment status'),
      );
    });

    it('answers a DeploymentStatus as application/json in Go field order', async () => {
      const answer = await readWire(session.api('globex', '/status'));
      expect(answer.status).to.equal(200);
      expect(answer.contentType).to.equal('application/json');
      expect(answer.body).to.match(
        /^\{"tenant_id":"globex","mode":"dedicated","status":"ready","namespace":"veloflux-globex","version":"dedicated","replicas":3,"ready_replicas":3,"last_updated":"2026-12-03T12:\d\d:\d\d\.\d{1,9}Z"\}\n$/,
      );
    });

    it('puts message before last_updated and omits it when empty', async () => {
      const umbrella = JSON.parse((await readWire(session.api('umbrella', '/status'))).body);
      expect(Object.keys(umbrella)).to.deep.equal([
        'tenant_id',
        'mode',
        'status',
        'namespace',
        'version',
        'replicas',
        'ready_replicas',
        'message',
        'last_updated',
      ]);
      expect(umbrella.message).to.contain('exceeded quota');
      const acme = JSON.parse((await readWire(session.api('acme', '/status'))).body);
      expect(acme).not.to.have.property('message');
      expect(acme).to.include({ mode: 'shared', namespace: '', version: 'shared', replicas: 0 });
    });

    it('answers a detailed status with events, metrics, pods and conditions', async () => {
      const answer = await readWire(session.api('globex', '/detailed_status'));
      expect(answer.contentType).to.equal('application/json');
      const detailed = JSON.parse(answer.body);
      expect(Object.keys(detailed).slice(-4)).to.deep.equal([
        'events',
        'metrics',
        'pods',
        'conditions',
      ]);
      expect(Object.keys(detailed.metrics)).to.deep.equal([
        'cpu_utilization',
        'memory_utilization',
      ]);
      expect(Object.keys(detailed.pods[0])).to.deep.equal([
        'name',
        'status',
        'creation_time',
        'containers',
        'node_name',
        'ip',
        'restart_policy',
      ]);
      const shared = JSON.parse((await readWire(session.api('acme', '/detailed_status'))).body);
      expect(shared.metrics).to.deep.equal({ cpu_utilization: 0, memory_utilization: 0 });
      expect(shared).not.to.have.any.keys('events', 'pods', 'conditions');
    });
  });

  describe('5–7. deploy, drain, scale: 202 JSON labelled text/plain', () => {
    it('deploy', async () => {
      expect(await readWire(session.api('acme', '/deploy', { method: 'POST' }))).to.deep.equal({
        status: 202,
        contentType: TEXT,
        nosniff: false,
        // Go encodes a map: keys sorted.
        body: '{"message":"Deployment initiated","status":"deploying"}\n',
      });
    });

    it('drain, and its 500s', async () => {
      expect(await readWire(session.api('globex', '/drain', { method: 'POST' }))).to.deep.equal({
        status: 202,
        contentType: TEXT,
        nosniff: false,
        body: '{"message":"Drain initiated for tenant instance","status":"draining"}\n',
      });
      expect(await readWire(session.api('acme', '/drain', { method: 'POST' }))).to.deep.equal(
        goError(500, 'Failed to drain tenant instance: can only drain dedicated instances'),
      );
      expect(await readWire(session.api('hooli', '/drain', { method: 'POST' }))).to.deep.equal(
        goError(500, 'Failed to drain tenant instance: deployment not found: redis: nil'),
      );
    });

    it('scale, and its 500s', async () => {
      expect(
        await readWire(session.api('globex', '/scale', { method: 'POST', json: { replicas: 5 } })),
      ).to.deep.equal({
        status: 202,
        contentType: TEXT,
        nosniff: false,
        body: '{"message":"Scaling to 5 replicas","status":"scaling"}\n',
      });
      expect(
        await readWire(session.api('acme', '/scale', { method: 'POST', json: { replicas: 2 } })),
      ).to.deep.equal(
        goError(500, 'Failed to scale tenant instance: can only scale dedicated instances'),
      );
      expect(
        await readWire(session.api('hooli', '/scale', { method: 'POST', json: { replicas: 2 } })),
      ).to.deep.equal(
        goError(500, 'Failed to scale tenant instance: deployment not found: redis: nil'),
      );
    });
  });

  describe('8–9. autoscale and resources: 200 JSON labelled text/plain', () => {
    it('autoscale', async () => {
      const json = { enabled: true, min_replicas: 2, max_replicas: 6, target_cpu_utilization: 65 };
      expect(
        await readWire(session.api('globex', '/autoscale', { method: 'PUT', json })),
      ).to.deep.equal({
        status: 200,
        contentType: TEXT,
        nosniff: false,
        body: '{"autoscaling":{"enabled":true,"max_replicas":6,"min_replicas":2,"target_cpu_utilization":65},"status":"updated"}\n',
      });
      expect(
        await readWire(session.api('acme', '/autoscale', { method: 'PUT', json })),
      ).to.deep.equal(
        goError(
          500,
          'Failed to update autoscaling: can only update autoscaling for dedicated instances',
        ),
      );
    });

    it('resources', async () => {
      const json = {
        cpu_request: '250m',
        cpu_limit: '1',
        memory_request: '256Mi',
        memory_limit: '1Gi',
      };
      expect(
        await readWire(session.api('globex', '/resources', { method: 'PUT', json })),
      ).to.deep.equal({
        status: 200,
        contentType: TEXT,
        nosniff: false,
        body: '{"resource_limits":{"cpu_request":"250m","cpu_limit":"1","memory_request":"256Mi","memory_limit":"1Gi"},"status":"updated"}\n',
      });
      expect(
        await readWire(session.api('acme', '/resources', { method: 'PUT', json })),
      ).to.deep.equal(
        goError(
          500,
          'Failed to update resource limits: can only update resource limits for dedicated instances',
        ),
      );
      expect(
        await readWire(session.api('hooli', '/resources', { method: 'PUT', json })),
      ).to.deep.equal(
        goError(500, 'Failed to update resource limits: deployment not found: redis: nil'),
      );
    });
  });

  describe('routing', () => {
    it('answers 404 text for unknown paths (quirk 10)', async () => {
      const notFound = goError(404, '404 page not found');
      for (const path of [
        '/api/tenants/acme/orchestration/nope',
        '/api/tenants/acme/orchestration/',
        '/api/tenants/acme/orchestration/status/',
        '/api/tenants/acme',
        '/api/tenants/a%2Fb/orchestration',
        '/elsewhere',
      ]) {
        expect(await readWire(fetch(`${session.baseUrl}${path}`)), path).to.deep.equal(notFound);
      }
    });

    it('answers 405 with an empty body and no content type for a wrong method', async () => {
      const cases: [string, string][] = [
        ['POST', ''],
        ['DELETE', ''],
        ['GET', '/deploy'],
        ['PUT', '/scale'],
        ['POST', '/status'],
        ['PATCH', '/autoscale'],
        ['HEAD', '/status'],
      ];
      for (const [method, path] of cases) {
        expect(
          await readWire(session.api('acme', path, { method })),
          `${method} ${path}`,
        ).to.deep.equal({
          status: 405,
          contentType: null,
          nosniff: false,
          body: '',
        });
      }
    });

    it('decodes the tenant path segment like mux (an encoded / is still a separator)', async () => {
      for (const tenantId of ['team a', 'ü-tenant', 'x?y#z']) {
        const config = JSON.parse((await readWire(session.api(tenantId))).body);
        expect(config.tenant_id).to.equal(tenantId);
      }
      expect((await readWire(session.api('a/b'))).status).to.equal(404);
    });
  });
});
