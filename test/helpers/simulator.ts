/**
 * Browser-test helper: an isolated simulator session on the test server (the hub is mounted by
 * scripts/simulator-middleware.mjs), driven through its HTTP control API on the same origin.
 */
import { expect } from '@open-wc/testing';
import type { DeploymentStatus, DetailedDeploymentStatus } from '../../src/client/types.js';
import type {
  ActiveFault,
  FaultSpec,
  LoadSetting,
  LoggedRequest,
  SessionOptions,
  TenantSeed,
  TenantSummary,
} from '../../simulator/index.js';

export type { ActiveFault, FaultSpec, LoggedRequest, SessionOptions, TenantSeed, TenantSummary };

export interface SimSession {
  readonly id: string;
  /** Use as the client's `baseUrl`: `${baseUrl}/api/tenants/...` reaches this session. */
  readonly baseUrl: string;
  /**
   * Raw `fetch` to this session's orchestration API: `api('acme', '/status')`. The tenant id is
   * encoded; a JSON-able `json` option becomes the body.
   */
  api(tenantId: string, path?: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Moves the session's clock (manual by default); resolves to the new simulated time. */
  advance(ms: number): Promise<number>;
  addFault(fault: FaultSpec): Promise<ActiveFault>;
  clearFaults(): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  setTenant(tenantId: string, seed: TenantSeed): Promise<TenantSummary>;
  /** `cpu`: the utilization the pods show now (the total load then stays constant); `null` resets. */
  setLoad(tenantId: string, load: LoadSetting | null): Promise<TenantSummary>;
  tenants(): Promise<TenantSummary[]>;
  tenant(tenantId: string): Promise<TenantSummary>;
  setQuirks(enabled: boolean): Promise<void>;
  setAuth(
    auth: { token?: string | null; tokens?: Record<string, string[] | '*'> } | null,
  ): Promise<void>;
  reset(): Promise<void>;
  /** Simulated time now, epoch milliseconds. */
  now(): Promise<number>;
  end(): Promise<void>;
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`simulator ${method} ${url}: ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Creates a session: manual clock and the seeded demo tenants unless told otherwise. */
export async function createSimSession(options: SessionOptions = {}): Promise<SimSession> {
  const { id, baseUrl } = await call<{ id: string; baseUrl: string }>('POST', '/__sim/sessions', {
    clock: 'manual',
    ...options,
  });
  const control = (path: string) => `${baseUrl}/control/${path}`;
  return {
    id,
    baseUrl,
    api: (tenantId, path = '', init = {}) => {
      const { json, ...rest } = init;
      const url = `${baseUrl}/api/tenants/${encodeURIComponent(tenantId)}/orchestration${path}`;
      return fetch(url, json === undefined ? rest : { ...rest, body: JSON.stringify(json) });
    },
    advance: async (ms) => (await call<{ now: number }>('POST', control('advance'), { ms })).now,
    addFault: (fault) => call<ActiveFault>('POST', control('faults'), fault),
    clearFaults: () => call<void>('DELETE', control('faults')),
    requests: () => call<LoggedRequest[]>('GET', control('requests')),
    clearRequests: () => call<void>('DELETE', control('requests')),
    setTenant: (tenantId, seed) =>
      call<TenantSummary>('PUT', control(`tenants/${encodeURIComponent(tenantId)}`), seed),
    setLoad: (tenantId, load) =>
      call<TenantSummary>(
        'POST',
        control('load'),
        load === null ? { tenantId, cpu: null } : { tenantId, ...load },
      ),
    tenants: () => call<TenantSummary[]>('GET', control('tenants')),
    tenant: (tenantId) =>
      call<TenantSummary>('GET', control(`tenants/${encodeURIComponent(tenantId)}`)),
    setQuirks: async (enabled) => {
      await call('PUT', control('quirks'), { enabled });
    },
    setAuth: async (auth) => {
      await call('PUT', control('auth'), auth);
    },
    reset: () => call<void>('POST', control('reset')),
    now: async () => (await call<{ now: number }>('GET', control('clock'))).now,
    end: async () => {
      // Ending twice (or after eviction) is harmless for a test's cleanup.
      await fetch(baseUrl, { method: 'DELETE' });
    },
  };
}

/** What a test compares byte for byte: status, content type, nosniff and the body text. */
export interface WireAnswer {
  status: number;
  contentType: string | null;
  nosniff: boolean;
  body: string;
}

export async function readWire(response: Response | Promise<Response>): Promise<WireAnswer> {
  const answer = await response;
  return {
    status: answer.status,
    contentType: answer.headers.get('Content-Type'),
    nosniff: answer.headers.get('X-Content-Type-Options') === 'nosniff',
    body: await answer.text(),
  };
}

/** Shorthands over `session.api` for the simulator's own tests (status reads, POST, PUT). */
export function apiHelpers(session: () => SimSession) {
  const status = async (tenantId: string): Promise<DeploymentStatus> => {
    const response = await session().api(tenantId, '/status');
    expect(response.status, `${tenantId} status`).to.equal(200);
    return (await response.json()) as DeploymentStatus;
  };
  return {
    status,
    detailed: async (tenantId: string): Promise<DetailedDeploymentStatus> =>
      (await (
        await session().api(tenantId, '/detailed_status')
      ).json()) as DetailedDeploymentStatus,
    post: (tenantId: string, path: string, json?: unknown) =>
      session().api(tenantId, path, { method: 'POST', ...(json === undefined ? {} : { json }) }),
    put: (tenantId: string, path: string, json: unknown) =>
      session().api(tenantId, path, { method: 'PUT', json }),
    /** `status ready/desired`, e.g. `scaling 2/4`. */
    snapshot: async (tenantId: string) => {
      const { status: state, replicas, ready_replicas } = await status(tenantId);
      return `${state} ${ready_replicas}/${replicas}`;
    },
  };
}
