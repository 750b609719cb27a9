import {
  OrchestrationError,
  errorFromResponse,
  isRecord,
  parseJsonObject,
  type OrchestrationOperation,
} from './errors.js';
import type {
  AuthRequiredDetail,
  AuthRequiredListener,
  OrchestrationClient,
  OrchestrationClientOptions,
  RequestOptions,
} from './client-api.js';
import {
  StatusStore,
  type StatusListener,
  type StatusWatchOptions,
  type StatusWatchStats,
} from './status-store.js';
import type {
  AutoscalingSettings,
  AutoscalingUpdated,
  DeploymentStatus,
  DetailedDeploymentStatus,
  OperationAccepted,
  ResourceLimits,
  ResourceLimitsUpdated,
  TenantOrchestratorConfig,
} from './types.js';
import {
  backoffDelay,
  exchange,
  followSignal,
  sleep,
  type RetryPolicy,
  type WireAnswer,
} from './transport.js';
import { validateAutoscaling, validateReplicas, validateResources } from './validation.js';

const ROUTES = {
  getConfig: ['GET', ''],
  setConfig: ['PUT', ''],
  getStatus: ['GET', '/status'],
  getDetailedStatus: ['GET', '/detailed_status'],
  deploy: ['POST', '/deploy'],
  drain: ['POST', '/drain'],
  scale: ['POST', '/scale'],
  setAutoscaling: ['PUT', '/autoscale'],
  updateResources: ['PUT', '/resources'],
} as const satisfies Record<OrchestrationOperation, readonly [string, string]>;

/** Checks that a 2xx body is the JSON expected; `null` ignores the body (empty PUT config). */
type BodyCheck = ((body: Record<string, unknown>) => boolean) | null;

const hasStatus: BodyCheck = (body) => typeof body['status'] === 'string';
const hasObject =
  (field: string): BodyCheck =>
  (body) =>
    isRecord(body[field]);

export function createOrchestrationClient(
  options: OrchestrationClientOptions = {},
): OrchestrationClient {
  return new HttpOrchestrationClient(options);
}

class HttpOrchestrationClient extends EventTarget implements OrchestrationClient {
  private readonly store: StatusStore;
  private readonly retry: RetryPolicy;
  /** Set by a 401, cleared by any success: one `auth-required` per wave. */
  private authWaveOpen = false;
  /** Config reads in flight, per tenant, shared by concurrent callers. */
  private readonly configReads = new Map<string, Promise<TenantOrchestratorConfig>>();

