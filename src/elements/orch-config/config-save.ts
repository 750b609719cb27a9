import {
  isAbortError,
  type OrchestrationClient,
  type TenantOrchestratorConfig,
} from '../../client/index.js';
import { buildConfig, type ConfigDraft } from './config-draft.js';

export type SaveResult =
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; operation: 'getConfig' | 'setConfig'; error: unknown }
  | { outcome: 'saved'; sent: TenantOrchestratorConfig };

/**
 * GET → modify → PUT (quirk 6). The config is read again right before the PUT, not taken from the
 * copy loaded with the page: another editor (the autoscale form or the resource editor of the same
 * panel) may have changed autoscaling or resources since, and the PUT replaces the whole object.
 *
 * `approve` sees the exact object about to be sent (the cancelable `vf-config-request`); when it
 * returns false nothing is sent. Aborts are rethrown; every other failure is returned.
 */
export async function putConfig(
  client: OrchestrationClient,
  tenantId: string,
  draft: ConfigDraft,
  signal: AbortSignal,
  approve: (config: TenantOrchestratorConfig) => boolean,
): Promise<SaveResult> {
  let config: TenantOrchestratorConfig;
  try {
    config = buildConfig(await client.getConfig(tenantId, { signal }), draft, tenantId);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { outcome: 'failed', operation: 'getConfig', error };
  }
  if (!approve(config)) return { outcome: 'cancelled' };
  try {
    // The client refreshes the tenant's status after every mutation, success or not: a dedicated
    // save rebuilds the instance with replicas = min_replicas (quirk 5), so no extra refresh here.
    await client.setConfig(tenantId, config, { signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { outcome: 'failed', operation: 'setConfig', error };
  }
  return { outcome: 'saved', sent: config };
}

/**
 * The native `<dialog>` confirmation: `showModal()` traps focus and makes the page inert; Escape
 * closes it, which counts as a cancel; focus goes back to what opened it.
 */
export class ModalConfirm {
  private settleWith: ((confirmed: boolean) => void) | undefined;

  ask(dialog: HTMLDialogElement, opener: HTMLElement | null): Promise<boolean> {
    this.settle(false);
    return new Promise((resolve) => {
      this.settleWith = (confirmed) => {
        this.settleWith = undefined;
        if (dialog.open) dialog.close();
        opener?.focus();
        resolve(confirmed);
      };
      dialog.showModal();
    });
  }

  /** Answers the open question (a button, Escape via the dialog's `close`, or a disconnect). */
  settle(confirmed: boolean): void {
    this.settleWith?.(confirmed);
  }
}
