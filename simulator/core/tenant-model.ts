/**
 * One tenant's simulated deployment as a timeline: status phases, pods and events carry the
 * simulated instant they happen at, so the state at any time `t` is read off without timers, and a
 * new operation simply cancels what was scheduled after "now" (api-contract §3 life cycle).
 */
import type { TenantOrchestratorConfig } from '../../src/client/types.js';
import type { LoadOverride } from './load.js';
import { defaultNamespace, nodeFor, podIp, podName, replicaSetName } from './naming.js';
import type { EventRecord, Phase, PodRecord } from './timeline.js';
import type { SimulatorSpeeds } from './types.js';

const EVENT_TTL_MS = 60 * 60_000; // Kubernetes keeps events for one hour.
/** `replicas` has no upper bound on the server (§1.1); past this the simulator stops adding pods. */
export const MAX_SIMULATED_PODS = 100;

export class TenantDeployment {
  config: TenantOrchestratorConfig | null = null;
  phases: Phase[] = [];
  pods: PodRecord[] = [];
  events: EventRecord[] = [];
  /** Pod-template generation: every rebuild or drain starts a new ReplicaSet. */
  generation = 1;
  /** The Deployment's `spec.replicas`, which the HPA reads and writes. */
  specReplicas = 0;
  /** The real server can leave `scaling`/`draining` stuck (api-contract §3): never settle. */
  stuck = false;
  loadOverride: LoadOverride | null = null;
  hpaCheckedAt: number;
  private podSerial = 0;

  constructor(
    readonly id: string,
    private readonly speeds: SimulatorSpeeds,
    createdAt: number,
  ) {
    this.hpaCheckedAt = createdAt;
  }

  phaseAt(t: number): Phase | null {
    let current: Phase | null = null;
    for (const phase of this.phases) if (phase.at <= t) current = phase;
    return current;
  }

  livePods(t: number): PodRecord[] {
    return this.pods
      .filter((pod) => pod.createdAt <= t && pod.deletedAt > t)
      .sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  }

  readyPodCount(t: number): number {
    return this.livePods(t).filter((pod) => pod.readyAt <= t).length;
  }

  replicaSet(): string {
    return replicaSetName(this.id, this.generation);
  }

  namespace(): string {
    return this.config?.dedicated_namespace || defaultNamespace(this.id);
  }

  /** A new operation supersedes everything scheduled after `now`. */
  cutFuture(now: number): void {
    this.phases = this.phases.filter((phase) => phase.at <= now);
    this.events = this.events.filter((event) => event.at <= now);
    this.pods = this.pods.filter(
      (pod) => pod.createdAt <= now && pod.deletedAt > now - EVENT_TTL_MS,
    );
    for (const pod of this.pods) if (pod.deletedAt > now) pod.deletedAt = Infinity;
  }

  /** Drops what can no longer be observed: later reads and HPA syncs never look before `now`. */
  prune(now: number): void {
    this.events = this.events.filter((event) => event.at >= now - EVENT_TTL_MS).slice(-500);
    this.pods = this.pods.filter((pod) => pod.deletedAt >= now - EVENT_TTL_MS);
    const current = this.phaseAt(now);
    if (current) this.phases = this.phases.filter((phase) => phase === current || phase.at > now);
  }

  forget(): void {
    this.phases = [];
    this.pods = [];
    this.events = [];
    this.specReplicas = 0;
  }

  record(at: number, reason: string, message: string, type: EventRecord['type'] = 'Normal'): void {
    this.events.push({ at, type, reason, message });
  }

  /**
   * Deploy (new instance: `deploying`) or a rebuild (`updating`) after deploy, resources,
   * autoscale or a dedicated config save: a new ReplicaSet with `min_replicas` pods (quirk 5).
   */
  rollOut(now: number, kind: 'create' | 'update'): void {
    this.cutFuture(now);
    const replicas = this.config?.min_replicas ?? 1;
    const base = { mode: 'dedicated', namespace: this.namespace(), version: 'dedicated' };
    if (replicas < 0) {
      // The API server refuses a negative spec.replicas; the Go code stores the error message.
      const message = `Deployment.apps "veloflux-${this.id}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`;
      this.phases.push({ at: now, status: 'error', message, ...base, replicas: 0 });
      return;
    }
    const oldSet = this.replicaSet();
    const oldPods = this.livePods(now);
    this.generation += 1;
    const newSet = this.replicaSet();
    const { deploy, replicaStep } = this.speeds;
    const created = Array.from({ length: Math.min(replicas, MAX_SIMULATED_PODS) }, (_, index) =>
      this.addPod(now + index * replicaStep, now + index * replicaStep + deploy),
    );
    const firstReady = created[0]?.readyAt ?? now + replicaStep;
    oldPods.forEach((pod, index) => {
      pod.deletedAt = created[index]?.readyAt ?? firstReady;
    });
    const settleAt = Math.max(
      created.at(-1)?.readyAt ?? now + replicaStep,
      ...oldPods.map((pod) => pod.deletedAt),
    );
    this.record(now, 'ScalingReplicaSet', `Scaled up replica set ${newSet} to ${replicas}`);
    if (oldPods.length > 0)
      this.record(settleAt, 'ScalingReplicaSet', `Scaled down replica set ${oldSet} to 0`);
    this.specReplicas = replicas;
    const status = kind === 'create' ? 'deploying' : 'updating';
    const message =
      kind === 'create' ? 'Creating dedicated instance' : 'Updating dedicated instance';
    this.phases.push({ at: now, status, message, ...base, replicas });
    this.settle(settleAt, { ...base, replicas });
  }

