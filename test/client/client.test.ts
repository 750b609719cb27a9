import { expect } from '@open-wc/testing';
import {
  OrchestrationError,
  createOrchestrationClient,
  isAbortError,
  type OrchestrationClientOptions,
  type OrchestrationErrorCode,
} from '../../src/client/index.js';
import {
  GoResponder,
  delayed,
  dropConnection,
  goEmpty,
  goError,
  goJson,
  goMethodNotAllowed,
  goNotFound,
  goSniffedJson,
  hang,
  readyStatus,
  defaultConfig,
  type Reply,
} from './go-responder.js';

const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

function setup(options: OrchestrationClientOptions = {}) {
  const server = new GoResponder();
  const client = createOrchestrationClient({
    fetch: server.fetch,
    retry: FAST_RETRY,
    visibility: null,
    ...options,
  });
  return { server, client };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function orchestrationError(promise: Promise<unknown>): Promise<OrchestrationError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(OrchestrationError);
  return error as OrchestrationError;
}

describe('client: endpoints and wire rules (api-contract §1, §5)', () => {
  it('builds every URL under the base path with the right method and body', async () => {
    const { server, client } = setup({ baseUrl: 'https://vf.example/admin' });
    const config = await client.getConfig('t1');
    await client.setConfig('t1', config);
    await client.getStatus('t1');
    await client.getDetailedStatus('t1');
    await client.deploy('t1');
    await client.drain('t1');
    await client.scale('t1', 3);
    const autoscaling = {
      enabled: true,
      min_replicas: 2,
      max_replicas: 4,
      target_cpu_utilization: 70,
    };
    await client.setAutoscaling('t1', autoscaling);
    const limits = { cpu_request: '1', cpu_limit: '2', memory_request: '1Gi', memory_limit: '2Gi' };
    await client.updateResources('t1', limits);
    const base = 'https://vf.example/admin/api/tenants/t1/orchestration';
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
      `GET ${base}`,
      `PUT ${base}`,
      `GET ${base}/status`,
      `GET ${base}/detailed_status`,
      `POST ${base}/deploy`,
      `POST ${base}/drain`,
      `POST ${base}/scale`,
      `PUT ${base}/autoscale`,
      `PUT ${base}/resources`,
    ]);
    expect(JSON.parse(server.requests[1]?.body ?? '')).to.deep.equal(config);
    expect(server.requests[4]?.body).to.equal(null);
    expect(server.requests[6]?.body).to.equal('{"replicas":3}');
    expect(JSON.parse(server.requests[7]?.body ?? '')).to.deep.equal(autoscaling);
    expect(JSON.parse(server.requests[8]?.body ?? '')).to.deep.equal(limits);
    expect(server.requests[6]?.headers['content-type']).to.equal('application/json');
    expect(server.requests[0]?.headers['content-type']).to.equal(undefined);
  });

  it('encodes the tenant id as one path segment', async () => {
    const { server, client } = setup();
    await client.getStatus('a/../b');
    await client.getStatus('t 1');
    await client.getStatus('x?y#z');
    expect(server.requests.map((r) => r.url)).to.deep.equal([
      '/api/tenants/a%2F..%2Fb/orchestration/status',
      '/api/tenants/t%201/orchestration/status',
      '/api/tenants/x%3Fy%23z/orchestration/status',
    ]);
  });

  it('rejects an empty tenant id without sending', async () => {
    const { server, client } = setup();
    expect((await orchestrationError(client.getStatus(''))).code).to.equal('validation');
    expect(server.requests).to.have.length(0);
  });

  it('accepts the empty 200 of PUT config and the 202 JSON labelled text/plain', async () => {
    const { client } = setup();
    expect(await client.setConfig('t1', await client.getConfig('t1'))).to.equal(undefined);
    expect(await client.deploy('t1')).to.deep.equal({
      status: 'deploying',
      message: 'Deployment initiated',
    });
    expect(await client.scale('t1', 4)).to.deep.equal({
      status: 'scaling',
      message: 'Scaling to 4 replicas',
    });
  });

  it('returns the config GET with null custom_domains and target 0 as sent', async () => {
    const { client } = setup();
    const config = await client.getConfig('fresh');
    expect(config.custom_domains).to.equal(null);
    expect(config.target_cpu_utilization).to.equal(0);
  });

  const invalidBodies: Array<[string, Reply]> = [
    ['an empty 200', goEmpty()],
    ['HTML', () => new Response('<html>proxy login</html>', { status: 200 })],
    ['truncated JSON', () => new Response('{"status":"rea', { status: 200 })],
    ['a JSON array', goJson([1, 2])],
    ['JSON without status', goJson({ tenant_id: 't1' })],
  ];
  for (const [label, reply] of invalidBodies) {
    it(`turns a 2xx status with ${label} into invalid_response`, async () => {
      const { server, client } = setup();
      server.queue('GET /status', reply);
      const error = await orchestrationError(client.getStatus('t1'));
      expect(error.code).to.equal('invalid_response');
      expect(error.status).to.equal(200);
      expect(error.retryable).to.equal(false);
      expect(server.requests).to.have.length(1); // not retried
    });
  }

  it('checks the shape of mutation answers too', async () => {
    const { server, client } = setup();
    server.queue('PUT /autoscale', goSniffedJson({ status: 'updated' }, 200));
    const settings = {
      enabled: false,
      min_replicas: 1,
      max_replicas: 3,
      target_cpu_utilization: 70,
    };
    expect((await orchestrationError(client.setAutoscaling('t1', settings))).code).to.equal(
      'invalid_response',
    );
  });
});

