import type {
  AutoscalingSettings,
  DeploymentStatus,
  DetailedDeploymentStatus,
  OperationAccepted,
  ResourceLimits,
  TenantOrchestratorConfig,
} from '../client/types.js';

/** The plain form of an `OrchestrationError` carried by `vf-error` (elements.md §4). */
export interface VfErrorInfo {
  status: number;
  code: string;
  message: string;
  retryable: boolean;
  stateUnknown: boolean;
}

export interface VfErrorDetail {
  tenantId: string;
  operation: string;
  error: VfErrorInfo;
}

export type SettleOutcome = 'ready' | 'error' | 'timeout';

export interface VfSettledDetail {
  tenantId: string;
  outcome: SettleOutcome;
  status: DeploymentStatus | null;
}

/**
 * Every DOM event the kit emits, by name. All bubble and are composed; `-request` events are
 * cancelable intents (calling `preventDefault()` stops the operation).
 */
export interface VfEventDetails {
  'vf-error': VfErrorDetail;
  'vf-auth-required': { status: number; message: string };
  'vf-status-change': {
    tenantId: string;
    status: string;
    previous: string | null;
    snapshot: DeploymentStatus | DetailedDeploymentStatus;
  };
  'vf-deploy-request': { tenantId: string };
  'vf-deploy-accepted': { tenantId: string; response: OperationAccepted };
  'vf-deploy-settled': VfSettledDetail;
  'vf-drain-request': { tenantId: string };
  'vf-drain-accepted': { tenantId: string; response: OperationAccepted };
  'vf-drain-settled': VfSettledDetail;
  'vf-scale-request': { tenantId: string; replicas: number; previous: number };
  'vf-scale-accepted': { tenantId: string; replicas: number; response: OperationAccepted };
  'vf-scale-settled': VfSettledDetail & { replicas: number };
  'vf-autoscale-request': { tenantId: string; autoscaling: AutoscalingSettings };
  'vf-autoscale-saved': { tenantId: string; autoscaling: AutoscalingSettings };
  'vf-resources-request': { tenantId: string; resources: ResourceLimits };
  'vf-resources-saved': { tenantId: string; resources: ResourceLimits };
  'vf-config-request': { tenantId: string; config: TenantOrchestratorConfig };
  'vf-config-saved': { tenantId: string; config: TenantOrchestratorConfig };
}

export type VfEventName = keyof VfEventDetails;
export type VfEvent<K extends VfEventName> = CustomEvent<VfEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'vf-error': VfEvent<'vf-error'>;
    'vf-auth-required': VfEvent<'vf-auth-required'>;
    'vf-status-change': VfEvent<'vf-status-change'>;
    'vf-deploy-request': VfEvent<'vf-deploy-request'>;
    'vf-deploy-accepted': VfEvent<'vf-deploy-accepted'>;
    'vf-deploy-settled': VfEvent<'vf-deploy-settled'>;
    'vf-drain-request': VfEvent<'vf-drain-request'>;
    'vf-drain-accepted': VfEvent<'vf-drain-accepted'>;
    'vf-drain-settled': VfEvent<'vf-drain-settled'>;
    'vf-scale-request': VfEvent<'vf-scale-request'>;
    'vf-scale-accepted': VfEvent<'vf-scale-accepted'>;
    'vf-scale-settled': VfEvent<'vf-scale-settled'>;
    'vf-autoscale-request': VfEvent<'vf-autoscale-request'>;
    'vf-autoscale-saved': VfEvent<'vf-autoscale-saved'>;
    'vf-resources-request': VfEvent<'vf-resources-request'>;
    'vf-resources-saved': VfEvent<'vf-resources-saved'>;
    'vf-config-request': VfEvent<'vf-config-request'>;
    'vf-config-saved': VfEvent<'vf-config-saved'>;
  }
}