  constructor(private readonly options: OrchestrationClientOptions) {
    super();
    this.retry = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000, ...options.retry };
    const visibility =
      options.visibility !== undefined
        ? (options.visibility ?? undefined)
        : typeof document === 'undefined'
          ? undefined
          : document;
    this.store = new StatusStore({
      transitionalMs: 2000,
      idleMs: 30_000,
      maxBackoffMs: 300_000,
      ...options.pollIntervals,
      visibility,
      read: (tenantId, detailed, signal) =>
        detailed
          ? this.getDetailedStatus(tenantId, { signal })
          : this.getStatus(tenantId, { signal }),
    });
  }

  getConfig(tenantId: string, options: RequestOptions = {}): Promise<TenantOrchestratorConfig> {
    // Editors that mount together (the panel's scale control and autoscale form) share one read
    // in flight. A mutation forgets it, so a re-read after a save never joins an older answer.
    let shared = this.configReads.get(tenantId);
    if (!shared) {
      const read = this.call<TenantOrchestratorConfig>(
        'getConfig',
        tenantId,
        { validate: options.validate },
        undefined,
        hasObject('resource_limits'),
      );
      shared = read;
      this.configReads.set(tenantId, read);
      const forget = () => {
        if (this.configReads.get(tenantId) === read) this.configReads.delete(tenantId);
      };
      read.then(forget, forget);
    }
    return followSignal(shared, options.signal);
  }

  setConfig(
    tenantId: string,
    config: TenantOrchestratorConfig,
    options?: RequestOptions,
  ): Promise<void> {
    return this.call('setConfig', tenantId, options, config, null);
  }

  getStatus(tenantId: string, options?: RequestOptions): Promise<DeploymentStatus> {
    return this.call('getStatus', tenantId, options, undefined, hasStatus);
  }

  getDetailedStatus(tenantId: string, options?: RequestOptions): Promise<DetailedDeploymentStatus> {
    return this.call('getDetailedStatus', tenantId, options, undefined, hasStatus);
  }

  deploy(tenantId: string, options?: RequestOptions): Promise<OperationAccepted> {
    return this.call('deploy', tenantId, options, undefined, hasStatus);
  }

  drain(tenantId: string, options?: RequestOptions): Promise<OperationAccepted> {
    return this.call('drain', tenantId, options, undefined, hasStatus);
  }

  scale(tenantId: string, replicas: number, options?: RequestOptions): Promise<OperationAccepted> {
    const check = (): void => validateReplicas(replicas);
    return this.call('scale', tenantId, options, { replicas }, hasStatus, check);
  }

  setAutoscaling(
    tenantId: string,
    settings: AutoscalingSettings,
    options?: RequestOptions,
  ): Promise<AutoscalingUpdated> {
    const { enabled, min_replicas, max_replicas, target_cpu_utilization } = settings;
    const body = { enabled, min_replicas, max_replicas, target_cpu_utilization };
    const check = (): void => validateAutoscaling(settings);
    return this.call('setAutoscaling', tenantId, options, body, hasObject('autoscaling'), check);
  }

  updateResources(
    tenantId: string,
    limits: ResourceLimits,
    options?: RequestOptions,
  ): Promise<ResourceLimitsUpdated> {
    const { cpu_request, cpu_limit, memory_request, memory_limit } = limits;
    const body = { cpu_request, cpu_limit, memory_request, memory_limit };
    const check = (): void => validateResources(limits);
    const echo = hasObject('resource_limits');
    return this.call('updateResources', tenantId, options, body, echo, check);
  }

  watchStatus(tenantId: string, options: StatusWatchOptions, listener: StatusListener): () => void {
    return this.store.watch(tenantId, options, listener);
  }

  refreshStatus(tenantId: string): void {
    this.store.refresh(tenantId);
  }

  watchStats(): StatusWatchStats {
    return this.store.stats();
  }

  // Widened so the typed `auth-required` listener of the interface is accepted.
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | AuthRequiredListener | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener as EventListener | null, options);
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | AuthRequiredListener | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener as EventListener | null, options);
  }

  private async call<T>(
    operation: OrchestrationOperation,
    tenantId: string,
    options: RequestOptions = {},
    body: unknown,
    check: BodyCheck,
    validate?: () => void,
  ): Promise<T> {
    if (!tenantId) {
      throw new OrchestrationError({
        code: 'validation',
        message: 'Tenant id is required',
        operation,
      });
    }
    // Client-side checks mirror the server's (same messages); nothing is sent when they fail.
    if (options.validate ?? this.options.validate ?? true) validate?.();
    const [method, path] = ROUTES[operation];
    if (method !== 'GET') this.configReads.delete(tenantId);
    const attempts = method === 'GET' ? Math.max(1, this.retry.attempts) : 1;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const answer = await this.send(operation, method, tenantId, path, body, options.signal);
          return parseSuccess<T>(operation, answer, check);
        } catch (error) {
          // Mutations are never retried (quirk 7): attempts is 1 for them.
          const retryable = error instanceof OrchestrationError && error.retryable;
          if (!retryable || attempt >= attempts) throw error;
          await sleep(backoffDelay(attempt, this.retry), options.signal);
        }
      }
    } finally {
      // A mutation may have changed the status whatever its outcome (quirks 4, 5, 7).
      if (method !== 'GET') {
        this.configReads.delete(tenantId);
        this.store.refresh(tenantId);
      }
    }
  }

  /** One attempt; resolves with the answer when it is a 2xx. */
  private async send(
    operation: OrchestrationOperation,
    method: string,
    tenantId: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<WireAnswer> {
    const { baseUrl = '', credentials = 'same-origin', timeoutMs = 15_000 } = this.options;
    const headers: Record<string, string> = { Accept: 'application/json', ...this.options.headers };
    const init: RequestInit = { headers, credentials };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const token = await this.resolveToken(operation);
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const answer = await exchange({
      operation,
      method,
      // encodeURIComponent keeps `a/../b` a single path segment: no way to another route.
      url: `${baseUrl}/api/tenants/${encodeURIComponent(tenantId)}/orchestration${path}`,
      init,
      timeoutMs,
      signal,
      // Looked up per call so a polyfill or test double installed later is used.
      // Called as a plain function, so the global one must be bound (else "Illegal invocation").
      fetch: this.options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    });
    if (answer.ok) {
      this.authWaveOpen = false;
      return answer;
    }
    const error = errorFromResponse(operation, answer.status, answer.text);
    if (answer.status === 401 && !this.authWaveOpen) {
      this.authWaveOpen = true;
      this.dispatchEvent(
        new CustomEvent<AuthRequiredDetail>('auth-required', { detail: { error } }),
      );
    }
    throw error;
  }

  private async resolveToken(
    operation: OrchestrationOperation,
  ): Promise<string | null | undefined> {
    const { token } = this.options;
    if (typeof token !== 'function') return token;
    try {
      return await token();
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new OrchestrationError({
        code: 'unauthorized',
        message: `Could not get a token: ${reason}`,
        operation,
        cause,
      });
    }
  }
}

function parseSuccess<T>(
  operation: OrchestrationOperation,
  { status, text }: WireAnswer,
  check: BodyCheck,
): T {
  // PUT config answers 200 with an empty body (api-contract §1, #2): nothing to read.
  if (check === null) return undefined as T;
  // Quirk 1: JSON whatever the content type; anything else in a 2xx is invalid_response.
  const body = parseJsonObject(text.trim());
  if (body && check(body)) return body as T;
  throw new OrchestrationError({
    code: 'invalid_response',
    message: text.trim()
      ? 'The server answered with an unexpected body'
      : 'The server answered with an empty body',
    operation,
    status,
    details: text,
  });
}
