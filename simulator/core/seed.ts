/**
 * Demo tenants that show every state at a glance, and the control API's "seed or replace a
 * tenant". Seeds replay real operations at past instants, so their pods and events look lived-in.
 */
import type { TenantOrchestratorConfig } from '../../src/client/types.js';
import { defaultConfig } from './config.js';
import { parseTime } from './go-time.js';
import { overrideFromSetting } from './load.js';
import { replicaSetName } from './naming.js';
import type { TenantDeployment } from './tenant-model.js';
import type { SimulatorSpeeds, TenantSeed } from './types.js';

const MINUTE = 60_000;

type TenantFactory = (id: string) => TenantDeployment;

function config(id: string, fields: Partial<TenantOrchestratorConfig>): TenantOrchestratorConfig {
  return { ...defaultConfig(id), target_cpu_utilization: 70, custom_domains: [], ...fields };
}

const dedicatedLimits = (cpu: string, cpuLimit: string, memory: string, memoryLimit: string) => ({
  cpu_request: cpu,
  cpu_limit: cpuLimit,
  memory_request: memory,
  memory_limit: memoryLimit,
});

/** The demo tenants, ids stable for docs and tests. `now` is the simulated creation time. */
export function seedDemoTenants(create: TenantFactory, now: number): void {
  const acme = create('acme'); // shared, ready
  acme.config = config('acme', { custom_domains: ['acme.example.com', 'www.acme.example.com'] });
  acme.deployShared(now - 3 * 60 * MINUTE);

  const globex = create('globex'); // dedicated, ready, 3 replicas
  globex.config = config('globex', {
    mode: 'dedicated',
    dedicated_namespace: 'veloflux-globex',
    resource_limits: dedicatedLimits('500m', '1', '512Mi', '1Gi'),
    min_replicas: 3,
    max_replicas: 6,
    custom_domains: ['globex.example.com', 'api.globex.example.com'],
  });
  globex.rollOut(now - 50 * MINUTE, 'create');

  const initech = create('initech'); // dedicated, deploying (a slow image pull: ~20 s more)
  initech.config = config('initech', {
    mode: 'dedicated',
    dedicated_namespace: 'veloflux-initech',
    min_replicas: 2,
    max_replicas: 4,
  });
  initech.rollOut(now - 2000, 'create');
  const settleAt = now + 20_000 + initech.pods.length * 5000;
  initech.pods.forEach((pod, index) => {
    pod.readyAt = now + 20_000 + (index + 1) * 5000;
  });
  const initechReady = initech.phases.at(-1);
  if (initechReady?.status === 'ready') initechReady.at = settleAt;

  const umbrella = create('umbrella'); // dedicated, error with a message, no pods
  umbrella.config = config('umbrella', {
    mode: 'dedicated',
    dedicated_namespace: 'veloflux-umbrella',
    resource_limits: dedicatedLimits('2', '4', '2Gi', '4Gi'),
    min_replicas: 2,
    max_replicas: 4,
    custom_domains: ['umbrella-corp.example'],
  });
  const quota =
    'exceeded quota: umbrella-quota, requested: limits.memory=4Gi, used: limits.memory=6Gi, limited: limits.memory=8Gi';
  const failedAt = now - 6 * MINUTE;
  umbrella.phases.push({
    at: failedAt,
    status: 'error',
    message: `failed to create Deployment: deployments.apps "veloflux-umbrella" is forbidden: ${quota}`,
    mode: 'dedicated',
    namespace: 'veloflux-umbrella',
    version: 'dedicated',
    replicas: 2,
  });
  umbrella.specReplicas = 2;
  umbrella.record(
    failedAt,
    'ScalingReplicaSet',
    `Scaled up replica set ${umbrella.replicaSet()} to 2`,
  );
  for (let minute = 6; minute >= 1; minute -= 1) {
    const message = `Error creating: pods "${replicaSetName('umbrella', umbrella.generation)}-" is forbidden: ${quota}`;
    umbrella.record(now - minute * MINUTE, 'FailedCreate', message, 'Warning');
  }

  const hooli = create('hooli'); // dedicated config, never deployed (status answers 500)
  hooli.config = config('hooli', {
    mode: 'dedicated',
    min_replicas: 1,
    max_replicas: 3,
    custom_domains: ['hooli.xyz'],
  });

  const stark = create('stark'); // dedicated, HPA on (replicas follow the simulated CPU wave)
  stark.config = config('stark', {
    mode: 'dedicated',
    dedicated_namespace: 'veloflux-stark',
    resource_limits: dedicatedLimits('250m', '500m', '256Mi', '512Mi'),
    autoscaling_enabled: true,
    min_replicas: 2,
    max_replicas: 8,
    target_cpu_utilization: 60,
    custom_domains: ['stark.example.com'],
  });
  stark.rollOut(now - 40 * MINUTE, 'create');

  const wayne = create('wayne'); // dedicated, stuck in `scaling` like the real server
  wayne.config = config('wayne', {
    mode: 'dedicated',
    dedicated_namespace: 'veloflux-wayne',
    min_replicas: 2,
    max_replicas: 5,
  });
  wayne.rollOut(now - 45 * MINUTE, 'create');
  wayne.stuck = true;
  wayne.scale(now - 12 * MINUTE, 4, 'manual');

  const soylent = create('soylent'); // shared config stored, never deployed
  soylent.config = config('soylent', { custom_domains: ['soylent.example.org'] });
}

