import { OrchestrationError, type OrchestrationOperation } from './errors.js';
import type { AutoscalingSettings, ResourceLimits } from './types.js';

/**
 * Client-side checks run before sending, in the server's order and with the server's messages
 * (api-contract.md §1.1), so the UI reads the same text whichever side refused. Values the Go
 * decoder would reject (`2.5`, `"3"`) answer `Invalid request body` there; here they get a
 * message that names the field.
 */

function refuse(operation: OrchestrationOperation, message: string): never {
  throw new OrchestrationError({ code: 'validation', message, operation });
}

function requireInteger(operation: OrchestrationOperation, field: string, value: unknown): void {
  if (!Number.isInteger(value)) refuse(operation, `${field} must be an integer`);
}

export function validateReplicas(replicas: number): void {
  // Missing or null counts as 0 on the server: same message.
  if (typeof replicas !== 'number' || !(replicas >= 1)) {
    refuse('scale', 'Replicas must be at least 1');
  }
  requireInteger('scale', 'Replicas', replicas);
}

export function validateAutoscaling(settings: AutoscalingSettings): void {
  const operation = 'setAutoscaling';
  const {
    enabled,
    min_replicas: min,
    max_replicas: max,
    target_cpu_utilization: target,
  } = settings;
  if (typeof enabled !== 'boolean') refuse(operation, 'Enabled must be true or false');
  requireInteger(operation, 'MinReplicas', min);
  requireInteger(operation, 'MaxReplicas', max);
  requireInteger(operation, 'TargetCPUUtilization', target);
  // With autoscaling off the server checks nothing and keeps the stored values.
  if (!enabled) return;
  if (min < 1) refuse(operation, 'MinReplicas must be at least 1');
  if (max < min) refuse(operation, 'MaxReplicas must be greater than or equal to MinReplicas');
  if (target < 10 || target > 100) {
    refuse(operation, 'TargetCPUUtilization must be between 10 and 100');
  }
}

export function validateResources(limits: ResourceLimits): void {
  const values = [limits.cpu_request, limits.cpu_limit, limits.memory_request, limits.memory_limit];
  // Whitespace passes the server's `== ""` test, then crashes its quantity parser (§1.1).
  if (values.some((value) => typeof value !== 'string' || value.trim() === '')) {
    refuse('updateResources', 'All resource limits must be specified');
  }
}
