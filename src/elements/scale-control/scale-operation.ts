import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAbortError,
  isTransitional,
  type DeploymentStatus,
  type OperationAccepted,
  type OrchestrationClient,
  type OrchestrationError,
  type StatusSnapshot,
} from '../../client/index.js';
import { judge } from './scale-logic.js';
import type { Outcome } from './scale-view.js';

/** A scale the server accepted (202) whose replicas have not converged yet. */
interface Pending {
  target: number;
  acceptedAt: number;
  sawTransition: boolean;
  /** Distinct status reads since the 202. */
  reads: number;
  lastFetchedAt: number;
}

export interface ScaleOperationHooks {
  client(): OrchestrationClient;
  tenantId(): string | undefined;
  timeoutMs(): number;
  /** The last status read (reported with a timeout). */
  status(): DeploymentStatus | null;
  /** Nothing blocks scaling now (checked again before a trailing send). */
  canSend(): boolean;
  /** Fires the cancelable request event; `false` sends nothing. */
  request(tenantId: string, replicas: number, previous: number): boolean;
  accepted(tenantId: string, replicas: number, response: OperationAccepted): void;
  failed(error: OrchestrationError): void;
  settled(tenantId: string, outcome: Outcome): void;
  /** Asks the shared status store for a new read. */
  refreshStatus(): void;
}

/**
 * The life of scale requests: at most one in flight, the trailing rule for values applied
 * meanwhile, and the watch of an accepted scale until the status settles (or a timeout).
 */
export class ScaleOperation implements ReactiveController {
  inFlight: number | null = null;
  /** The value applied last while a request was in flight (sent once that one is accepted). */
  queued: number | null = null;
  pending: Pending | null = null;
  failure: { error: OrchestrationError; replicas: number } | null = null;
  outcome: Outcome | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by `reset()`, so answers for a previous tenant are ignored. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ScaleOperationHooks,
  ) {
    host.addController(this);
  }

  /** The replicas in flight or being converged to, if any. */
  get target(): number | null {
    return this.inFlight ?? this.pending?.target ?? null;
  }

  hostConnected(): void {
    this.armTimeout();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forgets everything (another tenant); a request still in flight is left to finish unseen. */
  reset(): void {
    this.generation += 1;
    this.inFlight = null;
    this.queued = null;
    this.pending = null;
    this.failure = null;
    this.outcome = null;
    clearTimeout(this.timer);
  }

  /** Sends `replicas` now, or records it as the trailing value when a request is in flight. */
  commit(replicas: number, previous: number): void {
    if (this.inFlight !== null) {
      this.queued = replicas;
      this.host.requestUpdate();
      return;
    }
    void this.send(replicas, previous);
  }

  private async send(replicas: number, previous: number): Promise<void> {
    const tenantId = this.hooks.tenantId();
    if (!tenantId || !this.hooks.request(tenantId, replicas, previous)) return;
    const generation = this.generation;
    this.inFlight = replicas;
    this.failure = null;
    this.outcome = null;
    this.host.requestUpdate();
    let accepted = false;
    try {
      const response = await this.hooks.client().scale(tenantId, replicas);
      if (generation !== this.generation) return;
      accepted = true;
      this.pending = {
        target: replicas,
        acceptedAt: Date.now(),
        sawTransition: false,
        reads: 0,
        lastFetchedAt: 0,
      };
      this.armTimeout();
      this.hooks.accepted(tenantId, replicas, response);
    } catch (error) {
      if (isAbortError(error) || generation !== this.generation) return;
      this.failure = { error: error as OrchestrationError, replicas };
      // A state-unknown failure is re-read by the client's own refresh after every mutation;
      // nothing is resent by itself (quirk 7).
      this.hooks.failed(error as OrchestrationError);
    } finally {
      if (generation === this.generation) {
        this.inFlight = null;
        const next = this.queued;
        this.queued = null;
        this.host.requestUpdate();
        if (accepted && next !== null && next !== replicas && this.hooks.canSend()) {
          void this.send(next, replicas);
        }
      }
    }
  }

  /**
   * Feeds a status read to the watch of the accepted scale. Only reads that ended after the 202
   * count; a steady status at another count (or `error`) ends the watch only after a transition
   * was seen or on a second read, because the first read may have started before the scale.
   */
  observe(snapshot: StatusSnapshot): void {
    const pending = this.pending;
    const status = snapshot.status;
    const fetchedAt = snapshot.fetchedAt ?? 0;
    if (!pending || !status || snapshot.error) return;
    if (fetchedAt < pending.acceptedAt || fetchedAt === pending.lastFetchedAt) return;
    pending.lastFetchedAt = fetchedAt;
    pending.reads += 1;
    const verdict = judge(status, pending.target);
    if (verdict === 'moving') {
      pending.sawTransition ||= isTransitional(status.status);
    } else if (verdict === 'ready' || pending.sawTransition || pending.reads >= 2) {
      this.settle({ kind: verdict, target: pending.target, status });
    } else {
      this.hooks.refreshStatus();
    }
  }

  private armTimeout(): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    if (!pending) return;
    const left = Math.max(0, pending.acceptedAt + this.hooks.timeoutMs() - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.settle({ kind: 'timeout', target: pending.target, status: this.hooks.status() });
    }, left);
  }

  private settle(outcome: Outcome): void {
    const tenantId = this.hooks.tenantId();
    this.pending = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.outcome = outcome;
    this.host.requestUpdate();
    if (tenantId) this.hooks.settled(tenantId, outcome);
  }
}
