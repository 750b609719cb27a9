/**
 * The nine orchestration handlers with the Go server's order of checks, messages and status codes
 * (api-contract §1, `orchestration_api.go`). State lives in TenantDeployment; time comes in `now`.
 */
import type { TenantOrchestratorConfig } from '../../src/client/types.js';
import {
  applyPutDefaults,
  cloneConfig,
  configToWire,
  decodeConfigBody,
  defaultConfig,
  limitsToWire,
  resourceLimitsFrom,
  RESOURCE_LIMITS_TYPE,
} from './config.js';
import { DroppedConnection } from './dropped-connection.js';
import { goDecode } from './go-json.js';
import { defaultNamespace } from './naming.js';
import { allQuantitiesValid } from './quantity.js';
import type { TenantDeployment } from './tenant-model.js';
import type { Phase } from './timeline.js';
import { detailedStatusAt, statusAt } from './tenant-views.js';
import { goEmptyOk, goHttpError, goJsonResponse, goSniffedJsonResponse } from './wire.js';

export interface HandlerContext {
  tenant: TenantDeployment;
  now: number;
  body: string;
  /** Today's real server: the status key is never found (see `deploymentOf`). */
  quirks: boolean;
}

export type Handler = (context: HandlerContext) => Response;

/**
 * Go's `GetDeploymentStatus` error. With quirks on, the status the handlers write is never found
 * under the key it is read from, so every status read fails with redis.Nil.
 */
function deploymentOf({ tenant, now, quirks }: HandlerContext): Phase | string {
  const phase = quirks ? null : tenant.phaseAt(now);
  return phase ?? 'deployment not found: redis: nil';
}

/** `resource.MustParse` panics on a malformed quantity; net/http then closes the connection. */
function assertQuantities(config: TenantOrchestratorConfig): void {
  if (!allQuantitiesValid(config.resource_limits)) {
    throw new DroppedConnection(
      'panic: resource.MustParse: quantities must match the regular expression',
    );
  }
}

/** Rebuild of a dedicated instance after a config change (quirk 5: replicas = min_replicas). */
function rebuildIfDeployed({ tenant, now }: HandlerContext): void {
  const phase = tenant.phaseAt(now);
  const config = tenant.config;
  if (!phase || !config || config.mode !== 'dedicated') return;
  assertQuantities(config);
  tenant.rollOut(now, phase.mode === 'dedicated' && phase.status !== 'error' ? 'update' : 'create');
}

export const getConfig: Handler = ({ tenant }) =>
  goJsonResponse(configToWire(tenant.config ?? defaultConfig(tenant.id)));

export const setConfig: Handler = (context) => {
  const { tenant, now, body } = context;
  const decoded = decodeConfigBody(body);
  if (!decoded) return goHttpError('Invalid request body', 400);
  const previous = tenant.config ?? defaultConfig(tenant.id);
  const config = applyPutDefaults({ ...decoded, tenant_id: tenant.id });
  // Saved before Kubernetes is touched: a failure below still leaves the new config (quirk 4).
  tenant.config = config;
  const phase = tenant.phaseAt(now);
  if (!phase) return goEmptyOk(); // Nothing deployed: the save only stores the config.
  if (config.mode === 'dedicated') {
    if (previous.mode !== 'dedicated' || phase.mode !== 'dedicated') {
      if (!config.dedicated_namespace) config.dedicated_namespace = defaultNamespace(tenant.id);
    }
    rebuildIfDeployed(context);
  } else if (phase.mode === 'dedicated' && phase.status !== 'removing') {
    tenant.remove(now); // dedicated → shared: removing → ready (api-contract §3)
  }
  return goEmptyOk();
};

export const getStatus: Handler = ({ tenant, now, quirks }) => {
  const status = quirks ? null : statusAt(tenant, now);
  return status ? goJsonResponse(status) : goHttpError('Failed to get deployment status', 500);
};

export const getDetailedStatus: Handler = ({ tenant, now, quirks }) => {
  const status = quirks ? null : detailedStatusAt(tenant, now);
  return status
    ? goJsonResponse(status)
    : goHttpError('Failed to get detailed deployment status', 500);
};

export const deploy: Handler = (context) => {
  const { tenant, now } = context;
  const config = tenant.config ?? defaultConfig(tenant.id);
  if (config.mode === 'dedicated') {
    assertQuantities(config);
    const phase = tenant.phaseAt(now);
    const running = phase?.mode === 'dedicated' && phase.status !== 'error';
    // CreateDedicatedInstance stores `veloflux-{id}` as the namespace; later deploys update.
    if (!config.dedicated_namespace) config.dedicated_namespace = defaultNamespace(tenant.id);
    tenant.config = config;
    tenant.rollOut(now, running ? 'update' : 'create');
  } else {
    tenant.deployShared(now);
  }
  // Quirk 9: "deploying" even in shared mode, where the tenant is ready at once. Go encodes a
  // map, so the keys come out sorted.
  return goSniffedJsonResponse({ message: 'Deployment initiated', status: 'deploying' }, 202);
};

