/**
 * api-contract §1.1 for scale and autoscale: Go's decoding rules and the order of checks, over
 * real HTTP.
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

describe('simulator validation: scale and autoscale (api-contract §1.1)', () => {
  let session: SimSession;

  beforeEach(async () => {
    session = await createSimSession();
  });

  afterEach(() => session.end());

  const config = async (tenantId: string) =>
    JSON.parse((await readWire(session.api(tenantId))).body);

  describe('scale', () => {
    const REPLICAS = goError(400, 'Replicas must be at least 1');
    const cases: [string, unknown][] = [
      ['', INVALID], // io.EOF
      ['not json', INVALID],
      ['{"replicas":"3"}', INVALID],
      ['{"replicas":2.5}', INVALID],
      ['{"replicas":3.0}', INVALID],
      ['{"replicas":1e2}', INVALID],
      ['{"replicas":true}', INVALID],
      ['{"replicas":9223372036854775808}', INVALID], // beyond int64
      ['[]', INVALID],
      ['"3"', INVALID],
      ['{"replicas":', INVALID],
      ['{}', REPLICAS], // missing counts as 0
      ['null', REPLICAS],
      ['{"replicas":null}', REPLICAS],
      ['{"replicas":0}', REPLICAS],
      ['{"replicas":-2}', REPLICAS],
    ];
    for (const [body, expected] of cases) {
      it(`answers ${JSON.stringify(body)} like Go`, async () => {
        expect(
          await readWire(session.api('globex', '/scale', { method: 'POST', body })),
        ).to.deep.equal(expected);
      });
    }

    it('accepts what Go accepts: any key case, unknown keys, bytes after the first value', async () => {
      for (const body of [
        '{"Replicas":4}',
        '{"REPLICAS":4,"extra":[1,{"a":null}]}',
        '{"replicas":4} trailing',
        ' \n{"replicas":4}',
      ]) {
        const answer = await readWire(session.api('globex', '/scale', { method: 'POST', body }));
        expect(answer.status, body).to.equal(202);
        expect(answer.body).to.equal('{"message":"Scaling to 4 replicas","status":"scaling"}\n');
      }
    });

    it('validates before looking at the deployment, and has no upper bound', async () => {
      expect(
        await readWire(session.api('acme', '/scale', { method: 'POST', json: { replicas: 0 } })),
      ).to.deep.equal(goError(400, 'Replicas must be at least 1'));
      const big = await readWire(
        session.api('globex', '/scale', { method: 'POST', json: { replicas: 5000 } }),
      );
      expect(big.status).to.equal(202);
      expect(big.body).to.contain('Scaling to 5000 replicas');
    });
  });

  describe('autoscale', () => {
    const put = (tenantId: string, json: unknown) =>
      readWire(session.api(tenantId, '/autoscale', { method: 'PUT', json }));

    it('checks min, then max, then target, only when enabled', async () => {
      expect(
        await put('globex', {
          enabled: true,
          min_replicas: 0,
          max_replicas: 0,
          target_cpu_utilization: 5,
        }),
      ).to.deep.equal(goError(400, 'MinReplicas must be at least 1'));
      expect(
        await put('globex', {
          enabled: true,
          min_replicas: 3,
          max_replicas: 2,
          target_cpu_utilization: 5,
        }),
      ).to.deep.equal(goError(400, 'MaxReplicas must be greater than or equal to MinReplicas'));
      expect(
        await put('globex', {
          enabled: true,
          min_replicas: 2,
          max_replicas: 2,
          target_cpu_utilization: 9,
        }),
      ).to.deep.equal(goError(400, 'TargetCPUUtilization must be between 10 and 100'));
      expect(
        (
          await put('globex', {
            enabled: true,
            min_replicas: 1,
            max_replicas: 1,
            target_cpu_utilization: 101,
          })
        ).body,
      ).to.equal('TargetCPUUtilization must be between 10 and 100\n');
      // Missing fields count as 0: the first check fails.
      expect((await put('globex', { enabled: true })).body).to.equal(
        'MinReplicas must be at least 1\n',
      );
    });

    it('accepts the inclusive bounds and equal min/max', async () => {
      for (const target of [10, 100]) {
        const answer = await put('globex', {
          enabled: true,
          min_replicas: 2,
          max_replicas: 2,
          target_cpu_utilization: target,
        });
        expect(answer.status).to.equal(200);
      }
    });

    it('with enabled:false checks nothing and keeps the stored min/max/target', async () => {
      const answer = await put('globex', {
        enabled: false,
        min_replicas: -5,
        max_replicas: -9,
        target_cpu_utilization: 500,
      });
      expect(answer.body).to.equal(
        '{"autoscaling":{"enabled":false,"max_replicas":6,"min_replicas":3,"target_cpu_utilization":70},"status":"updated"}\n',
      );
      expect(await config('globex')).to.include({
        autoscaling_enabled: false,
        min_replicas: 3,
        max_replicas: 6,
        target_cpu_utilization: 70,
      });
    });

    it('answers Invalid request body for wrong JSON types', async () => {
      expect(
        await put('globex', {
          enabled: 'true',
          min_replicas: 1,
          max_replicas: 2,
          target_cpu_utilization: 50,
        }),
      ).to.deep.equal(INVALID);
      expect(
        await put('globex', {
          enabled: true,
          min_replicas: 1.5,
          max_replicas: 2,
          target_cpu_utilization: 50,
        }),
      ).to.deep.equal(INVALID);
    });

    it('keeps the new values in a stored config even when it then answers 500 (quirk 4)', async () => {
      const json = { enabled: true, min_replicas: 4, max_replicas: 9, target_cpu_utilization: 50 };
      expect(await put('hooli', json)).to.deep.equal(
        goError(500, 'Failed to update autoscaling: deployment not found: redis: nil'),
      );
      expect(await config('hooli')).to.include({
        autoscaling_enabled: true,
        min_replicas: 4,
        max_replicas: 9,
        target_cpu_utilization: 50,
      });
      // A tenant with nothing stored gets a fresh default object, which is not kept.
      expect((await put('nobody', json)).status).to.equal(500);
      expect(await config('nobody')).to.include({
        autoscaling_enabled: false,
        min_replicas: 1,
        max_replicas: 3,
      });
    });
  });
});
