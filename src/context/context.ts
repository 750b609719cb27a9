import { createContext } from '@lit/context';
import type { OrchestrationClient } from '../client/index.js';

/** What `<vf-orch-provider>` gives its descendants. */
export interface OrchestrationContextValue {
  client: OrchestrationClient;
  /** The default tenant for descendants without their own `tenant-id`. */
  tenantId: string | undefined;
}

export const orchestrationContext = createContext<OrchestrationContextValue | undefined>(
  Symbol.for('veloflux.orchestration-context'),
);