  /** Shared mode: the handler just marks the tenant ready (quirk 9: the 202 still says deploying). */
  deployShared(now: number): void {
    this.cutFuture(now);
    for (const pod of this.livePods(now)) pod.deletedAt = now;
    this.specReplicas = 0;
    this.phases.push({
      at: now,
      status: 'ready',
      message: '',
      mode: 'shared',
      namespace: '',
      version: 'shared',
      replicas: 0,
    });
  }

  /** Manual scale (`scaling`, stepping) or an HPA decision (status untouched, as on Kubernetes). */
  scale(now: number, target: number, origin: 'manual' | 'hpa'): void {
    this.cutFuture(now);
    const live = this.livePods(now);
    const step = this.speeds.replicaStep;
    const simulated = Math.min(target, MAX_SIMULATED_PODS);
    for (let index = 0; index < simulated - live.length; index += 1) {
      this.addPod(now, now + (index + 1) * step);
    }
    const surplus = live.slice(simulated).reverse(); // newest pods go first
    surplus.forEach((pod, index) => {
      pod.deletedAt = now + (index + 1) * step;
    });
    const direction = target >= live.length ? 'up' : 'down';
    if (target !== live.length) {
      this.record(
        now,
        'ScalingReplicaSet',
        `Scaled ${direction} replica set ${this.replicaSet()} to ${target}`,
      );
    }
    this.specReplicas = target;
    if (origin === 'hpa') return;
    const current = this.phaseAt(now);
    const base = {
      mode: current?.mode ?? 'dedicated',
      namespace: current?.namespace ?? this.namespace(),
      version: current?.version ?? 'dedicated',
    };
    const message = `Scaling to ${target} replicas`;
    this.phases.push({ at: now, status: 'scaling', message, ...base, replicas: target });
    this.settle(now + Math.max(1, Math.abs(simulated - live.length)) * step, {
      ...base,
      replicas: target,
    });
  }

  /** Drain = rolling restart: each pod replaced one by one, surge 1, no unavailability (quirk 8). */
  drain(now: number): void {
    this.cutFuture(now);
    const current = this.phaseAt(now);
    const oldSet = this.replicaSet();
    const oldPods = this.livePods(now);
    this.generation += 1;
    const newSet = this.replicaSet();
    const step = this.speeds.drain;
    oldPods.forEach((pod, index) => {
      this.addPod(now + index * step, now + (index + 1) * step);
      pod.deletedAt = now + (index + 1) * step;
      this.record(
        now + index * step,
        'ScalingReplicaSet',
        `Scaled up replica set ${newSet} to ${index + 1}`,
      );
      const remaining = oldPods.length - index - 1;
      this.record(
        now + (index + 1) * step,
        'ScalingReplicaSet',
        `Scaled down replica set ${oldSet} to ${remaining}`,
      );
    });
    const base = {
      mode: current?.mode ?? 'dedicated',
      namespace: current?.namespace ?? this.namespace(),
      version: current?.version ?? 'dedicated',
      replicas: oldPods.length,
    };
    this.phases.push({
      at: now,
      status: 'draining',
      message: 'Instance is being drained',
      ...base,
    });
    this.settle(now + Math.max(1, oldPods.length) * step, base);
  }

  /** Dedicated → shared: `removing`, the pods go away, then `ready` in shared mode. */
  remove(now: number): void {
    this.cutFuture(now);
    const current = this.phaseAt(now);
    const doneAt = now + this.speeds.removing;
    for (const pod of this.livePods(now)) pod.deletedAt = doneAt;
    this.record(now, 'ScalingReplicaSet', `Scaled down replica set ${this.replicaSet()} to 0`);
    this.specReplicas = 0;
    this.phases.push({
      at: now,
      status: 'removing',
      message: 'Removing dedicated instance',
      mode: current?.mode ?? 'dedicated',
      namespace: current?.namespace ?? this.namespace(),
      version: current?.version ?? 'dedicated',
      replicas: 0,
    });
    this.settle(doneAt, { mode: 'shared', namespace: '', version: 'shared', replicas: 0 });
  }

  /**
   * Seeds and the control API: `count` pods of the current ReplicaSet, `readyNow` of them ready
   * since `since`, the others becoming ready one step apart. Returns when the last one is ready.
   */
  seedPods(now: number, since: number, count: number, readyNow: number): number {
    let lastReady = now;
    for (let index = 0; index < Math.min(count, MAX_SIMULATED_PODS); index += 1) {
      if (index < readyNow) {
        this.addPod(since - this.speeds.deploy, since);
      } else {
        lastReady = now + (index - readyNow + 1) * this.speeds.replicaStep;
        this.addPod(now, lastReady);
      }
    }
    this.specReplicas = count;
    return lastReady;
  }

  private settle(at: number, base: Omit<Phase, 'at' | 'status' | 'message'>): void {
    if (this.stuck) return;
    this.phases.push({ at, status: 'ready', message: '', ...base });
  }

  private addPod(createdAt: number, readyAt: number): PodRecord {
    this.podSerial += 1;
    const serial = this.podSerial;
    const pod: PodRecord = {
      name: podName(this.id, this.generation, serial),
      generation: this.generation,
      createdAt,
      readyAt,
      deletedAt: Infinity,
      node: nodeFor(this.id, serial),
      ip: podIp(this.id, serial),
    };
    this.pods.push(pod);
    return pod;
  }
}
