import type { TenantOrchestratorConfig } from '../../client/index.js';

/** The three things `<vf-orch-config>` edits; everything else in the config is left as stored. */
export interface ConfigDraft {
  /** `shared`, `dedicated`, or an unknown string the server stored (kept until one is chosen). */
  readonly mode: string;
  /** As typed; trimmed when checked and sent. `''` = let the server use `veloflux-{tenant}`. */
  readonly namespace: string;
  readonly domains: readonly string[];
}

export function draftFrom(config: TenantOrchestratorConfig): ConfigDraft {
  return {
    mode: config.mode,
    namespace: config.dedicated_namespace ?? '',
    // A tenant that never stored a config has `custom_domains: null` (api-contract §1.2).
    domains: config.custom_domains ?? [],
  };
}

export function sameDraft(a: ConfigDraft, b: ConfigDraft): boolean {
  return (
    a.mode === b.mode &&
    a.namespace.trim() === b.namespace.trim() &&
    a.domains.length === b.domains.length &&
    a.domains.every((domain, index) => domain === b.domains[index])
  );
}

/**
 * The full object to PUT: `base` (the config just read from the server) with only the edited
 * fields replaced. The PUT replaces the whole stored object (quirk 6), so every other field —
 * autoscaling, resource limits, and any field a newer server adds — is copied through unchanged.
 *
 * - `tenant_id` is the path id (api-contract §2.1).
 * - `dedicated_namespace` is omitted when empty, as the Go struct's `omitempty` does.
 * - `custom_domains` is always an array: `[]` when the list is empty (the server accepts `null`
 *   or `[]`; an array keeps the re-read value the same shape as what was sent).
 */
export function buildConfig(
  base: TenantOrchestratorConfig,
  draft: ConfigDraft,
  tenantId: string,
): TenantOrchestratorConfig {
  const { dedicated_namespace: _previous, ...rest } = base;
  const config: TenantOrchestratorConfig = {
    ...rest,
    tenant_id: tenantId,
    mode: draft.mode,
    custom_domains: [...draft.domains],
  };
  const namespace = draft.namespace.trim();
  if (namespace) config.dedicated_namespace = namespace;
  return config;
}
