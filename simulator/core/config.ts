/**
 * TenantOrchestratorConfig as the Go server decodes, defaults and encodes it (api-contract §1.2,
 * §2.1).
 */
import type { ResourceLimits, TenantOrchestratorConfig } from '../../src/client/types.js';
import { goDecode, type GoType, type GoValue } from './go-json.js';

export const RESOURCE_LIMITS_TYPE: GoType = {
  struct: {
    cpu_request: 'string',
    cpu_limit: 'string',
    memory_request: 'string',
    memory_limit: 'string',
  },
};

const CONFIG_TYPE: GoType = {
  struct: {
    tenant_id: 'string',
    mode: 'string',
    dedicated_namespace: 'string',
    resource_limits: RESOURCE_LIMITS_TYPE,
    autoscaling_enabled: 'bool',
    min_replicas: 'int',
    max_replicas: 'int',
    target_cpu_utilization: 'int',
    custom_domains: { slice: 'string' },
  },
};

export const DEFAULT_RESOURCE_LIMITS: Readonly<ResourceLimits> = {
  cpu_request: '100m',
  cpu_limit: '200m',
  memory_request: '128Mi',
  memory_limit: '256Mi',
};

/** GetTenantConfig's answer when nothing is stored: target 0, `custom_domains: null`, not saved. */
export function defaultConfig(tenantId: string): TenantOrchestratorConfig {
  return {
    tenant_id: tenantId,
    mode: 'shared',
    resource_limits: { ...DEFAULT_RESOURCE_LIMITS },
    autoscaling_enabled: false,
    min_replicas: 1,
    max_replicas: 3,
    target_cpu_utilization: 0,
    custom_domains: null,
  };
}

/** Decodes a PUT config body; `null` means 400 `Invalid request body`. */
export function decodeConfigBody(body: string): TenantOrchestratorConfig | null {
  const value = goDecode(body, CONFIG_TYPE);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return {
    tenant_id: stringField(value.tenant_id),
    mode: stringField(value.mode),
    dedicated_namespace: stringField(value.dedicated_namespace),
    resource_limits: resourceLimitsFrom(value.resource_limits),
    autoscaling_enabled: value.autoscaling_enabled === true,
    min_replicas: numberField(value.min_replicas),
    max_replicas: numberField(value.max_replicas),
    target_cpu_utilization: numberField(value.target_cpu_utilization),
    custom_domains: Array.isArray(value.custom_domains)
      ? value.custom_domains.map(stringField)
      : null,
  };
}

export function resourceLimitsFrom(value: GoValue | undefined): ResourceLimits {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return {
    cpu_request: stringField(record.cpu_request),
    cpu_limit: stringField(record.cpu_limit),
    memory_request: stringField(record.memory_request),
    memory_limit: stringField(record.memory_limit),
  };
}

/** handleSetConfig's defaults, in the handler's order (api-contract §1.2). */
export function applyPutDefaults(config: TenantOrchestratorConfig): TenantOrchestratorConfig {
  const limits = config.resource_limits;
  const next: TenantOrchestratorConfig = {
    ...config,
    resource_limits: {
      cpu_request: limits.cpu_request || DEFAULT_RESOURCE_LIMITS.cpu_request,
      cpu_limit: limits.cpu_limit || DEFAULT_RESOURCE_LIMITS.cpu_limit,
      memory_request: limits.memory_request || DEFAULT_RESOURCE_LIMITS.memory_request,
      memory_limit: limits.memory_limit || DEFAULT_RESOURCE_LIMITS.memory_limit,
    },
  };
  if (next.autoscaling_enabled) {
    if (next.min_replicas <= 0) next.min_replicas = 1;
    // Quirk: equal min and max are not allowed here (3/3 becomes 3/6), unlike PUT /autoscale.
    if (next.max_replicas <= next.min_replicas) next.max_replicas = next.min_replicas * 2;
    if (next.target_cpu_utilization <= 0) next.target_cpu_utilization = 70;
  }
  return next;
}

/** Go struct-field order; `dedicated_namespace` is `omitempty`. */
export function configToWire(config: TenantOrchestratorConfig): TenantOrchestratorConfig {
  return {
    tenant_id: config.tenant_id,
    mode: config.mode,
    ...(config.dedicated_namespace ? { dedicated_namespace: config.dedicated_namespace } : {}),
    resource_limits: limitsToWire(config.resource_limits),
    autoscaling_enabled: config.autoscaling_enabled,
    min_replicas: config.min_replicas,
    max_replicas: config.max_replicas,
    target_cpu_utilization: config.target_cpu_utilization,
    custom_domains: config.custom_domains,
  };
}

export function limitsToWire(limits: ResourceLimits): ResourceLimits {
  return {
    cpu_request: limits.cpu_request,
    cpu_limit: limits.cpu_limit,
    memory_request: limits.memory_request,
    memory_limit: limits.memory_limit,
  };
}

export function cloneConfig(config: TenantOrchestratorConfig): TenantOrchestratorConfig {
  return {
    ...config,
    resource_limits: { ...config.resource_limits },
    custom_domains: config.custom_domains ? [...config.custom_domains] : null,
  };
}

function stringField(value: GoValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function numberField(value: GoValue | undefined): number {
  return typeof value === 'number' ? value : 0;
}
