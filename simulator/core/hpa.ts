/**
 * A HorizontalPodAutoscaler on simulated time. The core has no timers: before each request the
 * tenant is advanced through every HPA sync period (aligned on multiples of the interval) up to now.
 */
import { demandAt } from './load.js';
import type { TenantDeployment } from './tenant-model.js';

/** HPA tolerance: no change while utilization is within 10 % of the target (Kubernetes' default). */
const TOLERANCE = 0.1;
/** After a long idle period only the most recent sync periods are replayed. */
const MAX_TICKS_PER_ADVANCE = 2000;
/** Go stores 0 as "default"; the HPA the server creates would then use 70 (api-contract §1.2). */
const DEFAULT_TARGET = 70;

export function advanceTenant(tenant: TenantDeployment, now: number, hpaIntervalMs: number): void {
  const interval = Math.max(1, hpaIntervalMs);
  let tick = (Math.floor(tenant.hpaCheckedAt / interval) + 1) * interval;
  const lastTick = Math.floor(now / interval) * interval;
  if ((lastTick - tick) / interval > MAX_TICKS_PER_ADVANCE)
    tick = lastTick - MAX_TICKS_PER_ADVANCE * interval;
  for (; tick <= lastTick; tick += interval) hpaSync(tenant, tick);
  tenant.hpaCheckedAt = Math.max(tenant.hpaCheckedAt, now);
  tenant.prune(now);
}

function hpaSync(tenant: TenantDeployment, t: number): void {
  const config = tenant.config;
  if (!config?.autoscaling_enabled) return;
  const phase = tenant.phaseAt(t);
  // The HPA targets the Deployment, which exists only for a deployed dedicated instance; while a
  // rollout, scale or drain is in flight the simulator lets it finish first.
  if (!phase || phase.mode !== 'dedicated' || phase.status !== 'ready') return;
  const ready = tenant.readyPodCount(t);
  if (ready === 0) return;
  const minReplicas = Math.max(1, config.min_replicas);
  const maxReplicas = Math.max(minReplicas, config.max_replicas);
  const target = config.target_cpu_utilization > 0 ? config.target_cpu_utilization : DEFAULT_TARGET;
  const current = tenant.specReplicas;
  const demand = demandAt(tenant.id, t, config.min_replicas, tenant.loadOverride);
  const utilization = demand / ready;
  const ratio = utilization / target;
  const inRange = current >= minReplicas && current <= maxReplicas;
  if (inRange && Math.abs(ratio - 1) <= TOLERANCE) return;
  const desired = Math.min(maxReplicas, Math.max(minReplicas, Math.ceil(demand / target)));
  if (desired === current) return;
  const reason =
    desired > current
      ? 'cpu resource utilization (percentage of request) above target'
      : 'All metrics below target';
  tenant.record(t, 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
  tenant.scale(t, desired, 'hpa');
}
