import { toOrchestrationError, type OrchestrationError } from './errors.js';
import { isTransitional, type DeploymentStatus, type DetailedDeploymentStatus } from './types.js';

/** What the store needs from `document`: the page's visibility (an object so tests can fake it). */
export interface VisibilitySource {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface StatusWatchOptions {
  /** Needs `/detailed_status`; the tenant's one loop then reads it for every subscriber. */
  detailed?: boolean;
  /** Poll interval while nothing is moving, in ms (default `pollIntervals.idleMs`, 30 s). */
  intervalMs?: number;
}

/** One immutable picture of a tenant's status, delivered to every subscriber. */
export interface StatusSnapshot {
  readonly tenantId: string;
  /** `status` came from `/detailed_status` (it has events, pods, metrics). */
  readonly detailed: boolean;
  /** The last status read successfully (kept while later reads fail), or `null`. */
  readonly status: DeploymentStatus | DetailedDeploymentStatus | null;
  /**
   * Why the last read failed, or `null` after a success. `not_deployed` is a state, not a crash
   * (quirk 3): check it before trusting `status`, which may still hold an older value.
   */
  readonly error: OrchestrationError | null;
  /** A read is in flight. */
  readonly loading: boolean;
  /** `Date.now()` of the last successful read. */
  readonly fetchedAt: number | null;
}

export type StatusListener = (snapshot: StatusSnapshot) => void;

/** Introspection for tests and benchmarks. */
export interface StatusWatchStats {
  /** Poll loops, one per tenant. */
  watches: number;
  subscribers: number;
  /** Pending poll timers. */
  timers: number;
  /** Reads in flight. */
  inFlight: number;
}

export interface StatusPollIntervals {
  /** Poll interval while the status is transitional (default 2 s). */
  transitionalMs: number;
  /** Interval for subscribers that ask for none (default 30 s). */
  idleMs: number;
  /** Ceiling of the error back-off (default 5 min). */
  maxBackoffMs: number;
}

export interface StatusStoreOptions extends StatusPollIntervals {
  read(tenantId: string, detailed: boolean, signal: AbortSignal): Promise<DeploymentStatus>;
  visibility: VisibilitySource | undefined;
}

interface Subscriber {
  readonly listener: StatusListener;
  readonly intervalMs: number;
  /** Wants `/detailed_status` (events, pods, metrics). */
  readonly detailed: boolean;
  /** The snapshot this subscriber saw last, so nobody gets the same one twice. */
  delivered?: StatusSnapshot;
}

interface Watch {
  readonly key: string;
  readonly subscribers: Set<Subscriber>;
  snapshot: StatusSnapshot;
  timer?: ReturnType<typeof setTimeout>;
  inFlight?: AbortController;
  /** `Date.now()` when the last read ended; the next one is due an interval later. */
  settledAt: number;
  /** Consecutive failed reads (a `not_deployed` answer is not a failure). */
  failures: number;
  /** Stopped on `not_available` / `unauthorized` until `refresh()`. */
  stopped: boolean;
  /** A refresh was asked for while a read was in flight: read again once it ends. */
  rereadQueued: boolean;
  /** The first read waits a microtask, so every element rendered in the same task joins it. */
  firstReadQueued: boolean;
}

/**
 * The shared status store: every subscriber of one tenant shares one poll loop and at most one
 * request in flight. The detailed status is a superset of the plain one, so while any subscriber
 * wants details the loop reads `/detailed_status` for everyone (a page with a badge and a detailed
 * view still makes one request per tick); otherwise it reads `/status`.
 *
 * - A new subscriber gets the current snapshot in a microtask (after `watch()` has returned its
 *   unsubscribe function); then every change.
 * - Interval: the smallest one requested by the current subscribers; while the status is
 *   transitional, at most `transitionalMs`. After failed reads it doubles per failure up to
 *   `maxBackoffMs`; `not_deployed` keeps the normal interval.
 * - `not_available` (quirk 10) and `unauthorized` stop the loop until `refresh()`.
 * - While the visibility source is hidden no timer runs; becoming visible reads at once. The
 *   first read of a new loop happens even in a hidden page, so elements are never left empty.
 * - When the last subscriber leaves, the in-flight read is aborted and the timer cleared.
 */
export class StatusStore {
  private readonly watches = new Map<string, Watch>();

  constructor(private readonly options: StatusStoreOptions) {}

  watch(tenantId: string, options: StatusWatchOptions, listener: StatusListener): () => void {
    const detailed = options.detailed ?? false;
    const key = tenantId;
    let watch = this.watches.get(key);
    const created = !watch;
    if (!watch) {
      const snapshot = {
        tenantId,
        detailed: false,
        status: null,
        error: null,
        loading: true,
        fetchedAt: null,
      };
      watch = {
        key,
        subscribers: new Set(),
        snapshot,
        settledAt: 0,
        failures: 0,
        stopped: false,
        rereadQueued: false,
        firstReadQueued: false,
      };
      this.watches.set(key, watch);
      if (this.watches.size === 1) {
        this.options.visibility?.addEventListener('visibilitychange', this.onVisibilityChange);
      }
    }
    const intervalMs =
      options.intervalMs && options.intervalMs > 0 ? options.intervalMs : this.options.idleMs;
    const subscriber: Subscriber = { listener, intervalMs, detailed };
    const current = watch;
    current.subscribers.add(subscriber);
    queueMicrotask(() => {
      if (current.subscribers.has(subscriber)) deliver(subscriber, current.snapshot);
    });
    if (created) {
      // A badge and a detailed view rendered together then share the first (detailed) read.
      current.firstReadQueued = true;
      queueMicrotask(() => {
        current.firstReadQueued = false;
        if (this.watches.get(key) === current) this.read(current);
      });
    } else if (detailed && !current.snapshot.detailed && !current.firstReadQueued) {
      // A loop that read only the plain status reads the details at once for a detailed newcomer.
      this.read(current);
    } else {
      this.schedule(current); // a smaller interval may bring the next read forward
    }
    return () => {
      if (!current.subscribers.delete(subscriber)) return;
      if (current.subscribers.size > 0) this.schedule(current);
      else this.close(current);
    };
  }

