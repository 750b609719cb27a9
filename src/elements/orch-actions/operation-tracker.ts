import { isTransitional, type DeploymentStatus, type StatusSnapshot } from '../../client/index.js';
import type { SettleOutcome } from '../../internal/events.js';

export type ActionKind = 'deploy' | 'drain';

/** How often a followed operation asks for a new read while status reads keep failing. */
const NUDGE_MS = 2000;

/** Statuses that end an operation badly; any other non-transitional status counts as settled. */
const ERROR_STATUSES = new Set(['error', 'failed']);

/**
 * One deploy or drain, from the click to its outcome. It only trusts status reads that *started*
 * after the server accepted the request: the status store may have a read in flight that left
 * before the POST landed, and its answer (e.g. `ready` in shared mode, quirk 9, or the `ready` a
 * drain starts from) must not settle the operation.
 */
export class OperationTracker {
  phase: 'sending' | 'tracking' = 'sending';
  /** The last status read after acceptance (shown as progress), or `null`. */
  latest: DeploymentStatus | null = null;
  private freshReadStarted = false;
  private lastNudgeAt = 0;

  constructor(
    readonly kind: ActionKind,
    readonly tenantId: string,
    readonly startedAt: number = Date.now(),
  ) {}

  /** The server answered 2xx: from now on, wait for a read that starts after this moment. */
  accept(now: number = Date.now()): void {
    this.phase = 'tracking';
    this.freshReadStarted = false;
    this.lastNudgeAt = now;
  }

  /**
   * Whether to ask the store for another read now. A failed read puts the shared poll loop into
   * back-off, and `not_deployed` keeps it at the idle interval (30 s); while an operation is being
   * followed the element asks at the transitional pace instead, until the timeout ends the wait.
   */
  shouldNudge(snapshot: StatusSnapshot | null, now: number = Date.now()): boolean {
    if (this.phase !== 'tracking' || !snapshot || snapshot.loading || !snapshot.error) return false;
    if (now - this.lastNudgeAt < NUDGE_MS) return false;
    this.lastNudgeAt = now;
    return true;
  }

  /**
   * Feeds one snapshot; `readStarted` says it is the first of a new read (loading went from false
   * to true). Returns the outcome once a fresh read shows a non-transitional status.
   */
  observe(snapshot: StatusSnapshot, readStarted: boolean): SettleOutcome | null {
    if (this.phase !== 'tracking' || snapshot.tenantId !== this.tenantId) return null;
    if (readStarted) this.freshReadStarted = true;
    if (snapshot.loading || !this.freshReadStarted) return null;
    // A failed read (network, a 500 while the instance is being created) says nothing about the
    // operation: keep waiting; the timeout ends the wait if it never recovers.
    if (snapshot.error || !snapshot.status) return null;
    this.latest = snapshot.status;
    if (isTransitional(snapshot.status.status)) return null;
    return ERROR_STATUSES.has(snapshot.status.status) ? 'error' : 'ready';
  }

  /** Milliseconds since the request was sent. */
  elapsed(now: number = Date.now()): number {
    return now - this.startedAt;
  }
}
