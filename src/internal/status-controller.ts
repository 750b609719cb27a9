import type { ReactiveController } from 'lit';
import type { OrchestrationClient, StatusSnapshot } from '../client/index.js';
import type { VfElement } from './vf-element.js';

export interface StatusWatchOptions {
  detailed: boolean;
  /** Poll interval while nothing is moving, in ms (the client polls fast during transitions). */
  intervalMs?: number;
  /** `false` keeps the controller idle (e.g. a compact badge that is not shown). */
  enabled?: boolean;
}

let nextClientId = 1;
const clientIds = new WeakMap<OrchestrationClient, number>();
function clientId(client: OrchestrationClient): number {
  let id = clientIds.get(client);
  if (id === undefined) {
    id = nextClientId++;
    clientIds.set(client, id);
  }
  return id;
}

/**
 * Subscribes its host to the client's shared status store for the host's tenant, and follows
 * changes of client, tenant and options. Twenty elements on one tenant share one poll loop.
 */
export class StatusController implements ReactiveController {
  snapshot: StatusSnapshot | null = null;
  private subscriptionKey = '';
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: VfElement,
    private readonly options: () => StatusWatchOptions,
    private readonly onSnapshot?: (snapshot: StatusSnapshot) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
    this.subscriptionKey = '';
  }

  /** Asks the store for a fresh read of this tenant (shared with every other watcher). */
  refresh(): void {
    const tenantId = this.host.resolvedTenantId;
    if (tenantId) this.host.resolvedClient.refreshStatus(tenantId);
  }

  private sync(): void {
    if (!this.host.isConnected) return;
    const { detailed, intervalMs, enabled = true } = this.options();
    const client = this.host.resolvedClient;
    const tenantId = this.host.resolvedTenantId;
    const key =
      enabled && tenantId ? `${clientId(client)}|${tenantId}|${detailed}|${intervalMs}` : '';
    if (key === this.subscriptionKey) return;
    this.stop();
    this.subscriptionKey = key;
    this.snapshot = null;
    if (!key || !tenantId) return;
    this.unsubscribe = client.watchStatus(tenantId, { detailed, intervalMs }, (snapshot) => {
      const previous = this.snapshot;
      this.snapshot = snapshot;
      this.onSnapshot?.(snapshot);
      // The store publishes "read started" (loading) and "read ended" per poll; nothing on screen
      // depends on the first, so only the data itself costs a render.
      if (
        !previous ||
        previous.status !== snapshot.status ||
        previous.error !== snapshot.error ||
        previous.fetchedAt !== snapshot.fetchedAt
      ) {
        this.host.requestUpdate();
      }
    });
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