describe('client: every error code through the wire (api-contract §6)', () => {
  const cases: Array<[string, Reply, OrchestrationErrorCode, string]> = [
    [
      '401 JSON',
      goJson({ error: 'Invalid or expired token', details: 'token is expired' }, 401),
      'unauthorized',
      'Invalid or expired token',
    ],
    ['401 text', goError(401, 'Authorization required'), 'unauthorized', 'Authorization required'],
    [
      '403 JSON',
      goJson({ error: 'Access denied to tenant' }, 403),
      'forbidden',
      'Access denied to tenant',
    ],
    ['403 text', goError(403, 'Access denied to tenant'), 'forbidden', 'Access denied to tenant'],
    ['404 mux', goNotFound, 'not_available', '404 page not found'],
    ['405 empty', goMethodNotAllowed, 'not_available', 'HTTP 405'],
    ['409', goError(409, 'Operation in progress'), 'conflict', 'Operation in progress'],
    ['400', goError(400, 'Invalid request body'), 'validation', 'Invalid request body'],
    ['500', goError(500, 'Failed to deploy tenant'), 'server', 'Failed to deploy tenant'],
    [
      '500 not found',
      goError(500, 'Failed to deploy tenant: deployment not found'),
      'not_deployed',
      'Failed to deploy tenant: deployment not found',
    ],
    [
      '500 shared mode',
      goError(500, 'Failed to deploy tenant: can only deploy dedicated instances'),
      'scaling_not_available',
      'Failed to deploy tenant: can only deploy dedicated instances',
    ],
    [
      '502 HTML',
      () => new Response('<html>bad gateway</html>', { status: 502 }),
      'unavailable',
      'HTTP 502',
    ],
    [
      '409 business code',
      goJson({ code: 'already_deploying', message: 'Deployment already running' }, 409),
      'already_deploying',
      'Deployment already running',
    ],
    ['dropped connection', dropConnection, 'network', 'The server could not be reached'],
  ];
  for (const [label, reply, code, message] of cases) {
    it(`deploy answered with ${label} → ${code}`, async () => {
      const { server, client } = setup();
      server.queue('POST /deploy', reply);
      const error = await orchestrationError(client.deploy('t1'));
      expect(error.code).to.equal(code);
      expect(error.message).to.equal(message);
      expect(error.operation).to.equal('deploy');
      expect(error.stateUnknown).to.equal(code === 'network');
    });
  }

  it('reads a 500 on status as not_deployed and keeps server text as details', async () => {
    const { server, client } = setup();
    server.statuses.set('never', null);
    const error = await orchestrationError(client.getStatus('never'));
    expect([error.code, error.status, error.message]).to.deep.equal([
      'not_deployed',
      500,
      'Failed to get deployment status',
    ]);
    expect(error.details).to.equal('Failed to get deployment status');
    expect(server.requests).to.have.length(1);
  });

  it('keeps JSON details of auth errors', async () => {
    const { server, client } = setup();
    server.queue('GET ', goJson({ error: 'Invalid or expired token', details: { exp: 1 } }, 401));
    expect((await orchestrationError(client.getConfig('t1'))).details).to.equal('{"exp":1}');
  });
});