export const drain: Handler = (context) => {
  const deployment = deploymentOf(context);
  if (typeof deployment === 'string') {
    return goHttpError(`Failed to drain tenant instance: ${deployment}`, 500);
  }
  if (deployment.mode !== 'dedicated') {
    return goHttpError('Failed to drain tenant instance: can only drain dedicated instances', 500);
  }
  context.tenant.drain(context.now);
  return goSniffedJsonResponse(
    { message: 'Drain initiated for tenant instance', status: 'draining' },
    202,
  );
};

export const scale: Handler = (context) => {
  const request = goDecode(context.body, { struct: { replicas: 'int' } });
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return goHttpError('Invalid request body', 400);
  }
  const replicas = typeof request.replicas === 'number' ? request.replicas : 0;
  if (replicas < 1) return goHttpError('Replicas must be at least 1', 400);
  const deployment = deploymentOf(context);
  if (typeof deployment === 'string') {
    return goHttpError(`Failed to scale tenant instance: ${deployment}`, 500);
  }
  if (deployment.mode !== 'dedicated') {
    return goHttpError('Failed to scale tenant instance: can only scale dedicated instances', 500);
  }
  context.tenant.scale(context.now, replicas, 'manual');
  return goSniffedJsonResponse(
    { message: `Scaling to ${replicas} replicas`, status: 'scaling' },
    202,
  );
};

export const setAutoscaling: Handler = (context) => {
  const { tenant } = context;
  const request = goDecode(context.body, {
    struct: {
      enabled: 'bool',
      min_replicas: 'int',
      max_replicas: 'int',
      target_cpu_utilization: 'int',
    },
  });
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return goHttpError('Invalid request body', 400);
  }
  const enabled = request.enabled === true;
  const min = typeof request.min_replicas === 'number' ? request.min_replicas : 0;
  const max = typeof request.max_replicas === 'number' ? request.max_replicas : 0;
  const target =
    typeof request.target_cpu_utilization === 'number' ? request.target_cpu_utilization : 0;
  if (enabled) {
    if (min < 1) return goHttpError('MinReplicas must be at least 1', 400);
    if (max < min)
      return goHttpError('MaxReplicas must be greater than or equal to MinReplicas', 400);
    if (target < 10 || target > 100) {
      return goHttpError('TargetCPUUtilization must be between 10 and 100', 400);
    }
  }
  // GetTenantConfig hands out the cached pointer: these writes stick even when the update below
  // fails with a 500 (quirk 4). A default config is a fresh object and is not kept.
  const config = tenant.config ?? defaultConfig(tenant.id);
  config.autoscaling_enabled = enabled;
  if (enabled) {
    config.min_replicas = min;
    config.max_replicas = max;
    config.target_cpu_utilization = target;
  }
  const deployment = deploymentOf(context);
  if (typeof deployment === 'string') {
    return goHttpError(`Failed to update autoscaling: ${deployment}`, 500);
  }
  if (deployment.mode !== 'dedicated') {
    return goHttpError(
      'Failed to update autoscaling: can only update autoscaling for dedicated instances',
      500,
    );
  }
  tenant.config = config;
  rebuildIfDeployed(context);
  return goSniffedJsonResponse(
    {
      autoscaling: {
        enabled: config.autoscaling_enabled,
        max_replicas: config.max_replicas,
        min_replicas: config.min_replicas,
        target_cpu_utilization: config.target_cpu_utilization,
      },
      status: 'updated',
    },
    200,
  );
};

export const updateResources: Handler = (context) => {
  const { tenant } = context;
  const request = goDecode(context.body, RESOURCE_LIMITS_TYPE);
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return goHttpError('Invalid request body', 400);
  }
  const limits = resourceLimitsFrom(request);
  if (!limits.cpu_request || !limits.cpu_limit || !limits.memory_request || !limits.memory_limit) {
    return goHttpError('All resource limits must be specified', 400);
  }
  const deployment = deploymentOf(context);
  if (typeof deployment === 'string') {
    return goHttpError(`Failed to update resource limits: ${deployment}`, 500);
  }
  if (deployment.mode !== 'dedicated') {
    return goHttpError(
      'Failed to update resource limits: can only update resource limits for dedicated instances',
      500,
    );
  }
  const config = cloneConfig(tenant.config ?? defaultConfig(tenant.id));
  config.resource_limits = limits;
  assertQuantities(config); // MustParse runs on the Deployment before anything is saved.
  tenant.config = config; // SetTenantConfig: even a default config gets stored here.
  rebuildIfDeployed(context);
  return goSniffedJsonResponse({ resource_limits: limitsToWire(limits), status: 'updated' }, 200);
};