  /** Reads every watch of the tenant now (after a mutation, a Refresh click), even stopped ones. */
  refresh(tenantId: string): void {
    const watch = this.watches.get(tenantId);
    if (!watch || watch.firstReadQueued) return;
    watch.stopped = false;
    this.read(watch);
  }

  stats(): StatusWatchStats {
    const stats: StatusWatchStats = { watches: 0, subscribers: 0, timers: 0, inFlight: 0 };
    for (const watch of this.watches.values()) {
      stats.watches++;
      stats.subscribers += watch.subscribers.size;
      if (watch.timer !== undefined) stats.timers++;
      if (watch.inFlight) stats.inFlight++;
    }
    return stats;
  }

  private read(watch: Watch): void {
    if (watch.inFlight) {
      // The answer in flight may predate what the caller just changed: read once more after it.
      watch.rereadQueued = true;
      return;
    }
    this.clearTimer(watch);
    const controller = new AbortController();
    watch.inFlight = controller;
    if (!watch.snapshot.loading) this.publish(watch, { loading: true });
    const { tenantId } = watch.snapshot;
    const detailed = [...watch.subscribers].some((subscriber) => subscriber.detailed);
    this.options.read(tenantId, detailed, controller.signal).then(
      (status) => {
        if (watch.inFlight !== controller) return; // closed meanwhile
        watch.failures = 0;
        this.settle(watch, { status, detailed, error: null, fetchedAt: Date.now() });
      },
      (failure: unknown) => {
        if (watch.inFlight !== controller) return;
        const error = toOrchestrationError(failure, detailed ? 'getDetailedStatus' : 'getStatus');
        watch.failures = error.code === 'not_deployed' ? 0 : watch.failures + 1;
        watch.stopped = error.code === 'not_available' || error.code === 'unauthorized';
        this.settle(watch, { error });
      },
    );
  }

  private settle(watch: Watch, patch: Partial<StatusSnapshot>): void {
    watch.inFlight = undefined;
    watch.settledAt = Date.now();
    this.publish(watch, { ...patch, loading: false });
    if (watch.rereadQueued && this.watches.get(watch.key) === watch) {
      watch.rereadQueued = false;
      this.read(watch);
    } else {
      this.schedule(watch);
    }
  }

  private schedule(watch: Watch): void {
    this.clearTimer(watch);
    if (watch.inFlight || watch.firstReadQueued || watch.stopped || watch.subscribers.size === 0) {
      return;
    }
    if (this.options.visibility?.hidden) return; // resumed by onVisibilityChange
    const due = watch.settledAt + this.intervalOf(watch);
    watch.timer = setTimeout(
      () => {
        watch.timer = undefined;
        this.read(watch);
      },
      Math.max(0, due - Date.now()),
    );
  }

  private intervalOf(watch: Watch): number {
    const { snapshot } = watch;
    let interval = Math.min(...[...watch.subscribers].map((subscriber) => subscriber.intervalMs));
    if (!snapshot.error && isTransitional(snapshot.status?.status)) {
      interval = Math.min(interval, this.options.transitionalMs);
    }
    if (watch.failures > 0) {
      const backedOff = Math.min(interval * 2 ** watch.failures, this.options.maxBackoffMs);
      interval = Math.max(interval, backedOff);
    }
    return interval;
  }

  private close(watch: Watch): void {
    watch.inFlight?.abort();
    watch.inFlight = undefined;
    watch.rereadQueued = false;
    this.clearTimer(watch);
    this.watches.delete(watch.key);
    if (this.watches.size === 0) {
      this.options.visibility?.removeEventListener('visibilitychange', this.onVisibilityChange);
    }
  }

  private publish(watch: Watch, patch: Partial<StatusSnapshot>): void {
    const snapshot = { ...watch.snapshot, ...patch };
    watch.snapshot = snapshot;
    for (const subscriber of [...watch.subscribers]) deliver(subscriber, snapshot);
  }

  private clearTimer(watch: Watch): void {
    if (watch.timer !== undefined) clearTimeout(watch.timer);
    watch.timer = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    const hidden = this.options.visibility?.hidden;
    for (const watch of this.watches.values()) {
      if (hidden) this.clearTimer(watch);
      else if (!watch.stopped && !watch.inFlight && !watch.firstReadQueued) this.read(watch);
    }
  };
}

function deliver(subscriber: Subscriber, snapshot: StatusSnapshot): void {
  if (subscriber.delivered === snapshot) return;
  subscriber.delivered = snapshot;
  try {
    subscriber.listener(snapshot);
  } catch (error) {
    // One broken listener must not starve the others; rethrow where the page reports errors.
    queueMicrotask(() => {
      throw error;
    });
  }
}