describe('client: authentication (api-contract §4)', () => {
  it('sends no Authorization without a token, and the credentials mode', async () => {
    let credentials: RequestCredentials | undefined;
    const server = new GoResponder();
    const client = createOrchestrationClient({
      fetch: (url, init) => {
        credentials = init.credentials;
        return server.fetch(url, init);
      },
      headers: { 'X-Tenant-Hint': 'yes' },
    });
    await client.getStatus('t1');
    expect(server.requests[0]?.headers['authorization']).to.equal(undefined);
    expect(server.requests[0]?.headers['x-tenant-hint']).to.equal('yes');
    expect(server.requests[0]?.headers['accept']).to.equal('application/json');
    expect(credentials).to.equal('same-origin');
    const including = createOrchestrationClient({
      fetch: (url, init) => {
        credentials = init.credentials;
        return server.fetch(url, init);
      },
      credentials: 'include',
      token: '',
    });
    await including.getStatus('t1');
    expect(credentials).to.equal('include');
    expect(server.requests[1]?.headers['authorization']).to.equal(undefined);
  });

  it('sends a string token as a bearer', async () => {
    const { server, client } = setup({ token: 'abc' });
    await client.getStatus('t1');
    expect(server.requests[0]?.headers['authorization']).to.equal('Bearer abc');
  });

  it('calls a sync or async token function before every request', async () => {
    let calls = 0;
    const { server, client } = setup({ token: () => `sync-${++calls}` });
    await client.getStatus('t1');
    await client.deploy('t1');
    expect(server.requests.map((r) => r.headers['authorization'])).to.deep.equal([
      'Bearer sync-1',
      'Bearer sync-2',
    ]);
    let asyncCalls = 0;
    const second = setup({
      token: async () => {
        asyncCalls++;
        await Promise.resolve();
        return asyncCalls === 1 ? 'first' : null;
      },
    });
    await second.client.getStatus('t1');
    await second.client.getStatus('t1');
    expect(second.server.requests.map((r) => r.headers['authorization'])).to.deep.equal([
      'Bearer first',
      undefined,
    ]);
  });

  it('turns a failing token function into unauthorized without sending', async () => {
    const { server, client } = setup({
      token: () => Promise.reject(new Error('refresh failed')),
    });
    const error = await orchestrationError(client.getStatus('t1'));
    expect(error.code).to.equal('unauthorized');
    expect(server.requests).to.have.length(0);
  });

  it('fires auth-required once per 401 wave', async () => {
    const { server, client } = setup();
    const events: CustomEvent[] = [];
    client.addEventListener('auth-required', (event) => events.push(event));
    const unauthorized = goJson({ error: 'Authorization required' }, 401);
    server.queue('GET /status', unauthorized, unauthorized);
    const results = await Promise.allSettled([client.getStatus('t1'), client.getStatus('t2')]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(events).to.have.length(1);
    expect(events[0]?.detail.error.code).to.equal('unauthorized');
    expect(events[0]?.detail.error.message).to.equal('Authorization required');

    // Another 401 in the same wave: still one event.
    server.queue('POST /deploy', unauthorized);
    await rejection(client.deploy('t1'));
    expect(events).to.have.length(1);
    // A success ends the wave; the next 401 starts a new one.
    await client.getStatus('t1');
    server.queue('GET /status', unauthorized);
    await rejection(client.getStatus('t1'));
    expect(events).to.have.length(2);
    // 403 is not an authentication problem.
    await client.getStatus('t1');
    server.queue('GET /status', goJson({ error: 'Access denied to tenant' }, 403));
    await rejection(client.getStatus('t1'));
    expect(events).to.have.length(2);
  });
});

describe('client: validation before sending (api-contract §1.1)', () => {
  const settings = (min: number, max: number, target: number, enabled = true) => ({
    enabled,
    min_replicas: min,
    max_replicas: max,
    target_cpu_utilization: target,
  });

  it('refuses bad replicas with the server message, sending nothing', async () => {
    const { server, client } = setup();
    for (const replicas of [0, -1, Number.NaN]) {
      const error = await orchestrationError(client.scale('t1', replicas));
      expect([error.code, error.message, error.status]).to.deep.equal([
        'validation',
        'Replicas must be at least 1',
        0,
      ]);
    }
    expect((await orchestrationError(client.scale('t1', 2.5))).message).to.equal(
      'Replicas must be an integer',
    );
    expect(server.requests).to.have.length(0);
  });

  it('checks autoscaling in the server order only when enabled', async () => {
    const { server, client } = setup();
    const message = async (value: ReturnType<typeof settings>) =>
      (await orchestrationError(client.setAutoscaling('t1', value))).message;
    expect(await message(settings(0, 0, 5))).to.equal('MinReplicas must be at least 1');
    expect(await message(settings(3, 2, 5))).to.equal(
      'MaxReplicas must be greater than or equal to MinReplicas',
    );
    expect(await message(settings(1, 2, 9))).to.equal(
      'TargetCPUUtilization must be between 10 and 100',
    );
    expect(await message(settings(1, 2, 101))).to.equal(
      'TargetCPUUtilization must be between 10 and 100',
    );
    expect(await message(settings(1.5, 2, 50))).to.equal('MinReplicas must be an integer');
    expect(server.requests).to.have.length(0);
    await client.setAutoscaling('t1', settings(3, 3, 10));
    await client.setAutoscaling('t1', settings(1, 1, 100));
    await client.setAutoscaling('t1', settings(0, 0, 0, false));
    expect(server.requests).to.have.length(3);
  });

  it('requires all four resource values', async () => {
    const { server, client } = setup();
    const limits = {
      cpu_request: '100m',
      cpu_limit: ' ',
      memory_request: '1Gi',
      memory_limit: '2Gi',
    };
    const error = await orchestrationError(client.updateResources('t1', limits));
    expect(error.message).to.equal('All resource limits must be specified');
    expect(server.requests).to.have.length(0);
  });

  it('lets the server validate with validate: false (per call or per client)', async () => {
    const { server, client } = setup();
    const error = await orchestrationError(client.scale('t1', 0, { validate: false }));
    expect([error.code, error.status, error.message]).to.deep.equal([
      'validation',
      400,
      'Replicas must be at least 1',
    ]);
    const raw = setup({ validate: false });
    const autoscale = await orchestrationError(raw.client.setAutoscaling('t1', settings(3, 2, 50)));
    expect([autoscale.status, autoscale.message]).to.deep.equal([
      400,
      'MaxReplicas must be greater than or equal to MinReplicas',
    ]);
    expect(server.requests).to.have.length(1);
    expect(raw.server.requests).to.have.length(1);
  });
});

describe('client: retries, aborts and deadlines', () => {
  it('retries a GET on 503 and network failures, up to 3 attempts', async () => {
    const { server, client } = setup();
    server.queue('GET /status', goError(503, 'Service Unavailable'), dropConnection);
    expect((await client.getStatus('t1')).status).to.equal('ready');
    expect(server.to('GET', '/status')).to.have.length(3);

    server.queue('GET ', dropConnection, dropConnection, dropConnection, dropConnection);
    const error = await orchestrationError(client.getConfig('t1'));
    expect([error.code, error.status, error.stateUnknown]).to.deep.equal(['network', 0, false]);
    expect(server.to('GET', '')).to.have.length(3);
  });

  it('does not retry other GET failures', async () => {
    const { server, client } = setup();
    for (const reply of [
      goError(500, 'boom'),
      goNotFound,
      goError(401, 'Authorization required'),
    ]) {
      server.queue('GET ', reply);
      await rejection(client.getConfig('t1'));
    }
    expect(server.requests).to.have.length(3);
  });

  it('never retries a mutation; a dropped one is stateUnknown', async () => {
    const { server, client } = setup();
    const mutations = [
      ['POST /deploy', () => client.deploy('t1')],
      ['POST /drain', () => client.drain('t1')],
      ['POST /scale', () => client.scale('t1', 2)],
      ['PUT ', () => client.setConfig('t1', { ...readyConfig() })],
      ['PUT /resources', () => client.updateResources('t1', limits())],
    ] as const;
    for (const [route, run] of mutations) {
      server.queue(route, dropConnection);
      const error = await orchestrationError(run());
      expect([error.code, error.stateUnknown, error.retryable]).to.deep.equal([
        'network',
        true,
        true,
      ]);
    }
    server.queue('POST /deploy', goError(503, 'Service Unavailable'));
    const unavailable = await orchestrationError(client.deploy('t1'));
    expect([unavailable.code, unavailable.stateUnknown]).to.deep.equal(['unavailable', false]);
    expect(server.requests.map((r) => r.method)).to.deep.equal([
      'POST',
      'POST',
      'POST',
      'PUT',
      'PUT',
      'POST',
    ]);
  });

  it('times out a GET with code timeout after its retries', async () => {
    const { server, client } = setup({ timeoutMs: 20 });
    server.queue('GET /status', hang, hang, hang);
    const started = performance.now();
    const error = await orchestrationError(client.getStatus('t1'));
    expect([error.code, error.stateUnknown, error.retryable]).to.deep.equal([
      'timeout',
      false,
      true,
    ]);
    expect(server.requests).to.have.length(3);
    expect(server.requests.every((r) => r.signal?.aborted)).to.equal(true);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('times out a mutation once, as stateUnknown, even if fetch ignores its signal', async () => {
    const { server, client } = setup({ timeoutMs: 20 });
    server.queue('POST /scale', () => new Promise<Response>(() => {}));
    const error = await orchestrationError(client.scale('t1', 5));
    expect([error.code, error.stateUnknown]).to.deep.equal(['timeout', true]);
    expect(server.requests).to.have.length(1);
  });

  it('covers the body read with the deadline', async () => {
    const { server, client } = setup({ timeoutMs: 30, retry: { attempts: 1 } });
    const stalledBody = new ReadableStream<Uint8Array>({ start() {} });
    server.queue('GET /status', () => new Response(stalledBody, { status: 200 }));
    expect((await orchestrationError(client.getStatus('t1'))).code).to.equal('timeout');
  });

  it('rejects with AbortError on caller abort: in flight, before, in a retry wait', async () => {
    const { server, client } = setup({
      retry: { attempts: 3, baseDelayMs: 5000, maxDelayMs: 5000 },
    });
    server.queue('GET /status', delayed(1000, goJson(readyStatus('t1'))));
    const inFlight = new AbortController();
    const pending = client.getStatus('t1', { signal: inFlight.signal });
    setTimeout(() => inFlight.abort(), 10);
    const error = await rejection(pending);
    expect(error).not.to.be.instanceOf(OrchestrationError);
    expect(isAbortError(error)).to.equal(true);
    expect(server.requests[0]?.signal?.aborted).to.equal(true);

    const before = new AbortController();
    before.abort();
    expect(isAbortError(await rejection(client.deploy('t1', { signal: before.signal })))).to.equal(
      true,
    );

    server.queue('GET /status', goError(503, 'busy'));
    const waiting = new AbortController();
    const retrying = client.getStatus('t1', { signal: waiting.signal });
    setTimeout(() => waiting.abort(), 20);
    const started = performance.now();
    expect(isAbortError(await rejection(retrying))).to.equal(true);
    expect(performance.now() - started).to.be.below(1000);
    expect(server.requests).to.have.length(2); // the aborted deploy sent nothing
  });

  it('backs off exponentially with jitter, capped', async () => {
    const { server, client } = setup({ retry: { attempts: 3, baseDelayMs: 40, maxDelayMs: 60 } });
    const times: number[] = [];
    const failing: Reply = () => {
      times.push(performance.now());
      return goError(503, 'busy')({} as never);
    };
    server.queue('GET /status', failing, failing, failing);
    await rejection(client.getStatus('t1'));
    const [first = 0, second = 0, third = 0] = times;
    expect(second - first).to.be.within(18, 200); // 40 ms with equal jitter: 20..40
    expect(third - second).to.be.within(28, 200); // min(80, 60) = 60: 30..60
  });

  it('uses globalThis.fetch looked up at call time by default', async () => {
    const server = new GoResponder();
    const original = globalThis.fetch;
    const client = createOrchestrationClient({ visibility: null });
    globalThis.fetch = (input, init) => server.fetch(String(input), init ?? {});
    try {
      await client.getStatus('late');
    } finally {
      globalThis.fetch = original;
    }
    expect(server.requests[0]?.url).to.equal('/api/tenants/late/orchestration/status');
  });
});

function limits() {
  return { cpu_request: '100m', cpu_limit: '200m', memory_request: '128Mi', memory_limit: '256Mi' };
}

function readyConfig() {
  return {
    tenant_id: 't1',
    mode: 'dedicated',
    resource_limits: limits(),
    autoscaling_enabled: false,
    min_replicas: 1,
    max_replicas: 3,
    target_cpu_utilization: 70,
    custom_domains: null,
  };
}

describe('default fetch', () => {
  it('uses the global fetch when none is injected (a real request to the test server)', async () => {
    const client = createOrchestrationClient({
      baseUrl: '/no-such-prefix',
      retry: { attempts: 1 },
    });
    // The test server answers unknown paths with 404: what matters is that a response arrived.
    const error = await client.getConfig('acme').catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).to.equal('not_available');
  });
});

describe('config reads in flight are shared', () => {
  it('sends one GET for concurrent reads of the same tenant, one per tenant', async () => {
    const { server, client } = setup();
    const [a, b, other] = await Promise.all([
      client.getConfig('t1'),
      client.getConfig('t1'),
      client.getConfig('t2'),
    ]);
    expect(a).to.deep.equal(b);
    expect(other.tenant_id).to.equal('t2');
    expect(configReads(server, 't1')).to.have.length(1);
    expect(configReads(server, 't2')).to.have.length(1);
    await client.getConfig('t1');
    expect(configReads(server, 't1'), 'a later read is a new request').to.have.length(2);
  });

  it("rejects only the aborting caller's read with an abort", async () => {
    const { server, client } = setup();
    server.queue('GET ', delayed(30, goJson(defaultConfig('t1'))));
    const controller = new AbortController();
    const aborted = client.getConfig('t1', { signal: controller.signal });
    const kept = client.getConfig('t1');
    controller.abort();
    expect(isAbortError(await rejection(aborted))).to.equal(true);
    expect((await kept).tenant_id).to.equal('t1');
    expect(configReads(server, 't1')).to.have.length(1);
  });

  it('never gives a read that follows a save the answer of a read from before it', async () => {
    const { server, client } = setup();
    server.queue('GET ', delayed(30, goJson(defaultConfig('t1'))));
    const before = client.getConfig('t1');
    await client.setConfig('t1', { ...defaultConfig('t1'), mode: 'dedicated' });
    const after = client.getConfig('t1');
    await Promise.all([before, after]);
    expect(configReads(server, 't1')).to.have.length(2);
  });
});

function configReads(server: GoResponder, tenantId: string) {
  return server.to('GET', '').filter((request) => request.url.includes(`/tenants/${tenantId}/`));
}
