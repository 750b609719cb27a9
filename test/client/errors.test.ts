import { expect } from '@open-wc/testing';
import {
  OrchestrationError,
  errorCodeFor,
  isAbortError,
  toErrorDetail,
} from '../../src/client/index.js';

describe('client errors: codes derived from status and text (api-contract §6)', () => {
  const cases: Array<[string, number, string, string]> = [
    ['scale', 401, '{"error":"Authorization required","details":"missing header"}', 'unauthorized'],
    ['scale', 401, 'Invalid or expired token\n', 'unauthorized'],
    ['getConfig', 403, '{"error":"Access denied to tenant"}', 'forbidden'],
    ['getConfig', 403, 'Access denied to tenant\n', 'forbidden'],
    ['getStatus', 404, '404 page not found\n', 'not_available'],
    ['deploy', 405, '', 'not_available'],
    ['setConfig', 409, 'conflict\n', 'conflict'],
    ['scale', 400, 'Replicas must be at least 1\n', 'validation'],
    ['getStatus', 500, 'Failed to get deployment status\n', 'not_deployed'],
    ['getDetailedStatus', 500, 'Failed to get deployment status\n', 'not_deployed'],
    ['drain', 500, 'Failed to drain tenant instance: deployment not found\n', 'not_deployed'],
    [
      'scale',
      500,
      'Failed to scale tenant instance: can only scale dedicated instances\n',
      'scaling_not_available',
    ],
    [
      'updateResources',
      500,
      'Failed to update resource limits: can only update resources of dedicated instances\n',
      'scaling_not_available',
    ],
    ['getStatus', 404, 'deployment not found\n', 'not_deployed'],
    ['getStatus', 401, 'deployment not found\n', 'unauthorized'],
    ['getConfig', 429, '', 'unavailable'],
    ['getConfig', 418, "I'm a teapot\n", 'server'],
    ['deploy', 500, 'Failed to deploy tenant\n', 'server'],
    ['getConfig', 500, 'boom\n', 'server'],
    ['getStatus', 502, '<html>Bad Gateway</html>', 'unavailable'],
    ['getStatus', 503, '', 'unavailable'],
    ['deploy', 504, 'upstream timeout\n', 'unavailable'],
    [
      'deploy',
      409,
      '{"code":"already_deploying","message":"A deployment is running"}',
      'already_deploying',
    ],
    ['getConfig', 404, '{"error":"configuration_not_found"}', 'configuration_not_found'],
    [
      'scale',
      400,
      '{"code":"insufficient_resources","message":"No capacity"}',
      'insufficient_resources',
    ],
    [
      'setConfig',
      400,
      '{"error":"invalid_mode","message":"Mode must be shared or dedicated"}',
      'invalid_mode',
    ],
    ['scale', 409, '{"code":"autoscaling_conflict","message":"HPA is on"}', 'autoscaling_conflict'],
    ['scale', 400, '{"code":"made_up","message":"x"}', 'validation'],
  ];
  for (const [operation, status, body, code] of cases) {
    it(`${operation} ${status} ${JSON.stringify(body).slice(0, 50)} → ${code}`, () => {
      expect(errorCodeFor(operation, status, body)).to.equal(code);
    });
  }

  it('500 on a status read is not_deployed only for status reads', () => {
    expect(errorCodeFor('getConfig', 500, 'x', false)).to.equal('server');
    expect(errorCodeFor('anything', 500, 'x', true)).to.equal('not_deployed');
  });
});

describe('OrchestrationError', () => {
  it('is retryable only for transient codes and carries its fields', () => {
    const transient = new OrchestrationError({
      code: 'unavailable',
      message: 'm',
      operation: 'getStatus',
      status: 503,
    });
    expect(transient).to.be.instanceOf(Error);
    expect(transient.name).to.equal('OrchestrationError');
    expect([transient.status, transient.retryable, transient.stateUnknown]).to.deep.equal([
      503,
      true,
      false,
    ]);
    for (const code of ['network', 'timeout'] as const) {
      expect(new OrchestrationError({ code, message: '', operation: 'x' }).retryable).to.equal(
        true,
      );
    }
    for (const code of ['server', 'validation', 'unauthorized', 'not_deployed'] as const) {
      expect(new OrchestrationError({ code, message: '', operation: 'x' }).retryable).to.equal(
        false,
      );
    }
  });

  it('toErrorDetail gives the plain event form, also for foreign errors', () => {
    const error = new OrchestrationError({
      code: 'network',
      message: 'The server could not be reached',
      operation: 'deploy',
      stateUnknown: true,
      details: 'Failed to fetch',
    });
    expect(toErrorDetail(error)).to.deep.equal({
      status: 0,
      code: 'network',
      message: 'The server could not be reached',
      retryable: true,
      stateUnknown: true,
    });
    expect(toErrorDetail(new Error('bug')).message).to.equal('bug');
    expect(toErrorDetail('weird').message).to.equal('weird');
  });

  it('isAbortError recognises DOMException aborts only', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.equal(true);
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).to.equal(true);
    expect(isAbortError(new DOMException('x', 'TimeoutError'))).to.equal(false);
    expect(isAbortError(new Error('AbortError'))).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
  });
});
