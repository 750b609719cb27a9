import type { OrchestrationError } from './errors.js';
import type {
  StatusListener,
  StatusPollIntervals,
  StatusWatchOptions,
  StatusWatchStats,
  VisibilitySource,
} from './status-store.js';
import type { FetchFunction, RetryPolicy } from './transport.js';
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

export type { FetchFunction, RetryPolicy };

/** A bearer token, or a function returning one; called before every request. */
export type TokenSource =
  string | null | (() => string | null | undefined | Promise<string | null | undefined>);

export interface OrchestrationClientOptions {
  /** Origin and/or path prefix before `/api/tenants/...` (default `''`: same origin). */
  baseUrl?: string;
  token?: TokenSource;
  /** `'include'` sends VeloFlux's `auth_token` cookie cross-origin (default `'same-origin'`). */
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Deadline of one attempt, body included (default 15 s). */
  timeoutMs?: number;
  /** Retry policy of GETs; mutations are never retried (quirk 7). */
  retry?: Partial<RetryPolicy>;
  /** Default: `globalThis.fetch`, looked up at call time so later polyfills and mocks apply. */
  fetch?: FetchFunction;
  pollIntervals?: Partial<StatusPollIntervals>;
  /** Pauses status polling while hidden. Default `document` when there is one; `null` for none. */
  visibility?: VisibilitySource | null;
  /** `false` skips the client-side checks so the server's own 400s can be seen (default true). */
  validate?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's `validate` for this call. */
  validate?: boolean;
}

export interface AuthRequiredDetail {
  error: OrchestrationError;
}

export type AuthRequiredListener = (event: CustomEvent<AuthRequiredDetail>) => void;

/**
 * The shared fetch service (elements.md §2), created by `createOrchestrationClient()`.
 *
 * Every method rejects with an `OrchestrationError`, or with the caller's `AbortError` when
 * its `signal` aborts. GETs retry `unavailable` / `network` / `timeout` (see `RetryPolicy`);
 * mutations never retry, report a lost answer as `stateUnknown`, and refresh the tenant's
 * status watches when they end, whatever the outcome.
 */
export interface OrchestrationClient extends EventTarget {
  getConfig(tenantId: string, options?: RequestOptions): Promise<TenantOrchestratorConfig>;
  /** Replaces the whole config (quirk 6: GET → modify → PUT the full object). */
  setConfig(
    tenantId: string,
    config: TenantOrchestratorConfig,
    options?: RequestOptions,
  ): Promise<void>;
  getStatus(tenantId: string, options?: RequestOptions): Promise<DeploymentStatus>;
  getDetailedStatus(tenantId: string, options?: RequestOptions): Promise<DetailedDeploymentStatus>;
  deploy(tenantId: string, options?: RequestOptions): Promise<OperationAccepted>;
  drain(tenantId: string, options?: RequestOptions): Promise<OperationAccepted>;
  scale(tenantId: string, replicas: number, options?: RequestOptions): Promise<OperationAccepted>;
  setAutoscaling(
    tenantId: string,
    settings: AutoscalingSettings,
    options?: RequestOptions,
  ): Promise<AutoscalingUpdated>;
  updateResources(
    tenantId: string,
    limits: ResourceLimits,
    options?: RequestOptions,
  ): Promise<ResourceLimitsUpdated>;
  /**
   * Subscribes to the shared status store (one poll loop per tenant and `detailed`; rules in
   * status-store.ts). The listener gets the current snapshot in a microtask, then every change.
   * Returns the unsubscribe function.
   */
  watchStatus(tenantId: string, options: StatusWatchOptions, listener: StatusListener): () => void;
  /** Reads every status watch of the tenant now; mutations call it themselves. */
  refreshStatus(tenantId: string): void;
  /** Poll loops, subscribers, pending timers and reads in flight (tests, benchmarks). */
  watchStats(): StatusWatchStats;
  /**
   * `auth-required` fires on the first 401 of a wave: not again until a request has succeeded
   * since, so a host redirects to its login once, however many elements were refused.
   */
  addEventListener(
    type: 'auth-required',
    listener: AuthRequiredListener,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener(
    type: 'auth-required',
    listener: AuthRequiredListener,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}
