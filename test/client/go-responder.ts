/**
 * An injectable `fetch` that answers like the VeloFlux Go handlers (api-contract.md §1, §5):
 * `http.Error` text bodies, the empty 200 of PUT config, 202 JSON labelled text/plain, mux's
 * `404 page not found`, empty 405s, JSON 401/403 from the auth middleware and dropped
 * connections. It records every request. Only the client's own unit tests may stub fetch.
 */
import type { FetchFunction } from '../../src/client/index.js';
import type { DeploymentStatus, TenantOrchestratorConfig } from '../../src/client/types.js';

export interface RecordedRequest {
  method: string;
  /** The URL exactly as the client passed it. */
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string | null;
  signal: AbortSignal | undefined;
}

export type Reply = (request: RecordedRequest) => Response | Promise<Response>;

const GO_TEXT = 'text/plain; charset=utf-8';

/** Go's `http.Error(w, message, status)`. */
export const goError =
  (status: number, message: string): Reply =>
  () =>
    new Response(`${message}\n`, {
      status,
      headers: { 'Content-Type': GO_TEXT, 'X-Content-Type-Options': 'nosniff' },
    });

/** `json.NewEncoder(w).Encode(v)` after setting `Content-Type: application/json`. */
export const goJson =
  (body: unknown, status = 200): Reply =>
  () =>
    new Response(`${JSON.stringify(body)}\n`, {
      status,
      headers: { 'Content-Type': 'application/json' },
    });

/** JSON written without a content type: Go sniffs it as text/plain (quirk 1). */
export const goSniffedJson =
  (body: unknown, status = 202): Reply =>
  () =>
    new Response(`${JSON.stringify(body)}\n`, { status, headers: { 'Content-Type': GO_TEXT } });

/** A handler that returns without writing: 200, empty body, no content type (PUT config). */
export const goEmpty =
  (status = 200): Reply =>
  () =>
    new Response(null, { status });

export const goNotFound: Reply = goError(404, '404 page not found');
export const goMethodNotAllowed: Reply = goEmpty(405);

/** The connection dropped (e.g. the real server panicked on a malformed quantity). */
export const dropConnection: Reply = () => Promise.reject(new TypeError('Failed to fetch'));

/** Never answers, but honours the request's signal like a real fetch. */
export const hang: Reply = ({ signal }) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason));
  });

/** Answers after `ms`, or rejects when the request is aborted first. */
export const delayed =
  (ms: number, reply: Reply): Reply =>
  (request) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(reply(request)), ms);
      request.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(request.signal?.reason);
      });
    });

export function readyStatus(tenantId: string, patch: Partial<DeploymentStatus> = {}) {
  return {
    tenant_id: tenantId,
    mode: 'dedicated',
    status: 'ready',
    namespace: `veloflux-${tenantId}`,
    version: 'dedicated',
    replicas: 2,
    ready_replicas: 2,
    last_updated: '2025-01-01T10:00:00.123456789Z',
    ...patch,
  } satisfies DeploymentStatus;
}

export function defaultConfig(tenantId: string): TenantOrchestratorConfig {
  return {
    tenant_id: tenantId,
    mode: 'shared',
    resource_limits: {
      cpu_request: '100m',
      cpu_limit: '200m',
      memory_request: '128Mi',
      memory_limit: '256Mi',
    },
    autoscaling_enabled: false,
    min_replicas: 1,
    max_replicas: 3,
    target_cpu_utilization: 0,
    custom_domains: null,
  };
}

const ROUTE = /\/api\/tenants\/([^/]+)\/orchestration(|\/[a-z_]+)$/;
const ROUTES: Record<string, string> = {
  '': 'GET PUT',
  '/status': 'GET',
  '/detailed_status': 'GET',
  '/deploy': 'POST',
  '/drain': 'POST',
  '/scale': 'POST',
  '/autoscale': 'PUT',
  '/resources': 'PUT',
};

export class GoResponder {
  readonly requests: RecordedRequest[] = [];
  /** Status per (decoded) tenant id; `null` = never deployed (500). Default: ready. */
  readonly statuses = new Map<string, DeploymentStatus | null>();
  private readonly queued = new Map<string, Reply[]>();