/** Control API `PUT tenants/<id>`: replace config and/or status (absent keys are left alone). */
export function applyTenantSeed(
  tenant: TenantDeployment,
  seed: TenantSeed,
  now: number,
  speeds: SimulatorSpeeds,
): void {
  if (seed.stuck !== undefined) tenant.stuck = seed.stuck;
  if (seed.config !== undefined) {
    if (seed.config === null) {
      tenant.config = null;
    } else {
      const base = defaultConfig(tenant.id);
      const { resource_limits: limits, ...fields } = seed.config;
      tenant.config = {
        ...base,
        ...fields,
        tenant_id: tenant.id,
        resource_limits: { ...base.resource_limits, ...limits },
      };
    }
  }
  if (seed.status !== undefined) {
    tenant.forget();
    if (seed.status !== null) seedStatus(tenant, seed.status, now, speeds);
  }
  if (seed.load !== undefined) {
    tenant.loadOverride =
      seed.load === null ? null : overrideFromSetting(seed.load, tenant.readyPodCount(now));
  }
}

function seedStatus(
  tenant: TenantDeployment,
  seed: NonNullable<TenantSeed['status']>,
  now: number,
  speeds: SimulatorSpeeds,
): void {
  const mode = seed.mode ?? tenant.config?.mode ?? 'shared';
  const dedicated = mode === 'dedicated';
  const replicas = Math.max(
    0,
    seed.replicas ?? (dedicated ? (tenant.config?.min_replicas ?? 1) : 0),
  );
  const readyNow = Math.min(
    replicas,
    Math.max(0, seed.ready_replicas ?? (seed.status === 'ready' ? replicas : 0)),
  );
  const parsed = seed.last_updated === undefined ? now : (parseTime(seed.last_updated) ?? now);
  const at = Math.min(parsed, now);
  const base = {
    mode,
    namespace: seed.namespace ?? (dedicated ? tenant.namespace() : ''),
    version: seed.version ?? (dedicated ? 'dedicated' : mode === 'shared' ? 'shared' : ''),
    replicas,
  };
  tenant.phases.push({
    at,
    status: seed.status,
    message: seed.message ?? '',
    ...base,
    ...(seed.last_updated !== undefined ? { lastUpdated: seed.last_updated } : {}),
  });
  tenant.specReplicas = replicas;
  if (!dedicated || seed.status === 'error') return;
  const lastReady = tenant.seedPods(now, at, replicas, readyNow);
  const settleDelay: Record<string, number> = {
    deploying: speeds.deploy,
    updating: speeds.deploy,
    pending: speeds.deploy,
    scaling: speeds.replicaStep,
    draining: speeds.drain,
    removing: speeds.removing,
  };
  const delay = settleDelay[seed.status];
  if (delay === undefined || tenant.stuck) return;
  const settleAt = Math.max(lastReady, now + delay);
  if (seed.status === 'removing') {
    for (const pod of tenant.livePods(now)) pod.deletedAt = settleAt;
    tenant.phases.push({
      at: settleAt,
      status: 'ready',
      message: '',
      mode: 'shared',
      namespace: '',
      version: 'shared',
      replicas: 0,
    });
    return;
  }
  tenant.phases.push({ at: settleAt, status: 'ready', message: '', ...base });
}
