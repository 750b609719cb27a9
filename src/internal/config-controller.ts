import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { OrchestrationClient, TenantOrchestratorConfig } from '../client/index.js';
import type { VfElement } from './vf-element.js';

/**
 * Loads a tenant's configuration for an editor element and re-reads it on demand. Editors keep
 * their own draft; this holds what the server stored, so a failed save can be compared and a
 * successful one shown as stored (the server may change values, api-contract §1.2).
 */
export class ConfigController {
  private readonly task: Task<
    [OrchestrationClient, string | undefined],
    TenantOrchestratorConfig | null
  >;
  /** Bumped each time a new config arrives, so an editor can reset its draft from it. */
  revision = 0;

  constructor(
    host: VfElement & ReactiveControllerHost,
    onLoaded?: (config: TenantOrchestratorConfig) => void,
  ) {
    this.task = new Task(host, {
      args: () =>
        [host.resolvedClient, host.resolvedTenantId] as [OrchestrationClient, string | undefined],
      task: async ([client, tenantId], { signal }) => {
        if (!tenantId) return null;
        const config = await client.getConfig(tenantId, { signal });
        this.revision += 1;
        onLoaded?.(config);
        return config;
      },
    });
  }

  /** The stored config (kept while a re-read is pending), or `undefined` before the first load. */
  get config(): TenantOrchestratorConfig | null | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Re-reads the config (after a save, or a failed save: quirk 4). */
  async reload(): Promise<TenantOrchestratorConfig | null | undefined> {
    await this.task.run();
    return this.task.value;
  }
}
