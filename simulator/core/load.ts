/**
 * Simulated CPU load: a deterministic function of time so the HPA and the metrics replay exactly.
 * Demand is measured in "percent of one pod": utilization = demand / ready pods.
 */
import { hash32 } from './naming.js';
import type { LoadSetting } from './types.js';

export interface LoadOverride {
  demand: number;
  amplitude: number;
  periodMs: number;
}

const DEFAULT_PERIOD_MS = 10 * 60_000;

/**
 * Without an override, each tenant follows a slow sine (per-tenant phase) swinging between 10 %
 * and 110 % utilization at its minimum replica count: enough to make an HPA move visibly.
 */
export function demandAt(
  tenantId: string,
  t: number,
  minReplicas: number,
  override: LoadOverride | null,
): number {
  if (override) {
    const swing = override.amplitude * Math.sin((2 * Math.PI * t) / override.periodMs);
    return Math.max(0, override.demand + swing);
  }
  const phase = ((hash32(tenantId) % 360) * Math.PI) / 180;
  const utilization = 60 + 50 * Math.sin((2 * Math.PI * t) / DEFAULT_PERIOD_MS + phase);
  return Math.max(1, minReplicas) * utilization;
}

export function memoryUtilizationAt(tenantId: string, t: number): number {
  const phase = ((hash32(`mem:${tenantId}`) % 360) * Math.PI) / 180;
  return Math.round(42 + 12 * Math.sin((2 * Math.PI * t) / (3 * DEFAULT_PERIOD_MS) + phase));
}

/** `cpu` is what the pods show now, so the total demand is `cpu × current pods`. */
export function overrideFromSetting(setting: LoadSetting, currentPods: number): LoadOverride {
  const pods = Math.max(1, currentPods);
  return {
    demand: setting.cpu * pods,
    amplitude: (setting.amplitude ?? 0) * pods,
    periodMs: setting.periodMs ?? DEFAULT_PERIOD_MS,
  };
}
