/**
 * What the Go handlers would serialize for a tenant at simulated time `t`: DeploymentStatus,
 * DetailedDeploymentStatus (events, metrics, pods, conditions), in Go struct-field order.
 */
import type {
  DeploymentCondition,
  DeploymentEvent,
  DeploymentStatus,
  DetailedDeploymentStatus,
  PodStatus,
} from '../../src/client/types.js';
import { formatGoTime, formatKubeTime, GO_ZERO_TIME } from './go-time.js';
import { demandAt, memoryUtilizationAt } from './load.js';
import type { TenantDeployment } from './tenant-model.js';
import type { EventRecord, PodRecord } from './timeline.js';

const TRANSITIONAL = new Set([
  'deploying',
  'updating',
  'scaling',
  'draining',
  'removing',
  'pending',
]);
const CONTAINER = 'veloflux';
const IMAGE = 'ghcr.io/veloflux/veloflux:1.4.2';
const MAX_EVENT_GROUPS = 40;

export function statusAt(tenant: TenantDeployment, t: number): DeploymentStatus | null {
  const phase = tenant.phaseAt(t);
  if (!phase) return null;
  const dedicated = phase.mode === 'dedicated';
  // Go's GetDeploymentStatus reads live replica counts from Kubernetes only when `ready`.
  const replicas =
    phase.status === 'ready' && dedicated ? tenant.livePods(t).length : phase.replicas;
  return {
    tenant_id: tenant.id,
    mode: phase.mode,
    status: phase.status,
    namespace: phase.namespace,
    version: phase.version,
    replicas,
    ready_replicas: dedicated ? tenant.readyPodCount(t) : 0,
    ...(phase.message !== '' ? { message: phase.message } : {}),
    last_updated: phase.lastUpdated ?? formatGoTime(phase.at),
  };
}

export function cpuUtilizationAt(tenant: TenantDeployment, t: number): number {
  const ready = tenant.readyPodCount(t);
  if (ready === 0 || tenant.phaseAt(t)?.mode !== 'dedicated') return 0;
  const minReplicas = tenant.config?.min_replicas ?? 1;
  return Math.round(demandAt(tenant.id, t, minReplicas, tenant.loadOverride) / ready);
}

export function detailedStatusAt(
  tenant: TenantDeployment,
  t: number,
): DetailedDeploymentStatus | null {
  const basic = statusAt(tenant, t);
  if (!basic) return null;
  // Go: "If not in dedicated mode, return basic status" — empty slices vanish under omitempty.
  if (basic.mode !== 'dedicated' || basic.namespace === '') {
    return { ...basic, metrics: { cpu_utilization: 0, memory_utilization: 0 } };
  }
  const events = eventsAt(tenant, t);
  const pods = tenant.livePods(t).map((pod) => podView(pod, t));
  const running = pods.length > 0;
  // Go field order: the status fields, events, metrics, pods; then the guide's conditions.
  const detailed: DetailedDeploymentStatus = {
    ...basic,
    ...(events.length > 0 ? { events } : {}),
    metrics: {
      cpu_utilization: cpuUtilizationAt(tenant, t),
      memory_utilization: running ? memoryUtilizationAt(tenant.id, t) : 0,
    },
    ...(running ? { pods } : {}),
    conditions: conditionsAt(tenant, basic),
  };
  return detailed;
}

function podView(pod: PodRecord, t: number): PodStatus {
  const runningAt = pod.createdAt + (pod.readyAt - pod.createdAt) * 0.4;
  const running = t >= runningAt;
  // Go field order; node_name and ip are omitempty (no IP before the pod runs).
  return {
    name: pod.name,
    status: running ? 'Running' : 'Pending',
    creation_time: formatKubeTime(pod.createdAt),
    // Go appends to a nil slice: no container statuses yet encodes as null.
    containers: running
      ? [{ name: CONTAINER, ready: t >= pod.readyAt, restart_count: 0, started: true }]
      : null,
    node_name: pod.node,
    ...(running ? { ip: pod.ip } : {}),
    restart_policy: 'Always',
  };
}

interface Occurrence extends EventRecord {
  /** Scheduler events are new-style (events.k8s.io): firstTimestamp/lastTimestamp stay zero. */
  zeroTime?: boolean;
}

function eventsAt(tenant: TenantDeployment, t: number): DeploymentEvent[] {
  const namespace = tenant.namespace();
  const occurrences: Occurrence[] = tenant.events.filter((event) => event.at <= t);
  for (const pod of tenant.pods) {
    if (pod.createdAt > t) continue;
    const runningAt = pod.createdAt + (pod.readyAt - pod.createdAt) * 0.4;
    occurrences.push({
      at: pod.createdAt,
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned ${namespace}/${pod.name} to ${pod.node}`,
      zeroTime: true,
    });
    if (runningAt <= t) {
      occurrences.push(
        {
          at: runningAt,
          type: 'Normal',
          reason: 'Pulled',
          message: `Container image "${IMAGE}" already present on machine`,
        },
        {
          at: runningAt,
          type: 'Normal',
          reason: 'Created',
          message: `Created container ${CONTAINER}`,
        },
        {
          at: runningAt,
          type: 'Normal',
          reason: 'Started',
          message: `Started container ${CONTAINER}`,
        },
      );
    }
    if (pod.deletedAt <= t) {
      occurrences.push({
        at: pod.deletedAt,
        type: 'Normal',
        reason: 'Killing',
        message: `Stopping container ${CONTAINER}`,
      });
    }
  }
  occurrences.sort((a, b) => a.at - b.at);
  // Kubernetes aggregates repeats of the same event into one object with a count.
  const groups = new Map<string, DeploymentEvent>();
  for (const occurrence of occurrences) {
    const key = `${occurrence.type}|${occurrence.reason}|${occurrence.message}`;
    const group = groups.get(key);
    const seen = occurrence.zeroTime ? GO_ZERO_TIME : formatKubeTime(occurrence.at);
    if (group) {
      group.count += 1;
      group.last_seen = seen;
    } else {
      const event: DeploymentEvent = {
        type: occurrence.type,
        reason: occurrence.reason,
        message: occurrence.message,
        count: 1,
        first_seen: seen,
        last_seen: seen,
      };
      groups.set(key, event);
    }
  }
  return [...groups.values()].slice(-MAX_EVENT_GROUPS);
}

function conditionsAt(tenant: TenantDeployment, basic: DeploymentStatus): DeploymentCondition[] {
  const replicaSet = tenant.replicaSet();
  if (basic.status === 'error') {
    return [
      {
        type: 'Available',
        status: 'False',
        reason: 'MinimumReplicasUnavailable',
        message: 'Deployment does not have minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${replicaSet}" has timed out progressing.`,
      },
      {
        type: 'ReplicaFailure',
        status: 'True',
        reason: 'FailedCreate',
        message: basic.message ?? '',
      },
    ];
  }
  const ready = basic.ready_replicas;
  // maxUnavailable 25 %: available while at least 75 % of the wanted pods are ready.
  const wanted = tenant.specReplicas;
  const available = wanted === 0 || ready >= Math.max(1, wanted - Math.floor(wanted / 4));
  const progressing = TRANSITIONAL.has(basic.status);
  return [
    available
      ? {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }
      : {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        },
    progressing
      ? {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${replicaSet}" is progressing.`,
        }
      : {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${replicaSet}" has successfully progressed.`,
        },
  ];
}
