/**
 * Wire types of the VeloFlux orchestration API, with the exact JSON names the Go server uses
 * (api-contract.md §2).
 */

export type OrchestrationMode = 'shared' | 'dedicated';

/** Kubernetes quantities as strings: `100m`, `0.5`, `128Mi`, `1e3` (api-contract §2.2). */
export interface ResourceLimits {
  cpu_request: string;
  cpu_limit: string;
  memory_request: string;
  memory_limit: string;
}

export interface TenantOrchestratorConfig {
  /** Always the path id. */
  tenant_id: string;
  /** The server does not validate it; the UI offers only the two known modes. */
  mode: OrchestrationMode | (string & {});
  /** Omitted when empty; the server then uses `veloflux-{tenant}`. */
  dedicated_namespace?: string;
  resource_limits: ResourceLimits;
  autoscaling_enabled: boolean;
  min_replicas: number;
  max_replicas: number;
  /** 0 from the server means "default" (70). */
  target_cpu_utilization: number;
  /** `null` for a tenant that never stored a config. */
  custom_domains: string[] | null;
}

/** Status strings the server produces; any other string must be accepted too (api-contract §3). */
export type KnownDeploymentStatus =
  | 'deploying'
  | 'updating'
  | 'ready'
  | 'scaling'
  | 'draining'
  | 'removing'
  | 'removed'
  | 'error'
  | 'running'
  | 'pending'
  | 'failed'
  | 'stopped';

export interface DeploymentStatus {
  tenant_id: string;
  mode: OrchestrationMode | (string & {});
  status: KnownDeploymentStatus | (string & {});
  /** `""` in shared mode. */
  namespace: string;
  /** `"shared"`, `"dedicated"` or `""`: not a semver. */
  version: string;
  replicas: number;
  ready_replicas: number;
  message?: string;
  /** RFC 3339 with up to 9 fraction digits; `0001-01-01T00:00:00Z` means unknown. */
  last_updated: string;
}

export interface DeploymentEvent {
  type: 'Normal' | 'Warning' | (string & {});
  reason: string;
  message: string;
  count: number;
  first_seen: string;
  last_seen: string;
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  restart_count: number;
  started: boolean;
}

export interface PodStatus {
  name: string;
  status: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown' | (string & {});
  creation_time: string;
  containers: ContainerStatus[] | null;
  node_name?: string;
  ip?: string;
  restart_policy: string;
}

export interface DeploymentCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown' | (string & {});
  reason?: string;
  message?: string;
}

export interface DeploymentMetrics {
  cpu_utilization: number;
  memory_utilization: number;
  request_rate?: number;
  error_rate?: number;
  response_time?: number;
}

export interface DetailedDeploymentStatus extends DeploymentStatus {
  events?: DeploymentEvent[] | null;
  metrics: DeploymentMetrics;
  pods?: PodStatus[] | null;
  conditions?: DeploymentCondition[] | null;
}

export interface AutoscalingSettings {
  enabled: boolean;
  min_replicas: number;
  max_replicas: number;
  target_cpu_utilization: number;
}

/** 202 bodies of deploy / drain / scale (labelled text/plain by the server). */
export interface OperationAccepted {
  status: string;
  message: string;
}

export interface AutoscalingUpdated {
  status: string;
  autoscaling: AutoscalingSettings;
}

export interface ResourceLimitsUpdated {
  status: string;
  resource_limits: ResourceLimits;
}

/** Statuses during which an operation is still running (api-contract §3). */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set([
  'deploying',
  'updating',
  'scaling',
  'draining',
  'removing',
  'pending',
]);

export function isTransitional(status: string | undefined | null): boolean {
  return status != null && TRANSITIONAL_STATUSES.has(status);
}
