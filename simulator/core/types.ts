/**
 * Public types of the embedded VeloFlux orchestration simulator: options, seeds, faults, the
 * request log and the state summaries the control API returns.
 */
import type {
  DeploymentStatus,
  ResourceLimits,
  TenantOrchestratorConfig,
} from '../../src/client/types.js';

/** Source of simulated time. The core reads it on every request (no timers inside the core). */
export interface Clock {
  now(): number;
}

/** A clock that tests (or the control API) can move forward. */
export interface AdvanceableClock extends Clock {
  readonly kind: 'manual' | 'real';
  advance(ms: number): void;
}

/** How long simulated Kubernetes work takes, in milliseconds of simulated time. */
export interface SimulatorSpeeds {
  /** Start-up of a freshly created pod (image pull, container start, readiness probe). */
  deploy: number;
  /** Gap between two pods becoming ready (or going away) while scaling or rolling out. */
  replicaStep: number;
  /** Replacement of one pod during a drain (rolling restart, api-contract §5 quirk 8). */
  drain: number;
  /** Tear-down of a dedicated instance after a switch to shared mode. */
  removing: number;
  /** HorizontalPodAutoscaler sync period (Kubernetes' default is 15 s). */
  hpaInterval: number;
}

/**
 * Bearer-token auth on the tenant routes (api-contract §4). `token` grants every tenant; `tokens`
 * maps a token to the tenant ids it may use (`'*'` for all of them).
 */
export interface SimulatorAuth {
  token?: string | null;
  tokens?: Record<string, readonly string[] | '*'>;
}

/** What the fault does to a matching request. */
export type FaultKind =
  'status' | 'latency' | 'drop' | 'malformed' | 'truncated' | 'unauthorized' | 'forbidden';

export interface FaultSpec {
  /** Only requests for this tenant (the decoded path segment). */
  tenantId?: string;
  /** Only this HTTP method (case-insensitive). */
  method?: string;
  /** Suffix match on the API path, e.g. `/scale`, `/orchestration` (the config route). */
  path?: string;
  kind: FaultKind;
  /** `status`: the status code (default 500). */
  status?: number;
  /** `status` / `malformed` / `unauthorized` / `forbidden`: the body text to send instead. */
  body?: string;
  /** `status`: the content type; default `text/plain; charset=utf-8`, `null` for none. */
  contentType?: string | null;
  /** `latency`: delay before the normal answer (real milliseconds; honours `request.signal`). */
  latencyMs?: number;
  /**
   * `status` / `drop`: run the real handler first, then answer with the fault. Models a 500 after
   * the value was saved (quirk 4) and a network error after the mutation applied (quirk 7).
   */
  applyFirst?: boolean;
  /** How many matching requests it affects; unlimited when absent. */
  times?: number;
}

export interface ActiveFault extends FaultSpec {
  id: string;
  /** Requests it has affected so far. */
  hits: number;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as received by the core (after any hub prefix was removed). */
  path: string;
  /** The decoded tenant id when the path names one. */
  tenantId: string | null;
  /** Raw request body text (`""` when none). */
  body: string;
  /** Answer status; 0 for a dropped connection. */
  status: number;
  /** Simulated time of the request, epoch milliseconds. */
  time: number;
  /** The fault that shaped the answer, if any. */
  fault: FaultKind | null;
}

/** Seeded or replaced deployment status (control API); absent fields take sensible defaults. */
export interface StatusSeed {
  status: string;
  message?: string;
  mode?: string;
  namespace?: string;
  version?: string;
  replicas?: number;
  ready_replicas?: number;
  /** RFC 3339; `0001-01-01T00:00:00Z` (Go's zero time) is kept verbatim. */
  last_updated?: string;
}

/** Simulated CPU demand; `cpu` is the average utilization (%) the pods show right now. */
export interface LoadSetting {
  cpu: number;
  /** Swing around that value, in utilization points (default 0: a flat load). */
  amplitude?: number;
  /** Period of the swing (default 10 minutes). */
  periodMs?: number;
}

export interface TenantSeed {
  /** Stored config (server defaults of §1.2 apply); `null` = nothing stored. */
  config?:
    | (Partial<Omit<TenantOrchestratorConfig, 'resource_limits'>> & {
        resource_limits?: Partial<ResourceLimits>;
      })
    | null;
  /** Deployment status; `null` = never deployed. */
  status?: StatusSeed | null;
  /** Transitional statuses never settle (the real server's stuck `scaling`, api-contract §3). */
  stuck?: boolean;
  load?: LoadSetting | null;
}

export interface TenantSummary {
  id: string;
  config: TenantOrchestratorConfig | null;
  status: DeploymentStatus | null;
  stuck: boolean;
  cpuUtilization: number;
  pods: number;
}

export interface SimulatorOptions {
  clock?: Clock;
  speeds?: Partial<SimulatorSpeeds>;
  /** Load the demo tenants (default true). */
  seed?: boolean;
  /** Extra or replacement tenants applied after the seed. */
  tenants?: Record<string, TenantSeed>;
  auth?: SimulatorAuth | null;
  /**
   * Reproduce today's real server: the status it writes is never found where it is read, so
   * status, detailed_status, scale, drain, autoscale and resources answer 500 (handlers.ts).
   */
  quirks?: boolean;
}

/** `POST /__sim/sessions` body: an isolated simulator for one test or story. */
export interface SessionOptions {
  seed?: boolean;
  /** Default `manual`: time moves only through `control/advance`. */
  clock?: 'manual' | 'real';
  /** Start of a manual clock (epoch ms or RFC 3339); default: the real time at creation. */
  startTime?: number | string;
  speeds?: Partial<SimulatorSpeeds>;
  auth?: SimulatorAuth | null;
  quirks?: boolean;
  tenants?: Record<string, TenantSeed>;
}