  /** Queues one-shot replies for `METHOD suffix` (e.g. `GET /status`), used before the default. */
  queue(route: string, ...replies: Reply[]): this {
    this.queued.set(route, [...(this.queued.get(route) ?? []), ...replies]);
    return this;
  }

  /** Requests whose path ends with `suffix` (e.g. `/status`); `''` = the config route. */
  to(method: string, suffix: string): RecordedRequest[] {
    return this.requests.filter(
      (request) =>
        request.method === method &&
        new URL(request.url, 'http://go.test').pathname.match(ROUTE)?.[2] === suffix,
    );
  }

  readonly fetch: FetchFunction = async (url, init) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? init.body : null,
      signal: init.signal ?? undefined,
    };
    this.requests.push(request);
    await Promise.resolve(); // answer asynchronously, like the network
    const match = new URL(url, 'http://go.test').pathname.match(ROUTE);
    const suffix = match?.[2] ?? '';
    const reply = this.queued.get(`${request.method} ${suffix}`)?.shift();
    if (reply) return reply(request);
    if (!match || !(suffix in ROUTES)) return goNotFound(request);
    if (!ROUTES[suffix]?.split(' ').includes(request.method)) return goMethodNotAllowed(request);
    return this.handle(request, decodeURIComponent(match[1] ?? ''), suffix);
  };

  private handle(
    request: RecordedRequest,
    tenantId: string,
    suffix: string,
  ): Response | Promise<Response> {
    const body = parseBody(request.body);
    switch (`${request.method} ${suffix}`) {
      case 'GET ':
        return goJson(defaultConfig(tenantId))(request);
      case 'PUT ':
        return body ? goEmpty()(request) : goError(400, 'Invalid request body')(request);
      case 'GET /status':
      case 'GET /detailed_status': {
        const status = this.statuses.has(tenantId)
          ? this.statuses.get(tenantId)
          : readyStatus(tenantId);
        if (!status) return goError(500, 'Failed to get deployment status')(request);
        const detailed = suffix === '/detailed_status';
        return goJson(
          detailed
            ? { ...status, metrics: { cpu_utilization: 12, memory_utilization: 30 } }
            : status,
        )(request);
      }
      case 'POST /deploy':
        return goSniffedJson({ status: 'deploying', message: 'Deployment initiated' })(request);
      case 'POST /drain':
        return goSniffedJson({
          status: 'draining',
          message: 'Drain initiated for tenant instance',
        })(request);
      case 'POST /scale': {
        const replicas = body?.['replicas'];
        if (!body || (replicas != null && !Number.isInteger(replicas))) {
          return goError(400, 'Invalid request body')(request);
        }
        if (typeof replicas !== 'number' || replicas < 1) {
          return goError(400, 'Replicas must be at least 1')(request);
        }
        return goSniffedJson({ status: 'scaling', message: `Scaling to ${replicas} replicas` })(
          request,
        );
      }
      case 'PUT /autoscale': {
        if (!body) return goError(400, 'Invalid request body')(request);
        const { enabled, min_replicas: min, max_replicas: max } = body as Record<string, number>;
        const target = body['target_cpu_utilization'] as number;
        if (enabled) {
          if (min < 1) return goError(400, 'MinReplicas must be at least 1')(request);
          if (max < min) {
            return goError(
              400,
              'MaxReplicas must be greater than or equal to MinReplicas',
            )(request);
          }
          if (target < 10 || target > 100) {
            return goError(400, 'TargetCPUUtilization must be between 10 and 100')(request);
          }
        }
        return goSniffedJson({ status: 'updated', autoscaling: body }, 200)(request);
      }
      default: {
        // PUT /resources
        const values = body ? Object.values(body) : [];
        if (values.length !== 4 || values.some((value) => value === '')) {
          return goError(400, 'All resource limits must be specified')(request);
        }
        return goSniffedJson({ status: 'updated', resource_limits: body }, 200)(request);
      }
    }
  }
}

function parseBody(text: string | null): Record<string, unknown> | null {
  try {
    const value: unknown = text ? JSON.parse(text) : null;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A fake `document` for the status store's visibility pause. */
export class FakeVisibility {
  hidden = false;
  private readonly listeners = new Set<() => void>();

  addEventListener(_type: 'visibilitychange', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'visibilitychange', listener: () => void): void {
    this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  set(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of [...this.listeners]) listener();
  }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
