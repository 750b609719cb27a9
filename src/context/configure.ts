import {
  createOrchestrationClient,
  type OrchestrationClient,
  type OrchestrationClientOptions,
} from '../client/index.js';

export interface OrchestrationPageOptions extends OrchestrationClientOptions {
  /** Use this client instead of creating one from the options. */
  client?: OrchestrationClient;
  /** The tenant for elements that have no `tenant-id` and no provider. */
  tenantId?: string;
}

interface PageDefaults {
  client: OrchestrationClient | undefined;
  tenantId: string | undefined;
}

// Module state only: nothing here touches `window` or `document`, so importing is safe under SSR.
const defaults: PageDefaults = { client: undefined, tenantId: undefined };
const listeners = new Set<() => void>();

/**
 * Sets the page-wide client (and default tenant) for elements that have neither a `.client`
 * property nor a `<vf-orch-provider>` ancestor. Elements already on the page switch to it.
 */
export function configureOrchestration(
  options: OrchestrationPageOptions = {},
): OrchestrationClient {
  const { client, tenantId, ...clientOptions } = options;
  defaults.client = client ?? createOrchestrationClient(clientOptions);
  defaults.tenantId = tenantId;
  for (const listener of [...listeners]) listener();
  return defaults.client;
}

/** The page default client; created on first use with `baseUrl: ""` (same origin). */
export function getDefaultClient(): OrchestrationClient {
  defaults.client ??= createOrchestrationClient();
  return defaults.client;
}

export function getDefaultTenantId(): string | undefined {
  return defaults.tenantId;
}

/** Called when `configureOrchestration` changes the defaults; returns the unsubscribe function. */
export function onDefaultsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
